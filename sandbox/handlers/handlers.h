#pragma once

#include "core/api/endpoints.h"
#include "sandbox/call.h"

#include <array>

namespace Springdesk::Sandbox {

using Handler = void (*)(Call &);
using HandlerTable = std::array<Handler, Api::FnCount>;

// Each resource file registers its functions' handlers.
void registerUserHandlers(HandlerTable &t);
void registerGroupHandlers(HandlerTable &t);
void registerSubenvironmentHandlers(HandlerTable &t);
void registerSubscriptionHandlers(HandlerTable &t);
void registerCourseHandlers(HandlerTable &t);
void registerCalendarHandlers(HandlerTable &t);
void registerAccessCodeHandlers(HandlerTable &t);
void registerEventHandlers(HandlerTable &t);
void registerProfileHandlers(HandlerTable &t);
void registerBundleHandlers(HandlerTable &t);
void registerSsoHandlers(HandlerTable &t);

// Every function's handler; a missing one is a programming error caught by the tests.
const HandlerTable &handlerTable();

} // namespace Springdesk::Sandbox
