#pragma once

#include "models/job.h"

#include <QAbstractTableModel>
#include <QList>

class QTimer;

namespace Springdesk::Models {

class JobRegistry;

// The jobs of a JobRegistry as a table, newest first: title, state, progress, detail, elapsed
// time and a column for the view's Cancel button. Follows the registry; while a job is active the
// Elapsed column is refreshed every second.
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        State,
        Progress,
        Detail, // the phase, what was written, why it stopped
        Elapsed,
        Cancel, // empty: the view puts its button here
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1, // int
        StateRole, // JobState as int
        DoneRole, // qint64
        TotalRole, // qint64, negative: not known
        DetailRole, // QString
        ErrorRole, // QString
        ActiveRole, // bool: queued or running
        CancellableRole, // bool: active, cancellable and not asked to cancel yet
    };

    explicit JobListModel(JobRegistry *registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    JobRegistry *registry() const { return m_registry; }
    // The job shown in `row` (a copy).
    Job jobAt(int row) const { return m_jobs.at(row); }
    int rowOf(int jobId) const;
    // "120 / 500", "42 %", "" for an unknown amount
    static QString progressText(const Job &job);

private:
    void onAdded(const Job &job);
    void onChanged(const Job &job);
    void onRemoved(const QList<int> &ids);
    void tick();
    void updateTimer();

    JobRegistry *m_registry;
    QList<Job> m_jobs; // newest first
    QTimer *m_ticker;
};

} // namespace Springdesk::Models
