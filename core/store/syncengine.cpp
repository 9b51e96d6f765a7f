#include "core/store/syncengine.h"

#include "core/platform/privatefiles.h"
#include "core/store/storelogging.h"
#include "core/store/syncworker.h"

#include <QLockFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

SyncEngine::SyncEngine(QString cacheFilePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(cacheFilePath))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
}

SyncEngine::~SyncEngine()
{
    if (!m_thread)
        return;
    // The worker finishes, is deleted in its thread, and the thread ends.
    if (m_worker) {
        disconnect(m_worker.data(), nullptr, this, nullptr);
        QMetaObject::invokeMethod(m_worker.data(), &SyncWorker::cancel, Qt::BlockingQueuedConnection);
    }
    m_thread->wait();
    delete m_thread;
}

bool SyncEngine::start(const SyncRequest &request)
{
    return start(QList<SyncRequest>{request});
}

bool SyncEngine::start(const QList<SyncRequest> &requests)
{
    if (m_thread || requests.isEmpty())
        return false;
    m_queue = requests;
    m_report = {};
    auto lock = std::make_unique<QLockFile>(m_path + u".sync.lock"_s);
    lock->setStaleLockTime(0); // a sync may take hours; a dead owner is still detected by its PID
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        m_queue.clear();
        SyncReport report;
        report.anotherSyncRunning = true;
        report.fatalError = tr("Another synchronisation of this cache is running (%1, process %2); this one was not "
                               "started. Try again when it has finished.")
                                .arg(application.isEmpty() ? tr("unknown program") : application)
                                .arg(pid);
        qCWarning(lcStore) << "sync not started:" << m_path << "is being synchronised by process" << pid;
        Q_EMIT started();
        QMetaObject::invokeMethod(
            this, [this, report] { Q_EMIT finished(report); }, Qt::QueuedConnection);
        return true;
    }
    Platform::PrivateFiles::tightenIfExists(m_path + u".sync.lock"_s);
    m_syncLock = std::move(lock);
    startWorker(m_queue.takeFirst());
    Q_EMIT started();
    return true;
}

void SyncEngine::startWorker(const SyncRequest &request)
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("springdesk-sync"));
    auto *worker = new SyncWorker(m_path, m_connection, request);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::started, worker, &SyncWorker::start);
    connect(worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(worker, &SyncWorker::finished, this, &SyncEngine::onWorkerFinished);
    connect(worker, &SyncWorker::finished, worker, &QObject::deleteLater);
    // Direct: quit() is thread-safe, and the GUI thread may be waiting for it.
    connect(worker, &QObject::destroyed, m_thread, &QThread::quit, Qt::DirectConnection);
    m_thread->start();
}

void SyncEngine::cancel()
{
    if (!m_queue.isEmpty()) {
        m_queue.clear();
        m_report.cancelled = true; // the rest of the sequence does not run
    }
    if (m_worker)
        QMetaObject::invokeMethod(m_worker.data(), &SyncWorker::cancel, Qt::QueuedConnection);
}

void SyncEngine::onWorkerFinished(const SyncReport &report)
{
    // The worker deletes itself in its thread, which then quits; wait for that before the next run.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_report.cancelled = m_report.cancelled || report.cancelled;
    if (m_report.fatalError.isEmpty())
        m_report.fatalError = report.fatalError;
    m_report.calls += report.calls;
    m_report.callsNotSent += report.callsNotSent;
    m_report.rowsWritten += report.rowsWritten;
    m_report.errors += report.errors;
    m_report.connectionErrors += report.connectionErrors;
    m_report.errorMessages += report.errorMessages;
    m_report.elapsedMs += report.elapsedMs;
    m_report.maxInFlight = qMax(m_report.maxInFlight, report.maxInFlight);
    if (!m_queue.isEmpty() && !report.cancelled && report.fatalError.isEmpty()) {
        startWorker(m_queue.takeFirst());
        return;
    }
    m_queue.clear();
    m_syncLock.reset(); // unlocks
    Q_EMIT finished(std::exchange(m_report, {}));
}

} // namespace Springdesk::Store
