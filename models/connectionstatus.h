#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace Springdesk::Models {

// The state shown in the status bar: is the active profile connected, and how old is the
// local cache. Set by whoever checks the connection; read by views.
class ConnectionStatus final : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8
    {
        NoProfile, // no profile yet
        NoKey, // the active profile has no API key
        NotChecked, // a key is there; the server was not contacted yet
        Checking,
        Connected,
        Failed, // detail() says why
    };
    Q_ENUM(State)

    using Clock = std::function<QDateTime()>;

    explicit ConnectionStatus(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    State state() const { return m_state; }
    QString detail() const { return m_detail; }
    void setState(State state, const QString &detail = {});
    // One translated line for the status bar, e.g. "Connected" or "Connection failed: …".
    QString stateText() const;

    // When the local cache was last brought up to date; invalid while there is no cache.
    QDateTime lastSync() const { return m_lastSync; }
    void setLastSync(const QDateTime &when);
    // "Cache: never synced", "Cache: updated just now", "Cache: updated 5 minutes ago", …
    QString cacheAgeText() const;

Q_SIGNALS:
    void changed();

private:
    Clock m_clock;
    State m_state = State::NoProfile;
    QString m_detail;
    QDateTime m_lastSync;
};

} // namespace Springdesk::Models
