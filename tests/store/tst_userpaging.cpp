// The paging API is what the GUI's fetchMore models are built on: a minimal model over
// UserRepository (count + rows(offset, limit)) must be QAbstractItemModelTester-clean, also
// when the filter changes.
#include "core/store/cachedatabase.h"
#include "core/store/userrepository.h"

#include <QAbstractItemModelTester>
#include <QAbstractTableModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk::Store;
using namespace Springdesk::Domain;
using namespace Qt::StringLiterals;

namespace {

class PagedUsers final : public QAbstractTableModel
{
public:
    explicit PagedUsers(QSqlDatabase db)
        : m_repo(std::move(db))
    { }

    void setQuery(const UserQuery &query)
    {
        m_changing = true;
        beginResetModel();
        m_query = query;
        m_rows.clear();
        m_total = m_repo.count(m_query);
        endResetModel();
        m_changing = false;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const auto &row = m_rows.at(index.row());
        switch (index.column()) {
        case 0:
            return row.summary.name;
        case 1:
            return row.summary.email;
        default:
            return row.roles.join(u", "_s);
        }
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_changing && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        // the tester asks for more while rows are being inserted: not re-entrant
        if (parent.isValid() || m_changing)
            return;
        const auto page = m_repo.rows(m_query, int(m_rows.size()), 50);
        if (page.isEmpty())
            return;
        m_changing = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        m_rows += page;
        endInsertRows();
        m_changing = false;
    }

private:
    UserRepository m_repo;
    UserQuery m_query;
    QList<UserRow> m_rows;
    int m_total = 0;
    bool m_changing = false;
};

} // namespace

class TestUserPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelOverPagesIsClean()
    {
        QTemporaryDir dir;
        CacheDatabase cache(dir.filePath(u"p.sqlite"_s));
        QVERIFY(!cache.open());
        auto c = cache.openConnection();
        QList<UserSummary> users;
        for (int i = 0; i < 230; ++i) {
            users.append({u"E%1"_s.arg(i), u"u%1"_s.arg(i), (i % 2 ? u"Jansen %1"_s : u"Bakker %1"_s).arg(i),
                u"l%1"_s.arg(i), u"m%1@x.nl"_s.arg(i), true});
        }
        QVERIFY(!UserRepository(c->database()).upsertSummaries(users, QDateTime::currentDateTimeUtc()));
        PagedUsers model(c->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 230);
        QSet<QString> seen;
        for (int r = 0; r < model.rowCount(); ++r)
            seen.insert(model.index(r, 1).data().toString());
        QCOMPARE(seen.size(), 230); // no page overlapped another
        UserQuery jansen;
        jansen.text = u"jansen"_s;
        model.setQuery(jansen);
        model.fetchMore({});
        QVERIFY(model.rowCount() >= 50);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 115);
    }
};

QTEST_GUILESS_MAIN(TestUserPaging)
#include "tst_userpaging.moc"
