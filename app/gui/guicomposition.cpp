#include "app/gui/guicomposition.h"

#include "core/ops/operation.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/memorysecretstore.h"
#include "core/secrets/profilesecrets.h"
#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "models/activitylog.h"
#include "models/cachesession.h"
#include "models/connectionmonitor.h"
#include "models/connectionservice.h"
#include "models/connectionstatus.h"
#include "models/jobregistry.h"
#include "views/dashboardpane.h"
#include "views/groupspane.h"
#include "views/mainwindow.h"
#include "views/messageboxes.h"
#include "views/reportspane.h"
#include "views/skillprofilespane.h"
#include "views/ssolinkspane.h"
#include "views/subenvironmentspane.h"
#include "views/trackiddialog.h"
#include "views/userspane.h"

#ifdef SPRINGDESK_HAVE_SANDBOX
#include "sandbox/embeddedsandbox.h"
#include "sandbox/sandboxoptions.h"
#endif

#include <QAction>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Springdesk::Gui {

GuiComposition::GuiComposition(const GuiOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_config(std::make_unique<Settings::Config>())
    , m_profiles(new Settings::ProfileStore(m_config.get(), this))
    , m_keychain(new Secrets::KeychainSecretStore(this))
    , m_sessionSecrets(new Secrets::MemorySecretStore(this))
    , m_secrets(new Secrets::ProfileSecrets(m_profiles, m_keychain, m_sessionSecrets, this))
    , m_log(new Models::ActivityLog(this))
    , m_status(new Models::ConnectionStatus(this))
    , m_monitor(nullptr)
    , m_cache(new Models::CacheSession(m_profiles, m_secrets, m_status, m_log, this))
{
    if (m_options.demo)
        m_options.syncAtStart = true; // the demo's first screen shows data, not an empty table
    m_keychain->setTimeout(std::chrono::milliseconds(m_config->get(Settings::ConfigKey::KeychainTimeoutMs).toInt()));
    auto *jobs = new Models::JobRegistry(this); // every sync, export and bulk run of the window
    m_cache->setJobRegistry(jobs);
    m_window = std::make_unique<Views::MainWindow>(
        Views::MainWindow::Services{m_config.get(), m_profiles, m_secrets, m_log, m_status, m_cache, jobs});
    m_cache->setTtlSeconds(m_config->get(Settings::ConfigKey::SyncTtlSeconds).toLongLong());
    if (!m_options.cacheDirectory.isEmpty())
        m_cache->setCacheDirectory(m_options.cacheDirectory);
    // Every pane opens its commands' forms through the main window (the one CommandLauncher).
    Views::CommandLauncher *launcher = m_window.get();
    auto *users = new Views::UsersPane(m_config.get(), m_cache, launcher);
    m_window->setPaneWidget(Models::Pane::Users, users);
    // Commands sent from this window show in the pane at once, without a sync.
    connect(m_window->connectionService(), &Models::ConnectionService::cacheChanged, users,
        &Views::UsersPane::applyCacheChange);
    Models::ConnectionService *connection = m_window->connectionService();
    auto *groups = new Views::GroupsPane(m_config.get(), m_cache, launcher);
    groups->setUserSelectionSource([users] { return users->selectedUids(); });
    m_window->setPaneWidget(Models::Pane::UserGroups, groups);
    connect(connection, &Models::ConnectionService::cacheChanged, groups, &Views::GroupsPane::applyCacheChange);
    connect(groups, &Views::GroupsPane::trackRequested, m_window.get(), [this] {
        if (Views::TrackIdDialog *dialog = m_window->openTrackIdDialog())
            dialog->setKind(Store::KnownId::Kind::Group);
    });
    auto *subenvironments = new Views::SubenvironmentsPane(m_config.get(), m_cache, launcher);
    m_window->setPaneWidget(Models::Pane::Subenvironments, subenvironments);
    connect(connection, &Models::ConnectionService::cacheChanged, subenvironments,
        &Views::SubenvironmentsPane::applyCacheChange);
    connect(connection, &Models::ConnectionService::operationFinished, subenvironments,
        &Views::SubenvironmentsPane::showOperationResult);
    auto *profiles = new Views::SkillProfilesPane(m_config.get(), m_cache, launcher);
    m_window->setPaneWidget(Models::Pane::Profiles, profiles);
    connect(
        connection, &Models::ConnectionService::cacheChanged, profiles, &Views::SkillProfilesPane::applyCacheChange);
    auto *sso = new Views::SsoLinksPane(m_config.get(), m_cache, connection);
    m_window->setPaneWidget(Models::Pane::SsoLinks, sso);
    users->setSsoLinkMaker(sso->linkMaker()); // the Users pane's links join the SSO pane's list
    m_window->setPaneWidget(Models::Pane::Reports, new Views::ReportsPane(m_cache, m_profiles));
    auto *dashboard = new Views::DashboardPane(m_cache);
    m_window->setPaneWidget(Models::Pane::Dashboard, dashboard);
    // the import history chart counts every command sent
    connect(m_window->connectionService(), &Models::ConnectionService::operationFinished, dashboard,
        &Views::DashboardPane::scheduleReload);
    m_log->info(tr("Springdesk %1 started.").arg(QCoreApplication::applicationVersion()));
}

GuiComposition::~GuiComposition()
{
    m_window.reset(); // before the services it shows
    // A synchronisation may still run (the demo starts one by itself): stop it while the log
    // and status it reports to still exist (children are deleted in the order they were made).
    delete m_cache;
    m_cache = nullptr;
}

bool GuiComposition::start(QString *error)
{
    if (!m_options.profileName.isEmpty()) {
        const auto profile = m_profiles->findByName(m_options.profileName);
        if (!profile) {
            QStringList names;
            for (const auto &p : m_profiles->profiles())
                names << p.name;
            *error = names.isEmpty()
                ? tr("There is no profile named “%1”; no profiles exist yet.").arg(m_options.profileName)
                : tr("There is no profile named “%1”. Profiles: %2.").arg(m_options.profileName, names.join(u", "_s));
            return false;
        }
        m_profiles->setActive(profile->id);
    }
    // The status bar probes through the profile's one connection (its key, its client).
    m_monitor
        = new Models::ConnectionMonitor(m_window->connectionService(), m_profiles, m_secrets, m_status, m_log, this);
    // A keyring that was locked is asked again when the user comes back to the window.
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, m_monitor, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            m_monitor->retryIfKeyringFailed();
    });
    m_cache->activate();
    if (m_options.syncAtStart) {
        if (m_options.demo)
            connect(this, &GuiComposition::demoReady, this, &GuiComposition::startupSync);
        else
            QTimer::singleShot(0, this, &GuiComposition::startupSync);
    }
    if (m_options.demo)
        startDemo();
    else if (m_profiles->count() == 0) {
        m_log->info(tr("No connection profile yet: use File → Connection profiles… to add one."));
        if (m_options.openDialogWhenEmpty)
            QTimer::singleShot(0, m_window.get(), &Views::MainWindow::openProfileDialog);
    }
    return true;
}

