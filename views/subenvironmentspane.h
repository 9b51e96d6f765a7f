#pragma once

#include "views/commandlauncher.h"
#include "views/resourcepane.h"

class QAction;
class QLabel;
class QTableView;

namespace Springdesk::Models {
class SubenvironmentLinkModel;
class SubenvironmentTableModel;
} // namespace Springdesk::Models
namespace Springdesk::Ops {
class Operation;
}

namespace Springdesk::Views {

// The Subenvironments pane, on the ResourcePane skeleton: the subenvironments the cache knows
// (registry and references) with counts of what is linked, a column-aware filter
// (`state:missing`, `tracked:no`), and in the details what is linked to the current one
// (SubenvironmentLinkModel): users, user groups, templates and events Springdesk linked, and the
// skill profiles the server lists (read-only: the API cannot link profiles, and the pane says so).
// Link… and Unlink selected… open add/deleteReseller{Users,Groups,Templates,BookableEvents}
// through the CommandLauncher with the subenvironment locked (and the selected links preset to
// unlink). When the server refuses such a call because the environment has no submanagement,
// the pane explains it (showOperationResult). Without a launcher the actions are disabled.
class SubenvironmentsPane final : public ResourcePane
{
    Q_OBJECT

public:
    SubenvironmentsPane(
        Settings::Config *config, Models::CacheSession *session, CommandLauncher *launcher, QWidget *parent = nullptr);
    ~SubenvironmentsPane() override;

    Models::SubenvironmentTableModel *model() const { return m_model; }
    Models::SubenvironmentLinkModel *linkModel() const { return m_links; }
    QTableView *linkTable() const { return m_linkTable; }
    QLabel *noticeLabel() const { return m_notice; }
    QLabel *profilesNoteLabel() const { return m_profilesNote; }
    // Link actions: users, groups, templates, events (in that order).
    QList<QAction *> linkActions() const { return m_linkActions; }
    QAction *unlinkAction() const { return m_unlink; }

    // An operation of the connection service finished: a refused subenvironment command is
    // explained above the list (the server answers so when the environment has no submanagement).
    void showOperationResult(Springdesk::Ops::Operation *operation);

protected:
    QString countText(int count) const override;
    void updateActions() override;

private:
    void showSubenvironment(const QString &id);
    void launch(Api::Fn fn, Api::P listParam, const QStringList &values);
    void unlinkSelected();

    CommandLauncher *m_launcher;
    Models::SubenvironmentTableModel *m_model;
    Models::SubenvironmentLinkModel *m_links;
    QLabel *m_notice;
    QLabel *m_linkTitle;
    QTableView *m_linkTable;
    QLabel *m_profilesNote;
    QList<QAction *> m_linkActions;
    QAction *m_unlink;
};

} // namespace Springdesk::Views
