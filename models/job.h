#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Springdesk::Models {

// What a job is, for the Jobs panel's icons and filters (a producer says which it is).
enum class JobKind : quint8
{
    Sync, // a synchronisation of the cache (incremental or full)
    Refresh, // a targeted refresh: one user, course or group
    Results, // results fetched for users or a course's learners
    Export, // a file written from a pane or a report
    Batch, // many commands in one run (Ops::OperationBatch: an import)
};

enum class JobState : quint8
{
    Queued, // registered, not started yet (waiting for the cache, the key, a slot)
    Running,
    Done,
    Failed,
    Cancelled,
};

// One long piece of work as the Jobs panel shows it: a snapshot kept by JobRegistry. Progress
// is `done` of `total`; a negative total means the amount of work is not known (a busy bar).
struct Job
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Models::Job)

public:
    int id = 0;
    QString title; // translated
    JobKind kind = JobKind::Sync;
    JobState state = JobState::Queued;
    qint64 done = 0;
    qint64 total = -1;
    QString detail; // translated: the phase, what was written, why it stopped
    QString error; // translated; set when it failed
    QDateTime queuedAt;
    QDateTime startedAt; // invalid while queued
    QDateTime finishedAt; // invalid while active
    bool cancellable = false; // the producer gave a cancel function
    bool cancelRequested = false;

    bool isActive() const { return state == JobState::Queued || state == JobState::Running; }
    bool isIndeterminate() const { return total < 0; }
    // Running time: from the start (or, while queued, from registration) to the end or `now`.
    qint64 elapsedMs(const QDateTime &now) const;

    // "Running", "Cancelling…", "Failed"… (a cancel asked for shows while the job still runs)
    QString stateText() const;
    static QString stateName(JobState state);
    static QString kindName(JobKind kind);
    // "0:07", "12:30", "1:02:03"
    static QString formatElapsed(qint64 ms);
};

} // namespace Springdesk::Models
