#include "app/gui/guicomposition.h"

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
#include "views/mainwindow.h"
#include "views/messageboxes.h"
#include "views/userspane.h"

#ifdef SPRINGDESK_HAVE_SANDBOX
#include "sandbox/embeddedsandbox.h"
#include "sandbox/sandboxoptions.h"
#endif

#include <QLibraryInfo>
#include <QLocale>
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
    , m_secrets(new Secrets::ProfileSecrets(m_keychain, m_sessionSecrets, this))
    , m_log(new Models::ActivityLog(this))
    , m_status(new Models::ConnectionStatus(this))
    , m_monitor(nullptr)
    , m_cache(new Models::CacheSession(m_profiles, m_secrets, m_status, m_log, this))
{
    m_keychain->setTimeout(std::chrono::milliseconds(m_config->get(Settings::ConfigKey::KeychainTimeoutMs).toInt()));
    m_window = std::make_unique<Views::MainWindow>(
        Views::MainWindow::Services{m_config.get(), m_profiles, m_secrets, m_log, m_status, m_cache});
    m_cache->setTtlSeconds(m_config->get(Settings::ConfigKey::SyncTtlSeconds).toLongLong());
    if (!m_options.cacheDirectory.isEmpty())
        m_cache->setCacheDirectory(m_options.cacheDirectory);
    auto *users = new Views::UsersPane(m_config.get(), m_cache);
    m_window->setPaneWidget(Models::Pane::Users, users);
    // Commands sent from this window show in the pane at once, without a sync.
    connect(m_window->connectionService(), &Models::ConnectionService::cacheChanged, users,
        &Views::UsersPane::applyCacheChange);
    m_log->info(tr("Springdesk %1 started.").arg(QCoreApplication::applicationVersion()));
}

GuiComposition::~GuiComposition()
{
    m_window.reset(); // before the services it shows
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
    m_monitor = new Models::ConnectionMonitor(m_profiles, m_secrets, m_status, m_log, this);
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

void GuiComposition::startDemo()
{
#ifdef SPRINGDESK_HAVE_SANDBOX
    m_log->info(tr("Starting the demo sandbox on this computer…"));
    m_status->setState(Models::ConnectionStatus::State::Checking, tr("starting the demo sandbox"));
    m_sandbox = new Sandbox::EmbeddedSandbox(this);
    connect(m_sandbox, &Sandbox::EmbeddedSandbox::started, this, &GuiComposition::onDemoStarted);
    connect(m_sandbox, &Sandbox::EmbeddedSandbox::failed, this, [this](const QString &reason) {
        const QString message = tr("The demo sandbox could not be started: %1").arg(reason);
        m_log->error(message);
        m_status->setState(Models::ConnectionStatus::State::Failed, tr("demo sandbox not started"));
        Views::MessageBoxes::critical(m_window.get(), tr("Demo not available"), message);
    });
    Sandbox::SandboxOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0; // any free port
    options.seed = u"demo"_s;
    m_sandbox->start(options);
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
    // or the keyring, and the next --demo gets a fresh sandbox on a new port.
    QString name = tr("Demo (local sandbox)");
    for (int n = 2; m_profiles->findByName(name); ++n)
        name = tr("Demo (local sandbox) %1").arg(n);
    Settings::ConnectionProfile profile = Settings::ConnectionProfile::create(
        name, url, Settings::ProfileTag::Test, tr("Created by --demo; forgotten when Springdesk closes."));
    profile.sessionOnly = true;
    auto *job = m_secrets->storeForSession(profile.id, m_sandbox->apiKey());
    connect(job, &Secrets::SecretJob::finished, this, [this, profile] {
        const Settings::ProfileErrors errors = m_profiles->add(profile);
        if (!errors.ok()) {
            m_log->error(tr("The demo profile could not be created: %1").arg(errors.summary()));
            return;
        }
        m_profiles->setActive(profile.id);
        Q_EMIT demoReady();
    });
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
