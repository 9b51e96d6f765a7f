#include "sandbox/handlers/handlers.h"
namespace Springdesk::Sandbox {
void registerSubscriptionHandlers(HandlerTable &)
{ }
} // namespace Springdesk::Sandbox
