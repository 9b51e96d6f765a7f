#include "sandbox/handlers/handlers.h"
namespace Springdesk::Sandbox {
void registerCourseHandlers(HandlerTable &)
{ }
} // namespace Springdesk::Sandbox