QString GuiComposition::demoDirectory()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return base.isEmpty() ? QString() : QDir(base).filePath(u"demo"_s);
}

#ifdef SPRINGDESK_HAVE_SANDBOX
Sandbox::SandboxOptions GuiComposition::demoSandboxOptions()
{
    Sandbox::SandboxOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0; // any free port
    options.seed = u"demo"_s; // only when the file is new
    // The demo's sandbox keeps its state in a file of its own, so what the admin did in the
    // demo is still there after a profile switch or a restart ("Reset demo data" starts over).
    const QString folder = demoDirectory();
    if (!folder.isEmpty() && QDir().mkpath(folder))
        options.databasePath = QDir(folder).filePath(u"sandbox.sqlite"_s);
    return options;
}
#endif

void GuiComposition::startDemo()
{
#ifdef SPRINGDESK_HAVE_SANDBOX
    if (!m_resetDemoAction) {
        m_resetDemoAction = new QAction(tr("&Reset demo data…"), m_window.get());
        m_resetDemoAction->setObjectName(u"actionResetDemo"_s);
        m_resetDemoAction->setToolTip(tr("Throw away the demo sandbox's data and the demo's local cache, and start "
                                         "again with fresh demo data."));
        connect(m_resetDemoAction, &QAction::triggered, this, &GuiComposition::resetDemo);
        if (QMenu *menu = m_window->cacheMenu()) {
            menu->addSeparator();
            menu->addAction(m_resetDemoAction);
        }
    }
    m_log->info(tr("Starting the demo sandbox on this computer…"));
    m_status->setState(Models::ConnectionStatus::State::Checking, tr("starting the demo sandbox"));
    if (m_sandbox) { // started again after "Reset demo data"
        m_sandbox->start(demoSandboxOptions());
        return;
    }
    m_sandbox = new Sandbox::EmbeddedSandbox(this);
    connect(m_sandbox, &Sandbox::EmbeddedSandbox::started, this, &GuiComposition::onDemoStarted);
    connect(m_sandbox, &Sandbox::EmbeddedSandbox::failed, this, [this](const QString &reason) {
        const QString message = tr("The demo sandbox could not be started: %1").arg(reason);
        m_log->error(message);
        m_status->setState(Models::ConnectionStatus::State::Failed, tr("demo sandbox not started"));
        Views::MessageBoxes::critical(m_window.get(), tr("Demo not available"), message);
    });
    m_sandbox->start(demoSandboxOptions());
#else
    const QString message = tr("The demo sandbox is not available in this build, so --demo cannot start it.");
    m_log->error(message);
    Views::MessageBoxes::warning(m_window.get(), tr("Demo not available"), message);
#endif
}

