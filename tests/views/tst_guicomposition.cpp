#include "app/gui/commandline.h"
#include "app/gui/guicomposition.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "models/cachesession.h"
#include "models/usertablemodel.h"
#include "views/mainwindow.h"
#include "views/messageboxes.h"
#include "views/profileswitcher.h"
#include "views/statusbarwidget.h"
#include "views/taglabel.h"
#include "views/userspane.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Springdesk;

class TestGuiComposition : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandLine_data();
    void commandLine();
    void demoConnectsToEmbeddedSandbox();
    void demoSyncsAtStartIntoUsersPane();
    void unknownProfileIsRefused();
    void demoFirstScreenHasRowsAndSurvivesSwitching();
    void resetDemoStartsOver();
    void closingDuringTheDemoSyncIsSafe();
    void helpAndVersionWithoutDisplay_data();
    void helpAndVersionWithoutDisplay();
};

void TestGuiComposition::demoFirstScreenHasRowsAndSurvivesSwitching()
{
    QTemporaryDir cacheDir;
    Gui::GuiOptions options;
    options.demo = true; // no --sync: the demo synchronises by itself
    options.cacheDirectory = cacheDir.path();
    Gui::GuiComposition composition(options);
    QSignalSpy synced(&composition, &Gui::GuiComposition::startupSyncDone);
    QString error;
    QVERIFY(composition.start(&error));
    Views::MainWindow *window = composition.mainWindow();
    window->show();
    auto *users = qobject_cast<Views::UsersPane *>(window->paneWidget(Models::Pane::Users));
    QVERIFY(users);
    QVERIFY(synced.wait(30000));
    // the first screen shows users, not an empty table
    QTRY_VERIFY(users->model()->rowCount() > 0);
    QTRY_VERIFY(users->model()->totalCount() > 0);
    const int total = users->model()->totalCount();
    QVERIFY(!users->emptyHintLabel()->isVisible());
    QVERIFY(composition.resetDemoAction());
    QVERIFY(window->cacheMenu()->actions().contains(composition.resetDemoAction()));

    // away to another profile and back: the demo's data is still there, without a new sync
    Settings::ProfileStore *profiles = nullptr;
    for (auto *store : composition.findChildren<Settings::ProfileStore *>())
        profiles = store;
    QVERIFY(profiles);
    const QString demo = profiles->activeId();
    QString other;
    QVERIFY(profiles
                ->add(Settings::ConnectionProfile::create(
                          u"Elsewhere"_s, QUrl(u"https://elsewhere.invalid/api/"_s), Settings::ProfileTag::Test),
                    &other)
                .ok());
    QVERIFY(profiles->setActive(other));
    QTRY_COMPARE(users->model()->totalCount(), 0);
    QVERIFY(profiles->setActive(demo));
    QTRY_COMPARE(users->model()->totalCount(), total);
    QVERIFY(window->statusBarWidget()->cacheText().startsWith(u"Users: "_s));
    QVERIFY(!window->statusBarWidget()->cacheText().contains(u"never"_s));
    profiles->remove(other);
}

void TestGuiComposition::resetDemoStartsOver()
{
    QTemporaryDir cacheDir;
    Gui::GuiOptions options;
    options.demo = true;
    options.cacheDirectory = cacheDir.path();
    Gui::GuiComposition composition(options);
    QSignalSpy synced(&composition, &Gui::GuiComposition::startupSyncDone);
    QString error;
    QVERIFY(composition.start(&error));
    composition.mainWindow()->show();
    QVERIFY(synced.wait(30000));
    const QString sandboxFile = QDir(Gui::GuiComposition::demoDirectory()).filePath(u"sandbox.sqlite"_s);
    QVERIFY(QFileInfo::exists(sandboxFile));
    auto *users = qobject_cast<Views::UsersPane *>(composition.mainWindow()->paneWidget(Models::Pane::Users));
    QTRY_VERIFY(users->model()->totalCount() > 0);

    Views::MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QSignalSpy ready(&composition, &Gui::GuiComposition::demoReady);
    composition.resetDemoAction()->trigger();
    QVERIFY(ready.wait(30000));
    QVERIFY(synced.wait(30000)); // and synchronises again
    QTRY_VERIFY(users->model()->totalCount() > 0);
    QVERIFY(QFileInfo::exists(sandboxFile));
    QVERIFY(QFileInfo::exists(composition.cacheSession()->currentCacheFile()));
}

void TestGuiComposition::closingDuringTheDemoSyncIsSafe()
{
    QTemporaryDir cacheDir;
    Gui::GuiOptions options;
    options.demo = true;
    options.cacheDirectory = cacheDir.path();
    auto composition = std::make_unique<Gui::GuiComposition>(options);
    QString error;
    QVERIFY(composition->start(&error));
    composition->mainWindow()->show();
    QSignalSpy started(composition->cacheSession(), &Models::CacheSession::syncStarted);
    QVERIFY(started.wait(30000));
    QVERIFY(composition->cacheSession()->isSyncing());
    composition.reset(); // the window closes while the demo's first synchronisation runs
}

void TestGuiComposition::helpAndVersionWithoutDisplay_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("expected");
    QTest::newRow("help") << u"--help"_s << u"--demo"_s;
    QTest::newRow("version") << u"--version"_s << u"springdesk "_s;
}

void TestGuiComposition::helpAndVersionWithoutDisplay()
{
    QFETCH(QString, argument);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SPRINGDESK_GUI_EXE), {argument});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out + QString::fromLocal8Bit(process.readAllStandardError())));
}

