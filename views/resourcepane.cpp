#include "views/resourcepane.h"

#include "models/cachequerymodel.h"
#include "models/cachesession.h"
#include "models/modelroles.h"
#include "views/headermemory.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

ResourcePane::ResourcePane(
    Settings::Config *config, Models::CacheSession *session, const Options &options, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_session(session)
    , m_options(options)
    , m_filter(new QLineEdit(this))
    , m_filterRow(new QHBoxLayout)
    , m_count(new QLabel(this))
    , m_asOf(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_view(options.tree ? static_cast<QAbstractItemView *>(new QTreeView(this)) : new QTableView(this))
    , m_emptyHint(new QLabel(this))
    , m_splitter(new QSplitter(this))
    , m_filterTimer(new QTimer(this))
    , m_copyId(new QAction(tr("Copy &ID"), this))
    , m_copyRow(new QAction(tr("&Copy row"), this))
    , m_refresh(new QAction(tr("&Refresh"), this))
    , m_separator(new QAction(this))
    , m_filterProblems(new QLabel(this))
{
    const QString name = options.objectName;
    setObjectName(name);
    m_filter->setObjectName(name + u"Filter"_s);
    m_count->setObjectName(name + u"Count"_s);
    m_asOf->setObjectName(name + u"AsOf"_s);
    m_toolBar->setObjectName(name + u"ToolBar"_s);
    m_view->setObjectName(name + u"Table"_s);
    m_emptyHint->setObjectName(name + u"EmptyHint"_s);
    m_splitter->setObjectName(name + u"Splitter"_s);
    m_filterProblems->setObjectName(name + u"FilterProblems"_s);

    m_filter->setPlaceholderText(options.filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(m_filter->fontMetrics().horizontalAdvance(options.filterPlaceholder) + 48);
    m_filter->installEventFilter(this);
    m_count->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_asOf->setStyleSheet(u"color: palette(mid);"_s);
    m_filterProblems->setStyleSheet(u"color: palette(highlight);"_s);
    m_filterProblems->setWordWrap(true);
    m_filterProblems->hide();
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));

    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    if (auto *table = qobject_cast<QTableView *>(m_view)) {
        table->setTabKeyNavigation(false); // Tab leaves the table
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    } else if (auto *tree = qobject_cast<QTreeView *>(m_view)) {
        tree->setWordWrap(false);
        tree->setUniformRowHeights(true);
        tree->setAllColumnsShowFocus(true);
    }
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_emptyHint->setText(options.emptyCacheHint);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setMargin(12);
    m_emptyHint->setFrameShape(QFrame::StyledPanel);
    m_emptyHint->hide();

    m_copyId->setObjectName(u"actionCopyId"_s);
    m_copyId->setShortcut(QKeySequence(u"Ctrl+Shift+C"_s));
    m_copyId->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyId->setToolTip(tr("Copy the IDs of the selected rows (Ctrl+Shift+C)."));
    m_copyRow->setObjectName(u"actionCopyRow"_s);
    m_copyRow->setShortcut(QKeySequence::Copy);
    m_copyRow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyRow->setToolTip(tr("Copy the selected rows as tab-separated text (Ctrl+C)."));
    m_refresh->setObjectName(u"actionRefresh"_s);
    m_refresh->setVisible(false);
    m_separator->setSeparator(true);
    for (QAction *action : {m_separator, m_copyId, m_copyRow, m_refresh}) {
        addAction(action);
        m_view->addAction(action);
    }
    connect(m_copyId, &QAction::triggered, this, &ResourcePane::copyIds);
    connect(m_copyRow, &QAction::triggered, this, &ResourcePane::copyRows);
    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_refreshHandler && m_refresh->isEnabled())
            m_refreshHandler(selectedKeys());
    });

    m_filterRow->addWidget(m_filter, 1);
    m_filterRow->addWidget(m_filterProblems);
    auto *status = new QHBoxLayout;
    status->setSpacing(8);
    status->addWidget(m_count);
    status->addWidget(m_asOf);
    status->addStretch(1);
    // the filter row holds the filters and the tool bar; count and "as of" sit under the
    // table, so a long count or a long translation never squeezes the filter
    auto *top = new QHBoxLayout;
    top->addLayout(m_filterRow, 1);
    top->addWidget(m_toolBar);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_emptyHint);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addLayout(status);
    m_splitter->addWidget(left);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &ResourcePane::filterNow);
    connect(m_session, &Models::CacheSession::cacheChanged, this, &ResourcePane::onCacheChanged);
    connect(m_session, &Models::CacheSession::openingChanged, this, [this] {
        countChanged();
        updateSkeletonActions();
    });
    connect(m_session, &Models::CacheSession::syncingChanged, this, &ResourcePane::updateSkeletonActions);
    connect(m_session, &Models::CacheSession::syncFinished, this, [this] {
        setCacheFile(m_session->currentCacheFile()); // the sync may have written anything
        updateAsOf();
    });
    connect(m_splitter, &QSplitter::splitterMoved, this, &ResourcePane::saveSplitter);
}

