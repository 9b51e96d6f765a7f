#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Springdesk::Models {

struct ActivityEntry
{
    enum class Severity : quint8
    {
        Info,
        Success,
        Warning,
        Error,
    };

    QDateTime timestamp;
    Severity severity = Severity::Info;
    QString message; // translated, for the user; never contains an API key
};

// What the application did, for the user (the dockable activity log). Keeps the newest
// `capacity()` entries. Anything that looks like a credential (X-API-Key header, a *key*
// query field) is blanked before it is stored.
class ActivityLog final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit ActivityLog(QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }

    void add(ActivityEntry::Severity severity, const QString &message);
    void info(const QString &message) { add(ActivityEntry::Severity::Info, message); }
    void success(const QString &message) { add(ActivityEntry::Severity::Success, message); }
    void warning(const QString &message) { add(ActivityEntry::Severity::Warning, message); }
    void error(const QString &message) { add(ActivityEntry::Severity::Error, message); }
    void clear();

    const QList<ActivityEntry> &entries() const { return m_entries; }

    static QString redact(const QString &message);
    static QString severityName(ActivityEntry::Severity severity); // translated

Q_SIGNALS:
    // The oldest `dropped` entries were removed to make room (0 if none), then `entry` appended.
    void entryAdded(const Springdesk::Models::ActivityEntry &entry, int dropped);
    void cleared();

private:
    Clock m_clock;
    int m_capacity = 2000;
    QList<ActivityEntry> m_entries;
};

} // namespace Springdesk::Models
