#include "viewtestfixture.h"

#include "models/panelistmodel.h"
#include "views/activitylogdock.h"
#include "views/comingsoonpage.h"
#include "views/messageboxes.h"
#include "views/profileswitcher.h"
#include "views/statusbarwidget.h"
#include "views/taglabel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Springdesk;
using Models::Pane;
using Models::PaneCatalog;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void comingSoonPanes();
    void realPaneReplacesComingPage();
    void switchingProfiles();
    void statusBar();
    void activityLogDock();
    void remembersGeometryAndState();
    void cacheAgePerAreaAndFailure();
    void lockedKeyringIsSaidAndRetried();
    void languageSetting();
};

void TestMainWindow::initTestCase()
{
    // English plural forms come from springdesk_en.qm, as in the application.
    auto *translator = new QTranslator(this);
    QVERIFY(translator->load(u":/i18n/springdesk_en.qm"_s));
    QVERIFY(QCoreApplication::installTranslator(translator));
}

void TestMainWindow::comingSoonPanes()
{
    ViewTest::Fixture fixture;
    auto window = fixture.makeWindow();
    window->show();
    QListView *navigator = window->navigator();
    QCOMPARE(navigator->model()->rowCount(), PaneCatalog::allPanes().size());
    for (int row = 0; row < navigator->model()->rowCount(); ++row) {
        const QModelIndex index = navigator->model()->index(row, 0);
        navigator->setCurrentIndex(index);
        const Pane pane = PaneCatalog::allPanes().at(row);
        QCOMPARE(window->currentPane(), pane);
        auto *page = qobject_cast<Views::ComingSoonPage *>(window->paneWidget(pane));
        QVERIFY2(page, qPrintable(PaneCatalog::key(pane)));
        QVERIFY(page->isVisible());
        QCOMPARE(page->titleText(), PaneCatalog::info(pane).title);
        QCOMPARE(page->capabilityText(), PaneCatalog::info(pane).capability);
        QVERIFY(!index.data(Models::PaneListModel::AvailableRole).toBool()); // not counted as done
        const auto labels = page->findChildren<QLabel *>();
        const bool saysComing = std::any_of(labels.cbegin(), labels.cend(),
            [](const QLabel *label) { return label->text() == u"Coming in a later version"_s; });
        QVERIFY(saysComing);
    }
}

void TestMainWindow::realPaneReplacesComingPage()
{
    ViewTest::Fixture fixture;
    auto window = fixture.makeWindow();
    window->show();
    window->showPane(Pane::Events);
    auto *real = new QLabel(u"real events pane"_s);
    window->setPaneWidget(Pane::Events, real);
    QCOMPARE(window->paneWidget(Pane::Events), real);
    QVERIFY(real->isVisible());
    const auto *model = window->navigator()->model();
    const int row = static_cast<int>(PaneCatalog::allPanes().indexOf(Pane::Events));
    QVERIFY(model->index(row, 0).data(Models::PaneListModel::AvailableRole).toBool());
}

