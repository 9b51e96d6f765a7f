// The Users pane offline over a filled cache, its remembered header, and the one-time notice
// when a damaged cache file was moved aside at start.
#include "viewtestfixture.h"

#include "core/store/cacheconnection.h"
#include "core/store/cachedatabase.h"
#include "core/store/syncmarks.h"
#include "core/store/userrepository.h"
#include "models/cachesession.h"
#include "models/modelroles.h"
#include "models/usertablemodel.h"
#include "views/mainwindow.h"
#include "views/messageboxes.h"
#include "views/statusbarwidget.h"
#include "views/userdetailpanel.h"
#include "views/userspane.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTextBrowser>
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

    // Column filters in the filter field, in SQL: role (API value, English or translated label;
    // a,b for either), active (any yes/no spelling); an unknown value is named and filters nothing.
    void columnFilters_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("problem");
        QTest::newRow("role:instructor") << u"role:instructor"_s << 1 << false;
        QTest::newRow("role:teacher") << u"role:teacher"_s << 1 << false;
        QTest::newRow("either role") << u"role:observer,instructor"_s << 2 << false;
        QTest::newRow("active:false") << u"active:false"_s << 1 << false;
        QTest::newRow("active:nee, observer") << u"active:nee role:observer"_s << 1 << false;
        QTest::newRow("both terms") << u"role:instructor active:no"_s << 0 << false;
        QTest::newRow("with text") << u"visser role:learner"_s << 0 << false;
        QTest::newRow("text and term") << u"vries role:learner"_s << 1 << false;
        QTest::newRow("archived:yes") << u"archived:yes"_s << 1 << false;
        QTest::newRow("archived:ja, observer") << u"archived:ja role:observer"_s << 1 << false;
        QTest::newRow("archived instructor") << u"archived:true role:instructor"_s << 0 << false;
        QTest::newRow("unknown role") << u"role:wizard"_s << UserCount << true;
    }

    void columnFilters()
    {
        QFETCH(QString, filter);
        QFETCH(int, count);
        QFETCH(bool, problem);
        Offline o;
        QVERIFY(o.fill());
        {
            Store::CacheDatabase cache(o.session->cacheFilePath(o.profile.id));
            QVERIFY(!cache.open());
            auto connection = cache.openConnection();
            Domain::User observer;
            observer.id = u"X9"_s;
            observer.uid = u"uid-9"_s;
            observer.login = u"p9"_s;
            observer.email = u"p9@school.example"_s;
            observer.lastName = u"de Vries"_s;
            observer.active = false;
            observer.roles = {u"mentor"_s};
            observer.archived = true;
            QVERIFY(!Store::UserRepository(connection->database())
                         .upsertUsers({observer}, QDateTime::currentDateTimeUtc()));
        }
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->show();
        QTRY_COMPARE(pane->countLabel()->text(), u"%L1 users"_s.arg(UserCount));
        pane->filterEdit()->setText(filter);
        const Store::ParsedFilter parsed = Views::UsersPane::columnFilter().parse(filter);
        QTRY_COMPARE(pane->model()->query().text, parsed.text);
        QTRY_COMPARE(pane->model()->query().anyRole, parsed.values(u"role"_s));
        QTRY_COMPARE(pane->model()->query().active, parsed.flag(u"active"_s));
        QTRY_COMPARE(pane->model()->query().archived, parsed.flag(u"archived"_s));
        QTRY_COMPARE(pane->filterProblemsLabel()->isVisible(), problem);
        QTRY_VERIFY(!pane->model()->isLoading());
        QTRY_COMPARE(pane->model()->totalCount(), count);
        if (problem)
            QVERIFY(pane->filterProblemsLabel()->text().contains(u"wizard"_s));
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
        using Area = Store::CacheChange::Area;
        pane->applyCacheChange(Store::CacheChange(Api::Fn::AddEvent, Area::Calendar, {u"CAL-1"_s}));
        pane->applyCacheChange(
            Store::CacheChange(Api::Fn::AddAccessCodes, Area::AccessCodes, {u"AC-1"_s}).touch(Area::Events));
        QCOMPARE(pane->countLabel()->text(), u"%L1 users"_s.arg(UserCount));
        // a change that touches users among other areas does, whichever area it names first
        pane->applyCacheChange(Store::CacheChange(Api::Fn::AddSkillProfileUsers, Area::Profiles, {u"SP-1"_s})
                                   .add(Area::Users, {u"NEW-1"_s}));
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

    void selectionAndScrollKeptByKey()
    {
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->show();
        QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
        QTableView *table = pane->table();
        table->selectionModel()->select(
            pane->model()->index(40, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        table->selectionModel()->setCurrentIndex(
            pane->model()->index(41, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->scrollTo(pane->model()->index(35, 0), QAbstractItemView::PositionAtTop);
        const QStringList selected = pane->selectedUids();
        QCOMPARE(selected.size(), 2);
        const QString current = pane->currentKey();
        const QString top = table->indexAt(QPoint(0, 0)).data(Models::KeyRole).toString();
        QVERIFY(!top.isEmpty());
        QCOMPARE(pane->detailPanel()->uid(), current);
        QVERIFY(pane->fetchResultsAction()->isEnabled());

        // a job finished and the model reloads (as after Fetch results or Refresh this user)
        QSignalSpy currentChanges(pane, &Views::ResourcePane::currentKeyChanged);
        pane->model()->reload();
        QCOMPARE(pane->model()->rowCount(), 0);
        QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
        QTRY_COMPARE(pane->selectedUids(), selected);
        QCOMPARE(pane->currentKey(), current);
        QCOMPARE(table->selectionModel()->currentIndex().data(Models::KeyRole).toString(), current);
        QCOMPARE(table->indexAt(QPoint(0, 0)).data(Models::KeyRole).toString(), top);
        QCOMPARE(pane->detailPanel()->uid(), current); // the details never let go of the user
        QCOMPARE(currentChanges.count(), 0);
        QVERIFY(pane->fetchResultsAction()->isEnabled());

        // by key, not by row: a filter that keeps them puts them on other rows, they stay selected
        const QString login = pane->model()->index(40, UserTableModel::Login).data().toString(); // "p1033"
        const QString prefix = login.chopped(1); // also matches the login of row 41
        pane->filterEdit()->setText(prefix);
        QTRY_COMPARE(pane->model()->query().text, prefix);
        QTRY_VERIFY(!pane->model()->isLoading());
        QTRY_COMPARE(pane->selectedUids().size(), 2);
        const QStringList after = pane->selectedUids();
        QCOMPARE(QSet<QString>(after.cbegin(), after.cend()), QSet<QString>(selected.cbegin(), selected.cend()));
        QVERIFY(pane->table()->selectionModel()->currentIndex().row() != 41); // on another row now
    }

    void keyboardAndContextMenu()
    {
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
        QVERIFY(!pane->table()->tabKeyNavigation()); // Tab leaves the table
        // Ctrl+F from anywhere goes to the pane's filter; Down goes on into the results
        window->navigator()->setFocus();
        window->filterAction()->trigger();
        QTRY_VERIFY(pane->filterEdit()->hasFocus());
        QTest::keyClick(pane->filterEdit(), Qt::Key_Down);
        QTRY_VERIFY(pane->table()->hasFocus());
        QVERIFY(pane->table()->selectionModel()->currentIndex().isValid());
        window->filterAction()->trigger();
        QTest::keyClicks(pane->filterEdit(), u"p7@school"_s);
        QTest::keyClick(pane->filterEdit(), Qt::Key_Return); // filters at once and goes to the result
        QTRY_COMPARE(pane->model()->query().text, u"p7@school"_s);
        QVERIFY(pane->table()->hasFocus());
        // the context menu carries every action of the pane
        QStringList names;
        for (const QAction *action : pane->table()->actions()) {
            if (!action->isSeparator())
                names << action->objectName();
        }
        QCOMPARE(
            names, (QStringList{u"actionFetchResults"_s, u"actionCopyId"_s, u"actionCopyRow"_s, u"actionRefresh"_s}));
        QCOMPARE(pane->table()->contextMenuPolicy(), Qt::ActionsContextMenu);
        // the overview of shortcuts names them
        const QString overview = window->shortcutOverview();
        QVERIFY2(overview.contains(u"Fetch results"_s), qPrintable(overview));
        QVERIFY(overview.contains(u"Synchronise"_s));
        QVERIFY(overview.contains(u"Filter"_s));
    }

    // The column chooser: the header's context menu hides and shows columns, remembered in the
    // header state; the last visible column stays.
    void columnChooserHidesAndRemembers()
    {
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
        QHeaderView *header = pane->table()->horizontalHeader();
        QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);
        QMenu *menu = pane->columnMenu();
        QCOMPARE(menu->actions().size(), int(UserTableModel::ColumnCount));
        QAction *email = menu->actions().at(UserTableModel::Email);
        QCOMPARE(email->text(), pane->model()->headerData(UserTableModel::Email, Qt::Horizontal).toString());
        QVERIFY(email->isChecked());
        email->trigger();
        QVERIFY(header->isSectionHidden(UserTableModel::Email));
        // remembered: a new pane over the same settings starts without it
        auto *again = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        QVERIFY(again->table()->horizontalHeader()->isSectionHidden(UserTableModel::Email));
        delete again;
        pane->columnMenu()->actions().at(UserTableModel::Email)->trigger();
        QVERIFY(!header->isSectionHidden(UserTableModel::Email));
        // hide all but one: that one cannot be hidden
        for (int c = 1; c < UserTableModel::ColumnCount; ++c)
            pane->columnMenu()->actions().at(c)->setChecked(false);
        QVERIFY(!pane->columnMenu()->actions().at(0)->isEnabled());
        QVERIFY(!header->isSectionHidden(0));
    }

    void emptyCacheShowsHint()
    {
        Offline o; // not filled: an empty cache
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->show();
        QTRY_COMPARE(pane->countLabel()->text(), u"0 users"_s);
        QTRY_VERIFY(pane->emptyHintLabel()->isVisible());
        QVERIFY(pane->emptyHintLabel()->text().contains(u"Press Synchronise (F5)"_s));
        QCOMPARE(pane->asOfLabel()->text(), u"not synchronised yet"_s);
        // filtering an empty cache is not "empty cache" any more than it was, but the hint is
        // about the cache, not the filter: it goes while a filter is set
        pane->filterEdit()->setText(u"x"_s);
        QTRY_COMPARE(pane->model()->query().text, u"x"_s);
        QTRY_VERIFY(!pane->emptyHintLabel()->isVisible());
    }

    void fetchResultsQuestionSaysWhatButtonsDo()
    {
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->show();
        QTRY_COMPARE(pane->countLabel()->text(), u"%L1 users"_s.arg(UserCount));
        pane->table()->selectAll();
        QVERIFY(pane->fetchResultsAction()->isEnabled());
        Views::MessageBoxes::setNextAnswer(QMessageBox::Cancel);
        pane->fetchResultsAction()->trigger();
        QCOMPARE(Views::MessageBoxes::shownTexts().size(), 1);
        QCOMPARE(Views::MessageBoxes::lastButtonLabels(),
            (QStringList{
                u"Fetch all %L1 matching"_s.arg(UserCount), u"Only the %L1 loaded"_s.arg(UserTableModel::PageSize)}));
        QVERIFY(!o.session->isSyncing()); // cancelled: nothing fetched
    }

    void dutchFitsAt1024x700()
    {
        auto *dutch = new QTranslator(this);
        QVERIFY(dutch->load(u":/i18n/springdesk_nl.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(dutch));
        const auto restore = qScopeGuard([dutch] {
            QCoreApplication::removeTranslator(dutch);
            delete dutch;
        });
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->resize(1024, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
        pane->table()->selectRow(7); // the detailed user: "Geboortedatum" and friends
        QTRY_VERIFY(!pane->detailPanel()->uid().isEmpty());
        QCOMPARE(window->size(), QSize(1024, 700));
        QTest::qWait(50);

        QStringList clipped;
        const auto check = [&clipped](const QWidget *widget, const QString &text, int available) {
            if (text.isEmpty() || !widget->isVisible())
                return;
            const int needed = widget->fontMetrics().horizontalAdvance(text);
            if (needed > available)
                clipped << u"%1 “%2”: %3 > %4"_s.arg(widget->objectName(), text).arg(needed).arg(available);
        };
        for (const QLabel *label : window->findChildren<QLabel *>()) {
            if (label->wordWrap() || label->text().contains(u'<'))
                continue; // wrapping labels and rich text lay out themselves
            QString text = label->text();
            text.remove(u'&'); // a mnemonic's marker is not drawn
            check(label, text, label->contentsRect().width());
        }
        for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            QString text = button->text();
            text.remove(u'&');
            check(button, text, button->width() - 8);
        }
        for (const QLineEdit *edit : window->findChildren<QLineEdit *>()) {
            if (edit->text().isEmpty())
                check(
                    edit, edit->placeholderText(), edit->width() - 2 * edit->height()); // minus frame and clear button
        }
        for (const QComboBox *combo : window->findChildren<QComboBox *>())
            check(combo, combo->currentText(), combo->width() - combo->height());
        const QHeaderView *header = pane->table()->horizontalHeader();
        for (int column = 0; column < header->count(); ++column) {
            if (header->isSectionHidden(column))
                continue;
            check(
                header, pane->model()->headerData(column, Qt::Horizontal).toString(), header->sectionSize(column) - 16);
        }
        const QListView *navigator = window->navigator();
        for (int row = 0; row < navigator->model()->rowCount(); ++row) {
            const QModelIndex index = navigator->model()->index(row, 0);
            check(navigator, index.data().toString(),
                navigator->visualRect(index).width() - navigator->iconSize().width());
        }
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
        // long UIDs and e-mail addresses wrap in the details instead of running off to the side
        const auto *body = pane->detailPanel()->findChild<QTextBrowser *>(u"userDetailsBody"_s);
        QCOMPARE(body->wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
        QCOMPARE(body->horizontalScrollBar()->maximum(), 0);
        // the key columns stay visible beside the details
        for (const int column : {UserTableModel::Name, UserTableModel::Login, UserTableModel::Email}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= pane->table()->viewport()->width(), qPrintable(QString::number(column)));
        }
    }

    void cacheAgeIgnoresEmptyAndFailedRuns()
    {
        Offline o;
        QVERIFY(o.fill());
        const QDateTime tenMinutesAgo = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
        {
            // a complete synchronisation ten minutes ago, then one that made no call (everything
            // was fresh) just now
            Store::CacheConnection connection(o.session->cacheFilePath(o.profile.id));
            QVERIFY(!connection.open());
            Store::SyncMarks marks(connection.database());
            QVERIFY(!marks.mark(u"list"_s, u"users"_s, tenMinutesAgo));
            const qint64 full = marks.beginRun(tenMinutesAgo.addSecs(-5), Store::SyncMarks::FullScope);
            QVERIFY(!marks.endRun(full, tenMinutesAgo, u"ok"_s, 600, 2000, 0));
            const qint64 empty = marks.beginRun(QDateTime::currentDateTimeUtc(), Store::SyncMarks::FullScope);
            QVERIFY(!marks.endRun(empty, QDateTime::currentDateTimeUtc(), u"ok"_s, 0, 0, 0));
        }
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->show();
        Views::StatusBarWidget *status = window->statusBarWidget();
        QTRY_COMPARE(status->cacheText(), u"Users: 10 min ago · Courses: never"_s); // not "just now"
        QCOMPARE(o.fixture.status.lastSync().toSecsSinceEpoch(), tenMinutesAgo.toSecsSinceEpoch());
        QVERIFY(status->failureText().isEmpty());
        QVERIFY(pane->asOfLabel()->text().startsWith(u"as of "_s));

        {
            // then one whose calls all failed (an unreachable host)
            Store::CacheConnection connection(o.session->cacheFilePath(o.profile.id));
            QVERIFY(!connection.open());
            Store::SyncMarks marks(connection.database());
            const qint64 failed = marks.beginRun(QDateTime::currentDateTimeUtc(), Store::SyncMarks::FullScope);
            QVERIFY(!marks.endRun(failed, QDateTime::currentDateTimeUtc(), u"partial"_s, 5, 0, 5));
        }
        o.session->refreshLastSync(); // as every minute, or after a sync
        QCOMPARE(status->failureText(), u"Last synchronisation failed (5 errors)"_s);
        QCOMPARE(status->cacheText(), u"Users: 10 min ago · Courses: never"_s);
        QCOMPARE(o.fixture.status.lastSync().toSecsSinceEpoch(), tenMinutesAgo.toSecsSinceEpoch());
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
