#include "core/store/syncwriter.h"

#include "core/store/cacheconnection.h"
#include "core/store/sqlhelpers.h"

#include <memory>

namespace Springdesk::Store {

// Lives in the writer thread, and so does its connection.
class SyncWriterSink final : public QObject
{
    Q_OBJECT

public:
    explicit SyncWriterSink(QString path)
        : m_path(std::move(path))
    { }

    void apply(const QList<SyncWriter::Write> &batch)
    {
        if (!ensureOpen())
            return;
        const QSqlDatabase db = m_connection->database();
        Transaction tx(db);
        if (tx.beginError()) {
            Q_EMIT failed(tr("Writing to the cache failed: %1").arg(detail(tx.beginError())));
            return;
        }
        for (const auto &write : batch) {
            Transaction one(db);
            if (auto e = write(db)) {
                one.rollback();
                Q_EMIT failed(tr("Writing to the cache failed: %1").arg(detail(e)));
                continue;
            }
            if (auto e = one.commit())
                Q_EMIT failed(tr("Writing to the cache failed: %1").arg(detail(e)));
        }
        if (auto e = tx.commit())
            Q_EMIT failed(tr("Writing to the cache failed: %1").arg(detail(e)));
    }

    void close() { m_connection.reset(); }

Q_SIGNALS:
    void failed(const QString &message);

private:
    static QString detail(const StoreError &e)
    {
        return e.sqlError.isEmpty() ? e.message : e.message + u' ' + e.sqlError;
    }

    bool ensureOpen()
    {
        if (m_connection)
            return m_connection->isOpen();
        m_connection = std::make_unique<CacheConnection>(m_path);
        if (auto e = m_connection->open()) {
            Q_EMIT failed(tr("The cache cannot be opened for writing: %1").arg(detail(e)));
            return false;
        }
        return true;
    }

    QString m_path;
    std::unique_ptr<CacheConnection> m_connection;
};

SyncWriter::SyncWriter(const QString &cacheFilePath, QObject *parent)
    : QObject(parent)
    , m_sink(new SyncWriterSink(cacheFilePath))
{
    m_thread.setObjectName(QStringLiteral("springdesk-sync-writer"));
    m_sink->moveToThread(&m_thread);
    connect(m_sink, &SyncWriterSink::failed, this, &SyncWriter::failed);
    m_thread.start();
}

SyncWriter::~SyncWriter()
{
    // Queued work runs first; the connection is closed in the thread that opened it.
    QMetaObject::invokeMethod(
        m_sink,
        [sink = m_sink] {
            sink->close();
            delete sink;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void SyncWriter::submit(QList<Write> batch)
{
    if (batch.isEmpty())
        return;
    QMetaObject::invokeMethod(
        m_sink, [sink = m_sink, batch = std::move(batch)] { sink->apply(batch); }, Qt::QueuedConnection);
}

void SyncWriter::then(QObject *context, std::function<void()> callback)
{
    // Posted back through the owner thread's event queue like failed(), so it arrives after
    // those. `context` owns this writer (or outlives it): it exists while the sink runs, and
    // Qt drops events posted to it once it is gone.
    QMetaObject::invokeMethod(
        m_sink,
        [context, callback = std::move(callback)] {
            QMetaObject::invokeMethod(context, callback, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Springdesk::Store

#include "syncwriter.moc"
