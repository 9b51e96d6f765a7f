#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Springdesk::Store {

// Calls done and known so far in one phase of a sync ("users", "user details", "courses"…).
// `total` grows while the sync discovers work (a template's courses are known after getCourses).
struct SyncPhase
{
    QString name;
    int done = 0;
    int total = 0;
};

struct SyncProgress
{
    QList<SyncPhase> phases;
    int callsDone = 0;
    int callsTotal = 0; // done + running + waiting
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1 while unknown
};

// The outcome of a sync run. Everything fetched is kept, also when cancelled or failing.
struct SyncReport
{
    bool cancelled = false;
    QString fatalError; // the run could not go on (cache unusable, no connection settings)
    bool anotherSyncRunning = false; // not started: another sync of the same cache holds its lock
    int calls = 0; // API calls sent and answered (successfully or not)
    int callsNotSent = 0; // calls the client refused to send because its circuit breaker was open
    int rowsWritten = 0; // entities written to the cache
    int errors = 0; // failed calls and failed writes
    int connectionErrors = 0; // of those, calls that did not reach the API or whose key was refused
    QStringList errorMessages; // the first few, for a summary
    qint64 elapsedMs = 0;
    int maxInFlight = 0; // the client's highest observed concurrency

    bool ok() const { return !cancelled && fatalError.isEmpty() && errors == 0; }
};

} // namespace Springdesk::Store

Q_DECLARE_METATYPE(Springdesk::Store::SyncProgress)
Q_DECLARE_METATYPE(Springdesk::Store::SyncReport)
