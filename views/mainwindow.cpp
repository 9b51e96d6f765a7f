#include "views/mainwindow.h"

#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "models/activitylogmodel.h"
#include "models/cachedcoursemodel.h"
#include "models/cachesession.h"
#include "models/connectionservice.h"
#include "models/connectionstatus.h"
#include "models/idtrackingcontroller.h"
#include "models/panelistmodel.h"
#include "models/profilelistmodel.h"
#include "views/activitylogdock.h"
#include "views/changesdock.h"
#include "views/comingsoonpage.h"
#include "views/commanddialog.h"
#include "views/coursepickerdialog.h"
#include "views/exportablepane.h"
#include "views/functionpickerdialog.h"
#include "views/headermemory.h"
#include "views/jobsdock.h"
#include "views/messageboxes.h"
#include "views/profiledialog.h"
#include "views/profileswitcher.h"
#include "views/resourcepane.h"
#include "views/statusbarwidget.h"
#include "views/syncprogresswidget.h"
#include "views/trackiddialog.h"
#include "views/viewslog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QListView>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Springdesk::Models::Pane;
using Springdesk::Models::PaneCatalog;
using Springdesk::Settings::ConfigKey;

namespace Springdesk::Views {

MainWindow::MainWindow(const Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_profileModel(new Models::ProfileListModel(services.profiles, this))
    , m_paneModel(new Models::PaneListModel(this))
    , m_logModel(new Models::ActivityLogModel(services.activityLog, this))
    , m_switcher(new ProfileSwitcher(services.profiles, m_profileModel, this))
    , m_navigator(new QListView(this))
    , m_stack(new QStackedWidget(this))
    , m_statusWidget(new StatusBarWidget(services.connectionStatus, this))
    , m_logDock(new ActivityLogDock(m_logModel, this))
{
    Q_ASSERT(
        services.config && services.profiles && services.secrets && services.activityLog && services.connectionStatus);
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/springdesk.svg"_s));

    m_toolBar = addToolBar(tr("Environment"));
    m_toolBar->setObjectName(u"environmentToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addWidget(m_switcher);

    m_navigator->setObjectName(u"navigator"_s);
    m_navigator->setModel(m_paneModel);
    m_navigator->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigator->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_navigator->setSpacing(2);
    // as wide as its longest entry (in the UI language), no wider
    int widest = 0;
    for (int row = 0; row < m_paneModel->rowCount(); ++row)
        widest = qMax(widest, m_navigator->fontMetrics().horizontalAdvance(m_paneModel->index(row).data().toString()));
    const int navigatorWidth = widest + m_navigator->iconSize().width() + 48;
    m_navigator->setMinimumWidth(navigatorWidth);
    m_navigator->setMaximumWidth(navigatorWidth + 40);
    m_stack->setObjectName(u"paneStack"_s);
    for (const Pane pane : PaneCatalog::allPanes()) {
        auto *page = new ComingSoonPage(PaneCatalog::info(pane), m_stack);
        m_pages.insert(pane, page);
        m_stack->addWidget(page);
    }
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    if (services.cache) {
        m_syncProgress = new SyncProgressWidget(services.cache, this);
        statusBar()->addWidget(m_syncProgress);
        connect(services.cache, &Models::CacheSession::cacheRecovered, this,
            [this](const QString &message) { MessageBoxes::warning(this, tr("Local cache rebuilt"), message); });
        connect(services.cache, &Models::CacheSession::syncFinished, this, &MainWindow::onSyncFinished);
    }
    statusBar()->addPermanentWidget(m_statusWidget);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    connect(
        m_navigator->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            if (current.isValid())
                m_stack->setCurrentWidget(m_pages.value(m_paneModel->paneAt(current.row())));
        });
    connect(m_switcher, &ProfileSwitcher::manageRequested, this, &MainWindow::openProfileDialog);
    connect(services.profiles, &Settings::ProfileStore::activeProfileChanged, this, &MainWindow::updateTitle);
    connect(services.profiles, &Settings::ProfileStore::profileUpdated, this, &MainWindow::updateTitle);

    createActions();
    showPane(Pane::Users);
    updateTitle();
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *manage = fileMenu->addAction(tr("&Connection profiles…"), this, &MainWindow::openProfileDialog);
    manage->setObjectName(u"actionManageProfiles"_s);
    fileMenu->addSeparator();
    m_exportAction = fileMenu->addAction(tr("&Export…"), this, &MainWindow::exportCurrentPane);
    m_exportAction->setObjectName(u"actionExport"_s);
    m_exportAction->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_exportAction->setToolTip(tr("Export the current view (visible columns, filter, sort and selection) to an "
                                  "XLSX or CSV file (Ctrl+E)."));
    // enabled when the current pane can export right now (checked when the menu opens, too)
    const auto updateExport = [this] {
        const auto *pane = dynamic_cast<const ExportablePane *>(m_stack->currentWidget());
        m_exportAction->setEnabled(pane && pane->canExport());
    };
    connect(m_stack, &QStackedWidget::currentChanged, this, updateExport);
    connect(fileMenu, &QMenu::aboutToShow, this, updateExport);
    if (m_services.cache) {
        connect(m_services.cache, &Models::CacheSession::cacheChanged, this, updateExport);
        connect(m_services.cache, &Models::CacheSession::openingChanged, this, updateExport);
    }
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_filterAction = editMenu->addAction(tr("&Filter"), this, [this] {
        if (auto *pane = qobject_cast<ResourcePane *>(m_stack->currentWidget()))
            pane->focusFilter();
    });
    m_filterAction->setObjectName(u"actionFilter"_s);
    m_filterAction->setShortcut(QKeySequence::Find);
    m_filterAction->setToolTip(tr("Go to the current pane's filter (Ctrl+F); Down or Enter goes on to the results."));

    if (m_services.cache) {
        m_cacheMenu = menuBar()->addMenu(tr("&Cache"));
        m_cacheMenu->setObjectName(u"cacheMenu"_s);
        createSyncActions(m_cacheMenu, m_toolBar);
    }

    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->setObjectName(u"toolsMenu"_s);
    m_runFunctionAction = toolsMenu->addAction(tr("&Run API function…"), this, &MainWindow::openFunctionPicker);
    m_runFunctionAction->setObjectName(u"actionRunFunction"_s);
    m_runFunctionAction->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    m_runFunctionAction->setToolTip(tr("Choose any function of the API, fill in its form and send it "
                                       "(Ctrl+Shift+P)."));

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *toggleLog = m_logDock->toggleViewAction();
    toggleLog->setText(tr("&Activity log"));
    toggleLog->setShortcut(QKeySequence(u"Ctrl+L"_s));
    viewMenu->addAction(toggleLog);
    if (m_connection) {
        m_changesDock = new ChangesDock(m_connection, this);
        HeaderMemory::keep(m_changesDock->view()->horizontalHeader(), m_services.config, ConfigKey::ChangesHeaderState);
        addDockWidget(Qt::BottomDockWidgetArea, m_changesDock);
        tabifyDockWidget(m_logDock, m_changesDock);
        m_logDock->raise();
        QAction *toggleChanges = m_changesDock->toggleViewAction();
        toggleChanges->setText(tr("C&hanges"));
        toggleChanges->setToolTip(tr("Every command sent for this profile, with its outcome (Ctrl+Shift+H)."));
        toggleChanges->setShortcut(QKeySequence(u"Ctrl+Shift+H"_s));
        viewMenu->addAction(toggleChanges);
    }
    if (m_services.jobs)
        createJobsDock(viewMenu);

    createSettingsMenu();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcutOverview);
    shortcuts->setObjectName(u"actionShortcuts"_s);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    helpMenu->addAction(tr("&About Springdesk"), this, [this] {
        MessageBoxes::information(this, tr("About Springdesk"),
            tr("Springdesk %1\nDesktop administration for aNewSpring environments through their API.")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::createSyncActions(QMenu *menu, QToolBar *toolBar)
{
    Models::CacheSession *cache = m_services.cache;
    const QIcon icon = QIcon::fromTheme(u"view-refresh"_s, style()->standardIcon(QStyle::SP_BrowserReload));
    m_syncAction = menu->addAction(icon, tr("&Synchronise"), this, [cache] { cache->synchronise(false); });
    m_syncAction->setObjectName(u"actionSync"_s);
    m_syncAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncAction->setToolTip(tr("Fetch what changed on the server into the local cache (F5); what was fetched "
                                "recently is skipped."));
    m_fullSyncAction = menu->addAction(tr("&Full synchronisation"), this, [cache] { cache->synchronise(true); });
    m_fullSyncAction->setObjectName(u"actionFullSync"_s);
    m_fullSyncAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_fullSyncAction->setToolTip(tr("Fetch everything again, also what was fetched recently (Shift+F5)."));
    QAction *cancel = menu->addAction(tr("&Cancel synchronisation"), cache, &Models::CacheSession::cancel);
    cancel->setObjectName(u"actionCancelSync"_s);
    menu->addSeparator();
    m_fetchCourseResultsAction
        = menu->addAction(tr("Fetch &results of a course's learners…"), this, &MainWindow::openCoursePicker);
    m_fetchCourseResultsAction->setObjectName(u"actionFetchCourseResults"_s);
    m_fetchCourseResultsAction->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    m_fetchCourseResultsAction->setToolTip(tr("Choose a cached course and fetch the results of its learners "
                                              "(Ctrl+Shift+R); results are not part of a synchronisation."));
    menu->addSeparator();
    m_connection = new Models::ConnectionService(m_services.profiles, m_services.secrets, cache, this);
    m_connection->setJobRegistry(m_services.jobs);
    m_tracking = new Models::IdTrackingController(m_connection, cache, m_services.activityLog, this);
    m_trackIdAction
        = menu->addAction(tr("&Track a group, event or access-code group…"), this, &MainWindow::openTrackIdDialog);
    m_trackIdAction->setObjectName(u"actionTrackId"_s);
    m_trackIdAction->setToolTip(tr("The API cannot list groups, bookable events or access-code groups: add one by "
                                   "its ID so that synchronisation keeps it in the local cache, and see what is "
                                   "tracked already."));

    auto *button = new QToolButton(toolBar);
    button->setObjectName(u"syncButton"_s);
    button->setDefaultAction(m_syncAction);
    auto *popup = new QMenu(button);
    popup->addAction(m_syncAction);
    popup->addAction(m_fullSyncAction);
    button->setMenu(popup);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addSeparator();
    toolBar->addWidget(button);

    const auto update = [this, cache, cancel] {
        const bool canStart = !cache->currentCacheFile().isEmpty() && !cache->isOpening() && !cache->isSyncing();
        m_syncAction->setEnabled(canStart);
        m_fullSyncAction->setEnabled(canStart);
        m_fetchCourseResultsAction->setEnabled(canStart);
        cancel->setEnabled(cache->isSyncing());
        m_trackIdAction->setEnabled(!cache->currentCacheFile().isEmpty() && !cache->isOpening());
    };
    connect(cache, &Models::CacheSession::syncingChanged, this, update);
    connect(cache, &Models::CacheSession::cacheChanged, this, update);
    connect(cache, &Models::CacheSession::openingChanged, this, update);
    update();
}

void MainWindow::createJobsDock(QMenu *viewMenu)
{
    m_jobsDock = new JobsDock(m_services.jobs, this);
    HeaderMemory::keep(m_jobsDock->view()->header(), m_services.config, ConfigKey::JobsHeaderState);
    addDockWidget(Qt::BottomDockWidgetArea, m_jobsDock);
    tabifyDockWidget(m_logDock, m_jobsDock);
    m_logDock->raise();
    QAction *toggle = m_jobsDock->toggleViewAction();
    toggle->setText(tr("&Jobs"));
    toggle->setToolTip(tr("Synchronisations, exports and other long work, with progress and Cancel "
                          "(Ctrl+Shift+J)."));
    toggle->setShortcut(QKeySequence(u"Ctrl+Shift+J"_s));
    viewMenu->addAction(toggle);
    statusBar()->addPermanentWidget(m_jobsDock->statusIndicator());
}

void MainWindow::createSettingsMenu()
{
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(u"languageMenu"_s);
    auto *group = new QActionGroup(this);
    const QString current = m_services.config->get(ConfigKey::UiLanguage).toString();
    //: the language names stay in their own language, so that anyone finds theirs
    const QList<std::pair<QString, QString>> languages{
        {u"system"_s, tr("System language")}, {u"en"_s, u"English"_s}, {u"nl"_s, u"Nederlands"_s}};
    for (const auto &[code, name] : languages) {
        QAction *action = languageMenu->addAction(name);
        action->setObjectName(u"actionLanguage_"_s + code);
        action->setCheckable(true);
        action->setChecked(code == current || (current.isEmpty() && code == "system"_L1));
        action->setData(code);
        group->addAction(action);
        m_languageActions << action;
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_services.config->get(ConfigKey::UiLanguage).toString() == code)
                return;
            m_services.config->set(ConfigKey::UiLanguage, code);
            m_services.config->sync();
            MessageBoxes::information(
                this, tr("Language"), tr("The new language is used from the next start of Springdesk."));
        });
    }
}

QString MainWindow::shortcutOverview() const
{
    QStringList lines;
    const auto add = [&lines](const QAction *action) {
        if (!action || action->shortcut().isEmpty())
            return;
        QString text = action->text();
        text.remove(u'&');
        //: a line of the shortcut overview: key, then what it does
        lines << tr("%1\t%2").arg(action->shortcut().toString(QKeySequence::NativeText), text);
    };
    for (const QAction *menuAction : menuBar()->actions()) {
        if (const QMenu *menu = menuAction->menu()) {
            for (const QAction *action : menu->actions())
                add(action);
        }
    }
    if (auto *pane = qobject_cast<ResourcePane *>(m_stack->currentWidget())) {
        for (const QAction *action : pane->paneActions())
            add(action);
    }
    lines << tr("Down or Enter in a filter\tGo to the results");
    lines << tr("Tab\tLeave a table for the next field");
    return lines.join(u'\n');
}

void MainWindow::showShortcutOverview()
{
    MessageBoxes::information(this, tr("Keyboard shortcuts"), shortcutOverview());
}

void MainWindow::exportCurrentPane()
{
    auto *pane = dynamic_cast<ExportablePane *>(m_stack->currentWidget());
    if (!pane || !pane->canExport())
        return;
    Transfer::ExportDocument base;
    base.title = Models::PaneCatalog::info(currentPane()).title; // a pane may name its export itself
    if (const auto active = m_services.profiles->activeProfile())
        base.profile = active->name;
    base.asOf = m_services.connectionStatus->lastSync();
    pane->startExport(base);
}

void MainWindow::onSyncFinished(const Store::SyncReport &report)
{
    if (!report.fatalError.isEmpty()) {
        MessageBoxes::critical(this, tr("Synchronisation failed"), report.fatalError);
        return;
    }
    if (report.cancelled)
        statusBar()->showMessage(tr("Synchronisation cancelled; what was fetched is kept."), 10'000);
    else if (report.errors > 0)
        statusBar()->showMessage(
            tr("Synchronisation finished with %n error(s); see the activity log.", nullptr, report.errors), 15'000);
    else
        statusBar()->showMessage(tr("Synchronisation finished."), 10'000);
}

void MainWindow::updateTitle()
{
    const auto active = m_services.profiles->activeProfile();
    if (!active) {
        setWindowTitle(tr("Springdesk — no connection profile"));
        return;
    }
    //: window title: profile name, tag, application name
    setWindowTitle(
        tr("%1 [%2] — Springdesk").arg(active->name, Settings::ConnectionProfile::tagDisplayName(active->tag)));
}

void MainWindow::setPaneWidget(Pane pane, QWidget *widget)
{
    QWidget *old = m_pages.value(pane);
    const bool wasCurrent = m_stack->currentWidget() == old;
    m_stack->insertWidget(m_stack->indexOf(old), widget);
    m_stack->removeWidget(old);
    old->deleteLater();
    m_pages.insert(pane, widget);
    m_paneModel->setAvailable(pane, true);
    if (auto *exportable = dynamic_cast<ExportablePane *>(widget))
        exportable->setJobRegistry(m_services.jobs);
    if (wasCurrent)
        m_stack->setCurrentWidget(widget);
}

void MainWindow::showPane(Pane pane)
{
    m_navigator->setCurrentIndex(m_paneModel->index(m_paneModel->rowOf(pane)));
    m_stack->setCurrentWidget(m_pages.value(pane));
}

Pane MainWindow::currentPane() const
{
    return m_pages.key(m_stack->currentWidget());
}

QWidget *MainWindow::paneWidget(Pane pane) const
{
    return m_pages.value(pane);
}

ProfileDialog *MainWindow::openProfileDialog()
{
    if (m_profileDialog) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return m_profileDialog;
    }
    qCDebug(lcViews) << "opening the profile dialog";
    m_profileDialog = new ProfileDialog(m_services.profiles, m_services.secrets, m_services.activityLog, this);
    m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_profileDialog->open();
    return m_profileDialog;
}

TrackIdDialog *MainWindow::openTrackIdDialog()
{
    if (!m_tracking)
        return nullptr;
    if (m_trackIdDialog) {
        m_trackIdDialog->raise();
        m_trackIdDialog->activateWindow();
        return m_trackIdDialog;
    }
    m_trackIdDialog = new TrackIdDialog(m_tracking, this);
    m_trackIdDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_trackIdDialog->open();
    return m_trackIdDialog;
}

QWidget *MainWindow::openCommand(const Request &request)
{
    const QString cacheFile = m_services.cache ? m_services.cache->currentCacheFile() : QString();
    auto *dialog = new CommandDialog(m_connection, m_services.profiles, request, cacheFile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

FunctionPickerDialog *MainWindow::openFunctionPicker()
{
    if (m_functionPicker) {
        m_functionPicker->raise();
        m_functionPicker->activateWindow();
        return m_functionPicker;
    }
    m_functionPicker = new FunctionPickerDialog(this);
    m_functionPicker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_functionPicker, &FunctionPickerDialog::functionChosen, this, [this](Api::Fn fn) {
        Request request;
        request.fn = fn;
        openCommand(request);
    });
    m_functionPicker->open();
    return m_functionPicker;
}

CoursePickerDialog *MainWindow::openCoursePicker()
{
    Models::CacheSession *cache = m_services.cache;
    if (!cache)
        return nullptr;
    if (m_coursePicker) {
        m_coursePicker->raise();
        m_coursePicker->activateWindow();
        return m_coursePicker;
    }
    auto *model = new Models::CachedCourseModel(this);
    QString error;
    if (!model->load(cache->currentCacheFile(), &error)) {
        delete model;
        MessageBoxes::critical(this, tr("Fetch results"), error);
        return nullptr;
    }
    if (model->rowCount() == 0) {
        delete model;
        MessageBoxes::information(this, tr("No cached courses"),
            tr("The local cache holds no courses yet. Synchronise first (Cache → Synchronise, F5), then choose "
               "a course."));
        return nullptr;
    }
    m_coursePicker = new CoursePickerDialog(model, this);
    model->setParent(m_coursePicker);
    m_coursePicker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_coursePicker, &QDialog::accepted, this, [this, cache] {
        if (m_coursePicker)
            cache->fetchCourseResults(m_coursePicker->selectedCourseUid());
    });
    m_coursePicker->open();
    return m_coursePicker;
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_services.config->get(ConfigKey::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1200, 760);
        resizeDocks({m_logDock}, {170}, Qt::Vertical);
    }
    const QByteArray state = m_services.config->get(ConfigKey::MainWindowState).toByteArray();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_services.config->set(ConfigKey::MainWindowGeometry, saveGeometry());
    m_services.config->set(ConfigKey::MainWindowState, saveState());
    m_services.config->sync();
    QMainWindow::closeEvent(event);
}

} // namespace Springdesk::Views
