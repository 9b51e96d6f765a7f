#include "models/connectionstatus.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

ConnectionStatus::ConnectionStatus(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{ }

void ConnectionStatus::setState(State state, const QString &detail)
{
    if (m_state == state && m_detail == detail)
        return;
    m_state = state;
    m_detail = detail;
    Q_EMIT changed();
}

QString ConnectionStatus::stateText() const
{
    switch (m_state) {
    case State::NoProfile:
        return tr("No connection profile");
    case State::NoKey:
        return tr("No API key stored");
    case State::KeyringLocked:
        return tr("The keyring is locked");
    case State::NotChecked:
        return tr("Not connected yet");
    case State::Checking:
        return tr("Connecting…");
    case State::Connected:
        return m_detail.isEmpty() ? tr("Connected") : tr("Connected: %1").arg(m_detail);
    case State::Failed:
        return m_detail.isEmpty() ? tr("Connection failed") : tr("Connection failed: %1").arg(m_detail);
    }
    Q_UNREACHABLE();
    return {};
}

void ConnectionStatus::setLastSync(const QDateTime &when)
{
    if (m_lastSync == when)
        return;
    m_lastSync = when;
    Q_EMIT changed();
}

void ConnectionStatus::setAreaAges(const QList<AreaAge> &areas)
{
    if (m_areas == areas)
        return;
    m_areas = areas;
    Q_EMIT changed();
}

void ConnectionStatus::setLastFailure(const QDateTime &when, int errors)
{
    if (m_failedAt == when && m_failedErrors == errors)
        return;
    m_failedAt = when;
    m_failedErrors = when.isValid() ? errors : 0;
    Q_EMIT changed();
}

QString ConnectionStatus::failureText() const
{
    if (!m_failedAt.isValid())
        return {};
    if (m_failedErrors <= 0)
        return tr("Last synchronisation failed");
    return tr("Last synchronisation failed (%n error(s))", nullptr, m_failedErrors);
}

QString ConnectionStatus::shortAge(const QDateTime &when) const
{
    if (!when.isValid())
        //: age of a part of the cache that was never fetched
        return tr("never");
    const qint64 seconds = qMax<qint64>(0, when.secsTo(m_clock()));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        //: short age, e.g. "3 min ago"
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 86400)
        //: short age, e.g. "2 h ago"
        return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    return tr("%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
}

QString ConnectionStatus::cacheAgeDetails() const
{
    QStringList lines;
    for (const AreaAge &area : m_areas) {
        //: tooltip line: area of the cache and when its list was fetched, e.g. "Users: 7 Dec 2026 14:03"
        lines << tr("%1: %2").arg(area.label,
            area.fetchedAt.isValid() ? QLocale().toString(area.fetchedAt.toLocalTime(), QLocale::ShortFormat)
                                     : shortAge({}));
    }
    if (m_lastSync.isValid()) {
        lines << tr("Last complete synchronisation without errors: %1")
                     .arg(QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat));
    } else {
        lines << tr("No complete synchronisation without errors yet.");
    }
    if (m_failedAt.isValid()) {
        lines << tr("The last synchronisation, at %1, had errors; see the activity log.")
                     .arg(QLocale().toString(m_failedAt.toLocalTime(), QLocale::ShortFormat));
    }
    return lines.join(u'\n');
}

QString ConnectionStatus::cacheAgeText() const
{
    bool anyArea = false;
    for (const AreaAge &area : m_areas)
        anyArea = anyArea || area.fetchedAt.isValid();
    if (anyArea) {
        QStringList parts;
        for (const AreaAge &area : m_areas.first(qMin<qsizetype>(2, m_areas.size())))
            //: status bar: an area of the cache and its age, e.g. "Users: 3 min ago"
            parts << tr("%1: %2").arg(area.label, shortAge(area.fetchedAt));
        return parts.join(u" · "_s);
    }
    if (!m_lastSync.isValid())
        return tr("Cache: never synced");
    const qint64 seconds = qMax<qint64>(0, m_lastSync.secsTo(m_clock()));
    if (seconds < 60)
        return tr("Cache: updated just now");
    if (seconds < 3600)
        return tr("Cache: updated %n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 86400)
        return tr("Cache: updated %n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
    return tr("Cache: updated %n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
}

} // namespace Springdesk::Models
