#include "core/api/apilog.h"

namespace Springdesk::Api {
// Debug lines (two per call: send/done) are off unless enabled with QT_LOGGING_RULES
// ("springdesk.api.debug=true"): at several hundred calls a second their formatting and output
// were a measurable share of a sync's CPU.
Q_LOGGING_CATEGORY(lcApi, "springdesk.api", QtInfoMsg)
} // namespace Springdesk::Api
