#pragma once

#include "core/store/syncprogress.h"
#include "core/store/syncrequest.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QLockFile;
class QThread;

namespace Springdesk::Store {

class SyncWorker;

// Runs syncs on a worker thread: the GUI (or the CLI) calls start() and gets progress() and
// exactly one finished() per started run, in its own thread. One run at a time. cancel() stops
// at once; everything fetched so far stays in the cache and the next (incremental) run picks up
// what is missing. The cache file must have been opened (CacheDatabase::open()) before.
// A run may be a sequence of requests (a course's roster, then its learners' results): each
// one plans from what the previous one wrote; they share one started() and one finished()
// whose report adds theirs up. A cancel or a fatal error ends the sequence.
// One sync per cache file, across processes: a run holds <file>.sync.lock; a run started while
// another process (or another engine) syncs the same file does not call the server and finishes
// at once with SyncReport::anotherSyncRunning and a fatalError saying so.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(QString cacheFilePath, QObject *parent = nullptr);
    ~SyncEngine() override; // cancels a running sync and waits for its thread

    void setConnection(const SyncConnection &connection) { m_connection = connection; }
    const SyncConnection &connection() const { return m_connection; }

    // false when a run is going on (or `requests` is empty).
    bool start(const SyncRequest &request);
    bool start(const QList<SyncRequest> &requests);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void started();
    void progress(const Springdesk::Store::SyncProgress &progress);
    void finished(const Springdesk::Store::SyncReport &report);

private:
    void startWorker(const SyncRequest &request);
    void onWorkerFinished(const SyncReport &report);

    QString m_path;
    SyncConnection m_connection;
    QThread *m_thread = nullptr;
    QPointer<SyncWorker> m_worker;
    std::unique_ptr<QLockFile> m_syncLock; // held for the whole run
    QList<SyncRequest> m_queue; // the requests of this run still to come
    SyncReport m_report; // of the requests done so far in this run
};

} // namespace Springdesk::Store
