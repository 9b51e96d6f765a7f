// UserTableModel: pages from SQL on a worker thread, filter/sort in SQL, superseded queries
// dropped, QAbstractItemModelTester-clean throughout.
#include "core/store/cachedatabase.h"
#include "core/store/userrepository.h"
#include "models/usertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::UserTableModel;
using Store::UserQuery;

class TestUserTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"users.sqlite"_s);
        Store::CacheDatabase cache(m_path);
        QVERIFY(!cache.open());
        auto connection = cache.openConnection();
        QVERIFY(connection);
        QList<Domain::UserSummary> users;
        for (int i = 0; i < UserCount; ++i) {
            users.append({u"E%1"_s.arg(i, 4, 10, QChar(u'0')), u"uid-%1"_s.arg(i),
                (i % 3 == 0 ? u"Jansen %1"_s : u"Bakker %1"_s).arg(i, 4, 10, QChar(u'0')), u"login%1"_s.arg(i),
                u"user%1@example.nl"_s.arg(i, 4, 10, QChar(u'0')), i % 7 != 0});
        }
        const QDateTime at = QDateTime::currentDateTimeUtc();
        Store::UserRepository repository(connection->database());
        QVERIFY(!repository.upsertSummaries(users, at));
        // the first 10 have details with roles
        QList<Domain::User> details;
        for (int i = 0; i < 10; ++i) {
            Domain::User user;
            user.id = users.at(i).id;
            user.uid = users.at(i).uid;
            user.login = users.at(i).login;
            user.email = users.at(i).email;
            user.firstName = users.at(i).name;
            user.active = users.at(i).active;
            user.roles = i < 4 ? QStringList{u"teacher"_s} : QStringList{u"student"_s};
            user.archived = i == 4;
            details.append(user);
        }
        QVERIFY(!repository.upsertUsers(details, at));
    }

    void firstPageOnly()
    {
        // (no tester here: QAbstractItemModelTester calls fetchMore itself)
        UserTableModel model;
        QSignalSpy counted(&model, &UserTableModel::totalCountChanged);
        model.setCacheFile(m_path);
        QVERIFY(model.isLoading());
        QTRY_COMPARE(model.rowCount(), UserTableModel::PageSize);
        QTRY_COMPARE(model.totalCount(), UserCount); // the count follows the first page
        QVERIFY(counted.count() >= 1);
        QCOMPARE(counted.last().at(0).toInt(), UserCount);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE(model.rowCount(), 2 * UserTableModel::PageSize);
        while (model.rowCount() < UserCount) {
            const int before = model.rowCount();
            QVERIFY(model.canFetchMore({}));
            model.fetchMore({});
            QTRY_VERIFY(model.rowCount() > before);
        }
        QCOMPARE(model.rowCount(), UserCount);
        QVERIFY(!model.canFetchMore({}));
        QSet<QString> uids;
        for (int r = 0; r < model.rowCount(); ++r)
            uids.insert(model.uidAt(r));
        QCOMPARE(uids.size(), UserCount); // pages neither overlap nor leave gaps
    }

    void testerWalksAllPages()
    {
        // every page insertion and a reload, checked by the tester
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCacheFile(m_path);
        for (int round = 0; round < 2; ++round) {
            while (model.rowCount() < UserCount) {
                QTRY_VERIFY(!model.isLoading());
                if (model.canFetchMore({}))
                    model.fetchMore({});
            }
            QTRY_VERIFY(!model.isLoading());
            QCOMPARE(model.rowCount(), UserCount);
            QVERIFY(!model.canFetchMore({}));
            model.reload();
            QCOMPARE(model.rowCount(), 0);
        }
    }

    void displayAndRawValues()
    {
        UserTableModel model;
        UserQuery query;
        query.text = u"user0004@"_s;
        model.setQuery(query);
        model.setCacheFile(m_path);
        QTRY_COMPARE(model.rowCount(), 1);
        const auto at = [&](UserTableModel::Column column, int role) { return model.index(0, column).data(role); };
        QCOMPARE(at(UserTableModel::Name, Qt::DisplayRole).toString(), u"Bakker 0004"_s);
        QCOMPARE(at(UserTableModel::Roles, Qt::DisplayRole).toString(), u"Learner"_s); // the vocabulary's word
        QCOMPARE(at(UserTableModel::Roles, UserTableModel::RawValueRole).toStringList(), QStringList{u"student"_s});
        QCOMPARE(at(UserTableModel::Active, Qt::DisplayRole).toString(), u"active"_s);
        QCOMPARE(at(UserTableModel::Active, UserTableModel::RawValueRole).toBool(), true);
        QVERIFY(at(UserTableModel::FetchedAt, UserTableModel::RawValueRole).toDateTime().isValid());
        QVERIFY(!at(UserTableModel::FetchedAt, Qt::DisplayRole).toString().isEmpty());
        QCOMPARE(at(UserTableModel::Email, UserTableModel::UidRole).toString(), u"uid-4"_s);
        QCOMPARE(at(UserTableModel::Archived, UserTableModel::RawValueRole), QVariant(true));
        QCOMPARE(at(UserTableModel::Archived, Qt::DisplayRole).toString(), u"archived"_s);
        QCOMPARE(model.headerData(UserTableModel::Archived, Qt::Horizontal).toString(), u"Archived"_s);
        // without details, archived is unknown (not "no")
        query.text = u"user0011@"_s;
        model.setQuery(query);
        QTRY_COMPARE(model.rowCount(), 1);
        QTRY_COMPARE(model.uidAt(0), u"uid-11"_s);
        QVERIFY(!at(UserTableModel::Archived, UserTableModel::RawValueRole).isValid());
        QCOMPARE(at(UserTableModel::Archived, Qt::DisplayRole).toString(), u"not fetched"_s);
        QCOMPARE(model.headerData(UserTableModel::Email, Qt::Horizontal).toString(), u"E-mail"_s);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("expected");
        QTest::newRow("all") << QString() << QString() << UserCount;
        QTest::newRow("name substring") << u"jansen"_s << QString() << (UserCount + 2) / 3;
        QTest::newRow("e-mail substring") << u"user00"_s << QString() << 100;
        QTest::newRow("short text scans") << u"r1"_s << QString() << 1000; // user1xxx@…
        QTest::newRow("login") << u"login123"_s << QString() << 11; // login123, login1230…1239
        QTest::newRow("role") << QString() << u"teacher"_s << 4;
        QTest::newRow("role and text") << u"jansen"_s << u"student"_s << 2; // 6, 9
        QTest::newRow("nothing") << u"nobody-matches"_s << QString() << 0;
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, role);
        QFETCH(int, expected);
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCacheFile(m_path);
        UserQuery query;
        query.text = text;
        query.role = role;
        model.setQuery(query);
        QTRY_COMPARE(model.totalCount(), expected);
        QTRY_VERIFY(model.rowCount() >= qMin(expected, int(UserTableModel::PageSize)));
        QVERIFY(model.rowCount() <= expected);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString haystack = model.index(r, UserTableModel::Name).data().toString() + u' '
                + model.index(r, UserTableModel::Email).data().toString() + u' '
                + model.index(r, UserTableModel::Login).data().toString();
            QVERIFY2(haystack.contains(text, Qt::CaseInsensitive), qPrintable(haystack));
            if (!role.isEmpty())
                QVERIFY(model.index(r, UserTableModel::Roles)
                            .data(UserTableModel::RawValueRole)
                            .toStringList()
                            .contains(role));
        }
    }

    void sortsInSql()
    {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCacheFile(m_path);
        QTRY_VERIFY(model.rowCount() >= UserTableModel::PageSize);
        model.sort(UserTableModel::Email, Qt::DescendingOrder);
        QCOMPARE(model.query().sort, UserQuery::SortColumn::Email);
        QTRY_VERIFY(model.rowCount() >= UserTableModel::PageSize);
        // the first page of a descending sort holds the last e-mail addresses of all users
        QCOMPARE(model.index(0, UserTableModel::Email).data().toString(),
            u"user%1@example.nl"_s.arg(UserCount - 1, 4, 10, QChar(u'0')));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, UserTableModel::Email).data().toString()
                > model.index(r, UserTableModel::Email).data().toString());
        // columns SQL cannot sort keep the order
        const int generation = model.generation();
        model.sort(UserTableModel::Roles, Qt::AscendingOrder);
        QCOMPARE(model.generation(), generation);
        QCOMPARE(model.query().sort, UserQuery::SortColumn::Email);
    }

    void supersededQueriesAreDropped()
    {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCacheFile(m_path);
        UserQuery first;
        first.text = u"bakker"_s;
        model.setQuery(first);
        UserQuery second;
        second.text = u"jansen"_s;
        model.setQuery(second); // before the first query's page arrived
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.totalCount(), (UserCount + 2) / 3);
        QTRY_VERIFY(model.rowCount() >= UserTableModel::PageSize);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.index(r, UserTableModel::Name).data().toString().startsWith(u"Jansen"_s));
        // a page requested by fetchMore of the old query is dropped too
        model.fetchMore({});
        UserQuery third;
        third.text = u"login5"_s;
        model.setQuery(third);
        QTRY_VERIFY(!model.isLoading());
        QTRY_COMPARE(model.totalCount(), 111); // login5, login50…59, login500…599
        QCOMPARE(model.rowCount(), 111);
    }

    void withoutCacheIsEmpty()
    {
        UserTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCacheFile(m_path);
        QTRY_VERIFY(model.rowCount() >= UserTableModel::PageSize);
        model.setCacheFile({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void unreadableCacheReportsError()
    {
        UserTableModel model;
        QSignalSpy failed(&model, &UserTableModel::loadFailed);
        // a folder cannot be opened as a database
        model.setCacheFile(m_dir.path());
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().startsWith(u"The cached users could not be read: "_s));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

private:
    static constexpr int UserCount = 2000;
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
