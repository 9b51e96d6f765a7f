#include "sandbox/handlers/handlers.h"
namespace Springdesk::Sandbox {
void registerAccessCodeHandlers(HandlerTable &)
{ }
} // namespace Springdesk::Sandbox
