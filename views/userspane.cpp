#include "views/userspane.h"

#include "core/api/valuesets.h"
#include "core/settings/config.h"
#include "core/store/cacheconnection.h"
#include "core/store/userrepository.h"
#include "models/cachesession.h"
#include "models/modelexport.h"
#include "models/ssolinkmaker.h"
#include "models/userexport.h"
#include "models/usertablemodel.h"
#include "models/vocabulary.h"
#include "views/exportrunner.h"
#include "views/messageboxes.h"
#include "views/ssolinkdialog.h"
#include "views/usercommands.h"
#include "views/userdetailpanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;
using Springdesk::Models::UserTableModel;
using Springdesk::Settings::ConfigKey;

namespace Springdesk::Views {

namespace {

ResourcePane::Options usersOptions()
{
    ResourcePane::Options options;
    options.objectName = u"usersPane"_s;
    options.headerStateKey = ConfigKey::UsersHeaderState;
    options.splitterStateKey = ConfigKey::UsersSplitterState;
    options.filterPlaceholder = UsersPane::tr("Filter by name, e-mail or login…");
    options.emptyCacheHint = UsersPane::tr("The local cache holds no users yet. Press Synchronise (F5) to fetch "
                                           "them from the server.");
    options.listKey = u"users"_s;
    return options;
}

} // namespace

UsersPane::UsersPane(
    Settings::Config *config, Models::CacheSession *session, CommandLauncher *launcher, QWidget *parent)
    : ResourcePane(config, session, usersOptions(), parent)
    , m_model(new UserTableModel(this))
    , m_role(new QComboBox(this))
    , m_details(new UserDetailPanel(this))
    , m_fetchResults(new QAction(tr("Fetch &results"), this))
    , m_launcher(launcher)
{
    // names the tests and the screenshots rely on
    filterEdit()->setObjectName(u"userFilter"_s);
    countLabel()->setObjectName(u"userCount"_s);
    table()->setObjectName(u"usersTable"_s);
    m_role->setObjectName(u"roleFilter"_s);

    m_role->addItem(tr("All roles"), QString());
    // the role values of the API, from the endpoint table's value set (contract 1.11)
    for (const QString &role : Api::ValueSets::wires(Api::ValueSet::Role))
        m_role->addItem(Api::ValueSets::label(Api::ValueSet::Role, role), role);
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterRow()->addWidget(m_role);
    filterEdit()->setToolTip(tr("Name, e-mail or login; and column filters: role:instructor, active:no, "
                                "archived:yes, group:GROUP-ID (role:learner,instructor for either)."));

    setModel(m_model);
    using Area = Store::CacheChange::Area;
    setCacheAreas({Area::Users, Area::Groups, Area::Subscriptions, Area::Bundles, Area::Profiles});
    QTableView *view = table();
    const bool restored = !config->get(ConfigKey::UsersHeaderState).toByteArray().isEmpty();
    if (!restored) {
        // widths that keep name, login and e-mail visible at 1024×700 beside the details
        view->setColumnWidth(UserTableModel::Name, 170);
        view->setColumnWidth(UserTableModel::Login, 110);
        view->setColumnWidth(UserTableModel::Email, 200);
        view->setColumnWidth(UserTableModel::ExternalId, 90);
        view->setColumnWidth(UserTableModel::Roles, 120);
        view->setColumnWidth(UserTableModel::Active, 70);
        view->setColumnWidth(UserTableModel::Archived, 100);
        // the issue's order: … status, archived, fetched
        view->horizontalHeader()->moveSection(
            view->horizontalHeader()->visualIndex(UserTableModel::Archived), UserTableModel::Active + 1);
        view->horizontalHeader()->setSortIndicator(UserTableModel::Name, Qt::AscendingOrder);
    }
    view->setSortingEnabled(true);
    // the header's sort indicator may name a column SQL cannot sort: keep the model's order
    connect(view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!UserTableModel::isSortable(column)) {
            table()->horizontalHeader()->setSortIndicator(
                UserTableModel::columnOf(m_model->query().sort), m_model->query().order);
        }
    });
    setDetailsWidget(m_details);
    if (config->get(ConfigKey::UsersSplitterState).toByteArray().isEmpty())
        splitter()->setSizes({610, 390}); // the details hold the results tree: give them room

    m_fetchResults->setObjectName(u"actionFetchResults"_s);
    m_fetchResults->setShortcut(QKeySequence(u"Ctrl+R"_s));
    m_fetchResults->setToolTip(tr("Fetch the results of the selected users from the server (Ctrl+R); a "
                                  "synchronisation does not fetch results."));
    addPaneAction(m_fetchResults, true);
    if (m_launcher)
        createCommandActions();
    refreshAction()->setText(tr("Refresh &this user"));
    refreshAction()->setToolTip(tr("Fetch the current user's details, subscriptions, results, skill profiles and "
                                   "bundle-course subscriptions again."));
    setRefreshHandler([this](const QStringList &) {
        if (!currentKey().isEmpty() && this->session()->refreshUser(currentKey())) {
            m_resultsFetch = {currentKey()}; // a refresh fetches the user's results too
            m_details->setFetchingResults(m_resultsFetch);
        }
    });

    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPane::filterNow);
    connect(m_model, &UserTableModel::totalCountChanged, this, &UsersPane::countChanged);
    connect(m_model, &UserTableModel::loadingChanged, this, &UsersPane::countChanged);
    connect(
        m_model, &UserTableModel::loadFailed, this, [this](const QString &message) { countLabel()->setText(message); });
    connect(this, &ResourcePane::currentKeyChanged, m_details, &UserDetailPanel::showUser);
    connect(this, &ResourcePane::selectionChanged, this, &UsersPane::updateActions);
    connect(this, &ResourcePane::currentKeyChanged, this, &UsersPane::updateActions);
    connect(m_fetchResults, &QAction::triggered, this, &UsersPane::fetchResults);
    connect(m_details, &UserDetailPanel::refreshRequested, this, [this](const QString &uid) {
        if (this->session()->refreshUser(uid)) {
            m_resultsFetch = {uid}; // a refresh fetches the user's results too
            m_details->setFetchingResults(m_resultsFetch);
        }
    });
    connect(m_details, &UserDetailPanel::fetchResultsRequested, this,
        [this](const QString &uid) { startResultsFetch({uid}); });
    connect(m_details, &UserDetailPanel::ssoLinkRequested, this, &UsersPane::openSsoLinkDialog);
    connect(session, &Models::CacheSession::syncingChanged, this, [this](bool syncing) {
        m_details->setRefreshEnabled(!syncing);
        updateActions();
    });
    connect(session, &Models::CacheSession::openingChanged, this, &UsersPane::updateActions);
    connect(session, &Models::CacheSession::syncFinished, this, [this](const Store::SyncReport &report) {
        m_details->showUser(m_details->uid()); // the cache may know more about them now
        if (m_resultsFetch.contains(m_details->uid()) && !report.ok()) {
            const QString why = report.cancelled ? tr("cancelled")
                : !report.fatalError.isEmpty()   ? report.fatalError
                                                 : report.errorMessages.join(u' ');
            //: beside a user's results: why the fetch of them failed
            m_details->setResultsError(tr("The results could not be fetched: %1").arg(why));
        }
        m_resultsFetch.clear();
    });

    loadCache();
}

