#include "models/connectionstatus.h"

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

QString ConnectionStatus::cacheAgeText() const
{
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
