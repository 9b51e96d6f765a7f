#include "models/ssolinklistmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

SsoLinkListModel::SsoLinkListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString SsoLinkListModel::userKey(const SsoLinkEntry &e)
{
    return e.userId.isEmpty() ? u"uid:"_s + e.userUid : u"id:"_s + e.userId;
}

qint64 SsoLinkListModel::add(const SsoLinkEntry &entry)
{
    const QString user = userKey(entry);
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (!r.replaced && userKey(r.entry) == user) {
            r.replaced = true;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend({m_nextKey, entry, false});
    endInsertRows();
    return m_nextKey++;
}

const SsoLinkEntry &SsoLinkListModel::entryAt(int row) const
{
    return m_rows.at(row).entry;
}

bool SsoLinkListModel::isReplaced(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).replaced;
}

void SsoLinkListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SsoLinkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SsoLinkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SsoLinkListModel::destination(const SsoLinkEntry &e) const
{
    if (!e.courseId.isEmpty() && !e.activityId.isEmpty())
        //: where an SSO link leads: %1 a course ID, %2 an activity ID
        return tr("course %1, activity %2").arg(e.courseId, e.activityId);
    if (!e.courseId.isEmpty())
        //: where an SSO link leads: %1 a course ID
        return tr("course %1").arg(e.courseId);
    if (!e.redirect.isEmpty())
        return e.redirect;
    //: where an SSO link leads when no course or redirect was given
    return tr("home page");
}

QVariant SsoLinkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const SsoLinkEntry &e = r.entry;
    const QString user = e.userId.isEmpty() ? e.userUid : e.userId;
    switch (role) {
    case KeyRole:
        return r.key;
    case ReplacedRole:
        return r.replaced;
    case UrlRole:
        return e.url;
    case RawValueRole:
        switch (Column(index.column())) {
        case Time:
            return e.madeAt;
        case User:
            return user;
        case Destination:
            return destination(e);
        case Link:
            return e.url;
        case Note:
            return r.replaced;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Link)
            return e.url.toString(QUrl::FullyEncoded);
        if (index.column() == Note)
            return tr("aNewSpring accepts a login token once, and only the user's most recent one.");
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Time:
            return QLocale().toString(e.madeAt.toLocalTime().time(), QLocale::ShortFormat);
        case User:
            //: %1 a user's name, %2 the user's ID
            return e.userName.isEmpty() ? user : tr("%1 (%2)").arg(e.userName, user);
        case Destination:
            return destination(e);
        case Link:
            return e.url.toString(QUrl::FullyEncoded);
        case Note:
            return r.replaced ? tr("Replaced by a newer link for this user: no longer valid.")
                              : tr("Single use and short-lived: open it soon, once.");
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant SsoLinkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time:
        //: column header: when an SSO link was made
        return tr("Made");
    case User:
        return tr("User");
    case Destination:
        //: column header: where an SSO link leads (course, activity or page)
        return tr("Opens");
    case Link:
        return tr("Link");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Springdesk::Models
