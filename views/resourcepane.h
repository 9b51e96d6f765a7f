#pragma once

#include "views/exportablepane.h"

#include "core/settings/config.h"
#include "core/store/cachechange.h"

#include <QPointer>

#include <QStringList>
#include <QWidget>
#include <functional>
#include <optional>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QMenu;
class QLineEdit;
class QSplitter;
class QAbstractItemView;
class QHeaderView;
class QTableView;
class QTreeView;
class QTimer;
class QToolBar;

namespace Springdesk::Models {
class CacheFollower;
class CacheQueryModel;
class CacheSession;
} // namespace Springdesk::Models

namespace Springdesk::Views {

// The one skeleton of every pane over the local cache (house style 18): panes differ in
// columns, details and actions, not in how they filter, page, remember their header, show
// "as of" or an empty-cache hint. Users is the first; groups, subenvironments, skill profiles,
// SSO links, courses… follow the same recipe.
//
// What the skeleton does
// - A filter row: the text filter (debounced, FilterDelayMs; Ctrl+F anywhere in the window
//   focuses it through MainWindow's Filter action, Down/Enter moves into the results), room
//   for the pane's own filters (filterRow()), the count and the pane's tool bar.
// - A table over the pane's model: rows arrive page by page through the model's
//   canFetchMore()/fetchMore(); sorting is the model's (SQL) sort; Tab leaves the table
//   (setTabKeyNavigation(false)); header state (widths, order, sort) and the splitter between
//   table and details are saved in the two ConfigKeys of Options and restored.
// - Selection, current row and scroll position are kept *by key* (Models::KeyRole) across
//   model resets: whatever the model reloads (sync, targeted refresh, result fetch), the same
//   rows are selected again as soon as they are loaded; currentKeyChanged() is not emitted for
//   a row that only moved.
// - Actions: the pane's own (addPaneAction()) first, then Copy ID (Ctrl+Shift+C), Copy row
//   (Ctrl+C) and Refresh (when setRefreshHandler() gave one). They sit in the tool bar (those
//   added with toolBar = true) and every one of them in the table's context menu.
// - "as of 14:03 (7 Dec)" beside the count: when the pane's list was last fetched
//   (Options::listKey, a sync mark), refreshed after each sync.
// - The empty-cache hint over the table while the cache holds no rows and nothing is filtered
//   ("The local cache holds no users yet. Press Synchronise (F5) to fetch them."); "Opening the
//   local cache…" and "no cache" in the count.
//
// - For a model over the cache (Models::CacheQueryModel, setQueryModel()): the count, loading and
//   load errors, the filter's refused terms beside the filter, the filter itself, following the
//   cache file (with every part added by followCache(), e.g. a members list) and reading again
//   when a command changed an area the pane shows (setCacheAreas(), applyCacheChange()).
//
// What a pane does
// - Constructs the skeleton with Options, calls setQueryModel() (or, for a model of its own,
//   setModel() and implements the hooks matchingCount(), applyFilter() and setCacheFile()) —
//   the skeleton does not own the model —, adds its filters to filterRow(), its actions with
//   addPaneAction(), its details with setDetailsWidget(), and says countText().
// - With its own model: calls countChanged() when the model's count or loading state changed.
// - Reacts to currentKeyChanged() (details) and selectionChanged() (action states, in
//   updateActions(), which the skeleton calls when the cache file changed).
class ResourcePane : public QWidget, public ExportablePane
{
    Q_OBJECT

public:
    static constexpr int FilterDelayMs = 250;

    // All fields are required except listKey.
    struct Options
    {
        QString objectName; // the pane's; its parts get "<name>Filter", "<name>Table", …
        // where the header (widths, order, sort) and the table/details splitter are saved: add
        // a pair of keys per pane to the typed settings table (core/settings/config)
        Settings::ConfigKey headerStateKey;
        Settings::ConfigKey splitterStateKey;
        QString filterPlaceholder; // translated, ends with "…"
        // translated: shown over an empty table while the cache has no rows and nothing is
        // filtered; should name F5 ("… Press Synchronise (F5) to fetch them.")
        QString emptyCacheHint;
        QString listKey; // the sync mark (scope "list") that dates the pane's rows; empty: no "as of"
        // A tree (QTreeView, for a model with parents such as the group tree) instead of the
        // table; keys are then looked up in the whole tree.
        bool tree = false;
    };

    ResourcePane(
        Settings::Config *config, Models::CacheSession *session, const Options &options, QWidget *parent = nullptr);
    ~ResourcePane() override;

    QLineEdit *filterEdit() const { return m_filter; }
    // The view of the rows: table() for a table pane, treeView() for a tree pane (the other is null).
    QAbstractItemView *view() const { return m_view; }
    QTableView *table() const;
    QTreeView *treeView() const;
    QHeaderView *header() const;
    // The column chooser (the header's context menu): one checkable action per column, named by
    // its title; unchecking hides the column (remembered with the header's state). The last
    // visible column cannot be hidden.
    QMenu *columnMenu();

    // File → Export… (ExportablePane): the view as it is — the visible columns in their order
    // (raw values, so a number stays a number), the selected rows or else every row the model
    // holds (a tree's children included, in the view's order), the filter in the About sheet.
    // Panes whose model pages (Users) override it to stream every match from the cache.
    bool canExport() const override;
    void startExport(const Transfer::ExportDocument &base) override;
    // The model's columns the view shows, in their visual order.
    QList<int> visibleColumns() const;
    QLabel *countLabel() const { return m_count; }
    QLabel *asOfLabel() const { return m_asOf; }
    QLabel *emptyHintLabel() const { return m_emptyHint; }
    QToolBar *toolBar() const { return m_toolBar; }
    // Where panes add their own filter widgets (between the text filter and the count).
    QHBoxLayout *filterRow() const { return m_filterRow; }
    Models::CacheSession *session() const { return m_session; }
    // The splitter between the rows and the details.
    QSplitter *splitter() const { return m_splitter; }

