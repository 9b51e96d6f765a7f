#pragma once

#include "core/api/proberesult.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Springdesk::Api {

class ApiClient;
class ApiJob;

// "Test connection" for the profile dialog: one cheap authenticated GET (getTemplates) with a
// short timeout and no retries, classified into a ProbeResult with a precise user text.
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
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }

    // The result for a finished getTemplates job (exposed for tests and reuse).
    static ProbeResult classify(const QUrl &baseUrl, const ApiError &error, int templateCount);

Q_SIGNALS:
    void finished(const Springdesk::Api::ProbeResult &result);

private:
    void onJobFinished(ApiJob *job);

    ApiClient *m_client = nullptr;
    QPointer<ApiJob> m_job;
    QUrl m_baseUrl;
    qint64 m_timeoutMs = 15'000;
};

} // namespace Springdesk::Api
