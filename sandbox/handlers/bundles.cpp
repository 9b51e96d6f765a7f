#include "sandbox/handlers/handlers.h"
namespace Springdesk::Sandbox {
void registerBundleHandlers(HandlerTable &)
{ }
} // namespace Springdesk::Sandbox
