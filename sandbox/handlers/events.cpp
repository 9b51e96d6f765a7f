#include "sandbox/handlers/handlers.h"
namespace Springdesk::Sandbox {
void registerEventHandlers(HandlerTable &)
{ }
} // namespace Springdesk::Sandbox
