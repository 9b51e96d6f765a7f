#include "core/transfer/transferlog.h"

Q_LOGGING_CATEGORY(lcTransfer, "springdesk.transfer", QtWarningMsg)
