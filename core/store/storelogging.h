#pragma once

#include <QLoggingCategory>

// The one logging category of core/store: "springdesk.store".
Q_DECLARE_LOGGING_CATEGORY(lcStore)