void GuiComposition::onDemoStarted()
{
#ifdef SPRINGDESK_HAVE_SANDBOX
    const QUrl url = m_sandbox->apiBaseUrl();
    m_log->success(tr("Demo sandbox running at %1.").arg(url.toString()));
    // The demo profile and its key live for this session only: nothing is written to settings
    // or the keyring, and the next --demo gets its sandbox on a new port. Its ID is fixed, so its
    // local cache (like the sandbox's file) is found again after a restart.
    QString name = tr("Demo (local sandbox)");
    for (int n = 2; m_profiles->findByName(name); ++n)
        name = tr("Demo (local sandbox) %1").arg(n);
    Settings::ConnectionProfile profile = Settings::ConnectionProfile::create(
        name, url, Settings::ProfileTag::Test, tr("Created by --demo; forgotten when Springdesk closes."));
    profile.id = QString(DemoProfileId);
    profile.sessionOnly = true;
    // The key is bound to the profile and its host, so the profile comes first.
    const Settings::ProfileErrors errors = m_profiles->add(profile);
    if (!errors.ok()) {
        m_log->error(tr("The demo profile could not be created: %1").arg(errors.summary()));
        return;
    }
    auto *job = m_secrets->storeForSession(profile.id, m_sandbox->apiKey());
    connect(job, &Secrets::SecretJob::finished, this, [this, profile] {
        m_profiles->setActive(profile.id);
        Q_EMIT demoReady();
    });
#endif
}

void GuiComposition::resetDemo()
{
#ifdef SPRINGDESK_HAVE_SANDBOX
    if (m_cache->isOpening() || !m_sandbox) {
        m_log->info(tr("The demo is still starting; reset it when it runs."));
        return;
    }
    const auto answer = Views::MessageBoxes::question(m_window.get(), tr("Reset demo data"),
        tr("Throw away everything done in the demo (its sandbox data and its local cache) and start again with "
           "fresh demo data?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    m_secrets->remove(QString(DemoProfileId));
    m_profiles->remove(QString(DemoProfileId)); // closes its cache when it was the active one
    const QString cacheFile = m_cache->cacheFilePath(QString(DemoProfileId));
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(cacheFile + suffix);
    m_sandbox->stop();
    const QString folder = demoDirectory();
    if (!folder.isEmpty()) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(QDir(folder).filePath(u"sandbox.sqlite"_s + suffix));
    }
    m_log->info(tr("Demo data reset; the demo starts again with fresh data."));
    startDemo();
#endif
}

void GuiComposition::startupSync()
{
    connect(
        m_cache, &Models::CacheSession::syncFinished, this, [this] { Q_EMIT startupSyncDone(); },
        Qt::SingleShotConnection);
    if (!m_cache->synchronise(false)) {
        disconnect(m_cache, &Models::CacheSession::syncFinished, this, nullptr);
        Q_EMIT startupSyncDone();
    }
}

void GuiComposition::installTranslators(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() || language == "system"_L1 ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(app);
    // Without a translation for the locale, English is used; its .qm holds the plural forms.
    if (translator->load(locale, u"springdesk"_s, u"_"_s, u":/i18n"_s)
        || translator->load(u":/i18n/springdesk_en.qm"_s))
        QCoreApplication::installTranslator(translator);
}

} // namespace Springdesk::Gui
