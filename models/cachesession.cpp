#include "models/cachesession.h"

#include "core/secrets/profilesecrets.h"
#include "core/settings/profilestore.h"
#include "core/store/cacheconnection.h"
#include "core/store/cachedatabase.h"
#include "core/store/courserepository.h"
#include "core/store/syncengine.h"
#include "core/store/syncmarks.h"
#include "core/store/synctargets.h"
#include "core/store/userrepository.h"
#include "models/activitylog.h"
#include "models/connectionstatus.h"
#include "models/jobregistry.h"
#include "models/modelslog.h"
#include "models/syncprogresstext.h"

#include <QDir>
#include <QFile>
#include <QTimer>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Store::SyncReport;
using Store::SyncRequest;

struct CacheSession::OpenResult
{
    std::unique_ptr<Store::CacheDatabase> cache; // made in the GUI thread, opened on the worker
    Store::StoreError error;
};

CacheSession::CacheSession(Settings::ProfileStore *profiles, Secrets::ProfileSecrets *secrets, ConnectionStatus *status,
    ActivityLog *log, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_status(status)
    , m_log(log)
    , m_lastSyncTimer(new QTimer(this))
{
    setKeySource({}); // the profile's secret store, read for every run
    connect(m_profiles, &Settings::ProfileStore::activeProfileChanged, this, &CacheSession::openActive);
    connect(m_lastSyncTimer, &QTimer::timeout, this, &CacheSession::refreshLastSync);
    m_lastSyncTimer->start(std::chrono::minutes(1));
}

void CacheSession::activate()
{
    m_active = true;
    openActive();
}

CacheSession::~CacheSession()
{
    closeCache();
    if (m_opening) {
        // the worker uses the CacheDatabase it was given: let it finish (its result is dropped)
        m_openFuture.waitForFinished();
    }
}

void CacheSession::setCacheDirectory(const QString &directory)
{
    m_directory = directory;
    openActive();
}

QString CacheSession::cacheFilePath(const QString &profileId) const
{
    if (!Store::CacheDatabase::isValidProfileId(profileId))
        return {};
    if (m_directory.isEmpty())
        return Store::CacheDatabase::defaultFilePath(profileId);
    return QDir(m_directory).filePath(profileId + u".sqlite"_s);
}

QString CacheSession::currentCacheFile() const
{
    return m_cache ? m_cache->filePath() : QString();
}

std::optional<CacheSession::OpenTarget> CacheSession::wantedTarget(bool logProblems)
{
    const auto active = m_profiles->activeProfile();
    if (!active)
        return std::nullopt;
    const QString path = cacheFilePath(active->id);
    if (path.isEmpty()) {
        if (logProblems) {
            m_log->error(tr("No cache file can be made for profile “%1” (no application data folder, or an ID that "
                            "cannot be a file name); it is used without a cache.")
                             .arg(active->name));
        }
        return std::nullopt;
    }
    return OpenTarget{active->id, active->name, path, active->sessionOnly};
}

void CacheSession::openActive()
{
    if (!m_active || m_opening)
        return; // onOpened() compares its result with the profile that is active by then
    const auto target = wantedTarget(false);
    if (m_cache && target && target->profileId == m_profileId && m_cache->filePath() == target->path)
        return; // already open
    closeCache();
    if (!target) {
        wantedTarget(true); // says why there is no cache
        Q_EMIT cacheChanged({});
        return;
    }
    startOpen(*target);
}

void CacheSession::startOpen(const OpenTarget &target)
{
    const bool wasOpening = m_opening.has_value();
    m_opening = target;
    auto result = std::make_shared<OpenResult>();
    result->cache = std::make_unique<Store::CacheDatabase>(target.path);
    // quick_check, migrations and a possible rebuild on a pool thread; CacheDatabase::open()
    // makes and closes its own connections there, so the GUI thread opens its own afterwards.
    m_openFuture
        = QtConcurrent::run([cache = result->cache.get(), result]() mutable { result->error = cache->open(); });
    m_openFuture.then(this, [this, target, result] { onOpened(target, result); });
    qCInfo(lcModels) << "opening cache:" << target.path;
    if (!wasOpening)
        Q_EMIT openingChanged(true);
}

void CacheSession::onOpened(const OpenTarget &target, const std::shared_ptr<OpenResult> &result)
{
    m_opening.reset();
    const auto wanted = wantedTarget(false);
    if (!wanted || !(*wanted == target)) {
        // The profile (or the cache folder) changed during the open: drop it, open the right one.
        qCInfo(lcModels) << "dropping the superseded open of" << target.path;
        if (result->cache && result->cache->recovery() && !target.sessionOnly)
            m_pendingRecoveries.insert(target.path, result->cache->recoveryMessage());
        result->cache.reset();
        if (m_deferred) {
            m_deferred.reset();
            m_log->warning(tr("The synchronisation that was waiting for the cache was dropped because the profile "
                              "changed."));
            m_job.cancelled(tr("Dropped: the profile changed before the local cache was open."));
        }
        if (wanted) {
            m_opening = *wanted; // startOpen() below; openingChanged(true) was emitted already
            startOpen(*wanted);
            return;
        }
        wantedTarget(true);
        Q_EMIT openingChanged(false);
        Q_EMIT cacheChanged({});
        return;
    }
    if (const auto &error = result->error) {
        const QString reason
            = error.sqlError.isEmpty() ? error.message : u"%1 (%2)"_s.arg(error.message, error.sqlError);
        m_log->error(tr("The local cache of “%1” could not be opened: %2").arg(target.profileName, reason));
        m_status->setLastSync({});
        Q_EMIT openingChanged(false);
        Q_EMIT cacheChanged({});
        if (m_deferred) {
            m_deferred.reset();
            SyncReport report;
            report.fatalError = tr("The local cache could not be opened.");
            endJob(report);
            Q_EMIT syncFinished(report);
        }
        return;
    }
    qCInfo(lcModels) << "cache opened:" << target.path;
    m_profileId = target.profileId;
    m_sessionOnly = target.sessionOnly;
    m_cache = std::move(result->cache);
    m_engine = std::make_unique<Store::SyncEngine>(target.path);
    connect(m_engine.get(), &Store::SyncEngine::progress, this, &CacheSession::onProgress);
    connect(m_engine.get(), &Store::SyncEngine::finished, this, &CacheSession::onFinished);
    // a recovery done by this open, or by an earlier open of the file whose result was dropped
    const QString pending = m_pendingRecoveries.take(target.path);
    const QString message = m_cache->recovery() ? m_cache->recoveryMessage() : pending;
    if (!message.isEmpty()) {
        const Store::CacheDatabase *opened = m_cache.get();
        m_log->warning(message);
        Q_EMIT cacheRecovered(message);
        if (m_cache.get() != opened)
            return; // the notice's event loop saw a profile switch, which closed this cache
    }
    refreshLastSync();
    Q_EMIT openingChanged(false);
    Q_EMIT cacheChanged(target.path);
    if (m_deferred) {
        const Deferred deferred = *std::exchange(m_deferred, std::nullopt);
        const JobHandle waiting = m_job; // the waiting run's job, ended here when it cannot start
        if (!start(deferred.requests, deferred.description, deferred.title))
            waiting.fail(tr("The synchronisation could not be started; the activity log says why."));
    }
}

void CacheSession::closeCache()
{
    ++m_generation;
    m_job.cancelled(tr("Stopped because the profile changed."));
    if (!m_cache)
        return;
    if (m_engine && m_engine->isRunning())
        m_log->warning(tr("The running synchronisation was stopped because the profile changed."));
    m_engine.reset(); // cancels a running sync and waits for its thread
    setSyncing(false);
    m_cache.reset();
    Q_EMIT cacheChanged({});
    m_profileId.clear();
    m_sessionOnly = false;
}

void CacheSession::refreshLastSync()
{
    if (!m_cache) {
        m_status->setLastSync({});
        m_status->setAreaAges({});
        m_status->setLastFailure({}, 0);
        return;
    }
    Store::CacheConnection connection(m_cache->filePath());
    if (connection.open())
        return;
    const Store::SyncMarks marks(connection.database());
    m_status->setLastSync(marks.lastFullSync());
    // Each area is as old as its list's last successful fetch (the sync marks it only then).
    const QList<std::pair<QString, QString>> areas{{u"users"_s, tr("Users")}, {u"templates"_s, tr("Courses")},
        {u"events"_s, tr("Calendar items")}, {u"skillProfiles"_s, tr("Skill profiles")}, {u"bundles"_s, tr("Bundles")}};
    QList<ConnectionStatus::AreaAge> ages;
    for (const auto &[key, label] : areas)
        ages.append({label, marks.fetchedAt(u"list"_s, key)});
    m_status->setAreaAges(ages);
    const auto run = marks.lastDecisiveRun();
    if (run && run->failed())
        m_status->setLastFailure(run->finishedAt, run->errors);
    else
        m_status->setLastFailure({}, 0);
}

QDateTime CacheSession::listFetchedAt(const QString &listKey) const
{
    if (!m_cache)
        return {};
    Store::CacheConnection connection(m_cache->filePath());
    if (connection.open())
        return {};
    return Store::SyncMarks(connection.database()).fetchedAt(u"list"_s, listKey);
}

bool CacheSession::synchronise(bool force)
{
    SyncRequest request;
    request.scope = SyncRequest::Scope::Full;
    request.force = force;
    request.ttlSeconds = m_ttlSeconds;
    return start({request});
}

bool CacheSession::refreshUser(const QString &uidOrExternalId)
{
    return refresh(SyncRequest::Scope::User, uidOrExternalId);
}

bool CacheSession::refresh(SyncRequest::Scope scope, const QString &target)
{
    SyncRequest request;
    request.scope = scope;
    request.target = target;
    request.force = true; // asked for explicitly: fetched again even when fresh
    request.ttlSeconds = m_ttlSeconds;
    return start({request});
}

bool CacheSession::fetchResults(const QStringList &userUids)
{
    if (userUids.isEmpty()) {
        m_log->info(tr("Select the users whose results to fetch."));
        return false;
    }
    SyncRequest request;
    request.scope = SyncRequest::Scope::Results;
    request.resultsForUsers = userUids;
    request.force = true; // asked for explicitly: fetched again even when fresh
    request.ttlSeconds = m_ttlSeconds;
    return start({request});
}

bool CacheSession::fetchCourseResults(const QString &courseUidOrId)
{
    if (!m_cache) {
        m_log->error(m_opening ? tr("The local cache is still being opened; try again when it is open.")
                               : tr("There is no local cache to synchronise: choose a connection profile first."));
        return false;
    }
    Store::CacheConnection connection(m_cache->filePath());
    if (const auto e = connection.open()) {
        m_log->error(tr("The local cache cannot be read: %1").arg(e.sqlError.isEmpty() ? e.message : e.sqlError));
        return false;
    }
    const Store::SyncTargets targets(connection.database());
    const QString uid = targets.courseUid(courseUidOrId);
    if (uid.isEmpty()) {
        m_log->error(tr("Course %1 is not in the local cache; synchronise first.").arg(courseUidOrId));
        return false;
    }
    const auto course = Store::CourseRepository(connection.database()).course(uid);
    const QString name = course && !course->name.isEmpty() ? course->name : uid;
    const bool started = start(targets.courseResults(uid, {}, true, m_ttlSeconds),
        tr("Fetching the learners of “%1” and their results…").arg(name),
        //: a job in the Jobs panel; %1 a course's name
        tr("Results of the learners of “%1”").arg(name));
    if (started)
        m_courseName = name;
    return started;
}

bool CacheSession::refreshGroup(const QString &groupId)
{
    return refresh(SyncRequest::Scope::Group, groupId);
}

bool CacheSession::refreshResources(const QList<SyncRequest::Resource> &resources, const QString &description)
{
    SyncRequest request;
    request.scope = SyncRequest::Scope::Full;
    request.resources = resources;
    request.force = true; // asked for explicitly: fetched again even when fresh
    request.ttlSeconds = m_ttlSeconds;
    return start({request}, description);
}

void CacheSession::cancel()
{
    if (m_deferred) {
        m_deferred.reset();
        m_log->info(tr("The synchronisation that was waiting for the local cache was cancelled."));
        m_job.cancelled(tr("Cancelled before it started."));
    }
    if (m_engine && m_syncing) {
        m_log->info(tr("Cancelling the synchronisation…"));
        m_engine->cancel();
    }
}

bool CacheSession::start(const QList<SyncRequest> &requests, const QString &description, const QString &title)
{
    if (m_opening) {
        if (m_deferred) {
            m_log->info(tr("A synchronisation is already waiting for the local cache to open."));
            return false;
        }
        m_deferred = Deferred{requests, description, title};
        m_log->info(tr("The synchronisation starts when the local cache is open."));
        registerJob(requests.constLast(), title);
        m_job.setDetail(tr("Waiting for the local cache to open…"));
        return true;
    }
    if (!m_cache || !m_engine) {
        m_log->error(tr("There is no local cache to synchronise: choose a connection profile first."));
        return false;
    }
    if (m_syncing) {
        m_log->info(tr("A synchronisation is already running."));
        return false;
    }
    const auto profile = m_profiles->profile(m_profileId);
    if (!profile)
        return false;
    registerJob(requests.constLast(), title);
    m_job.setDetail(tr("Reading the API key…"));
    setSyncing(true);
    m_requests = requests;
    m_courseName.clear();
    const QString text = description.isEmpty() ? describe(requests.constLast()) : description;
    const int generation = m_generation;
    const QUrl baseUrl = profile->baseUrl;
    const QString name = profile->name;
    m_keySource(this, [this, generation, baseUrl, name, text](const QString &key, const QString &problem) {
        if (generation != m_generation || !m_engine)
            return; // the profile changed meanwhile
        if (!problem.isEmpty()) {
            setSyncing(false);
            m_log->error(tr("Cannot synchronise “%1”: %2").arg(name, problem));
            SyncReport report;
            report.fatalError = problem;
            endJob(report);
            Q_EMIT syncFinished(report);
            return;
        }
        m_engine->setConnection({baseUrl, key, m_clientConfig, m_health});
        if (!m_engine->start(m_requests)) {
            setSyncing(false);
            m_job.fail(tr("The synchronisation could not be started."));
            return;
        }
        m_job.start();
        m_job.setDetail(tr("Starting…"));
        m_log->info(text);
        Q_EMIT syncStarted(m_requests.constLast());
    });
    return true;
}

void CacheSession::setKeySource(KeySource source)
{
    if (source) {
        m_keySource = std::move(source);
        return;
    }
    m_keySource = [this](QObject *context, KeyAnswer then) {
        Secrets::SecretJob *job = m_secrets->read(m_profileId);
        connect(job, &Secrets::SecretJob::finished, context, [then](Secrets::SecretJob *done) {
            then(done->ok() ? done->value() : QString(), done->ok() ? QString() : done->error()->userText());
        });
    };
}

void CacheSession::registerJob(const SyncRequest &request, const QString &title)
{
    if (m_job.isActive() || !m_jobs)
        return;
    const JobKind kind = request.scope == SyncRequest::Scope::Full ? JobKind::Sync
        : request.scope == SyncRequest::Scope::Results             ? JobKind::Results
                                                                   : JobKind::Refresh;
    m_job = m_jobs->add(title.isEmpty() ? jobTitle(request) : title, kind, [this] { cancel(); });
}

void CacheSession::onProgress(const Store::SyncProgress &progress)
{
    m_job.setProgress(progress.callsDone, progress.callsTotal);
    //: a sync job's detail in the Jobs panel: the phase (Syncing users: 3/10), the time left
    m_job.setDetail(
        tr("%1 · %2").arg(SyncProgressText::describePhase(progress), SyncProgressText::describeEta(progress.etaMs)));
    Q_EMIT syncProgress(progress);
}

void CacheSession::endJob(const SyncReport &report)
{
    //: a sync job's end in the Jobs panel; %1 API calls, %2 rows written
    const QString counts = tr("%1 API calls, %2 rows written").arg(report.calls).arg(report.rowsWritten);
    if (!report.fatalError.isEmpty())
        m_job.fail(report.fatalError);
    else if (report.cancelled)
        m_job.cancelled(tr("Cancelled; what was fetched is kept (%1).").arg(counts));
    else if (report.errors > 0) {
        QStringList lines{tr("Finished with %n error(s); what was fetched is kept.", nullptr, report.errors)};
        lines << report.errorMessages;
        m_job.fail(lines.join(u'\n'));
    } else {
        //: a sync job's end in the Jobs panel; %1 the counts
        m_job.finish(tr("Done: %1.").arg(counts));
    }
}

QString CacheSession::jobTitle(const SyncRequest &request) const
{
    switch (request.scope) {
    case SyncRequest::Scope::User:
        //: a job in the Jobs panel
        return tr("Refresh user %1").arg(userName(request.target));
    case SyncRequest::Scope::Course:
        return tr("Refresh course %1").arg(request.target);
    case SyncRequest::Scope::Group:
        return tr("Refresh group %1").arg(request.target);
    case SyncRequest::Scope::Results:
        return tr("Results of %n user(s)", nullptr, int(request.resultsForUsers.size()));
    case SyncRequest::Scope::Full:
        break;
    }
    return request.force ? tr("Full synchronisation") : tr("Synchronisation");
}

QString CacheSession::describe(const SyncRequest &request) const
{
    switch (request.scope) {
    case SyncRequest::Scope::User:
        return tr("Refreshing user %1…").arg(userName(request.target));
    case SyncRequest::Scope::Course:
        return tr("Refreshing course %1…").arg(request.target);
    case SyncRequest::Scope::Group:
        return tr("Refreshing group %1…").arg(request.target);
    case SyncRequest::Scope::Results:
        return tr("Fetching the results of %n user(s)…", nullptr, int(request.resultsForUsers.size()));
    case SyncRequest::Scope::Full:
        break;
    }
    return request.force ? tr("Full synchronisation started (everything is fetched again).")
                         : tr("Synchronisation started (what was fetched in the last %n minute(s) is skipped).",
                             nullptr, int(request.ttlSeconds / 60));
}

QString CacheSession::userName(const QString &uidOrExternalId) const
{
    if (!m_cache)
        return uidOrExternalId;
    Store::CacheConnection connection(m_cache->filePath());
    if (connection.open())
        return uidOrExternalId;
    const QString uid = Store::SyncTargets(connection.database()).userUid(uidOrExternalId);
    const auto user = uid.isEmpty() ? std::nullopt : Store::UserRepository(connection.database()).user(uid);
    if (!user)
        return uidOrExternalId;
    const QString name = QStringList{user->firstName, user->middleName, user->lastName}.join(u' ').simplified();
    return name.isEmpty() ? (user->login.isEmpty() ? uidOrExternalId : user->login) : name;
}

QString CacheSession::doneText(const SyncRequest &request, const QString &summary) const
{
    switch (request.scope) {
    case SyncRequest::Scope::User:
        //: activity log; %1 the user's name, %2 the counts
        return tr("User %1 refreshed (%2).").arg(userName(request.target), summary);
    case SyncRequest::Scope::Course:
        return tr("Course %1 refreshed (%2).").arg(request.target, summary);
    case SyncRequest::Scope::Group:
        return tr("Group %1 refreshed (%2).").arg(request.target, summary);
    case SyncRequest::Scope::Results:
        if (!m_courseName.isEmpty())
            return tr("Results of the learners of “%1” fetched (%2).").arg(m_courseName, summary);
        return tr("Results fetched for %n user(s) (%1).", nullptr, int(request.resultsForUsers.size())).arg(summary);
    case SyncRequest::Scope::Full:
        break;
    }
    return tr("Synchronisation finished (%1).").arg(summary);
}

void CacheSession::onFinished(const SyncReport &report)
{
    setSyncing(false);
    //: sync summary; %1 calls, %2 rows, %3 errors, %4 seconds
    const QString summary = tr("%1 API calls, %2 rows written, %3 errors, %4 s")
                                .arg(report.calls)
                                .arg(report.rowsWritten)
                                .arg(report.errors)
                                .arg(QString::number(double(report.elapsedMs) / 1000.0, 'f', 1));
    if (!report.fatalError.isEmpty())
        m_log->error(tr("Synchronisation failed: %1 (%2).").arg(report.fatalError, summary));
    else if (report.cancelled)
        m_log->warning(tr("Synchronisation cancelled; what was fetched is kept (%1).").arg(summary));
    else if (report.errors > 0)
        m_log->warning(tr("Synchronisation finished with errors (%1).").arg(summary));
    else
        m_log->success(doneText(m_requests.isEmpty() ? SyncRequest() : m_requests.constLast(), summary));
    for (const QString &message : report.errorMessages)
        m_log->error(message);
    refreshLastSync();
    endJob(report);
    Q_EMIT syncFinished(report);
}

void CacheSession::setSyncing(bool syncing)
{
    if (syncing == m_syncing)
        return;
    m_syncing = syncing;
    Q_EMIT syncingChanged(syncing);
}

} // namespace Springdesk::Models