    QAction *copyIdAction() const { return m_copyId; }
    QAction *copyRowAction() const { return m_copyRow; }
    QAction *refreshAction() const { return m_refresh; }
    // Every action of the pane, as the context menu lists them.
    QList<QAction *> paneActions() const;

    // The current row's key (kept while a reload is loading it again); empty when none.
    QString currentKey() const { return m_currentKey; }
    // The keys of the selected loaded rows, in row order.
    QStringList selectedKeys() const;
    // Selects the row with `key` (when loaded) and makes it current.
    bool selectKey(const QString &key);
    // Focuses the filter and selects its text (Ctrl+F).
    void focusFilter();

    // A command's effect reached the cache (ConnectionService::cacheChanged): reads again when it
    // touched an area the pane shows (setCacheAreas()).
    void applyCacheChange(const Springdesk::Store::CacheChange &change);
    // The label beside the filter that lists the filter's refused terms (hidden when none).
    QLabel *filterProblemsLabel() const { return m_filterProblems; }

Q_SIGNALS:
    void currentKeyChanged(const QString &key);
    void selectionChanged();

protected:
    // The model shown; must answer Models::KeyRole. Restores the saved header state.
    void setModel(QAbstractItemModel *model);
    // The model shown, over the cache: the skeleton counts its rows, passes the filter to it,
    // shows its load errors and refused filter terms, and lets it follow the cache file.
    void setQueryModel(Models::CacheQueryModel *model);
    // Another part of the pane that reads the cache (details): follows the cache file and reads
    // again after a sync or a command, with the model.
    void followCache(Models::CacheFollower *follower);
    // The cache areas the pane shows: a command's change to one of them reads again.
    void setCacheAreas(const QList<Store::CacheChange::Area> &areas);
    void setDetailsWidget(QWidget *details);
    // An action of the pane: in the context menu and, with `toolBar`, in the tool bar.
    void addPaneAction(QAction *action, bool toolBar);
    // What Refresh refreshes: the selected rows (a user, a group) or the pane's whole list.
    enum class RefreshScope
    {
        SelectedRows, // enabled with a selection
        WholeList, // enabled without one
    };
    // What Refresh does with the selected keys (e.g. refresh the current user); without a
    // handler Refresh is hidden. A whole-list Refresh also sits in the tool bar.
    void setRefreshHandler(
        std::function<void(const QStringList &keys)> handler, RefreshScope scope = RefreshScope::SelectedRows);
    // Call when the model's count or loading state changed: updates count and hint.
    void countChanged();
    // Updates the skeleton's own actions (Refresh needs an open cache and no sync running).
    void updateSkeletonActions();

    // Hooks. The defaults serve a pane with setQueryModel().
    // Rows matching the filter in the cache (also those not loaded); -1 while counting.
    virtual int matchingCount() const;
    // "1,234 users".
    virtual QString countText(int count) const = 0;
    // The (debounced) text filter or a filter of the pane changed: query again. `text` is trimmed.
    virtual void applyFilter(const QString &text);
    // The cache file changed (empty: none), or a sync wrote to it (same path): reload. The
    // default: every follower follows, then updateActions().
    virtual void setCacheFile(const QString &filePath);
    // A command changed an area the pane shows; the default: every follower reads again.
    virtual void reloadAfterChange();
    // The pane's actions after a change of cache, selection or state; call updateSkeletonActions().
    virtual void updateActions() { updateSkeletonActions(); }
    // A filter of the pane's own is set (the empty-cache hint shows only without).
    virtual bool hasOwnFilter() const { return false; }

    // Names the filter's refused terms beside it (hidden when none); setQueryModel() does it for
    // its model, a pane with a model of its own calls it.
    void showFilterProblems(const QStringList &problems);
    // For panes with filters of their own: run applyFilter() now.
    void filterNow();
    // Reads the session's current cache (call once at the end of the pane's constructor).
    void loadCache();

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCacheChanged(const QString &filePath);
    void onAboutToReset();
    void restorePending();
    void onCurrentRowChanged();
    void updateAsOf();
    void updateHint();
    void saveSplitter();
    void addToolBarButton(QAction *action);
    void copyIds();
    void copyRows();
    QModelIndex indexOfKey(const QString &key) const;

    Settings::Config *m_config;
    Models::CacheSession *m_session;
    Options m_options;
    QAbstractItemModel *m_model = nullptr;
    Models::CacheQueryModel *m_queryModel = nullptr;
    QList<Models::CacheFollower *> m_followers;
    QList<Store::CacheChange::Area> m_cacheAreas;
    QLineEdit *m_filter;
    QHBoxLayout *m_filterRow;
    QLabel *m_count;
    QLabel *m_asOf;
    QToolBar *m_toolBar;
    QAbstractItemView *m_view;
    QLabel *m_emptyHint;
    QSplitter *m_splitter;
    QTimer *m_filterTimer;
    QAction *m_copyId;
    QAction *m_copyRow;
    QAction *m_refresh;
    QAction *m_separator;
    QLabel *m_filterProblems;
    std::function<void(const QStringList &)> m_refreshHandler;
    RefreshScope m_refreshScope = RefreshScope::SelectedRows;
    QString m_currentKey;
    // what to select again while a reset model loads its rows
    struct Pending
    {
        QStringList selected;
        QString current;
        QString topKey; // the first visible row's key, for the scroll position
        int scrollValue = 0;
    };
    std::optional<Pending> m_pending;
    bool m_restoring = false;
};

} // namespace Springdesk::Views
