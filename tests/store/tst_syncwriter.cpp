// SyncWriter: writes applied in order in a thread of their own, one bad write rolled back alone,
// errors delivered before the then() callbacks that follow them, everything drained on destruction.
#include "core/store/cachedatabase.h"
#include "core/store/sqlhelpers.h"
#include "core/store/syncwriter.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Springdesk::Store;
using namespace Qt::StringLiterals;

namespace {

// sync_marks has no rowid: fetched_at numbers the writes in the order they were applied

SyncWriter::Write mark(const QString &key, QThread **thread = nullptr)
{
    return [key, thread](QSqlDatabase db) {
        if (thread)
            *thread = QThread::currentThread();
        return Sql::exec(db,
            u"INSERT INTO sync_marks (scope, key, fetched_at) SELECT 'test', '%1', coalesce(max(fetched_at), 0) + 1 "
            "FROM sync_marks WHERE scope = 'test'"_s.arg(key));
    };
}

SyncWriter::Write broken()
{
    // a half-done write: the first statement succeeds, the second fails
    return [](QSqlDatabase db) {
        if (auto e = Sql::exec(db, u"INSERT INTO sync_marks (scope, key, fetched_at) VALUES ('test', 'half', 1)"_s))
            return e;
        return Sql::exec(db, u"INSERT INTO no_such_table VALUES (1)"_s);
    };
}

} // namespace

class TestSyncWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList keys(CacheConnection &c)
    {
        QSqlQuery q(c.database());
        QStringList out;
        if (!q.exec(u"SELECT key FROM sync_marks WHERE scope = 'test' ORDER BY fetched_at"_s))
            return {u"<query failed>"_s};
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private Q_SLOTS:
    void appliesInOrderInItsOwnThread()
    {
        CacheDatabase cache(m_dir.filePath(u"order.sqlite"_s));
        QVERIFY(!cache.open());
        QThread *writerThread = nullptr;
        QStringList seenAtCallback;
        bool called = false;
        auto reader = cache.openConnection();
        {
            SyncWriter writer(cache.filePath());
            writer.submit({mark(u"a"_s, &writerThread), mark(u"b"_s)});
            writer.submit({mark(u"c"_s)});
            writer.then(this, [&] {
                called = true;
                seenAtCallback = keys(*reader); // committed before the callback runs
            });
            QTRY_VERIFY(called);
        }
        QCOMPARE(seenAtCallback, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QVERIFY(writerThread);
        QVERIFY(writerThread != QThread::currentThread());
    }

    void aBadWriteIsRolledBackAloneAndReportedFirst()
    {
        CacheDatabase cache(m_dir.filePath(u"bad.sqlite"_s));
        QVERIFY(!cache.open());
        QStringList events;
        {
            SyncWriter writer(cache.filePath());
            connect(&writer, &SyncWriter::failed, this, [&](const QString &message) { events << message; });
            writer.submit({mark(u"before"_s), broken(), mark(u"after"_s)});
            writer.then(this, [&] { events << u"then"_s; });
            QTRY_COMPARE(events.size(), 2);
        }
        QVERIFY2(events.at(0).contains(u"no_such_table"_s), qPrintable(events.at(0)));
        QCOMPARE(events.at(1), u"then"_s);
        auto reader = cache.openConnection();
        QCOMPARE(keys(*reader), (QStringList{u"before"_s, u"after"_s})); // no "half"
    }

    void destructionDrainsWhatWasSubmitted()
    {
        CacheDatabase cache(m_dir.filePath(u"drain.sqlite"_s));
        QVERIFY(!cache.open());
        {
            SyncWriter writer(cache.filePath());
            for (int i = 0; i < 50; ++i)
                writer.submit({mark(QString::number(i))});
        } // no event loop turn: the destructor itself waits for the writes
        auto reader = cache.openConnection();
        QCOMPARE(keys(*reader).size(), 50);
    }

    void anUnopenableCacheIsReported()
    {
        QStringList errors;
        {
            SyncWriter writer(m_dir.filePath(u"missing-dir/none.sqlite"_s));
            connect(&writer, &SyncWriter::failed, this, [&](const QString &message) { errors << message; });
            writer.submit({mark(u"x"_s)});
            bool called = false;
            writer.then(this, [&] { called = true; });
            QTRY_VERIFY(called);
        }
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).startsWith(u"The cache cannot be opened for writing"_s), qPrintable(errors.at(0)));
    }
};

QTEST_GUILESS_MAIN(TestSyncWriter)
#include "tst_syncwriter.moc"
