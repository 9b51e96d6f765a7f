#include "core/api/apilog.h"

namespace Springdesk::Api {
// Warnings and up by default, so scripts see no noise on the CLI's stderr and a sync does not
// spend CPU formatting two debug lines per call; more with QT_LOGGING_RULES="springdesk.api.debug=true".
Q_LOGGING_CATEGORY(lcApi, "springdesk.api", QtWarningMsg)
} // namespace Springdesk::Api
