#include "models/profilelistmodel.h"

#include "core/settings/profilestore.h"
#include "models/tagicon.h"

#include <QFont>

using namespace Qt::StringLiterals;
using Springdesk::Settings::ConnectionProfile;

namespace Springdesk::Models {

ProfileListModel::ProfileListModel(Settings::ProfileStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_profiles(store->profiles())
    , m_activeId(store->activeId())
{
    connect(m_store, &Settings::ProfileStore::profileAdded, this, &ProfileListModel::onAdded);
    connect(m_store, &Settings::ProfileStore::profileUpdated, this, &ProfileListModel::onUpdated);
    connect(m_store, &Settings::ProfileStore::profileRemoved, this, &ProfileListModel::onRemoved);
    connect(m_store, &Settings::ProfileStore::activeProfileChanged, this, &ProfileListModel::onActiveChanged);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name;
    case Qt::DecorationRole:
        return tagIcon(profile.tag);
    case Qt::ToolTipRole:
        return tr("%1 — %2 (%3)", "profile name — address (tag)")
            .arg(profile.name, profile.baseUrl.toDisplayString(), ConnectionProfile::tagDisplayName(profile.tag));
    case Qt::FontRole:
        if (profile.id == m_activeId) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return profile.id;
    case TagRole:
        return static_cast<int>(profile.tag);
    case TagNameRole:
        return ConnectionProfile::tagDisplayName(profile.tag);
    case TagColorRole:
        return tagColor(profile.tag);
    case BaseUrlRole:
        return profile.baseUrl;
    case ActiveRole:
        return profile.id == m_activeId;
    case SessionOnlyRole:
        return profile.sessionOnly;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(TagRole, "tag");
    names.insert(TagNameRole, "tagName");
    names.insert(TagColorRole, "tagColor");
    names.insert(BaseUrlRole, "baseUrl");
    names.insert(ActiveRole, "active");
    names.insert(SessionOnlyRole, "sessionOnly");
    return names;
}

int ProfileListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QString ProfileListModel::idAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row).id : QString();
}

void ProfileListModel::onAdded(const QString &id)
{
    const auto profile = m_store->profile(id);
    if (!profile || rowOf(id) >= 0)
        return;
    const int row = static_cast<int>(m_profiles.size());
    beginInsertRows({}, row, row);
    m_profiles.append(*profile);
    endInsertRows();
}

void ProfileListModel::onUpdated(const QString &id)
{
    const int row = rowOf(id);
    const auto profile = m_store->profile(id);
    if (row < 0 || !profile)
        return;
    m_profiles[row] = *profile;
    Q_EMIT dataChanged(index(row), index(row));
}

void ProfileListModel::onRemoved(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    endRemoveRows();
}

void ProfileListModel::onActiveChanged(const QString &id)
{
    const int oldRow = rowOf(m_activeId);
    m_activeId = id;
    const int newRow = rowOf(id);
    for (const int row : {oldRow, newRow}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {Qt::FontRole, ActiveRole});
    }
}

} // namespace Springdesk::Models
