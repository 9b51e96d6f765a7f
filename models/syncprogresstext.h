#pragma once

#include "core/store/syncprogress.h"

#include <QCoreApplication>

namespace Springdesk::Models {

// A sync's progress in words, for the status bar and the Jobs panel.
class SyncProgressText
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Models::SyncProgressText)

public:
    // "Syncing users: 120/500", the phase that is still running (the first one with work left).
    static QString describePhase(const Store::SyncProgress &progress);
    // A phase name of the sync engine, translated.
    static QString phaseName(const QString &name);
    // "about 2 min left", "estimating…"
    static QString describeEta(qint64 etaMs);
};

} // namespace Springdesk::Models
