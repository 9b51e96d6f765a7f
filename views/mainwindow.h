#pragma once

#include "models/panecatalog.h"
#include "views/commandlauncher.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QListView;
class QMenu;
class QToolBar;
class QStackedWidget;
class QLabel;

namespace Springdesk::Settings {
class Config;
class ProfileStore;
} // namespace Springdesk::Settings
namespace Springdesk::Secrets {
class ProfileSecrets;
}
namespace Springdesk::Models {
class ActivityLog;
class ActivityLogModel;
class CacheSession;
class ConnectionStatus;
class PaneListModel;
class IdTrackingController;
class ConnectionService;
class JobRegistry;
class ProfileListModel;
} // namespace Springdesk::Models

namespace Springdesk::Store {
struct SyncReport;
}

namespace Springdesk::Views {

class ActivityLogDock;
class ChangesDock;
class CommandDialog;
class CoursePickerDialog;
class FunctionPickerDialog;
class JobsDock;
class ProfileDialog;
class ProfileSwitcher;
class StatusBarWidget;
class SyncProgressWidget;
class TrackIdDialog;

// The shell: profile switcher, pane navigator, stacked panes, status bar, activity log dock.
// It only composes; each pane is its own widget, registered with setPaneWidget(). It is the
// CommandLauncher of its panes: every command form opens as a CommandDialog over the active
// profile's ConnectionService.
class MainWindow final : public QMainWindow, public CommandLauncher
{
    Q_OBJECT

public:
    // Everything the window shows lives elsewhere; the window does not own these.
    struct Services
    {
        Settings::Config *config = nullptr;
        Settings::ProfileStore *profiles = nullptr;
        Secrets::ProfileSecrets *secrets = nullptr;
        Models::ActivityLog *activityLog = nullptr;
        Models::ConnectionStatus *connectionStatus = nullptr;
        Models::CacheSession *cache = nullptr; // optional: without it there is no Synchronise action
        // optional: the Jobs dock and its status-bar indicator show it; panes' exports and the
        // connection service's bulk runs register there
        Models::JobRegistry *jobs = nullptr;
    };

    explicit MainWindow(const Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the "coming" page of `pane` by a real pane (taking ownership) and marks it available.
    void setPaneWidget(Models::Pane pane, QWidget *widget);
    void showPane(Models::Pane pane);
    Models::Pane currentPane() const;
    QWidget *paneWidget(Models::Pane pane) const;

    // Opens the profile dialog (window-modal) and returns it; it deletes itself when closed.
    ProfileDialog *openProfileDialog();
    // "Track group…" (only with a cache): opens the dialog (window-modal) and returns it; it
    // deletes itself when closed.
    TrackIdDialog *openTrackIdDialog();
    // "Fetch results of a course's learners…": a window-modal course picker over the cached
    // courses (deleted when closed; accepting starts the fetch). Without cached courses it says
    // so and returns nullptr.
    CoursePickerDialog *openCoursePicker();

    // CommandLauncher: a window-modal CommandDialog (deleted when closed).
    QWidget *openCommand(const Request &request) override;
    // Tools → Run API function… (Ctrl+Shift+P): the searchable list of every function; choosing
    // one opens its CommandDialog. Window-modal, deleted when closed.
    FunctionPickerDialog *openFunctionPicker();
    QAction *runFunctionAction() const { return m_runFunctionAction; }

    ProfileSwitcher *profileSwitcher() const { return m_switcher; }
    QListView *navigator() const { return m_navigator; }
    StatusBarWidget *statusBarWidget() const { return m_statusWidget; }
    ActivityLogDock *activityLogDock() const { return m_logDock; }
    SyncProgressWidget *syncProgressWidget() const { return m_syncProgress; }
    // Synchronise (F5: incremental) and Full synchronisation (Shift+F5: ignores the TTL).
    QAction *syncAction() const { return m_syncAction; }
    QAction *fullSyncAction() const { return m_fullSyncAction; }
    QAction *trackIdAction() const { return m_trackIdAction; }
    QAction *fetchCourseResultsAction() const { return m_fetchCourseResultsAction; }
    // Edit → Filter (Ctrl+F): focuses the current pane's filter (panes built on ResourcePane).
    QAction *filterAction() const { return m_filterAction; }
    // The Cache menu (nullptr without a cache), for actions the composition adds (Reset demo data).
    QMenu *cacheMenu() const { return m_cacheMenu; }
    // Settings → Language: the actions, one per language, checkable ("system" first).
    QList<QAction *> languageActions() const { return m_languageActions; }
    // Help → Keyboard shortcuts: the overview, built from the actions' shortcuts.
    QString shortcutOverview() const;
    void showShortcutOverview();
    // File → Export… (Ctrl+E): exports the current pane's view when it is an ExportablePane.
    QAction *exportAction() const { return m_exportAction; }
    void exportCurrentPane();
    // View → Changes: the operation log of the active profile (only with a cache).
    ChangesDock *changesDock() const { return m_changesDock; }
    // View → Jobs (Ctrl+Shift+J): the long work of this run (only with a job registry).
    JobsDock *jobsDock() const { return m_jobsDock; }
    // The active profile's one client and operation runner (only with a cache): every command
    // of the window (tracking, forms, the console) goes through it.
    Models::ConnectionService *connectionService() const { return m_connection; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createSyncActions(QMenu *menu, QToolBar *toolBar);
    void createSettingsMenu();
    void createJobsDock(QMenu *viewMenu);
    void onSyncFinished(const Store::SyncReport &report);
    void updateTitle();
    void restoreState();

    Services m_services;
    Models::ProfileListModel *m_profileModel;
    Models::PaneListModel *m_paneModel;
    Models::ActivityLogModel *m_logModel;
    ProfileSwitcher *m_switcher;
    QListView *m_navigator;
    QStackedWidget *m_stack;
    StatusBarWidget *m_statusWidget;
    ActivityLogDock *m_logDock;
    QHash<Models::Pane, QWidget *> m_pages;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<TrackIdDialog> m_trackIdDialog;
    Models::ConnectionService *m_connection = nullptr;
    ChangesDock *m_changesDock = nullptr;
    JobsDock *m_jobsDock = nullptr;
    Models::IdTrackingController *m_tracking = nullptr;
    QAction *m_trackIdAction = nullptr;
    SyncProgressWidget *m_syncProgress = nullptr;
    QAction *m_syncAction = nullptr;
    QAction *m_fullSyncAction = nullptr;
    QAction *m_fetchCourseResultsAction = nullptr;
    QPointer<CoursePickerDialog> m_coursePicker;
    QToolBar *m_toolBar = nullptr;
    QAction *m_filterAction = nullptr;
    QMenu *m_cacheMenu = nullptr;
    QList<QAction *> m_languageActions;
    QAction *m_exportAction = nullptr;
    QAction *m_runFunctionAction = nullptr;
    QPointer<FunctionPickerDialog> m_functionPicker;
};

} // namespace Springdesk::Views
