#pragma once

#include "models/activitylog.h"

#include <QAbstractTableModel>

namespace Springdesk::Models {

// The activity log as a table, newest last.
class ActivityLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        SeverityColumn,
        MessageColumn,
        ColumnCount,
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // QDateTime, Severity (int) or message
    };

    explicit ActivityLogModel(ActivityLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onEntryAdded(const ActivityEntry &entry, int dropped);

    ActivityLog *m_log;
    QList<ActivityEntry> m_entries; // mirror, so row changes are announced before they happen
};

} // namespace Springdesk::Models
