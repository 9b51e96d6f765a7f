// File → Export… on the Users pane (visible columns in view order, filter and sort, selection,
// a large filtered set streamed from the cache), a report's Export in the Reports pane, and an
// export that fails; every file is read back.
#include "viewtestfixture.h"

#include "core/store/cachedatabase.h"
#include "core/store/userrepository.h"
#include "core/transfer/csvreader.h"
#include "models/cachesession.h"
#include "models/previewtablemodel.h"
#include "models/usertablemodel.h"
#include "tests/transfer/xlsxreadback.h"
#include "views/mainwindow.h"
#include "views/messageboxes.h"
#include "views/reportspane.h"
#include "views/userspane.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTranslator>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::UserTableModel;
using Testing::XlsxReadback;

namespace {

constexpr int UserCount = 1500;

struct Offline
{
    Offline()
    {
        profile = Settings::ConnectionProfile::create(
            u"Offline"_s, QUrl(u"https://offline.invalid/api/"_s), Settings::ProfileTag::Production);
        fixture.profiles->add(profile);
        fixture.profiles->setActive(profile.id);
        session = std::make_unique<Models::CacheSession>(
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
        for (int i = 0; i < UserCount; ++i) {
            // external IDs with leading zeros; one name that looks like a formula
            users.append({u"%1"_s.arg(i, 5, 10, QChar(u'0')), u"uid-%1"_s.arg(i),
                i == 3 ? u"=HYPERLINK(\"http://evil\")"_s
                       : u"Person %1 %2"_s.arg(i % 2 ? u"de Vries"_s : u"Visser"_s).arg(i),
                u"p%1"_s.arg(i), u"p%1@school.example"_s.arg(i), i % 3 != 0});
        }
        return !Store::UserRepository(connection->database()).upsertSummaries(users, QDateTime::currentDateTimeUtc());
    }

    std::unique_ptr<Views::MainWindow> window()
    {
        return std::make_unique<Views::MainWindow>(Views::MainWindow::Services{fixture.config.get(),
            fixture.profiles.get(), fixture.secrets.get(), &fixture.log, &fixture.status, session.get()});
    }

    ViewTest::Fixture fixture;
    Settings::ConnectionProfile profile;
    std::unique_ptr<Models::CacheSession> session;
};

QList<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Transfer::CsvReader::parse(f.readAll());
}

} // namespace

class TestExportGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto *translator = new QTranslator(this);
        QVERIFY(translator->load(u":/i18n/springdesk_en.qm"_s));
        QVERIFY(QCoreApplication::installTranslator(translator));
    }

    void init() { Views::MessageBoxes::clearShownTexts(); }

    void usersViewAsXlsx()
    {
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->show();
        QVERIFY(window->exportAction());
        QCOMPARE(window->exportAction()->shortcut(), QKeySequence(u"Ctrl+E"_s));
        QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
        QTRY_VERIFY(window->exportAction()->isEnabled());

        // the view: filtered, sorted by name descending, Login hidden, External ID moved first
        pane->filterEdit()->setText(u"de Vries"_s);
        const int matching = UserCount / 2 - 1; // user 3's name is the formula-like one
        QTRY_COMPARE(pane->model()->totalCount(), matching);
        pane->table()->sortByColumn(UserTableModel::Name, Qt::DescendingOrder);
        QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
        QHeaderView *header = pane->table()->horizontalHeader();
        header->hideSection(UserTableModel::Login);
        header->moveSection(header->visualIndex(UserTableModel::ExternalId), 0);
        const QString firstName = pane->model()->index(0, UserTableModel::Name).data().toString();

        const QString path = o.fixture.dir.filePath(u"users.xlsx"_s);
        Views::MessageBoxes::setNextFileName(path);
        window->exportAction()->trigger();
        QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(u"Exported %1 rows"_s.arg(matching)));
        XlsxReadback book;
        QString error;
        QVERIFY2(book.load(path, &error), qPrintable(error));
        const auto &s = book.sheets.at(0);
        QCOMPARE(s.name, u"Users"_s);
        QCOMPARE(s.row(1, 7),
            (QStringList{
                u"External ID"_s, u"Name"_s, u"E-mail"_s, u"Roles"_s, u"Status"_s, u"Archived"_s, u"Fetched"_s}));
        QCOMPARE(s.rowCount, matching + 1); // every matching user, not only the loaded page
        QCOMPARE(s.text(u"B2"_s), firstName);
        QCOMPARE(s.cell(u"A2"_s).type, u"inlineStr"_s);
        QVERIFY(s.text(u"A2"_s).startsWith(u'0'));
        QCOMPARE(s.cell(u"E2"_s).type, u"b"_s);
        QCOMPARE(s.cell(u"G2"_s).numberFormat, u"yyyy-mm-dd hh:mm"_s);
        const auto *about = book.sheet(u"About"_s);
        QVERIFY(about);
        QCOMPARE(about->row(2, 2), (QStringList{u"Profile"_s, u"Offline"_s}));
        QCOMPARE(about->row(4, 2), (QStringList{u"Filter"_s, u"de Vries"_s}));
    }

    void selectedRowsAsCsv()
    {
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->show();
        QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
        QTRY_VERIFY(window->exportAction()->isEnabled());
        pane->table()->clearSelection();
        for (int row : {0, 2, 5})
            pane->table()->selectionModel()->select(
                pane->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QStringList expectedIds;
        for (int row : {0, 2, 5})
            expectedIds << pane->model()->index(row, UserTableModel::ExternalId).data().toString();
        // the formula-like name is among the users; select it too
        pane->filterEdit()->setText(u"HYPERLINK"_s);
        QTRY_COMPARE(pane->model()->totalCount(), 1);
        QTRY_COMPARE(pane->model()->rowCount(), 1);
        pane->table()->selectRow(0);

        const QString path = o.fixture.dir.filePath(u"selected.csv"_s);
        Views::MessageBoxes::setNextFileName(path);
        window->exportAction()->trigger();
        QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(u"Exported 1 row "_s));
        const auto records = readCsv(path);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).first(), u"Name"_s);
        QCOMPARE(records.at(1).first(), u"'=HYPERLINK(\"http://evil\")"_s); // guarded
        QCOMPARE(records.at(1).at(3), u"00003"_s);

        // several selected rows of a page: exactly those, in row order
        pane->filterEdit()->clear();
        QTRY_COMPARE(pane->model()->totalCount(), UserCount);
        QTRY_COMPARE(pane->model()->rowCount(), UserTableModel::PageSize);
        pane->table()->clearSelection();
        for (int row : {0, 2, 5})
            pane->table()->selectionModel()->select(
                pane->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        Views::MessageBoxes::setNextFileName(path);
        window->exportAction()->trigger();
        QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(u"Exported 3 rows"_s));
        const auto three = readCsv(path);
        QCOMPARE(three.size(), 4);
        QStringList ids;
        for (int r = 1; r < 4; ++r)
            ids << three.at(r).at(3);
        QCOMPARE(ids, expectedIds);
    }

    void reportPreviewAndExport()
    {
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::ReportsPane(o.session.get(), o.fixture.profiles.get());
        window->setPaneWidget(Models::Pane::Reports, pane);
        o.session->activate();
        window->show();
        window->showPane(Models::Pane::Reports);
        QVERIFY(pane->selectReport(u"users"_s));
        QTRY_COMPARE(pane->previewModel()->rowCount(), int(Views::ReportsPane::PreviewRows));
        QVERIFY(pane->statusLabel()->text().contains(u"200 rows shown"_s));
        QCOMPARE(pane->previewModel()->headerData(0, Qt::Horizontal).toString(), u"External ID"_s);

        const QString path = o.fixture.dir.filePath(u"users-report.csv"_s);
        Views::MessageBoxes::setNextFileName(path);
        QTRY_VERIFY(pane->exportButton()->isEnabled());
        pane->exportButton()->click();
        QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(u"Exported 1,500 rows"_s)
            || window->statusBar()->currentMessage().startsWith(u"Exported 1500 rows"_s));
        QCOMPARE(readCsv(path).size(), UserCount + 1);

        // File → Export… on the Reports pane exports the selected report too
        QVERIFY(pane->selectReport(u"course-roster"_s));
        QTRY_VERIFY(window->exportAction()->isEnabled());
        const QString roster = o.fixture.dir.filePath(u"roster.xlsx"_s);
        Views::MessageBoxes::setNextFileName(roster);
        window->exportAction()->trigger();
        QTRY_VERIFY(window->statusBar()->currentMessage().startsWith(u"Exported 0 rows"_s));
        XlsxReadback book;
        QString error;
        QVERIFY2(book.load(roster, &error), qPrintable(error));
        QCOMPARE(book.sheets.at(0).text(u"A1"_s), u"Course ID"_s);

        // the results matrix needs cached results: the preview says so
        QVERIFY(pane->selectReport(u"results-matrix"_s));
        QTRY_VERIFY(pane->statusLabel()->text().contains(u"no results yet"_s));
        pane->coursesEdit()->setText(u"CRS-404"_s);
        QTRY_VERIFY(pane->statusLabel()->text().contains(u"CRS-404"_s));
    }

    void failedExportIsShown()
    {
        Offline o;
        QVERIFY(o.fill());
        auto window = o.window();
        auto *pane = new Views::UsersPane(o.fixture.config.get(), o.session.get());
        window->setPaneWidget(Models::Pane::Users, pane);
        o.session->activate();
        window->show();
        QTRY_VERIFY(window->exportAction()->isEnabled());
        Views::MessageBoxes::setNextFileName(u"/nonexistent-springdesk/users.xlsx"_s);
        Views::MessageBoxes::setNextAnswer(QMessageBox::Ok);
        window->exportAction()->trigger();
        QTRY_COMPARE(Views::MessageBoxes::shownTexts().size(), 1);
        QCOMPARE(Views::MessageBoxes::shownTexts().first(),
            u"The folder of /nonexistent-springdesk/users.xlsx does not exist."_s);
    }
};

QTEST_MAIN(TestExportGui)
#include "tst_exportgui.moc"
