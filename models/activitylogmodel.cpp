#include "models/activitylogmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

ActivityLogModel::ActivityLogModel(ActivityLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_entries(log->entries())
{
    connect(m_log, &ActivityLog::entryAdded, this, &ActivityLogModel::onEntryAdded);
    connect(m_log, &ActivityLog::cleared, this, [this] {
        beginResetModel();
        m_entries = m_log->entries();
        endResetModel();
    });
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.timestamp.time(), QLocale::LongFormat);
        case SeverityColumn:
            return ActivityLog::severityName(entry.severity);
        case MessageColumn:
            return entry.message;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(entry.timestamp, QLocale::LongFormat);
        if (index.column() == MessageColumn)
            return entry.message;
        break;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn) {
            switch (entry.severity) {
            case ActivityEntry::Severity::Info:
                return {};
            case ActivityEntry::Severity::Success:
                return QBrush(QColor(u"#2e7d32"_s));
            case ActivityEntry::Severity::Warning:
                return QBrush(QColor(u"#b26a00"_s));
            case ActivityEntry::Severity::Error:
                return QBrush(QColor(u"#c62828"_s));
            }
        }
        break;
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.timestamp;
        case SeverityColumn:
            return static_cast<int>(entry.severity);
        case MessageColumn:
            return entry.message;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void ActivityLogModel::onEntryAdded(const ActivityEntry &entry, int dropped)
{
    dropped = qMin(dropped, static_cast<int>(m_entries.size()));
    if (dropped > 0) {
        beginRemoveRows({}, 0, dropped - 1);
        m_entries.remove(0, dropped);
        endRemoveRows();
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

} // namespace Springdesk::Models