void TestGuiComposition::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings under ~/.qttest, removed below
    QCoreApplication::setOrganizationName(u"SpringdeskTest"_s);
    QCoreApplication::setApplicationName(u"tst_guicomposition"_s);
    QSettings().clear();
}

void TestGuiComposition::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("error");
    QTest::newRow("none") << QStringList{} << true << QString();
    QTest::newRow("demo") << QStringList{u"--demo"_s} << true << QString();
    QTest::newRow("profile") << QStringList{u"--profile"_s, u"Acme"_s} << true << QString();
    QTest::newRow("both") << QStringList{u"--demo"_s, u"--profile"_s, u"Acme"_s} << false
                          << u"--demo and --profile cannot be combined: the demo uses its own profile."_s;
    QTest::newRow("stray") << QStringList{u"extra"_s} << false << u"Unexpected argument “extra”."_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s} << false << u"Unknown option 'bogus'."_s;
    QTest::newRow("missing value") << QStringList{u"--profile"_s} << false << u"Missing value after '--profile'."_s;
    QTest::newRow("sync") << QStringList{u"--demo"_s, u"--sync"_s} << true << QString();
    QTest::newRow("cache dir") << QStringList{u"--cache-dir"_s, u"/tmp/c"_s} << true << QString();
    QTest::newRow("cache dir without value")
        << QStringList{u"--cache-dir"_s} << false << u"Missing value after '--cache-dir'."_s;
}

void TestGuiComposition::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(QString, error);
    QString message;
    const auto options = Gui::CommandLine::parse(QStringList{u"springdesk"_s} + arguments, &message);
    QCOMPARE(options.has_value(), ok);
    QCOMPARE(message, error);
    if (ok) {
        QCOMPARE(options->demo, arguments.contains(u"--demo"_s));
        QCOMPARE(options->profileName, arguments.contains(u"--profile"_s) ? u"Acme"_s : QString());
        QCOMPARE(options->syncAtStart, arguments.contains(u"--sync"_s));
        QCOMPARE(options->cacheDirectory, arguments.contains(u"--cache-dir"_s) ? u"/tmp/c"_s : QString());
    }
}

void TestGuiComposition::demoConnectsToEmbeddedSandbox()
{
    Gui::GuiOptions options;
    options.demo = true;
    Gui::GuiComposition composition(options);
    QSignalSpy ready(&composition, &Gui::GuiComposition::demoReady);
    QString error;
    QVERIFY(composition.start(&error));
    Views::MainWindow *window = composition.mainWindow();
    window->show();
    QVERIFY(ready.wait(20000));

    auto *combo = window->profileSwitcher()->comboBox();
    QCOMPARE(combo->currentText(), u"Demo (local sandbox)"_s);
    QCOMPARE(window->profileSwitcher()->tagLabel()->text(), u"Test"_s);
    QCOMPARE(window->windowTitle(), u"Demo (local sandbox) [Test] — Springdesk"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window->statusBarWidget()->connectionText(), u"Connected: 127.0.0.1"_s, 15000);

    // The demo profile is for this session only: nothing about it reaches the settings file.
    Settings::Config config;
    config.sync();
    Settings::ProfileStore stored(&config);
    QCOMPARE(stored.count(), 0);
    QFile file(config.settings().fileName());
    if (file.open(QIODevice::ReadOnly))
        QVERIFY(!file.readAll().contains("127.0.0.1"));
}

void TestGuiComposition::demoSyncsAtStartIntoUsersPane()
{
    QTemporaryDir cacheDir;
    Gui::GuiOptions options;
    options.demo = true;
    options.syncAtStart = true;
    options.cacheDirectory = cacheDir.path();
    QString cacheFile;
    {
        Gui::GuiComposition composition(options);
        QSignalSpy synced(&composition, &Gui::GuiComposition::startupSyncDone);
        QString error;
        QVERIFY(composition.start(&error));
        Views::MainWindow *window = composition.mainWindow();
        window->show();
        // the Users pane is a real pane, not the "coming" page
        auto *users = qobject_cast<Views::UsersPane *>(window->paneWidget(Models::Pane::Users));
        QVERIFY(users);
        QVERIFY(synced.wait(30000));
        cacheFile = composition.cacheSession()->currentCacheFile();
        QVERIFY(cacheFile.startsWith(cacheDir.path()));
        QVERIFY(QFileInfo::exists(cacheFile));
        QTRY_VERIFY(users->model()->totalCount() > 0);
        QCOMPARE(window->statusBarWidget()->cacheText(), u"Users: just now · Courses: just now"_s);
        QVERIFY(window->statusBarWidget()->failureText().isEmpty());
    }
    // the demo profile exists for this session only, but its cache is kept with the demo's
    // sandbox file, so the next --demo starts where this one ended
    QVERIFY(QFileInfo::exists(cacheFile));
}

void TestGuiComposition::unknownProfileIsRefused()
{
    Gui::GuiOptions options;
    options.profileName = u"Nowhere"_s;
    options.openDialogWhenEmpty = false;
    Gui::GuiComposition composition(options);
    QString error;
    QVERIFY(!composition.start(&error));
    QCOMPARE(error, u"There is no profile named “Nowhere”; no profiles exist yet."_s);
}

QTEST_MAIN(TestGuiComposition)
#include "tst_guicomposition.moc"
