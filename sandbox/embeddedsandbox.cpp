#include "sandbox/embeddedsandbox.h"

#include "sandbox/sandboxserver.h"

#include <QThread>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

// Lives in the worker thread; owns the server there.
class SandboxWorker : public QObject
{
    Q_OBJECT
public:
    void startServer(const SandboxOptions &options)
    {
        m_server = new SandboxServer(this);
        QString error;
        if (!m_server->start(options, &error)) {
            delete m_server;
            m_server = nullptr;
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT started(m_server->apiBaseUrl(), m_server->apiKey());
    }
    void stopServer()
    {
        delete m_server;
        m_server = nullptr;
    }

Q_SIGNALS:
    void started(const QUrl &url, const QString &key);
    void failed(const QString &message);

private:
    SandboxServer *m_server = nullptr;
};

EmbeddedSandbox::EmbeddedSandbox(QObject *parent)
    : QObject(parent)
{ }

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

void EmbeddedSandbox::start(const SandboxOptions &options)
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"springdesk-sandbox"_s);
    m_worker = new SandboxWorker;
    m_worker->moveToThread(m_thread);
    connect(m_worker, &SandboxWorker::started, this, &EmbeddedSandbox::onWorkerStarted);
    connect(m_worker, &SandboxWorker::failed, this, &EmbeddedSandbox::onWorkerFailed);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, options] { worker->startServer(options); });
}

void EmbeddedSandbox::stop()
{
    if (!m_thread)
        return;
    // The server and its database connection are destroyed in their own thread.
    QMetaObject::invokeMethod(m_worker, &SandboxWorker::stopServer, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
    QMutexLocker lock(&m_mutex);
    m_running = false;
    m_url.clear();
}

bool EmbeddedSandbox::isRunning() const
{
    QMutexLocker lock(&m_mutex);
    return m_running;
}

QUrl EmbeddedSandbox::apiBaseUrl() const
{
    QMutexLocker lock(&m_mutex);
    return m_url;
}

QUrl EmbeddedSandbox::controlUrl() const
{
    QUrl url = apiBaseUrl();
    if (!url.isEmpty())
        url.setPath(u"/__sandbox/"_s);
    return url;
}

QString EmbeddedSandbox::apiKey() const
{
    QMutexLocker lock(&m_mutex);
    return m_key;
}

void EmbeddedSandbox::onWorkerStarted(const QUrl &url, const QString &key)
{
    {
        QMutexLocker lock(&m_mutex);
        m_url = url;
        m_key = key;
        m_running = true;
    }
    Q_EMIT started(url);
}

void EmbeddedSandbox::onWorkerFailed(const QString &message)
{
    stop();
    Q_EMIT failed(message);
}

} // namespace Springdesk::Sandbox

#include "embeddedsandbox.moc"
