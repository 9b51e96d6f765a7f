#pragma once

#include <QLoggingCategory>

namespace Springdesk::Sandbox {

// The sandbox module's one logging category. Logs never contain API keys.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace Springdesk::Sandbox
