#pragma once

#include <QLoggingCategory>

// The one logging category of core/transfer: "springdesk.transfer".
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
