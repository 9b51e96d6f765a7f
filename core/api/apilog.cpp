#include "core/api/apilog.h"

namespace Springdesk::Api {
Q_LOGGING_CATEGORY(lcApi, "springdesk.api", QtWarningMsg)
} // namespace Springdesk::Api
