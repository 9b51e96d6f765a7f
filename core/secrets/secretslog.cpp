#include "core/secrets/secretslog.h"

Q_LOGGING_CATEGORY(lcSecrets, "springdesk.secrets", QtWarningMsg)
