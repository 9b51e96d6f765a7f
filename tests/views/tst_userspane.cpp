// The Users pane offline over a filled cache, its remembered header, and the one-time notice
// when a damaged cache file was moved aside at start.
#include "viewtestfixture.h"

#include "core/store/cachedatabase.h"
#include "core/store/userrepository.h"
#include "models/cachesession.h"
#include "models/usertablemodel.h"
#include "views/mainwindow.h"
#include "views/messageboxes.h"
#include "views/userdetailpanel.h"
#include "views/userspane.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTranslator>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::CacheSession;
using Models::UserTableModel;

namespace {

constexpr int UserCount = 1500;

struct Offline
{
    Offline()
    {
        // a profile whose server is unreachable: the pane must work from the cache alone
        profile = Settings::ConnectionProfile::create(
            u"Offline"_s, QUrl(u"https://offline.invalid/api/"_s), Settings::ProfileTag::Production);
        fixture.profiles->add(profile);
        other = Settings::ConnectionProfile::create(
            u"Other"_s, QUrl(u"https://other.invalid/api/"_s), Settings::ProfileTag::Test);
        fixture.profiles->add(other);
        fixture.profiles->setActive(profile.id);
        session = std::make_unique<CacheSession>(
            fixture.profiles.get(), fixture.secrets.get(), &fixture.status, &fixture.log);
        session->setCacheDirectory(fixture.dir.filePath(u"cache"_s));
    }

    bool fill()
    {
        Store::CacheDatabase cache(session->cacheFilePath(profile.id));
        if (cache.open())
            return false;
        auto connection = cache.openConnection();
        QList<Domain::UserSummary> users;
        for (int i = 0; i < UserCount; ++i)
            users.append(
                {u"X%1"_s.arg(i), u"uid-%1"_s.arg(i), u"Person %1 %2"_s.arg(i % 2 ? u"de Vries"_s : u"Visser"_s).arg(i),
                    u"p%1"_s.arg(i), u"p%1@school.example"_s.arg(i), true});
        Store::UserRepository repository(connection->database());
        if (repository.upsertSummaries(users, QDateTime::currentDateTimeUtc()))
            return false;
        Domain::User detailed;
        detailed.id = u"X7"_s;
        detailed.uid = u"uid-7"_s;
        detailed.login = u"p7"_s;
        detailed.email = u"p7@school.example"_s;
        detailed.firstName = u"Person"_s;
        detailed.lastName = u"de Vries"_s;
        detailed.company = u"Springfield College"_s;
        detailed.active = true;
        detailed.roles = {u"student"_s, u"teacher"_s};
        return !repository.upsertUsers({detailed}, QDateTime::currentDateTimeUtc());
    }

    std::unique_ptr<Views::MainWindow> window()
    {
        return std::make_unique<Views::MainWindow>(Views::MainWindow::Services{fixture.config.get(),
            fixture.profiles.get(), fixture.secrets.get(), &fixture.log, &fixture.status, session.get()});
    }

    int logCount(const QString &text) const
    {
        int n = 0;
        for (const auto &entry : fixture.log.entries())
            n += entry.message.contains(text) ? 1 : 0;
        return n;
    }

    ViewTest::Fixture fixture;
    Settings::ConnectionProfile profile;
    Settings::ConnectionProfile other;
    std::unique_ptr<CacheSession> session;
};

} // namespace

class TestUsersPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms ("1 user", "500 users") come from springdesk_en.qm, as in the application.
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(u":/i18n/springdesk_en.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(translator));
    }

    void init() { Views::MessageBoxes::clearShownTexts(); }

    void showsCachedUsersOffline()
    {
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->show();
        QCOMPARE(window->paneWidget(Models::Pane::Users), pane);
        // the cache opens on a worker thread; meanwhile the pane says so and nothing can sync
        QCOMPARE(pane->countLabel()->text(), u"Opening the local cache…"_s);
        QVERIFY(!window->syncAction()->isEnabled());
        QVERIFY(!window->fetchCourseResultsAction()->isEnabled());
        QTRY_COMPARE(pane->countLabel()->text(), u"%L1 users"_s.arg(UserCount));
        QVERIFY(window->syncAction()->isEnabled());
        QCOMPARE(pane->model()->rowCount(), UserTableModel::PageSize); // one page, not all rows

        // scrolling to the end fetches the next page
        pane->table()->scrollToBottom();
        QTRY_VERIFY(pane->model()->rowCount() > UserTableModel::PageSize);

        // the filter waits until typing pauses, then runs one query
        const int generation = pane->model()->generation();
        QTest::keyClicks(pane->filterEdit(), u"visser"_s);
        QCOMPARE(pane->model()->generation(), generation);
        QTRY_COMPARE(pane->countLabel()->text(), u"%L1 users"_s.arg(UserCount / 2));
        QCOMPARE(pane->model()->generation(), generation + 1);
        pane->filterEdit()->setText(u"p7@school"_s);
        QTRY_COMPARE(pane->model()->query().text, u"p7@school"_s);
        QTRY_COMPARE(pane->countLabel()->text(), u"1 user"_s);

        // details of the selected user: every cached field and the roles
        QTRY_COMPARE(pane->model()->rowCount(), 1);
        pane->table()->setCurrentIndex(pane->model()->index(0, UserTableModel::Email));
        const QString text = pane->detailPanel()->text();
        QVERIFY2(text.startsWith(u"Person de Vries\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"Springfield College"_s));
        QVERIFY(text.contains(u"Learner, Instructor"_s)); // the role labels of the table's value set
        QVERIFY(text.contains(u"Member of no cached group."_s));
        QVERIFY(text.contains(u"No cached subscriptions."_s));

        // a user without details says so
        pane->filterEdit()->setText(u"p8@school"_s);
        QTRY_COMPARE(pane->model()->query().text, u"p8@school"_s);
        QTRY_VERIFY(!pane->model()->isLoading());
        QCOMPARE(pane->countLabel()->text(), u"1 user"_s);
        QCOMPARE(pane->model()->rowCount(), 1);
        pane->table()->setCurrentIndex(pane->model()->index(0, 0));
        QVERIFY(pane->detailPanel()->text().contains(u"not fetched yet"_s));

        // role filter
        pane->filterEdit()->clear();
        pane->roleFilter()->setCurrentIndex(pane->roleFilter()->findData(u"teacher"_s));
        QTRY_COMPARE(pane->countLabel()->text(), u"1 user"_s);

        // switching to a profile without cache data empties the pane
        o.fixture.profiles->setActive(o.other.id);
        QTRY_COMPARE(pane->countLabel()->text(), u"0 users"_s);
        QCOMPARE(pane->detailPanel()->uid(), QString());
    }

    void aCommandsCacheChangeShowsWithoutASync()
    {
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        QTRY_COMPARE(pane->countLabel()->text(), u"%L1 users"_s.arg(UserCount));
        {
            // what the CacheUpdater writes after addUser
            Store::CacheDatabase cache(o.session->currentCacheFile());
            QVERIFY(!cache.open());
            auto connection = cache.openConnection();
            QVERIFY(!Store::UserRepository(connection->database())
                         .upsertSummaries({{u"NEW-1"_s, u"uid-new-1"_s, u"Nieuwe Collega"_s, u"new1"_s,
                                              u"new1@school.example"_s, true}},
                             QDateTime::currentDateTimeUtc()));
        }
        // a change elsewhere does not reload the list
        pane->applyCacheChange({Store::CacheChange::Area::Calendar, Api::Fn::AddEvent, {u"CAL-1"_s}});
        QCOMPARE(pane->countLabel()->text(), u"%L1 users"_s.arg(UserCount));
        pane->applyCacheChange({Store::CacheChange::Area::Users, Api::Fn::AddUser, {u"NEW-1"_s}});
        QTRY_COMPARE(pane->countLabel()->text(), u"%L1 users"_s.arg(UserCount + 1));
    }

    void sortsInSqlAndRemembersTheHeader()
    {
        Offline o;
        QVERIFY(o.fill());
        {
            auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
            auto window = o.window();
            window->setPaneWidget(Models::Pane::Users, pane);
            o.session->activate();
            window->show();
            QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
            pane->table()->sortByColumn(UserTableModel::Email, Qt::DescendingOrder);
            QCOMPARE(pane->model()->query().sort, Store::UserQuery::SortColumn::Email);
            QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
            QCOMPARE(pane->model()->index(0, UserTableModel::Email).data().toString(), u"p9@school.example"_s);
            // a column SQL cannot sort keeps the previous order and indicator
            pane->table()->horizontalHeader()->setSortIndicator(UserTableModel::Roles, Qt::AscendingOrder);
            QCOMPARE(pane->table()->horizontalHeader()->sortIndicatorSection(), int(UserTableModel::Email));
            pane->table()->setColumnWidth(UserTableModel::Login, 177);
        }
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        QCOMPARE(pane->table()->columnWidth(UserTableModel::Login), 177);
        QCOMPARE(pane->table()->horizontalHeader()->sortIndicatorSection(), int(UserTableModel::Email));
        QCOMPARE(pane->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(pane->model()->query().sort, Store::UserQuery::SortColumn::Email);
        delete pane;
    }

    void damagedCacheIsReportedOnce()
    {
        Offline o;
        const QString path = o.session->cacheFilePath(o.profile.id);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();

        auto window = o.window();
        window->setPaneWidget(Models::Pane::Users, new Views::UsersPane(o.fixture.config.get(), o.session.get()));
        Views::MessageBoxes::setNextAnswer(QMessageBox::Ok);
        o.session->activate(); // the check and the rebuild run on a worker thread
        QTRY_COMPARE(Views::MessageBoxes::shownTexts().size(), 1);
        const QString notice = Views::MessageBoxes::shownTexts().constFirst();
        QVERIFY2(notice.contains(QFileInfo(path).fileName()), qPrintable(notice));
        QCOMPARE(o.logCount(notice), 1);
        QVERIFY(!o.session->currentCacheFile().isEmpty()); // a fresh cache took its place
        // the old file is where the notice says
        const QDir folder(QFileInfo(path).absolutePath());
        QCOMPARE(folder.entryList({QFileInfo(path).fileName() + u".*"_s}, QDir::Files).size(), 1);

        // switching away and back opens the (now healthy) cache without a new notice
        o.fixture.profiles->setActive(o.other.id);
        o.fixture.profiles->setActive(o.profile.id);
        QTRY_VERIFY(!o.session->isOpening());
        QCOMPARE(o.session->currentCacheFile(), path);
        QCOMPARE(Views::MessageBoxes::shownTexts().size(), 1);
        QCOMPARE(o.logCount(notice), 1);
    }
};

QTEST_MAIN(TestUsersPane)
#include "tst_userspane.moc"
