#include "sandbox/handlers/handlers.h"
namespace Springdesk::Sandbox {
void registerCalendarHandlers(HandlerTable &)
{ }
} // namespace Springdesk::Sandbox
