#include "views/ssolinkspane.h"

#include "core/settings/config.h"
#include "models/cachesession.h"
#include "models/connectionservice.h"
#include "models/modelroles.h"
#include "models/ssolinklistmodel.h"
#include "models/ssolinkmaker.h"
#include "models/usertablemodel.h"
#include "views/ssolinkform.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Springdesk::Models::SsoLinkListModel;
using Springdesk::Models::UserTableModel;
using Springdesk::Settings::ConfigKey;

namespace Springdesk::Views {

namespace {

ResourcePane::Options ssoOptions()
{
    ResourcePane::Options options;
    options.objectName = u"ssoLinksPane"_s;
    options.headerStateKey = ConfigKey::SsoLinksHeaderState;
    options.splitterStateKey = ConfigKey::SsoLinksSplitterState;
    options.filterPlaceholder = SsoLinksPane::tr("Find the user by name, e-mail or login…");
    options.emptyCacheHint
        = SsoLinksPane::tr("The local cache holds no users yet. Press Synchronise (F5) to fetch them from the server.");
    options.listKey = u"users"_s;
    return options;
}

} // namespace

SsoLinksPane::SsoLinksPane(
    Settings::Config *config, Models::CacheSession *session, Models::ConnectionService *connection, QWidget *parent)
    : ResourcePane(config, session, ssoOptions(), parent)
    , m_users(new UserTableModel(this))
    , m_maker(new Models::SsoLinkMaker(connection, this))
    , m_form(new SsoLinkForm(m_maker, this))
    , m_linkTable(new QTableView(this))
{
    setModel(m_users);
    table()->setSelectionMode(QAbstractItemView::SingleSelection);
    table()->setSortingEnabled(true);
    if (config->get(ConfigKey::SsoLinksHeaderState).toByteArray().isEmpty()) {
        table()->setColumnWidth(UserTableModel::Name, 170);
        table()->setColumnWidth(UserTableModel::Login, 110);
        header()->setSortIndicator(UserTableModel::Name, Qt::AscendingOrder);
        // who the user is is enough here
        for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
            if (column != UserTableModel::Name && column != UserTableModel::Login
                && column != UserTableModel::ExternalId && column != UserTableModel::Email)
                table()->hideColumn(column);
        }
    }

    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    m_linkTable->setObjectName(u"ssoLinks"_s);
    m_linkTable->setModel(m_maker->links());
    m_linkTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linkTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_linkTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_linkTable->setTabKeyNavigation(false);
    m_linkTable->verticalHeader()->hide();
    m_linkTable->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < m_linkTable->model()->columnCount(); ++column)
        m_linkTable->setColumnWidth(column, m_linkTable->horizontalHeader()->sectionSizeHint(column));
    m_linkTable->hideColumn(SsoLinkListModel::Link);
    auto *listTitle = new QLabel(tr("Links made since Springdesk started:"), this);
    listTitle->setObjectName(u"ssoLinksTitle"_s);
    listTitle->setWordWrap(true);
    layout->addWidget(m_form);
    layout->addWidget(listTitle);
    layout->addWidget(m_linkTable, 1);
    setDetailsWidget(details);
    m_form->setLinkChooser([this] { return chosenLink(); });

    connect(m_users, &UserTableModel::totalCountChanged, this, &SsoLinksPane::countChanged);
    connect(m_users, &UserTableModel::loadingChanged, this, &SsoLinksPane::countChanged);
    connect(this, &ResourcePane::currentKeyChanged, this, &SsoLinksPane::onCurrentUser);
    connect(m_linkTable->selectionModel(), &QItemSelectionModel::selectionChanged, m_form, &SsoLinkForm::updateButtons);
    // a link made here or in another form (the Users pane's): the list's newest is what Copy takes
    connect(m_maker->links(), &QAbstractItemModel::rowsInserted, this, [this] {
        m_linkTable->clearSelection();
        m_form->updateButtons();
    });
    connect(m_form, &SsoLinkForm::linkMade, this, &SsoLinksPane::linkMade);

    loadCache();
    onCurrentUser();
}

SsoLinksPane::~SsoLinksPane() = default;

Models::SsoLinkListModel *SsoLinksPane::links() const
{
    return m_maker->links();
}

QLineEdit *SsoLinksPane::courseEdit() const
{
    return m_form->courseEdit();
}

QLineEdit *SsoLinksPane::activityEdit() const
{
    return m_form->activityEdit();
}

QLineEdit *SsoLinksPane::redirectEdit() const
{
    return m_form->redirectEdit();
}

QPushButton *SsoLinksPane::getLinkButton() const
{
    return m_form->getLinkButton();
}

QPushButton *SsoLinksPane::copyButton() const
{
    return m_form->copyButton();
}

QPushButton *SsoLinksPane::openButton() const
{
    return m_form->openButton();
}

QLabel *SsoLinksPane::statusLabel() const
{
    return m_form->statusLabel();
}

void SsoLinksPane::setUrlOpener(std::function<bool(const QUrl &)> opener)
{
    m_form->setUrlOpener(std::move(opener));
}

bool SsoLinksPane::getLink()
{
    return m_form->getLink();
}

void SsoLinksPane::onCurrentUser()
{
    const QModelIndex current = table()->selectionModel() ? table()->selectionModel()->currentIndex() : QModelIndex();
    if (currentKey().isEmpty() || !current.isValid()) {
        m_form->setUser({}, {}, {});
        return;
    }
    m_form->setUser(currentKey(),
        current.siblingAtColumn(UserTableModel::ExternalId).data(UserTableModel::RawValueRole).toString(),
        current.siblingAtColumn(UserTableModel::Name).data(UserTableModel::RawValueRole).toString());
}

QUrl SsoLinksPane::chosenLink() const
{
    const QModelIndexList rows = m_linkTable->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().data(SsoLinkListModel::UrlRole).toUrl();
    if (m_maker->links()->rowCount() > 0)
        return m_maker->links()->index(0, 0).data(SsoLinkListModel::UrlRole).toUrl(); // the newest
    return {};
}

int SsoLinksPane::matchingCount() const
{
    return m_users->totalCount();
}

QString SsoLinksPane::countText(int count) const
{
    return tr("%Ln user(s)", nullptr, count);
}

void SsoLinksPane::applyFilter(const QString &text)
{
    Store::UserQuery query = m_users->query();
    query.text = text;
    m_users->setQuery(query);
}

void SsoLinksPane::setCacheFile(const QString &filePath)
{
    if (filePath == m_users->cacheFile() && !filePath.isEmpty())
        m_users->reload();
    else
        m_users->setCacheFile(filePath);
}

} // namespace Springdesk::Views