ResourcePane::~ResourcePane() = default;

QTableView *ResourcePane::table() const
{
    return qobject_cast<QTableView *>(m_view);
}

QTreeView *ResourcePane::treeView() const
{
    return qobject_cast<QTreeView *>(m_view);
}

QHeaderView *ResourcePane::header() const
{
    if (auto *tree = treeView())
        return tree->header();
    return table()->horizontalHeader();
}

void ResourcePane::setModel(QAbstractItemModel *model)
{
    m_model = model;
    m_view->setModel(model);
    // the filter row must not shift when the count's text changes: the count keeps its width
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(countText(888888)) + 8);
    if (!HeaderMemory::keep(header(), m_config, m_options.headerStateKey)) {
        // every column wide enough for its title (long translations included); panes set wider ones
        for (int section = 0; section < header()->count(); ++section)
            header()->resizeSection(
                section, std::max(header()->sectionSize(section), header()->sectionSizeHint(section)));
    }
    QHeaderView *h = header();
    h->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(h, &QHeaderView::customContextMenuRequested, this,
        [this, h](const QPoint &pos) { columnMenu()->popup(h->viewport()->mapToGlobal(pos)); });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &ResourcePane::onAboutToReset);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // a model that resets with its rows (not page by page) is restored at once: only a reset
        // with nothing to restore loses the current row
        const bool restoring = m_pending.has_value();
        restorePending();
        if (!restoring && !m_currentKey.isEmpty()) {
            m_currentKey.clear();
            Q_EMIT currentKeyChanged({});
        }
        countChanged();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        restorePending();
        countChanged();
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResourcePane::onCurrentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_restoring)
            m_pending.reset(); // the user chose: nothing to restore any more
        updateSkeletonActions();
        Q_EMIT selectionChanged();
    });
}

void ResourcePane::setDetailsWidget(QWidget *details)
{
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    if (!m_splitter->restoreState(m_config->get(m_options.splitterStateKey).toByteArray()))
        m_splitter->setSizes({700, 300});
}

void ResourcePane::addPaneAction(QAction *action, bool toolBar)
{
    // before the skeleton's separator: the pane's own actions come first in the context menu
    insertAction(m_separator, action);
    m_view->insertAction(m_separator, action);
    if (toolBar)
        addToolBarButton(action);
    if (action->shortcutContext() == Qt::WindowShortcut)
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void ResourcePane::addToolBarButton(QAction *action)
{
    m_toolBar->addAction(action);
    // a tool bar's buttons are flat; a pane's few actions should look like buttons
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
        button->setAutoRaise(false);
}

void ResourcePane::setRefreshHandler(std::function<void(const QStringList &)> handler, RefreshScope scope)
{
    m_refreshHandler = std::move(handler);
    m_refreshScope = scope;
    if (scope == RefreshScope::WholeList && !m_toolBar->actions().contains(m_refresh))
        addToolBarButton(m_refresh); // the list's Refresh is the pane's, not a row's: in sight
    m_refresh->setVisible(bool(m_refreshHandler));
    updateSkeletonActions();
}

QList<QAction *> ResourcePane::paneActions() const
{
    QList<QAction *> actions;
    for (QAction *action : m_view->actions()) {
        if (!action->isSeparator() && action->isVisible())
            actions << action;
    }
    return actions;
}

QStringList ResourcePane::selectedKeys() const
{
    if (!m_model)
        return {};
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList keys;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString key = index.data(Models::KeyRole).toString();
        if (!key.isEmpty())
            keys << key;
    }
    return keys;
}

