#include "views/userspane.h"

#include "core/api/valuesets.h"
#include "core/settings/config.h"
#include "models/cachesession.h"
#include "models/usertablemodel.h"
#include "views/messageboxes.h"
#include "views/userdetailpanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Springdesk::Models::UserTableModel;
using Springdesk::Settings::ConfigKey;

namespace Springdesk::Views {

UsersPane::UsersPane(Settings::Config *config, Models::CacheSession *session, QWidget *parent)
    : QWidget(parent)
    , m_config(config)
    , m_session(session)
    , m_model(new UserTableModel(this))
    , m_filter(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new UserDetailPanel(this))
    , m_splitter(new QSplitter(this))
    , m_filterTimer(new QTimer(this))
    , m_fetchResults(new QAction(tr("Fetch &results"), this))
    , m_fetchResultsButton(new QToolButton(this))
{
    setObjectName(u"usersPane"_s);
    m_filter->setObjectName(u"userFilter"_s);
    m_role->setObjectName(u"roleFilter"_s);
    m_count->setObjectName(u"userCount"_s);
    m_table->setObjectName(u"usersTable"_s);
    m_splitter->setObjectName(u"usersSplitter"_s);

    m_filter->setPlaceholderText(tr("Filter by name, e-mail or login…"));
    m_filter->setClearButtonEnabled(true);
    m_role->addItem(tr("All roles"), QString());
    // the role values of the API, from the endpoint table's value set (contract 1.11)
    for (const QString &role : Api::ValueSets::wires(Api::ValueSet::Role))
        m_role->addItem(Api::ValueSets::label(Api::ValueSet::Role, role), role);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(UserTableModel::Name, 200);
    m_table->setColumnWidth(UserTableModel::Login, 130);
    m_table->setColumnWidth(UserTableModel::Email, 230);
    m_table->setColumnWidth(UserTableModel::ExternalId, 100);
    m_table->setColumnWidth(UserTableModel::Roles, 140);
    m_table->setColumnWidth(UserTableModel::Active, 70);
    m_table->horizontalHeader()->setSortIndicator(UserTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    const QByteArray header = m_config->get(ConfigKey::UsersHeaderState).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    // the header's sort indicator may name a column SQL cannot sort: keep the model's order
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!UserTableModel::isSortable(column)) {
            m_table->horizontalHeader()->setSortIndicator(
                UserTableModel::columnOf(m_model->query().sort), m_model->query().order);
        }
    });

    m_fetchResults->setObjectName(u"actionFetchResults"_s);
    m_fetchResults->setShortcut(QKeySequence(u"Ctrl+R"_s));
    m_fetchResults->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_fetchResults->setToolTip(tr("Fetch the results of the selected users from the server (Ctrl+R); a "
                                  "synchronisation does not fetch results."));
    addAction(m_fetchResults);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_fetchResults);
    m_fetchResultsButton->setObjectName(u"fetchResultsButton"_s);
    m_fetchResultsButton->setDefaultAction(m_fetchResults);
    m_fetchResultsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_role);
    filters->addWidget(m_count);
    filters->addWidget(m_fetchResultsButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_table, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_config->get(ConfigKey::UsersSplitterState).toByteArray()))
        m_splitter->setSizes({700, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FilterDelayMs);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &UsersPane::applyFilter);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPane::applyFilter);
    connect(m_model, &UserTableModel::totalCountChanged, this, &UsersPane::updateCount);
    connect(m_model, &UserTableModel::loadingChanged, this, &UsersPane::updateCount);
    connect(m_model, &UserTableModel::loadFailed, this, [this](const QString &message) { m_count->setText(message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPane::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPane::updateActions);
    connect(m_fetchResults, &QAction::triggered, this, &UsersPane::fetchResults);
    connect(m_details, &UserDetailPanel::refreshRequested, this, [this](const QString &uid) {
        if (m_session->refreshUser(uid))
            m_refreshingUid = uid;
    });
    connect(m_session, &Models::CacheSession::cacheChanged, this, &UsersPane::onCacheChanged);
    connect(m_session, &Models::CacheSession::syncingChanged, this, [this](bool syncing) {
        m_details->setRefreshEnabled(!syncing);
        updateActions();
    });
    connect(m_session, &Models::CacheSession::openingChanged, this, [this] {
        updateCount();
        updateActions();
    });
    connect(m_session, &Models::CacheSession::syncFinished, this, [this] {
        const QString selected = m_details->uid();
        m_refreshingUid.clear();
        m_model->reload();
        m_details->showUser(selected); // the cache may know more about them now
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, &UsersPane::saveState);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionMoved, this, &UsersPane::saveState);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &UsersPane::saveState);
    connect(m_splitter, &QSplitter::splitterMoved, this, &UsersPane::saveState);

    onCacheChanged(m_session->currentCacheFile());
}

