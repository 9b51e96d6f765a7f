#include "core/api/apilog.h"

namespace Springdesk::Api {
Q_LOGGING_CATEGORY(lcApi, "springdesk.api")
} // namespace Springdesk::Api