UsersPane::~UsersPane() = default;

QToolButton *UsersPane::fetchResultsButton() const
{
    return qobject_cast<QToolButton *>(toolBar()->widgetForAction(m_fetchResults));
}

int UsersPane::matchingCount() const
{
    return m_model->totalCount();
}

QString UsersPane::countText(int count) const
{
    //: number of users matching the filter, e.g. "1,234 users" (%L1 is the formatted number)
    return tr("%Ln user(s)", nullptr, count);
}

void UsersPane::reloadAfterChange()
{
    const QString selected = m_details->uid();
    m_model->reload();
    m_details->showUser(selected);
}

const Store::ColumnFilter &UsersPane::columnFilter()
{
    using Store::FilterKey;
    static const Store::ColumnFilter filter({
        FilterKey{u"role"_s, FilterKey::Kind::Choice, Models::Vocabulary::roleChoices(), {tr("role")}},
        FilterKey{u"active"_s, FilterKey::Kind::Bool, {}, {tr("active")}},
        FilterKey{u"archived"_s, FilterKey::Kind::Bool, {}, {tr("archived")}},
        FilterKey{u"group"_s, FilterKey::Kind::Text, {}, {tr("group")}},
    });
    return filter;
}

void UsersPane::applyFilter(const QString &text)
{
    const Store::ParsedFilter parsed = columnFilter().parse(text);
    QStringList problems = parsed.problems;
    Store::UserQuery query = m_model->query();
    query.text = parsed.text;
    query.role = m_role->currentData().toString();
    query.anyRole = parsed.values(u"role"_s);
    query.active = parsed.flag(u"active"_s);
    query.archived = parsed.flag(u"archived"_s);
    const QStringList groups = parsed.values(u"group"_s);
    query.groupId = groups.isEmpty() ? QString() : groups.constFirst();
    if (groups.size() > 1)
        //: a problem of the Users pane's filter
        problems << tr("Only one group at a time: showing the members of %1.").arg(groups.constFirst());
    showFilterProblems(problems);
    m_model->setQuery(query);
}

