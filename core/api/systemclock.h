#pragma once

#include "core/api/apiclock.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QTimer;

namespace Springdesk::Api {

// ApiClock on QElapsedTimer and single-shot QTimers (precise timers) of the owner's thread.
class SystemClock final : public QObject, public ApiClock
{
    Q_OBJECT

public:
    explicit SystemClock(QObject *parent = nullptr);
    ~SystemClock() override;

    qint64 nowMs() const override;
    QDateTime currentDateTimeUtc() const override;
    TimerId startTimer(qint64 ms, std::function<void()> callback) override;
    void stopTimer(TimerId id) override;

private:
    QElapsedTimer m_elapsed;
    QHash<TimerId, QTimer *> m_timers;
    TimerId m_nextId = 1;
};

} // namespace Springdesk::Api
