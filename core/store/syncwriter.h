#pragma once

#include "core/store/storeerror.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <functional>

namespace Springdesk::Store {

class SyncWriterSink;

// Applies a sync's writes in a thread of its own, on its own connection to the cache, so the
// sync's thread keeps answers flowing (and the client's in-flight cap full) while SQLite
// works. Batches are applied in the order they were submitted: one transaction per batch,
// each write in its own savepoint (a bad answer does not undo the others). Errors come back
// as failed(), in the owner's thread and in order with then() callbacks, so a callback sees
// every error of the batches submitted before it.
class SyncWriter final : public QObject
{
    Q_OBJECT

public:
    using Write = std::function<StoreError(QSqlDatabase db)>;

    explicit SyncWriter(const QString &cacheFilePath, QObject *parent = nullptr);
    // Applies what was submitted, closes the connection and joins the thread.
    ~SyncWriter() override;

    void submit(QList<Write> batch);
    // Runs `callback` in `context`'s thread once everything submitted so far is committed.
    void then(QObject *context, std::function<void()> callback);

Q_SIGNALS:
    void failed(const QString &message);

private:
    QThread m_thread;
    SyncWriterSink *m_sink;
};

} // namespace Springdesk::Store
