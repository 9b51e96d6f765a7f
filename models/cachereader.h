#pragma once

#include "core/store/cacheconnection.h"
#include "core/store/storeerror.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace Springdesk::Models {

// Reads the local cache for a model on a worker thread (a connection of its own, opened and
// closed inside each read) and hands the answer back in the model's thread — unless a newer
// read started meanwhile: every read() or invalidate() starts a new generation and answers of
// older generations are dropped (style.md 9). Reads run one at a time, in order.
// The paged UserTableModel predates this class and keeps its own copy of the same logic.
class CacheReader final : public QObject
{
    Q_OBJECT

public:
    explicit CacheReader(QObject *parent = nullptr);
    ~CacheReader() override; // drops answers still to come and waits for a running read

    // Runs `work` on the cache file `path` in the worker thread and then `done(value, error)` in
    // this object's thread; `error` is translated and empty on success. An empty path gives
    // done(T(), {}) at once (no cache: nothing to show).
    template <typename T>
    void read(const QString &path, std::function<T(QSqlDatabase, Store::StoreError *)> work,
        std::function<void(const T &, const QString &)> done);
    // Answers of reads started before are dropped.
    void invalidate();
    int generation() const { return m_generation; }
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    template <typename T> struct Answer
    {
        int generation = 0;
        T value;
        QString error;
    };
    static QString describe(const Store::StoreError &error);
    void started();
    // false when the answer is of an old generation
    bool finished(int generation);

    QThreadPool m_pool;
    int m_generation = 0;
    int m_pending = 0; // reads of the current generation not answered yet
};

template <typename T>
void CacheReader::read(const QString &path, std::function<T(QSqlDatabase, Store::StoreError *)> work,
    std::function<void(const T &, const QString &)> done)
{
    invalidate();
    if (path.isEmpty()) {
        done(T(), QString());
        return;
    }
    started();
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<Answer<T>>(this);
    connect(watcher, &QFutureWatcher<Answer<T>>::finished, this, [this, watcher, done] {
        watcher->deleteLater();
        if (!watcher->future().isValid() || watcher->future().resultCount() == 0)
            return;
        const Answer<T> answer = watcher->result();
        if (finished(answer.generation))
            done(answer.value, answer.error);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [path, work, generation] {
        Answer<T> answer;
        answer.generation = generation;
        Store::CacheConnection connection(path);
        Store::StoreError error = connection.open();
        if (!error)
            answer.value = work(connection.database(), &error);
        if (error)
            answer.error = describe(error);
        return answer;
    }));
}

} // namespace Springdesk::Models