UsersPane::~UsersPane() = default;

void UsersPane::applyCacheChange(const Store::CacheChange &change)
{
    using Area = Store::CacheChange::Area;
    if (change.area != Area::Users && change.area != Area::Groups && change.area != Area::Subscriptions
        && change.area != Area::Bundles)
        return;
    const QString selected = m_details->uid();
    m_model->reload();
    m_details->showUser(selected);
}

void UsersPane::applyFilter()
{
    m_filterTimer->stop();
    Store::UserQuery query = m_model->query();
    query.text = m_filter->text().trimmed();
    query.role = m_role->currentData().toString();
    m_model->setQuery(query);
}

void UsersPane::updateCount()
{
    if (m_session->isOpening()) {
        m_count->setText(tr("Opening the local cache…"));
        return;
    }
    if (m_model->cacheFile().isEmpty()) {
        m_count->setText(tr("no cache"));
        return;
    }
    if (m_model->totalCount() < 0) {
        m_count->setText(tr("counting…"));
        return;
    }
    //: number of users matching the filter, e.g. "1,234 users" (%L1 is the formatted number)
    m_count->setText(tr("%Ln user(s)", nullptr, m_model->totalCount()));
}

void UsersPane::onCacheChanged(const QString &filePath)
{
    m_details->setCacheFile(filePath);
    m_model->setCacheFile(filePath);
    updateCount();
    updateActions();
}

QStringList UsersPane::selectedUids() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList uids;
    for (const QModelIndex &index : std::as_const(rows)) {
        const QString uid = m_model->uidAt(index.row());
        if (!uid.isEmpty())
            uids << uid;
    }
    return uids;
}

void UsersPane::updateActions()
{
    const bool ready = !m_model->cacheFile().isEmpty() && !m_session->isOpening() && !m_session->isSyncing();
    m_fetchResults->setEnabled(ready && m_table->selectionModel()->hasSelection());
}

void UsersPane::fetchResults()
{
    if (!m_fetchResults->isEnabled())
        return;
    QStringList uids = selectedUids();
    // Every loaded row is selected (Ctrl+A) while more users match than are loaded: the admin
    // may mean all of them.
    const int loaded = m_model->rowCount();
    const int matching = m_model->totalCount();
    if (uids.size() == loaded && matching > loaded) {
        const auto answer = MessageBoxes::question(this, tr("Fetch results"),
            tr("All %L1 loaded users are selected, and %L2 users match. Fetch the results of all %L2 (one call "
               "per user)?\n\nYes: all %L2 matching users. No: only the %L1 selected.")
                .arg(loaded)
                .arg(matching),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
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
    m_session->fetchResults(uids);
}

void UsersPane::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_details->showUser(current.isValid() ? m_model->uidAt(current.row()) : QString());
}

void UsersPane::saveState()
{
    m_config->set(ConfigKey::UsersHeaderState, m_table->horizontalHeader()->saveState());
    m_config->set(ConfigKey::UsersSplitterState, m_splitter->saveState());
}

} // namespace Springdesk::Views
