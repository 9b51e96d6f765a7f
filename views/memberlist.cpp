#include "views/memberlist.h"

#include "models/modelroles.h"
#include "models/usertablemodel.h"

#include <algorithm>

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Springdesk::Models::UserTableModel;

namespace Springdesk::Views {

MemberList::MemberList(const QString &objectName, QWidget *parent)
    : QWidget(parent)
    , m_model(new UserTableModel(this))
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
{
    setObjectName(objectName);
    m_table->setObjectName(objectName + u"Table"_s);
    m_count->setObjectName(objectName + u"Count"_s);
    m_title->setObjectName(objectName + u"Title"_s);
    m_title->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(UserTableModel::Name, Qt::AscendingOrder);
    for (int column = 0; column < UserTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, m_table->horizontalHeader()->sectionSizeHint(column));
    m_table->setColumnWidth(UserTableModel::Name, 150);
    // the details are narrow: name, login and external ID say who it is
    for (int column = 0; column < UserTableModel::ColumnCount; ++column) {
        if (column != UserTableModel::Name && column != UserTableModel::Login && column != UserTableModel::ExternalId)
            m_table->hideColumn(column);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    // nobody's members until a group or profile is chosen (not every cached user)
    setQuery({}, QString());
    connect(m_model, &UserTableModel::totalCountChanged, this, &MemberList::updateCount);
    connect(m_model, &UserTableModel::loadingChanged, this, &MemberList::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MemberList::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MemberList::selectionChanged);
    updateCount();
}

QString MemberList::cacheFile() const
{
    return m_model->cacheFile();
}

void MemberList::setCacheFile(const QString &filePath)
{
    m_model->setCacheFile(filePath);
}

void MemberList::setQuery(const Store::UserQuery &query, const QString &title)
{
    m_title->setText(title);
    m_active = !query.groupId.isEmpty() || !query.skillProfileUid.isEmpty();
    Store::UserQuery shown = query;
    if (!m_active)
        shown.groupId = u"\x01"_s; // no group has this ID: the list stays empty
    m_model->setQuery(shown);
    updateCount();
}

void MemberList::reload()
{
    m_model->reload();
}

QStringList MemberList::selectedUids() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList uids;
    for (const QModelIndex &index : std::as_const(rows))
        uids << index.data(Models::KeyRole).toString();
    return uids;
}

void MemberList::updateCount()
{
    if (!m_active)
        m_count->clear();
    else if (m_model->totalCount() < 0)
        m_count->setText(tr("counting…"));
    else
        //: users of a group or skill profile known to the local cache
        m_count->setText(tr("%Ln user(s) in the cache", nullptr, m_model->totalCount()));
}

} // namespace Springdesk::Views
