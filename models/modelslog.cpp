#include "models/modelslog.h"

Q_LOGGING_CATEGORY(lcModels, "springdesk.models", QtWarningMsg)
