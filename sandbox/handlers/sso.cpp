#include "sandbox/handlers/handlers.h"
namespace Springdesk::Sandbox {
void registerSsoHandlers(HandlerTable &)
{ }
} // namespace Springdesk::Sandbox
