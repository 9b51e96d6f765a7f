#include "models/syncprogresstext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

QString SyncProgressText::describePhase(const Store::SyncProgress &progress)
{
    const Store::SyncPhase *current = nullptr;
    for (const Store::SyncPhase &phase : progress.phases) {
        if (phase.done < phase.total) {
            current = &phase;
            break;
        }
    }
    if (!current && !progress.phases.isEmpty())
        current = &progress.phases.constLast();
    if (!current)
        return tr("Synchronising…");
    //: sync progress in the status bar: phase name (e.g. "user details"), calls done, calls known
    return tr("Syncing %1: %2/%3").arg(phaseName(current->name)).arg(current->done).arg(current->total);
}

QString SyncProgressText::phaseName(const QString &name)
{
    // the sync engine's phase names (core/store/syncplan.cpp)
    static const QHash<QString, const char *> names{{u"users"_s, QT_TR_NOOP("users")},
        {u"user details"_s, QT_TR_NOOP("user details")}, {u"templates"_s, QT_TR_NOOP("templates")},
        {u"courses"_s, QT_TR_NOOP("courses")}, {u"course details"_s, QT_TR_NOOP("course details")},
        {u"rosters"_s, QT_TR_NOOP("rosters")}, {u"groups"_s, QT_TR_NOOP("groups")},
        {u"calendar"_s, QT_TR_NOOP("calendar")}, {u"profiles"_s, QT_TR_NOOP("profiles")},
        {u"bundles"_s, QT_TR_NOOP("bundles")}, {u"bundle courses"_s, QT_TR_NOOP("bundle courses")},
        {u"events"_s, QT_TR_NOOP("events")}, {u"registry"_s, QT_TR_NOOP("known IDs")},
        {u"user skill profiles"_s, QT_TR_NOOP("skill profiles of users")},
        {u"bundle subscriptions"_s, QT_TR_NOOP("bundle subscriptions")}, {u"results"_s, QT_TR_NOOP("results")},
        {u"subscriptions"_s, QT_TR_NOOP("subscriptions")}};
    const char *source = names.value(name);
    return source ? tr(source) : name;
}

QString SyncProgressText::describeEta(qint64 etaMs)
{
    if (etaMs < 0)
        return tr("estimating time left…");
    const qint64 seconds = (etaMs + 999) / 1000;
    if (seconds < 60)
        return tr("about %n second(s) left", nullptr, int(seconds));
    return tr("about %n minute(s) left", nullptr, int((seconds + 59) / 60));
}

} // namespace Springdesk::Models
