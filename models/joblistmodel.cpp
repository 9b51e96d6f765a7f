#include "models/joblistmodel.h"

#include "models/jobregistry.h"

#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

JobListModel::JobListModel(JobRegistry *registry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registry(registry)
    , m_ticker(new QTimer(this))
{
    for (const Job &job : registry->jobs())
        m_jobs.prepend(job);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &JobListModel::tick);
    connect(registry, &JobRegistry::jobAdded, this, &JobListModel::onAdded);
    connect(registry, &JobRegistry::jobChanged, this, &JobListModel::onChanged);
    connect(registry, &JobRegistry::jobsRemoved, this, &JobListModel::onRemoved);
    updateTimer();
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int JobListModel::rowOf(int jobId) const
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return row;
    }
    return -1;
}

QString JobListModel::progressText(const Job &job)
{
    if (job.isIndeterminate())
        return {};
    const QLocale locale;
    //: a job's progress: done of total (rows, API calls)
    return tr("%1 / %2").arg(locale.toString(job.done), locale.toString(job.total));
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job &job = m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Title:
            return job.title;
        case State:
            return job.stateText();
        case Progress:
            return progressText(job);
        case Detail:
            return job.error.isEmpty() ? job.detail : job.error.section(u'\n', 0, 0);
        case Elapsed:
            return Job::formatElapsed(job.elapsedMs(m_registry->now()));
        case Cancel:
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines{job.title, Job::kindName(job.kind)};
        if (!job.detail.isEmpty())
            lines << job.detail;
        if (!job.error.isEmpty())
            lines << job.error;
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Elapsed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case JobIdRole:
        return job.id;
    case StateRole:
        return int(job.state);
    case DoneRole:
        return job.done;
    case TotalRole:
        return job.total;
    case DetailRole:
        return job.detail;
    case ErrorRole:
        return job.error;
    case ActiveRole:
        return job.isActive();
    case CancellableRole:
        return job.isActive() && job.cancellable && !job.cancelRequested;
    default:
        return {};
    }
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Title:
        return tr("Job");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Detail:
        return tr("Details");
    case Elapsed:
        //: column header: how long a job ran
        return tr("Time");
    case Cancel:
    case ColumnCount:
        break;
    }
    return {};
}

void JobListModel::onAdded(const Job &job)
{
    beginInsertRows({}, 0, 0);
    m_jobs.prepend(job);
    endInsertRows();
    updateTimer();
}

void JobListModel::onChanged(const Job &job)
{
    const int row = rowOf(job.id);
    if (row < 0)
        return;
    m_jobs[row] = job;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    updateTimer();
}

void JobListModel::onRemoved(const QList<int> &ids)
{
    // from the bottom up, a contiguous range at a time
    for (int row = int(m_jobs.size()) - 1; row >= 0;) {
        if (!ids.contains(m_jobs.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && ids.contains(m_jobs.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_jobs.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    updateTimer();
}

void JobListModel::tick()
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).isActive())
            Q_EMIT dataChanged(index(row, Elapsed), index(row, Elapsed), {Qt::DisplayRole});
    }
}

void JobListModel::updateTimer()
{
    const bool anyActive = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const Job &job) { return job.isActive(); });
    if (anyActive && !m_ticker->isActive())
        m_ticker->start();
    else if (!anyActive)
        m_ticker->stop();
}

} // namespace Springdesk::Models
