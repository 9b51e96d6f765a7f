#include "core/store/syncengine.h"

#include "core/store/syncworker.h"

#include <QThread>

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
    if (m_thread)
        return false;
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
    Q_EMIT started();
    return true;
}

void SyncEngine::cancel()
{
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
    Q_EMIT finished(report);
}

} // namespace Springdesk::Store
