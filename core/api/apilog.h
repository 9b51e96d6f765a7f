#pragma once

#include <QLoggingCategory>

namespace Springdesk::Api {
// The api module's one logging category, "springdesk.api" (info and up by default). Never log the key, headers,
// request bodies or answers' values.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace Springdesk::Api
