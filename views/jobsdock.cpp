#include "views/jobsdock.h"

#include "models/joblistmodel.h"
#include "models/jobregistry.h"
#include "views/jobprogressdelegate.h"
#include "views/messageboxes.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

using Models::JobListModel;

JobsDock::JobsDock(Models::JobRegistry *registry, QWidget *parent)
    : QDockWidget(tr("Jobs"), parent)
    , m_registry(registry)
    , m_model(new JobListModel(registry, this))
    , m_view(new QTreeView)
    , m_count(new QLabel)
    , m_cancelAll(new QPushButton(tr("Cancel &all")))
    , m_clear(new QPushButton(tr("C&lear finished")))
    , m_indicator(new QToolButton(this))
{
    setObjectName(u"jobsDock"_s);
    m_view->setObjectName(u"jobsView"_s);
    m_cancelAll->setObjectName(u"jobsCancelAll"_s);
    m_clear->setObjectName(u"jobsClearFinished"_s);
    m_indicator->setObjectName(u"jobsIndicator"_s);
    m_count->setObjectName(u"jobsCount"_s);

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setItemDelegateForColumn(JobListModel::Progress, new JobProgressDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(JobListModel::Title, QHeaderView::Interactive);
    header->resizeSection(JobListModel::Title, 260);
    header->setSectionResizeMode(JobListModel::Detail, QHeaderView::Stretch);
    header->setSectionResizeMode(JobListModel::State, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JobListModel::Progress, QHeaderView::Interactive);
    header->resizeSection(JobListModel::Progress, 220);
    header->setSectionResizeMode(JobListModel::Elapsed, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(JobListModel::Cancel, QHeaderView::ResizeToContents);

    m_cancelAll->setToolTip(tr("Ask every running job to stop; what was done so far is kept."));
    m_clear->setToolTip(tr("Remove the jobs that ended from the list."));
    m_indicator->setAutoRaise(true);
    m_indicator->setToolTip(tr("Show the jobs (Ctrl+Shift+J)."));
    m_indicator->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_cancelAll);
    buttons->addWidget(m_clear);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(content);

    connect(m_cancelAll, &QPushButton::clicked, m_registry, &Models::JobRegistry::cancelAll);
    connect(m_clear, &QPushButton::clicked, m_registry, &Models::JobRegistry::clearFinished);
    connect(m_indicator, &QToolButton::clicked, this, &JobsDock::reveal);
    auto *cancelCurrentAction = new QAction(tr("Cancel job"), m_view);
    cancelCurrentAction->setObjectName(u"actionCancelJob"_s);
    cancelCurrentAction->setShortcut(QKeySequence::Delete);
    cancelCurrentAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(cancelCurrentAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(cancelCurrentAction, &QAction::triggered, this, &JobsDock::cancelCurrent);
    // a double-click (or Enter) on a job that failed shows its error
    connect(m_view, &QTreeView::activated, this, &JobsDock::showError);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsDock::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &, const QList<int> &roles) {
            if (roles.isEmpty() || !roles.contains(Qt::DisplayRole) || topLeft.column() != JobListModel::Elapsed)
                updateButtons();
        });
    connect(m_registry, &Models::JobRegistry::activeCountChanged, this, &JobsDock::updateCount);
    updateButtons();
}

QAbstractButton *JobsDock::cancelButton(int jobId) const
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return nullptr;
    return qobject_cast<QAbstractButton *>(m_view->indexWidget(m_model->index(row, JobListModel::Cancel)));
}

void JobsDock::reveal()
{
    show();
    raise();
    m_view->setFocus();
}

void JobsDock::showError(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString error = index.siblingAtColumn(0).data(JobListModel::ErrorRole).toString();
    if (error.isEmpty())
        return;
    const QString title = index.siblingAtColumn(JobListModel::Title).data().toString();
    MessageBoxes::warning(this, title, error);
}

bool JobsDock::cancelCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return false;
    return m_registry->cancel(current.siblingAtColumn(0).data(JobListModel::JobIdRole).toInt());
}

void JobsDock::updateButtons()
{
    // a Cancel button on each job that can still be cancelled, none on the others
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, JobListModel::Cancel);
        const bool cancellable = index.data(JobListModel::CancellableRole).toBool();
        QWidget *existing = m_view->indexWidget(index);
        if (cancellable && !existing) {
            const int id = index.data(JobListModel::JobIdRole).toInt();
            auto *button = new QToolButton;
            button->setObjectName(u"cancelJob"_s);
            button->setText(tr("Cancel"));
            button->setToolTip(tr("Stop this job; what was done so far is kept."));
            button->setAutoRaise(true);
            connect(button, &QToolButton::clicked, this, [this, id] { m_registry->cancel(id); });
            m_view->setIndexWidget(index, button);
        } else if (!cancellable && existing) {
            m_view->setIndexWidget(index, nullptr); // deletes it
        }
    }
    updateCount();
}

void JobsDock::updateCount()
{
    const int active = m_registry->activeCount();
    const auto &jobs = m_registry->jobs();
    const bool anyEnded = std::any_of(jobs.cbegin(), jobs.cend(), [](const auto &job) { return !job.isActive(); });
    const bool anyCancellable = std::any_of(jobs.cbegin(), jobs.cend(),
        [](const auto &job) { return job.isActive() && job.cancellable && !job.cancelRequested; });
    m_cancelAll->setEnabled(anyCancellable);
    m_clear->setEnabled(anyEnded);
    m_count->setText(active > 0 ? tr("%n job(s) running", nullptr, active)
                                : tr("No jobs running; %n in the list", nullptr, int(jobs.size())));
    m_indicator->setText(tr("%n job(s) running", nullptr, active));
    m_indicator->setVisible(active > 0);
}

} // namespace Springdesk::Views
