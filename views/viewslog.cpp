#include "views/viewslog.h"

Q_LOGGING_CATEGORY(lcViews, "springdesk.views", QtWarningMsg)