bool UsersPane::hasOwnFilter() const
{
    return !m_role->currentData().toString().isEmpty();
}

void UsersPane::setCacheFile(const QString &filePath)
{
    if (filePath == m_model->cacheFile() && !filePath.isEmpty()) {
        m_model->reload(); // the details keep their user (re-read after a sync, below)
    } else {
        m_model->setCacheFile(filePath);
        m_details->setCacheFile(filePath);
    }
    updateActions();
}

QAbstractItemModel *UsersPane::exportModel() const
{
    return m_model;
}

bool UsersPane::canExport() const
{
    return !session()->currentCacheFile().isEmpty() && !session()->isOpening();
}

void UsersPane::startExport(const Transfer::ExportDocument &base)
{
    const QHeaderView *header = table()->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    const Transfer::ExportColumns exportColumns = Models::ModelExport::columns(m_model, columns);
    Transfer::ExportDocument document = base;
    document.title = tr("Users");
    if (!filterEdit()->text().trimmed().isEmpty())
        document.filters.append({tr("Filter"), filterEdit()->text().trimmed()});
    if (m_role->currentIndex() > 0)
        document.filters.append({tr("Role"), m_role->currentText()});
    QList<int> rows;
    for (const QModelIndex &index : table()->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    // Every loaded row selected while more match (Ctrl+A): all matching users, as for Fetch results.
    const bool allMatching = rows.isEmpty() || (rows.size() == m_model->rowCount() && m_model->canFetchMore({}));
    Transfer::ExportJob::SourceFactory factory;
    const QString sheet = tr("Users");
    if (allMatching) {
        factory = [path = session()->currentCacheFile(), query = m_model->query(), columns, exportColumns, sheet](
                      QString *) { return Models::UserExport::allRows(path, query, columns, exportColumns, sheet); };
    } else {
        document.filters.append({tr("Rows"), tr("%n selected user(s)", nullptr, int(rows.size()))});
        const QList<Transfer::ExportRow> snapshot
            = Models::ModelExport::rows(m_model, rows, columns, UserTableModel::RawValueRole);
        factory = [exportColumns, snapshot, sheet](QString *) {
            Transfer::TableSources sources;
            sources.push_back(std::make_unique<Transfer::ListTableSource>(sheet, exportColumns, snapshot));
            return sources;
        };
    }
    ExportRunner::start(this, jobRegistry(), u"users"_s, document, factory);
}

void UsersPane::createCommandActions()
{
    using Api::Fn;
    const auto current = [this]() -> std::optional<Domain::User> {
        const QList<Domain::User> users = cachedUsers({currentKey()});
        return users.isEmpty() ? std::nullopt : std::optional<Domain::User>(users.first());
    };
    const auto forCurrent = [current](auto make) {
        return [current, make]() -> std::optional<CommandLauncher::Request> {
            const auto user = current();
            return user ? std::optional<CommandLauncher::Request>(make(*user)) : std::nullopt;
        };
    };
    m_create = addCommand(tr("&New user…"), u"actionCreateUser"_s,
        tr("Create a user (addUser): every writable field, roles, password"), true,
        [] { return std::optional<CommandLauncher::Request>(UserCommands::create()); });
    m_create->setShortcut(QKeySequence::New);
    m_edit = addCommand(tr("&Edit user…"), u"actionEditUser"_s,
        tr("Change the current user's fields (updateUser), starting from what the cache knows"), true,
        forCurrent([](const Domain::User &u) { return UserCommands::edit(u); }));
    m_addOrUpdate = addCommand(tr("Add &or update user…"), u"actionAddOrUpdateUser"_s,
        tr("Create the user, or update them when the external ID exists (addOrUpdateUser)"), false, [current] {
            const auto user = current();
            return std::optional<CommandLauncher::Request>(
                user ? UserCommands::addOrUpdate(*user) : CommandLauncher::Request{Fn::AddOrUpdateUser, {}, {}, {}});
        });
    m_addRoles
        = addCommand(tr("Add &roles…"), u"actionAddRoles"_s, tr("Give the current user more roles (addUserRoles)"),
            false, forCurrent([](const Domain::User &u) { return UserCommands::forUser(Fn::AddUserRoles, u); }));
    m_initializeId = addCommand(tr("Set e&xternal ID…"), u"actionInitializeId"_s,
        tr("Give the current user's login an external ID (initializeId)"), false,
        forCurrent([](const Domain::User &u) { return UserCommands::initializeId(u); }));
    m_linkLibrary = addCommand(tr("&Link to content library…"), u"actionLinkContentLibrary"_s,
        tr("Make the selected users authors or designers of a content library (addContentLabelUsers)"), false,
        [this]() -> std::optional<CommandLauncher::Request> {
            const QList<Domain::User> users = cachedUsers(selectedKeys());
            if (users.isEmpty())
                return std::nullopt;
            return UserCommands::contentLibrary(Fn::AddContentLabelUsers, users);
        });
    m_unlinkLibrary = addCommand(tr("&Unlink from content library…"), u"actionUnlinkContentLibrary"_s,
        tr("Remove the selected users from a content library (deleteContentLabelUsers)"), false,
        [this]() -> std::optional<CommandLauncher::Request> {
            const QList<Domain::User> users = cachedUsers(selectedKeys());
            if (users.isEmpty())
                return std::nullopt;
            return UserCommands::contentLibrary(Fn::DeleteContentLabelUsers, users);
        });
    m_checkExists = addCommand(tr("C&heck existence…"), u"actionUserExists"_s,
        tr("Ask the server whether the current user still exists (userExists)"), false,
        forCurrent([](const Domain::User &u) { return UserCommands::forUser(Fn::UserExists, u); }));
    m_delete = addCommand(tr("&Delete user…"), u"actionDeleteUser"_s,
        tr("Delete the current user on the server (deleteUser); asks for confirmation"), false,
        forCurrent([](const Domain::User &u) { return UserCommands::forUser(Fn::DeleteUser, u); }));
}

QAction *UsersPane::addCommand(const QString &text, const QString &objectName, const QString &toolTip, bool toolBar,
    std::function<std::optional<CommandLauncher::Request>()> request)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    connect(action, &QAction::triggered, this, [this, request] {
        if (const auto made = request())
            m_launcher->openCommand(*made);
    });
    addPaneAction(action, toolBar);
    return action;
}

