#include "models/activitylog.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

ActivityLog::ActivityLog(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{ }

void ActivityLog::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    if (m_entries.size() > m_capacity) {
        m_entries.remove(0, m_entries.size() - m_capacity);
        Q_EMIT cleared(); // views reset; simpler than a second signal for a rare call
    }
}

QString ActivityLog::redact(const QString &message)
{
    static const QRegularExpression header(u"(x-api-key\\s*[:=]\\s*)\\S+"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression query(
        u"([?&][^=&\\s]*key[^=&\\s]*=)[^&\\s]*"_s, QRegularExpression::CaseInsensitiveOption);
    QString text = message;
    text.replace(header, u"\\1•••"_s);
    text.replace(query, u"\\1•••"_s);
    return text;
}

void ActivityLog::add(ActivityEntry::Severity severity, const QString &message)
{
    ActivityEntry entry{m_clock(), severity, redact(message)};
    int dropped = 0;
    if (m_entries.size() >= m_capacity) {
        dropped = static_cast<int>(m_entries.size()) - m_capacity + 1;
        m_entries.remove(0, dropped);
    }
    m_entries.append(entry);
    Q_EMIT entryAdded(entry, dropped);
}

void ActivityLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

QString ActivityLog::severityName(ActivityEntry::Severity severity)
{
    switch (severity) {
    case ActivityEntry::Severity::Info:
        return tr("Info");
    case ActivityEntry::Severity::Success:
        return tr("Success");
    case ActivityEntry::Severity::Warning:
        return tr("Warning");
    case ActivityEntry::Severity::Error:
        return tr("Error");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace Springdesk::Models