void TestMainWindow::switchingProfiles()
{
    ViewTest::Fixture fixture;
    QString test;
    QString prod;
    QVERIFY(fixture.profiles
                ->add(Settings::ConnectionProfile::create(
                          u"Acme test"_s, QUrl(u"https://t.example/api/"_s), Settings::ProfileTag::Test),
                    &test)
                .ok());
    QVERIFY(fixture.profiles
                ->add(Settings::ConnectionProfile::create(
                          u"Acme live"_s, QUrl(u"https://l.example/api/"_s), Settings::ProfileTag::Production),
                    &prod)
                .ok());
    auto window = fixture.makeWindow();
    window->show();
    auto *combo = window->profileSwitcher()->comboBox();
    auto *tag = window->profileSwitcher()->tagLabel();
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), u"Acme test"_s);
    QCOMPARE(tag->text(), u"Test"_s);
    QCOMPARE(window->windowTitle(), u"Acme test [Test] — Springdesk"_s);

    // The user picks the other profile in the combo.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(fixture.profiles->activeId(), prod);
    QCOMPARE(combo->currentText(), u"Acme live"_s);
    QCOMPARE(tag->text(), u"Production"_s);
    QVERIFY(tag->styleSheet().contains(u"#c62828"_s));
    QCOMPARE(window->windowTitle(), u"Acme live [Production] — Springdesk"_s);
    QTRY_VERIFY(std::any_of(fixture.log.entries().cbegin(), fixture.log.entries().cend(),
        [](const auto &entry) { return entry.message == u"Switched to profile “Acme live”."_s; }));

    // A change made elsewhere (e.g. --profile or the dialog) shows too.
    QVERIFY(fixture.profiles->setActive(test));
    QCOMPARE(combo->currentText(), u"Acme test"_s);
    QCOMPARE(tag->text(), u"Test"_s);

    // Renaming and retagging the active profile updates title and tag.
    auto edited = *fixture.profiles->profile(test);
    edited.name = u"Acme acceptance"_s;
    edited.tag = Settings::ProfileTag::Acceptance;
    QVERIFY(fixture.profiles->update(edited).ok());
    QCOMPARE(window->windowTitle(), u"Acme acceptance [Acceptance] — Springdesk"_s);
    QCOMPARE(tag->text(), u"Acceptance"_s);
    QCOMPARE(combo->currentText(), u"Acme acceptance"_s);

    // Removing every profile leaves no tag and says so.
    QVERIFY(fixture.profiles->remove(test));
    QVERIFY(fixture.profiles->remove(prod));
    QCOMPARE(combo->currentIndex(), -1);
    QVERIFY(!tag->isVisible());
    QCOMPARE(window->windowTitle(), u"Springdesk — no connection profile"_s);
}

void TestMainWindow::statusBar()
{
    ViewTest::Fixture fixture;
    QDateTime now(QDate(2026, 11, 27), QTime(12, 0));
    fixture.status.setClock([&now] { return now; });
    auto window = fixture.makeWindow();
    window->show();
    auto *status = window->statusBarWidget();
    QCOMPARE(status->connectionText(), u"No connection profile"_s);
    QCOMPARE(status->cacheText(), u"Cache: never synced"_s);

    QString id;
    QVERIFY(fixture.profiles
                ->add(Settings::ConnectionProfile::create(
                          u"P"_s, QUrl(u"https://p.example/api/"_s), Settings::ProfileTag::Test),
                    &id)
                .ok());
    QTRY_COMPARE(status->connectionText(), u"No API key stored"_s);

    fixture.status.setLastSync(now.addSecs(-3 * 60));
    QCOMPARE(status->cacheText(), u"Cache: updated 3 minutes ago"_s);
    fixture.status.setState(Models::ConnectionStatus::State::Failed, u"the server did not answer"_s);
    QCOMPARE(status->connectionText(), u"Connection failed: the server did not answer"_s);
}

void TestMainWindow::activityLogDock()
{
    ViewTest::Fixture fixture;
    auto window = fixture.makeWindow();
    window->show();
    Views::ActivityLogDock *dock = window->activityLogDock();
    QVERIFY(dock->isVisible());
    const int before = dock->view()->model()->rowCount();
    fixture.log.warning(u"Something to note"_s);
    QCOMPARE(dock->view()->model()->rowCount(), before + 1);
    QCOMPARE(dock->view()->model()->index(before, 2).data().toString(), u"Something to note"_s);
}

void TestMainWindow::remembersGeometryAndState()
{
    ViewTest::Fixture fixture;
    {
        auto window = fixture.makeWindow();
        window->show();
        window->resize(901, 611);
        window->activityLogDock()->hide();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->close();
    }
    QVERIFY(!fixture.config->get(Settings::ConfigKey::MainWindowGeometry).toByteArray().isEmpty());
    auto window = fixture.makeWindow();
    window->show();
    QCOMPARE(window->size(), QSize(901, 611));
    QVERIFY(!window->activityLogDock()->isVisible());
}