QList<Domain::User> UsersPane::cachedUsers(const QStringList &uids) const
{
    QList<Domain::User> users;
    const QString path = session()->currentCacheFile();
    if (path.isEmpty() || uids.isEmpty())
        return users;
    Store::CacheConnection connection(path);
    if (connection.open())
        return users;
    Store::UserRepository repository(connection.database());
    for (const QString &uid : uids) {
        if (const auto user = repository.user(uid))
            users.append(*user);
    }
    return users;
}

void UsersPane::updateActions()
{
    const bool ready = !m_model->cacheFile().isEmpty() && !session()->isOpening() && !session()->isSyncing();
    m_fetchResults->setEnabled(ready && !selectedKeys().isEmpty());
    if (m_launcher) {
        const bool open = !m_model->cacheFile().isEmpty() && !session()->isOpening();
        const bool one = open && !currentKey().isEmpty();
        const bool some = open && !selectedKeys().isEmpty();
        m_create->setEnabled(open);
        m_addOrUpdate->setEnabled(open);
        for (QAction *action : {m_edit, m_addRoles, m_initializeId, m_checkExists, m_delete})
            action->setEnabled(one);
        m_linkLibrary->setEnabled(some);
        m_unlinkLibrary->setEnabled(some);
    }
    if (m_ssoLink)
        m_ssoLink->setEnabled(!m_model->cacheFile().isEmpty() && !session()->isOpening() && !currentKey().isEmpty());
    updateSkeletonActions();
}

