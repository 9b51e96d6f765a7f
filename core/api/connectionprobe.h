#pragma once

#include "core/api/proberesult.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace Springdesk::Api {

class ApiClient;
class ApiJob;

// One cheap authenticated GET (getTemplates) with a short timeout, classified into a ProbeResult
// with a precise user text. probe(url, key) is "Test connection" of the profile dialog: a client
// of its own, no retries. probe(client) asks through a client that is set up already (the
// status bar through the profile's ConnectionService: its key, its Retry-After pauses and
// circuit breaker); the probe's timeout bounds it whatever that client's retries.
// Asynchronous; finished() is emitted exactly once per probe() (a new probe() or cancel()
// ends the previous one without emitting for it).
class ConnectionProbe : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    // Whole probe, connection and answer included (default 15 s).
    void setTimeoutMs(qint64 ms) { m_timeoutMs = ms; }
    qint64 timeoutMs() const { return m_timeoutMs; }

    void probe(const QUrl &baseUrl, const QString &apiKey);
    // Through `client` (not owned; it must outlive the probe or the probe be cancelled first).
    void probe(ApiClient *client);
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

    // The result for a finished getTemplates job (exposed for tests and reuse).
    static ProbeResult classify(const QUrl &baseUrl, const ApiError &error, int templateCount);

Q_SIGNALS:
    void finished(const Springdesk::Api::ProbeResult &result);

private:
    void start(ApiClient *client);
    void onJobFinished(ApiJob *job);
    void onTimeout();
    void releaseClient();

    QPointer<ApiClient> m_client;
    bool m_ownsClient = false;
    QPointer<ApiJob> m_job;
    QTimer *m_timer;
    QUrl m_baseUrl;
    qint64 m_timeoutMs = 15'000;
};

} // namespace Springdesk::Api
