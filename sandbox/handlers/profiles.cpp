#include "sandbox/handlers/handlers.h"
namespace Springdesk::Sandbox {
void registerProfileHandlers(HandlerTable &)
{ }
} // namespace Springdesk::Sandbox
