#pragma once

#include <QDockWidget>

class QAbstractButton;
class QLabel;
class QModelIndex;
class QPushButton;
class QToolButton;
class QTreeView;

namespace Springdesk::Models {
class JobListModel;
class JobRegistry;
} // namespace Springdesk::Models

namespace Springdesk::Views {

// "Jobs": every long piece of work of this run (syncs, refreshes, results fetches, exports,
// bulk runs), newest first, with a progress bar, its state and running time; a Cancel button
// on each job that can still be cancelled (Delete cancels the current one), Cancel all and
// Clear finished. Double-clicking (or Enter on) a job that failed shows its error. Non-modal: the work runs elsewhere,
// the dock only shows it. statusIndicator() is the status bar's "N jobs running", which opens the dock.
class JobsDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit JobsDock(Models::JobRegistry *registry, QWidget *parent = nullptr);

    Models::JobListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QPushButton *cancelAllButton() const { return m_cancelAll; }
    QPushButton *clearFinishedButton() const { return m_clear; }
    // For the status bar (hidden while nothing runs); clicking it shows and raises the dock.
    QToolButton *statusIndicator() const { return m_indicator; }
    // The Cancel button of a job, nullptr when it cannot be cancelled (any more).
    QAbstractButton *cancelButton(int jobId) const;

    // Shows and raises the dock (tabbed docks bring it to the front).
    void reveal();
    // The error of the job in `index`'s row, if it has one (a message box).
    void showError(const QModelIndex &index);
    // Cancels the job of the current row (Delete in the list); false when it cannot be cancelled.
    bool cancelCurrent();

private:
    void updateButtons();
    void updateCount();

    Models::JobRegistry *m_registry;
    Models::JobListModel *m_model;
    QTreeView *m_view;
    QLabel *m_count;
    QPushButton *m_cancelAll;
    QPushButton *m_clear;
    QToolButton *m_indicator;
};

} // namespace Springdesk::Views
