#include "core/store/storelogging.h"

Q_LOGGING_CATEGORY(lcStore, "springdesk.store", QtWarningMsg)
