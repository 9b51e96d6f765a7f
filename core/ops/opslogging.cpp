#include "core/ops/opslogging.h"

Q_LOGGING_CATEGORY(lcOps, "springdesk.ops", QtWarningMsg)
