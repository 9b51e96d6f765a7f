#include "core/store/cachedatabase.h"
#include "core/store/userrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk::Store;
using namespace Springdesk::Domain;
using namespace Qt::StringLiterals;

namespace {

User makeUser(const QString &n, const QString &first, const QString &last, QStringList roles = {u"student"_s})
{
    User u;
    u.id = u"EMP-"_s + n;
    u.uid = u"uid-"_s + n;
    u.login = (first + u'.' + last).toLower();
    u.email = u.login + u"@example.com"_s;
    u.firstName = first;
    u.lastName = last;
    u.active = true;
    u.roles = roles;
    return u;
}

QStringList namesOf(const QList<UserRow> &rows)
{
    QStringList out;
    for (const auto &r : rows)
        out << r.summary.name;
    return out;
}

} // namespace

class TestUserRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    std::unique_ptr<CacheConnection> m_connection;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);

    UserRepository repo() { return UserRepository(m_connection->database()); }

    // The search index must agree with a plain scan for every user.
    void verifySearchIndexConsistent()
    {
        QSqlQuery q(m_connection->database());
        QVERIFY(q.exec(u"INSERT INTO users_search(users_search) VALUES ('integrity-check')"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM users_search_pending"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

private Q_SLOTS:
    void init()
    {
        m_connection.reset();
        m_cache = std::make_unique<CacheDatabase>(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
            + u'-' + QString::fromLatin1(QTest::currentDataTag()).remove(u' ').remove(u':') + u".sqlite"_s));
        QVERIFY(!m_cache->open());
        m_connection = m_cache->openConnection();
        QVERIFY(m_connection);
    }
    void cleanup() { m_connection.reset(); }

    void detailRoundTrip()
    {
        User u = makeUser(u"1"_s, u"Jan"_s, u"Jansen"_s, {u"teacher"_s, u"student"_s});
        u.middleName = u"van"_s;
        u.title = u"dr."_s;
        u.company = u"Acme \"quoted\" ünïcode"_s;
        u.function = u"Trainer"_s;
        u.address = u"Line 1\nLine 2\t\\ back\u0001slash / end"_s; // escapes in details_json
        u.dateOfBirth = QDate(1990, 5, 17);
        u.custom3 = u"c3"_s;
        u.timeZone = u"Europe/Amsterdam"_s;
        u.renewable = true;
        u.archived = false;
        auto r = repo();
        QVERIFY(!r.upsertUsers({u}, m_t0));
        const auto back = r.user(u.uid);
        QVERIFY(back);
        User expected = u;
        expected.roles.sort();
        QCOMPARE(*back, expected);
        QSqlQuery valid(m_connection->database());
        QVERIFY(valid.exec(u"SELECT json_valid(details_json), json_extract(details_json, '$.address') FROM users"_s));
        QVERIFY(valid.next());
        QCOMPARE(valid.value(0).toInt(), 1);
        QCOMPARE(valid.value(1).toString(), u.address);
        QCOMPARE(r.userByExternalId(u.id)->uid, u.uid);
        QCOMPARE(r.uidOf(u.id), u.uid);
        QCOMPARE(r.detailsFetchedAt(u.uid), m_t0);
        QVERIFY(!r.user(u"nobody"_s));
    }

    void summaryKeepsDetailsAndListName()
    {
        auto r = repo();
        QVERIFY(!r.upsertSummaries({{u"EMP-1"_s, u"uid-1"_s, u"Jan J. Jansen"_s, u"jan"_s, u"j@x.nl"_s, true}}, m_t0));
        QCOMPARE(r.rows({}, 0, 10).constFirst().summary.name, u"Jan J. Jansen"_s);
        QVERIFY(!r.rows({}, 0, 10).constFirst().hasDetails);
        User u = makeUser(u"1"_s, u"Jan"_s, u"Jansen"_s);
        QVERIFY(!r.upsertUsers({u}, m_t0.addSecs(1)));
        QVERIFY(!r.upsertUsers({u}, m_t0.addSecs(2)));
        // getUser has no full name; the list's stays while the name parts do not change
        auto rows = r.rows({}, 0, 10);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.constFirst().hasDetails);
        QCOMPARE(rows.constFirst().roles, QStringList{u"student"_s});
        u.lastName = u"Pietersen"_s;
        QVERIFY(!r.upsertUsers({u}, m_t0.addSecs(3)));
        QCOMPARE(r.rows({}, 0, 10).constFirst().summary.name, u"Jan Pietersen"_s);
        // a later summary updates the list fields but keeps details and roles
        QVERIFY(!r.upsertSummaries(
            {{u"EMP-1"_s, u"uid-1"_s, u"Jan Pietersen"_s, u"jp"_s, u"jp@x.nl"_s, false}}, m_t0.addSecs(4)));
        const auto back = r.user(u"uid-1"_s);
        QCOMPARE(back->login, u"jp"_s);
        QCOMPARE(back->lastName, u"Pietersen"_s);
        QCOMPARE(back->roles, QStringList{u"student"_s});
        verifySearchIndexConsistent();
    }

    void rolesAreReplaced()
    {
        auto r = repo();
        User u = makeUser(u"1"_s, u"A"_s, u"B"_s, {u"student"_s, u"teacher"_s});
        QVERIFY(!r.upsertUsers({u}, m_t0));
        u.roles = {u"mentor"_s};
        QVERIFY(!r.upsertUsers({u}, m_t0));
        QCOMPARE(r.user(u.uid)->roles, QStringList{u"mentor"_s});
        UserQuery q;
        q.role = u"teacher"_s;
        QCOMPARE(r.count(q), 0);
        q.role = u"mentor"_s;
        QCOMPARE(r.count(q), 1);
        QVERIFY(!r.addRoles(u.uid, {u"author"_s}));
        q.role = u"author"_s;
        QCOMPARE(r.count(q), 1);
    }

    void externalIdMovesToNewOwner()
    {
        auto r = repo();
        QVERIFY(!r.upsertSummaries({{u"X"_s, u"uid-a"_s, u"A"_s, u"a"_s, u"a@x"_s, true}}, m_t0));
        // the server gave external ID X to another user
        QVERIFY(!r.upsertSummaries({{u"X"_s, u"uid-b"_s, u"B"_s, u"b"_s, u"b@x"_s, true}}, m_t0));
        QCOMPARE(r.uidOf(u"X"_s), u"uid-b"_s);
        QCOMPARE(r.user(u"uid-a"_s)->id, QString());
    }

    // Batches of 50 or more users are written set-based (UserBulkWriter); one user at a time
    // row by row. Both must leave the same tables behind.
    void bulkWriteMatchesRowByRow_data()
    {
        QTest::addColumn<bool>("duplicateInBatch");
        QTest::newRow("distinct users: set-based") << false;
        QTest::newRow("a UID twice: row by row") << true;
    }

    void bulkWriteMatchesRowByRow()
    {
        QFETCH(bool, duplicateInBatch);
        const auto prepare = [this](UserRepository r) {
            // before: listed users, one with details and other roles, and an external ID that
            // the batch gives to another user
            QVERIFY(!r.upsertSummaries({{u"EMP-3"_s, u"uid-3"_s, u"Listed Name"_s, u"l3"_s, u"l3@x"_s, true},
                                           {u"EMP-TAKEN"_s, u"uid-old"_s, u"Old"_s, u"old"_s, u"old@x"_s, true}},
                m_t0));
            QVERIFY(!r.upsertUsers({makeUser(u"4"_s, u"Four"_s, u"Roles"_s, {u"teacher"_s})}, m_t0));
            QVERIFY(!r.upsertUsers({makeUser(u"5"_s, u"Five"_s, u"Same"_s, {u"mentor"_s, u"student"_s})}, m_t0));
        };
        QList<User> batch;
        for (int i = 0; i < 60; ++i) {
            User u = makeUser(QString::number(i), u"First%1"_s.arg(i), u"Last"_s, {u"student"_s});
            if (i % 3 == 0)
                u.roles << u"author"_s;
            u.company = u"Co \"%1\""_s.arg(i);
            batch << u;
        }
        batch[3].firstName = u"Listed"_s; // name parts unknown before: the composed name wins
        batch[4].roles = {u"mentor"_s};
        batch[5].roles = {u"student"_s, u"mentor"_s};
        batch[7].id = u"EMP-TAKEN"_s;
        batch[8].archived = true;
        if (duplicateInBatch)
            batch << batch.at(10);

        const auto dump = [](QSqlDatabase db) {
            QStringList out;
            QSqlQuery q(db);
            if (!q.exec(u"SELECT uid, external_id, login, email, name, first_name, last_name, active, archived, "
                        "roles, details_json, detail_fetched_at, fetched_at FROM users ORDER BY uid"_s))
                return QStringList{q.lastError().text()};
            while (q.next()) {
                QStringList row;
                for (int c = 0; c < 13; ++c)
                    row << (q.isNull(c) ? u"NULL"_s : q.value(c).toString());
                out << row.join(u'|');
            }
            if (!q.exec(u"SELECT user_uid || ':' || role FROM user_roles ORDER BY 1"_s))
                return QStringList{q.lastError().text()};
            while (q.next())
                out << q.value(0).toString();
            return out;
        };

        prepare(repo());
        QVERIFY(!repo().upsertUsers(batch, m_t0.addSecs(10)));
        verifySearchIndexConsistent();

        CacheDatabase other(m_dir.filePath(u"rowbyrow-%1.sqlite"_s.arg(int(duplicateInBatch))));
        QVERIFY(!other.open());
        auto otherConnection = other.openConnection();
        QVERIFY(otherConnection);
        UserRepository rowByRow(otherConnection->database());
        prepare(rowByRow);
        for (const auto &u : std::as_const(batch))
            QVERIFY(!rowByRow.upsertUsers({u}, m_t0.addSecs(10)));

        const QStringList expected = dump(otherConnection->database());
        QCOMPARE(dump(m_connection->database()), expected);
        QVERIFY(expected.contains(u"uid-3|EMP-3|first3.last|first3.last@example.com|Listed Last|Listed|Last|1|NULL|"
                                  "author,student|{\"company\":\"Co \\\"3\\\"\",\"renewable\":false}|%1|%1"_s.arg(
                                      m_t0.addSecs(10).toMSecsSinceEpoch())));
        QVERIFY(expected.contains(u"uid-4:mentor"_s));
        QVERIFY(!expected.contains(u"uid-4:teacher"_s));
        QVERIFY(expected.contains(u"uid-5:mentor"_s));
    }

    void invalidInputRollsBack()
    {
        auto r = repo();
        User bad = makeUser(u"2"_s, u"B"_s, u"C"_s);
        bad.uid.clear();
        const auto e = r.upsertUsers({makeUser(u"1"_s, u"A"_s, u"B"_s), bad}, m_t0);
        QCOMPARE(e.kind, StoreError::Kind::InvalidArgument);
        QCOMPARE(r.totalCount(), 0);
    }

    void filterSortAndPage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all by name") << QString() << QString() << int(UserQuery::SortColumn::Name) << false
                                     << QStringList{u"Anna Bakker"_s, u"anna de Vries"_s, u"Jan Jansen"_s,
                                            u"Piet Jansen"_s, u"Zoë Öztürk"_s};
        QTest::newRow("descending") << QString() << QString() << int(UserQuery::SortColumn::Name) << true
                                    << QStringList{u"Zoë Öztürk"_s, u"Piet Jansen"_s, u"Jan Jansen"_s,
                                           u"anna de Vries"_s, u"Anna Bakker"_s};
        QTest::newRow("substring, any case") << u"JANS"_s << QString() << int(UserQuery::SortColumn::Name) << false
                                             << QStringList{u"Jan Jansen"_s, u"Piet Jansen"_s};
        QTest::newRow("e-mail part") << u"bakker@ex"_s << QString() << int(UserQuery::SortColumn::Name) << false
                                     << QStringList{u"Anna Bakker"_s};
        QTest::newRow("short text") << u"an"_s << QString() << int(UserQuery::SortColumn::Name) << false
                                    << QStringList{
                                           u"Anna Bakker"_s, u"anna de Vries"_s, u"Jan Jansen"_s, u"Piet Jansen"_s};
        QTest::newRow("like wildcard is literal")
            << u"%"_s << QString() << int(UserQuery::SortColumn::Name) << false << QStringList{};
        QTest::newRow("quote in text") << u"a\"b"_s << QString() << int(UserQuery::SortColumn::Name) << false
                                       << QStringList{};
        QTest::newRow("non-ascii") << u"özt"_s << QString() << int(UserQuery::SortColumn::Name) << false
                                   << QStringList{u"Zoë Öztürk"_s};
        QTest::newRow("role") << QString() << u"teacher"_s << int(UserQuery::SortColumn::Name) << false
                              << QStringList{u"anna de Vries"_s, u"Piet Jansen"_s};
        QTest::newRow("text and role") << u"jansen"_s << u"teacher"_s << int(UserQuery::SortColumn::Name) << false
                                       << QStringList{u"Piet Jansen"_s};
        QTest::newRow("by login") << QString() << QString() << int(UserQuery::SortColumn::Login) << false
                                  << QStringList{u"anna de Vries"_s, u"Anna Bakker"_s, u"Jan Jansen"_s,
                                         u"Piet Jansen"_s, u"Zoë Öztürk"_s};
    }

    void filterSortAndPage()
    {
        QFETCH(QString, text);
        QFETCH(QString, role);
        QFETCH(int, sort);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        auto r = repo();
        QList<UserSummary> list{
            {u"1"_s, u"u1"_s, u"Jan Jansen"_s, u"jan"_s, u"jan.jansen@example.com"_s, true},
            {u"2"_s, u"u2"_s, u"Piet Jansen"_s, u"piet"_s, u"piet@example.com"_s, true},
            {u"3"_s, u"u3"_s, u"Anna Bakker"_s, u"anna.b"_s, u"anna.bakker@example.com"_s, false},
            {u"4"_s, u"u4"_s, u"anna de Vries"_s, u"anna.a"_s, u"vries@example.com"_s, true},
            {u"5"_s, u"u5"_s, u"Zoë Öztürk"_s, u"zoe"_s, u"zoe@example.com"_s, true},
        };
        QVERIFY(!r.upsertSummaries(list, m_t0));
        QVERIFY(!r.addRoles(u"u2"_s, {u"teacher"_s}));
        QVERIFY(!r.addRoles(u"u4"_s, {u"teacher"_s, u"student"_s}));
        UserQuery q;
        q.text = text;
        q.role = role;
        q.sort = UserQuery::SortColumn(sort);
        q.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        StoreError error;
        QCOMPARE(r.count(q, &error), expected.size());
        QVERIFY(!error);
        QCOMPARE(namesOf(r.rows(q, 0, 100, &error)), expected);
        // pages of two give the same order without overlap
        QStringList paged;
        for (int offset = 0; offset < expected.size() + 2; offset += 2)
            paged << namesOf(r.rows(q, offset, 2));
        QCOMPARE(paged, expected);
        // all matching UIDs, in the same order
        QStringList uidsOfRows;
        for (const auto &row : r.rows(q, 0, 100))
            uidsOfRows << row.summary.uid;
        QCOMPARE(r.uids(q, &error), uidsOfRows);
        QVERIFY(!error);
    }

    void filtersByActiveGroupAndCourse()
    {
        auto r = repo();
        QVERIFY(!r.upsertSummaries(
            {{u"1"_s, u"u1"_s, u"A"_s, u"a"_s, u"a@x"_s, true}, {u"2"_s, u"u2"_s, u"B"_s, u"b"_s, u"b@x"_s, false}},
            m_t0));
        UserQuery q;
        q.active = false;
        QCOMPARE(namesOf(r.rows(q, 0, 10)), QStringList{u"B"_s});
        QSqlQuery sql(m_connection->database());
        QVERIFY(sql.exec(u"INSERT INTO user_groups (external_id, fetched_at) VALUES ('G', 1)"_s));
        QVERIFY(sql.exec(u"INSERT INTO group_members (group_id, user_uid, fetched_at) VALUES ('G', 'u1', 1)"_s));
        q = {};
        q.groupId = u"G"_s;
        QCOMPARE(namesOf(r.rows(q, 0, 10)), QStringList{u"A"_s});
    }

    void searchIndexFollowsChangesAndRemovals()
    {
        auto r = repo();
        QVERIFY(!r.upsertSummaries({{u"1"_s, u"u1"_s, u"Alpha One"_s, u"a1"_s, u"a1@x"_s, true},
                                       {u"2"_s, u"u2"_s, u"Beta Two"_s, u"b2"_s, u"b2@x"_s, true},
                                       {u"3"_s, u"u3"_s, u"Gamma Three"_s, u"g3"_s, u"g3@x"_s, true}},
            m_t0));
        QVERIFY(!r.upsertSummaries({{u"2"_s, u"u2"_s, u"Delta Two"_s, u"b2"_s, u"b2@x"_s, true}}, m_t0.addSecs(5)));
        UserQuery q;
        q.text = u"beta"_s;
        QCOMPARE(r.count(q), 0);
        q.text = u"delta"_s;
        QCOMPARE(r.count(q), 1);
        QVERIFY(!r.removeUser(u"u3"_s)); // the largest key: reused by the next insert
        QVERIFY(!r.upsertSummaries({{u"4"_s, u"u4"_s, u"Epsilon Four"_s, u"e4"_s, u"e4@x"_s, true}}, m_t0));
        q.text = u"gamma"_s;
        QCOMPARE(r.count(q), 0);
        q.text = u"epsilon"_s;
        QCOMPARE(r.count(q), 1);
        int removed = -1;
        QVERIFY(!r.removeNotFetchedSince(m_t0.addSecs(1), &removed));
        QCOMPARE(removed, 2); // u1 and u4 were not in the later list
        q.text = u"alpha"_s;
        QCOMPARE(r.count(q), 0);
        QCOMPARE(r.totalCount(), 1);
        verifySearchIndexConsistent();
    }

    // The index holds a login only when the e-mail does not contain it (schema v4): a login is
    // found either way, also after it or the e-mail changes.
    void searchByLoginWhetherOrNotTheEmailHoldsIt()
    {
        auto r = repo();
        QVERIFY(!r.upsertSummaries({{u"1"_s, u"u1"_s, u"John Doe"_s, u"jdoe"_s, u"jdoe@x.org"_s, true},
                                       {u"2"_s, u"u2"_s, u"Big Boss"_s, u"admin-42"_s, u"boss@y.org"_s, true}},
            m_t0));
        const auto count = [&r](const QString &text) {
            UserQuery q;
            q.text = text;
            return r.count(q);
        };
        QCOMPARE(count(u"jdoe"_s), 1);
        QCOMPARE(count(u"admin-4"_s), 1);
        QCOMPARE(count(u"boss@"_s), 1);
        // the login becomes part of the e-mail, and an e-mail stops holding its login
        QVERIFY(!r.upsertSummaries({{u"2"_s, u"u2"_s, u"Big Boss"_s, u"boss"_s, u"boss@y.org"_s, true},
                                       {u"1"_s, u"u1"_s, u"John Doe"_s, u"jdoe"_s, u"john@x.org"_s, true}},
            m_t0.addSecs(5)));
        QCOMPARE(count(u"admin-4"_s), 0);
        QCOMPARE(count(u"boss"_s), 1);
        QCOMPARE(count(u"jdoe"_s), 1);
        QCOMPARE(count(u"jdoe@"_s), 0);
        QCOMPARE(count(u"john@x"_s), 1);
        QVERIFY(!r.removeUser(u"u1"_s));
        QCOMPARE(count(u"jdoe"_s), 0);
        verifySearchIndexConsistent();
    }

    void summariesNeedingDetails()
    {
        auto r = repo();
        QVERIFY(!r.upsertSummaries(
            {{u"1"_s, u"u1"_s, u"A"_s, u"a"_s, u"a@x"_s, true}, {u"2"_s, u"u2"_s, u"B"_s, u"b"_s, u"b@x"_s, true}},
            m_t0));
        QVERIFY(!r.upsertUsers({makeUser(u"x"_s, u"C"_s, u"D"_s)}, m_t0));
        QCOMPARE(r.summariesNeedingDetails(m_t0.addSecs(-10)).size(), 2);
        QCOMPARE(r.summariesNeedingDetails(m_t0.addSecs(10)).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