void TestMainWindow::cacheAgePerAreaAndFailure()
{
    ViewTest::Fixture fixture;
    const QDateTime now = QDateTime::currentDateTime();
    fixture.status.setClock([now] { return now; });
    auto window = fixture.makeWindow();
    window->show();
    Views::StatusBarWidget *status = window->statusBarWidget();
    // per area, from when each list was last fetched
    fixture.status.setAreaAges({{u"Users"_s, now.addSecs(-3 * 60)}, {u"Courses"_s, {}}, {u"Bundles"_s, now}});
    QCOMPARE(status->cacheText(), u"Users: 3 min ago · Courses: never"_s);
    QVERIFY(status->failureText().isEmpty());
    QVERIFY(!status->findChild<QLabel *>(u"syncFailure"_s)->isVisible());
    // a failed synchronisation shows until the next one succeeds
    fixture.status.setLastFailure(now, 5);
    QCOMPARE(status->failureText(), u"Last synchronisation failed (5 errors)"_s);
    QVERIFY(status->findChild<QLabel *>(u"syncFailure"_s)->isVisible());
    QVERIFY(status->findChild<QLabel *>(u"cacheAge"_s)->toolTip().contains(u"had errors"_s));
    fixture.status.setLastFailure({}, 0);
    QVERIFY(status->failureText().isEmpty());
}

void TestMainWindow::lockedKeyringIsSaidAndRetried()
{
    ViewTest::Fixture fixture;
    auto *keyring = static_cast<Secrets::MemorySecretStore *>(fixture.keyring.get());
    QString id;
    QVERIFY(fixture.profiles
                ->add(Settings::ConnectionProfile::create(
                          u"P"_s, QUrl(u"http://127.0.0.1:1/api/"_s), Settings::ProfileTag::Test),
                    &id)
                .ok());
    QSignalSpy stored(fixture.secrets.get(), &Secrets::ProfileSecrets::keyChanged);
    fixture.secrets->storePermanently(id, u"k"_s);
    QVERIFY(stored.wait(5000));
    auto window = fixture.makeWindow();
    window->show();
    Views::StatusBarWidget *status = window->statusBarWidget();

    keyring->setFailure(Secrets::SecretError{Secrets::SecretError::Kind::Locked, u"collection is locked"_s});
    fixture.monitor->refresh();
    QTRY_COMPARE(status->connectionText(), u"The keyring is locked"_s); // not "No API key stored"
    QVERIFY(fixture.monitor->keyringFailed());

    // still locked on the next action: still said
    fixture.monitor->retryIfKeyringFailed();
    QTRY_COMPARE(status->connectionText(), u"The keyring is locked"_s);

    // unlocked: the next action (here a sync reading the key) brings the status back
    keyring->setFailure(std::nullopt);
    fixture.secrets->read(id);
    QTRY_VERIFY(status->connectionText() != u"The keyring is locked"_s);
    QVERIFY(!fixture.monitor->keyringFailed());
    QTRY_VERIFY(status->connectionText().startsWith(u"Connection failed"_s)); // nothing listens on port 1
}

void TestMainWindow::languageSetting()
{
    ViewTest::Fixture fixture;
    auto window = fixture.makeWindow();
    QStringList codes;
    for (const QAction *action : window->languageActions())
        codes << action->data().toString();
    QCOMPARE(codes, (QStringList{u"system"_s, u"en"_s, u"nl"_s}));
    QVERIFY(window->languageActions().first()->isChecked()); // the default
    Views::MessageBoxes::setNextAnswer(QMessageBox::Ok);
    window->languageActions().at(2)->trigger();
    QCOMPARE(fixture.config->get(Settings::ConfigKey::UiLanguage).toString(), u"nl"_s);
    QVERIFY(Views::MessageBoxes::shownTexts().last().contains(u"next start"_s));
    // remembered: a new window shows it chosen
    auto again = fixture.makeWindow();
    QVERIFY(again->languageActions().at(2)->isChecked());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
