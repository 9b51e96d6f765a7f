#pragma once

#include <QDateTime>
#include <QList>
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
        KeyringLocked, // the keyring is locked: the key cannot be read until it is unlocked
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

    // When the local cache was last brought up to date as a whole (a full synchronisation
    // without errors); invalid while there is no cache or there was none.
    QDateTime lastSync() const { return m_lastSync; }
    void setLastSync(const QDateTime &when);

    // How old each area of the cache is: when its list was last fetched (invalid: never).
    struct AreaAge
    {
        QString label; // translated ("Users")
        QDateTime fetchedAt;
        bool operator==(const AreaAge &) const = default;
    };
    // The areas shown in the status bar (the first ones) and its tooltip (all); empty while
    // there is no cache.
    QList<AreaAge> areaAges() const { return m_areas; }
    void setAreaAges(const QList<AreaAge> &areas);

    // The last synchronisation failed (or had errors) at `when` with `errors` errors; stays
    // until a later one succeeds. Invalid `when`: the last one did not fail.
    QDateTime lastFailure() const { return m_failedAt; }
    int lastFailureErrors() const { return m_failedErrors; }
    void setLastFailure(const QDateTime &when, int errors);

    // "Cache: never synced", "Users: 3 min ago · Courses: never" (with area ages), or without
    // them "Cache: updated just now", "Cache: updated 5 minutes ago", …
    QString cacheAgeText() const;
    // "Last synchronisation failed (5 errors)"; empty when it did not fail.
    QString failureText() const;
    // Several lines for a tooltip: every area's age and the last complete sync, in local time.
    QString cacheAgeDetails() const;
    // "just now", "3 min ago", "2 h ago", "4 days ago", "never".
    QString shortAge(const QDateTime &when) const;

Q_SIGNALS:
    void changed();

private:
    Clock m_clock;
    State m_state = State::NoProfile;
    QString m_detail;
    QDateTime m_lastSync;
    QList<AreaAge> m_areas;
    QDateTime m_failedAt;
    int m_failedErrors = 0;
};

} // namespace Springdesk::Models
