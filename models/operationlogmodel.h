#pragma once

#include "core/ops/operationlog.h"

#include <QAbstractTableModel>

#include <memory>

namespace Springdesk::Models {

// The operation log of the active profile as a table, newest first: the model of the GUI's
// "Changes" view and of the console's history. The filter (time, function, outcome, text) is
// applied in SQL; reload() after an operation finished (OperationRunner::operationFinished).
class OperationLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Function,
        Outcome,
        Touched,
        Parameters,
        Message,
        Source,
        Profile,
        Duration,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // QDateTime, QString, Ops::Outcome (int), QStringList, qint64
        RecordIdRole, // the log line's id
    };

    explicit OperationLogModel(QObject *parent = nullptr);
    ~OperationLogModel() override;

    // The log file (OperationLog::pathBeside(cache)); empty: no profile, no rows. A file that
    // does not exist yet means nothing was sent: no rows, no error.
    void setLogFile(const QString &path);
    QString logFile() const { return m_path; }
    void setFilter(const Ops::OperationFilter &filter);
    const Ops::OperationFilter &filter() const { return m_filter; }
    // Re-reads the lines; false (with lastError()) when the log could not be read.
    bool reload();
    QString lastError() const { return m_error; }
    const Ops::OperationRecord &record(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void reloaded();

private:
    QString m_path;
    Ops::OperationFilter m_filter;
    std::unique_ptr<Ops::OperationLog> m_log;
    QList<Ops::OperationRecord> m_rows;
    QString m_error;
};

} // namespace Springdesk::Models