void UsersPane::fetchResults()
{
    if (!m_fetchResults->isEnabled())
        return;
    QStringList uids = selectedKeys();
    // Every loaded row is selected (Ctrl+A) while more users match than are loaded: the admin
    // may mean all of them.
    const int loaded = m_model->rowCount();
    const int matching = m_model->totalCount();
    if (uids.size() == loaded && matching > loaded) {
        const auto answer = MessageBoxes::question(this, tr("Fetch results"),
            tr("All %L1 loaded users are selected, and %L2 users match the filter. Fetching results costs one "
               "call per user.")
                .arg(loaded)
                .arg(matching),
            {{QMessageBox::Yes, tr("Fetch all %L1 matching").arg(matching)},
                {QMessageBox::No, tr("Only the %L1 loaded").arg(loaded)}, {QMessageBox::Cancel, {}}},
            QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Yes) {
            QString error;
            uids = m_model->matchingUids(&error);
            if (!error.isEmpty()) {
                MessageBoxes::warning(this, tr("Fetch results"),
                    tr("The matching users could not be read from the cache: %1").arg(error));
                return;
            }
        }
    }
    startResultsFetch(uids);
}

void UsersPane::startResultsFetch(const QStringList &uids)
{
    if (!session()->fetchResults(uids))
        return; // the activity log says why
    m_resultsFetch = uids;
    m_details->setFetchingResults(uids);
}

void UsersPane::setSsoLinkMaker(Models::SsoLinkMaker *maker)
{
    m_ssoMaker = maker;
    if (!m_ssoLink && maker) {
        m_ssoLink = new QAction(tr("Get SSO &login link…"), this);
        m_ssoLink->setObjectName(u"actionSsoLink"_s);
        m_ssoLink->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
        m_ssoLink->setToolTip(tr("Get a single-use login link for the current user (getLoginToken), optionally into "
                                 "a course, activity or page (Ctrl+Shift+L)"));
        connect(m_ssoLink, &QAction::triggered, this, &UsersPane::openSsoLinkDialog);
        addPaneAction(m_ssoLink, false);
    }
    m_details->setSsoLinkOffered(maker != nullptr);
    updateActions();
}

SsoLinkDialog *UsersPane::ssoLinkDialog() const
{
    return m_ssoDialog;
}

void UsersPane::openSsoLinkDialog()
{
    if (!m_ssoMaker || !m_ssoLink || !m_ssoLink->isEnabled())
        return;
    const QList<Domain::User> users = cachedUsers({currentKey()});
    if (users.isEmpty())
        return;
    const Domain::User &user = users.first();
    const QString name = QStringList{user.firstName, user.middleName, user.lastName}.join(u' ').simplified();
    if (m_ssoDialog)
        m_ssoDialog->close();
    m_ssoDialog = new SsoLinkDialog(m_ssoMaker, user.uid, user.id, name.isEmpty() ? user.login : name, this);
    m_ssoDialog->show();
}

} // namespace Springdesk::Views
