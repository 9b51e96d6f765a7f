#pragma once

#include "core/api/apiclientconfig.h"
#include "core/api/apierror.h"
#include "core/api/apijob.h"
#include "core/api/apiparams.h"
#include "core/api/builtrequest.h"
#include "core/api/endpoints.h"
#include "core/api/serverhealth.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace Springdesk::Api {

class ApiClock;

// The one way Springdesk talks to aNewSpring. call() returns a job per call; a scheduler puts
// at most config().maxInFlight requests on the wire, spread over a small pool of
// QNetworkAccessManagers so the cap is reached over HTTP/1.1 too (Qt 6.4 opens at most 6
// connections per host and manager). Retries are narrow (style.md 6): queries up to
// maxQueryAttempts on timeouts, 502/503/504 and connection errors, with capped jittered
// backoff; commands only when they surely never reached the server or got 429/503. A 429 or
// 503 with Retry-After pauses the whole queue. Repeated failures open a circuit breaker that
// fails calls fast until a cool-down has passed and one trial call succeeds. The pause and the
// breaker live in a ServerHealth: the client's own, or one shared with the other clients of the
// same server (setServerHealth), on any thread, so a 429 or a breaker met by one holds for all.
// Everything runs on the client's thread; nothing blocks or nests an event loop.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    enum class CircuitState : quint8
    {
        Closed,
        Open,
        HalfOpen
    };
    Q_ENUM(CircuitState)

    using ManagerFactory = std::function<QNetworkAccessManager *(QObject *parent)>;

    explicit ApiClient(QObject *parent = nullptr);
    // `clock` is not owned and must outlive the client; nullptr = a SystemClock.
    ApiClient(const ApiClientConfig &config, ApiClock *clock, QObject *parent = nullptr);
    ~ApiClient() override;

    // "https://<domain>/api/". Checked on every call (RequestBuilder::validateBaseUrl).
    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent only as X-API-Key; never logged, never put in a URL or an error text.
    void setApiKey(const QString &apiKey);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }

    const ApiClientConfig &config() const { return m_config; }
    // Applies to calls dispatched from now on.
    void setConfig(const ApiClientConfig &config);
    // Jitter source in [0, 1); tests make it deterministic.
    void setRandomSource(std::function<double()> random01);
    // Test seam: how the pool's managers are made (default: plain QNetworkAccessManager).
    void setNetworkAccessManagerFactory(ManagerFactory factory);
    // Shares Retry-After pauses and the circuit breaker with every client given the same health
    // (clients of one server, on any thread; they must share a time base, see ServerHealth).
    // nullptr: a health of its own again (the default).
    void setServerHealth(std::shared_ptr<ServerHealth> health);
    const std::shared_ptr<ServerHealth> &serverHealth() const { return m_health; }

    // Starts a call. Parameters are checked against the endpoint table first; a bad one makes
    // the job finish with InvalidInput without sending anything.
    ApiJob *call(Fn fn, const ApiParams &params = {});
    // Cancels every unfinished job.
    void cancelAll();

    // Typed conveniences over call(); the job's value is as documented per function.
    ApiJob *userExists(const QString &userId); // bool
    ApiJob *getUser(const QString &userId); // Domain::User
    ApiJob *getUsers(); // QList<Domain::UserSummary>
    ApiJob *getGroupUsers(const QString &groupId); // QList<Domain::UserSummary>
    ApiJob *getSubscriptions(const QString &userId, bool skipStats); // QList<Domain::Subscription>
    ApiJob *getResults(const QString &userId); // QList<Domain::CourseResult>
    ApiJob *getStudentSubscriptions(const QString &courseId, bool skipStats); // QList<Domain::StudentSubscription>
    ApiJob *getTemplates(bool includeWithoutId = false); // QList<Domain::TemplateSummary>
    ApiJob *getCourses(const QString &templateId, bool includeWithoutId = false); // QList<Domain::Course>
    ApiJob *getCourse(const QString &courseId); // Domain::Course
    ApiJob *getLoginToken(const QString &userId); // QString

    // Scheduler state, for status bars, tests and benchmarks.
    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }
    int maxObservedInFlight() const { return m_maxObservedInFlight; }
    void resetStatistics() { m_maxObservedInFlight = m_inFlight; }
    int managerCount() const { return int(m_managers.size()); }
    CircuitState circuitState() const;
    bool isPaused() const;

Q_SIGNALS:
    void circuitStateChanged(Springdesk::Api::ApiClient::CircuitState state);
    // The server asked this client to slow down; the queue waits `pauseMs` before sending more.
    // A pause met by another client sharing the health is not announced here (see isPaused()).
    void rateLimited(qint64 pauseMs);

private:
    enum class AbortReason : quint8
    {
        None,
        TransferTimeout,
        Deadline,
        UserCancel,
        TooLarge
    };
    struct Slot;

    Slot *slot(ApiJob *job);
    void enqueue(ApiJob *job, bool front);
    void pump();
    void dispatch(Slot &s);
    void onReplyFinished(ApiJob *job);
    // Reads what has arrived into the slot; aborts the reply once the answer exceeds the cap.
    void readAvailable(ApiJob *job);
    void handleFailure(Slot &s, ApiError error, bool mayHaveReachedServer, bool rateLimit);
    void retryLater(Slot &s, qint64 delayMs);
    void finishSlot(Slot &s, const ApiError *error, QVariant value = {}, QJsonValue json = {});
    void cancelJob(ApiJob *job, AbortReason reason);
    void onDeadline(ApiJob *job);
    void restartTransferTimer(Slot &s, qint64 delayMs);
    void stopTimers(Slot &s);
    void recordAttemptOutcome(bool infrastructureFailure, const ApiError &error);
    // Follows the shared breaker: announces a new state, keeps a timer for the half-open moment.
    void syncCircuit();
    // Wakes the queue when the shared pause ends.
    void armPauseTimer();
    // The half-open trial `jobId` is over (for this client and in the shared health).
    void releaseTrial(quint64 jobId);
    void onHealthChanged();
    void failFastQueued();
    QNetworkAccessManager *pickManager(int &index);
    void ensureManagers();
    // The reply's error string, with a reason where Qt gives none ("Decompression failed:").
    static QString replyErrorText(QNetworkReply *reply);
    ApiError errorFromReply(Slot &s, QNetworkReply *reply, int status, const QByteArray &body) const;

    ApiClientConfig m_config;
    ApiClock *m_clock = nullptr;
    std::unique_ptr<ApiClock> m_ownedClock;
    std::function<double()> m_random;
    ManagerFactory m_managerFactory;
    QUrl m_baseUrl;
    QByteArray m_apiKey;

    std::vector<QNetworkAccessManager *> m_managers;
    std::vector<int> m_managerLoad;
    QHash<quint64, Slot *> m_slots;
    std::deque<quint64> m_queue;
    quint64 m_nextJobId = 1;
    int m_inFlight = 0;
    int m_maxObservedInFlight = 0;
    bool m_destroying = false;

    std::shared_ptr<ServerHealth> m_health; // never null
    ServerHealth::ListenerId m_healthListener = 0;
    quint64 m_pauseTimer = 0;
    qint64 m_pauseTimerUntilMs = -1;

    CircuitState m_circuit = CircuitState::Closed; // as last announced (circuitStateChanged)
    quint64 m_circuitTimer = 0;
    qint64 m_circuitTimerUntilMs = -1;
    quint64 m_halfOpenTrialJob = 0;
    ServerHealth::Ticket m_trialTicket = 0;
};

} // namespace Springdesk::Api
