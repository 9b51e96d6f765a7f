#include "sandbox/handlers/handlers.h"
namespace Springdesk::Sandbox {
void registerSubenvironmentHandlers(HandlerTable &)
{ }
} // namespace Springdesk::Sandbox