QModelIndex ResourcePane::indexOfKey(const QString &key) const
{
    if (!m_model || key.isEmpty() || m_model->rowCount() == 0)
        return {};
    Qt::MatchFlags flags = Qt::MatchExactly | Qt::MatchCaseSensitive;
    if (treeView())
        flags |= Qt::MatchRecursive;
    const QModelIndexList hits = m_model->match(m_model->index(0, 0), Models::KeyRole, key, 1, flags);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}

bool ResourcePane::selectKey(const QString &key)
{
    const QModelIndex index = indexOfKey(key);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void ResourcePane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ResourcePane::filterNow()
{
    m_filterTimer->stop();
    applyFilter(m_filter->text().trimmed());
    updateHint();
}

void ResourcePane::loadCache()
{
    onCacheChanged(m_session->currentCacheFile());
}

void ResourcePane::onCacheChanged(const QString &filePath)
{
    m_pending.reset(); // another cache: other rows
    setCacheFile(filePath);
    countChanged();
    updateAsOf();
    updateSkeletonActions();
}

void ResourcePane::onAboutToReset()
{
    if (m_pending)
        return; // still restoring the previous reset: keep what was wanted then
    Pending pending;
    pending.selected = selectedKeys();
    pending.current = m_currentKey;
    pending.scrollValue = m_view->verticalScrollBar()->value();
    pending.topKey = m_view->indexAt(QPoint(0, 0)).data(Models::KeyRole).toString();
    if (!pending.selected.isEmpty() || !pending.current.isEmpty())
        m_pending = pending;
}

void ResourcePane::restorePending()
{
    if (!m_pending || !m_model)
        return;
    if (auto *tree = treeView())
        tree->expandAll(); // the rows to select again may sit under any parent
    m_restoring = true;
    QItemSelectionModel *selection = m_view->selectionModel();
    QItemSelection wanted;
    int found = 0;
    for (const QString &key : std::as_const(m_pending->selected)) {
        const QModelIndex index = indexOfKey(key);
        if (index.isValid()) {
            wanted.select(index, index);
            ++found;
        }
    }
    const QModelIndex current = indexOfKey(m_pending->current);
    if (current.isValid())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selection->select(wanted, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex top = indexOfKey(m_pending->topKey);
    if (top.isValid())
        m_view->scrollTo(top, QAbstractItemView::PositionAtTop);
    else if (current.isValid())
        m_view->scrollTo(current);
    m_restoring = false;
    const bool complete = found == m_pending->selected.size() && (m_pending->current.isEmpty() || current.isValid());
    const bool allLoaded = !m_model->canFetchMore({}) && matchingCount() >= 0 && m_model->rowCount() >= matchingCount();
    if (complete || allLoaded) {
        const QString wantedCurrent = m_pending->current;
        m_pending.reset();
        if (!current.isValid() && wantedCurrent == m_currentKey && !m_currentKey.isEmpty()) {
            m_currentKey.clear(); // the row is gone
            Q_EMIT currentKeyChanged({});
        }
    }
    updateSkeletonActions();
    Q_EMIT selectionChanged();
}

void ResourcePane::onCurrentRowChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const QString key = current.isValid() ? current.data(Models::KeyRole).toString() : QString();
    if (key.isEmpty() && m_pending)
        return; // a reset cleared it; the row comes back when it is loaded again
    if (key == m_currentKey)
        return;
    m_currentKey = key;
    Q_EMIT currentKeyChanged(key);
}

void ResourcePane::setQueryModel(Models::CacheQueryModel *model)
{
    m_queryModel = model;
    setModel(model);
    followCache(model);
    connect(model, &Models::CacheQueryModel::loaded, this, &ResourcePane::countChanged);
    connect(model, &Models::CacheQueryModel::loadingChanged, this, &ResourcePane::countChanged);
    connect(model, &Models::CacheQueryModel::loadFailed, m_count, &QLabel::setText);
    connect(model, &Models::CacheQueryModel::filterProblemsChanged, this, &ResourcePane::showFilterProblems);
    QStringList keys;
    for (const Store::FilterKey &key : model->filter().keys())
        keys << key.name + u':';
    if (!keys.isEmpty())
        //: tooltip of a pane's filter; %1 lists its keys, e.g. "type: state: tracked:"
        m_filter->setToolTip(tr("Free text, or a column: %1").arg(keys.join(u' ')));
}

void ResourcePane::showFilterProblems(const QStringList &problems)
{
    m_filterProblems->setText(problems.join(u' '));
    m_filterProblems->setVisible(!problems.isEmpty());
}

void ResourcePane::followCache(Models::CacheFollower *follower)
{
    m_followers << follower;
}

void ResourcePane::setCacheAreas(const QList<Store::CacheChange::Area> &areas)
{
    m_cacheAreas = areas;
}

void ResourcePane::applyCacheChange(const Store::CacheChange &change)
{
    const bool shown = std::any_of(m_cacheAreas.cbegin(), m_cacheAreas.cend(),
        [&change](Store::CacheChange::Area area) { return change.touches(area); });
    if (shown)
        reloadAfterChange();
}

void ResourcePane::reloadAfterChange()
{
    for (Models::CacheFollower *follower : std::as_const(m_followers))
        follower->reload();
}

int ResourcePane::matchingCount() const
{
    if (!m_queryModel)
        return 0;
    if (m_queryModel->isLoading() && m_queryModel->shownCount() == 0)
        return -1;
    return m_queryModel->shownCount();
}

void ResourcePane::applyFilter(const QString &text)
{
    if (m_queryModel)
        m_queryModel->setFilterText(text);
}

void ResourcePane::setCacheFile(const QString &filePath)
{
    for (Models::CacheFollower *follower : std::as_const(m_followers))
        follower->follow(filePath);
    updateActions();
}

void ResourcePane::countChanged()
{
    if (m_session->isOpening())
        m_count->setText(tr("Opening the local cache…"));
    else if (m_session->currentCacheFile().isEmpty())
        m_count->setText(tr("no cache"));
    else if (matchingCount() < 0)
        m_count->setText(tr("counting…"));
    else
        m_count->setText(countText(matchingCount()));
    updateHint();
}

void ResourcePane::updateHint()
{
    const bool empty = !m_session->isOpening() && !m_session->currentCacheFile().isEmpty() && matchingCount() == 0
        && m_filter->text().trimmed().isEmpty() && !hasOwnFilter();
    m_emptyHint->setVisible(empty);
}

void ResourcePane::updateAsOf()
{
    if (m_options.listKey.isEmpty() || m_session->currentCacheFile().isEmpty()) {
        m_asOf->clear();
        m_asOf->setToolTip({});
        return;
    }
    const QDateTime at = m_session->listFetchedAt(m_options.listKey);
    if (!at.isValid()) {
        //: beside the count of a pane: its list was never fetched from the server
        m_asOf->setText(tr("not synchronised yet"));
        m_asOf->setToolTip({});
        return;
    }
    const QDateTime local = at.toLocalTime();
    const QString time = local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                              : QLocale().toString(local, QLocale::ShortFormat);
    //: beside the count of a pane: when its list was fetched, e.g. "as of 14:03"
    m_asOf->setText(tr("as of %1").arg(time));
    m_asOf->setToolTip(
        tr("Fetched from the server on %1 (local time).").arg(QLocale().toString(local, QLocale::LongFormat)));
}

void ResourcePane::updateSkeletonActions()
{
    const bool rows = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_copyId->setEnabled(rows);
    m_copyRow->setEnabled(rows);
    const bool ready = !m_session->currentCacheFile().isEmpty() && !m_session->isOpening() && !m_session->isSyncing();
    m_refresh->setEnabled(m_refreshHandler && ready && (rows || m_refreshScope == RefreshScope::WholeList));
}

void ResourcePane::saveSplitter()
{
    if (m_splitter->count() > 1)
        m_config->set(m_options.splitterStateKey, m_splitter->saveState());
}

bool ResourcePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_filterTimer->isActive())
                filterNow();
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->selectionModel()->currentIndex().isValid() && m_model && m_model->rowCount() > 0)
                m_view->selectionModel()->setCurrentIndex(
                    m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Springdesk::Views
