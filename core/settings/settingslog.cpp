#include "core/settings/settingslog.h"

Q_LOGGING_CATEGORY(lcSettings, "springdesk.settings", QtWarningMsg)
