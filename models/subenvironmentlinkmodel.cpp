#include "models/subenvironmentlinkmodel.h"

#include "models/vocabulary.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Store::SubenvironmentLink;

SubenvironmentLinkModel::SubenvironmentLinkModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SubenvironmentLinkModel::setCacheFile(const QString &filePath)
{
    m_path = filePath;
    reload();
}

void SubenvironmentLinkModel::setSubenvironment(const QString &resellerId)
{
    m_resellerId = resellerId;
    reload();
}

void SubenvironmentLinkModel::reload()
{
    const QString id = m_resellerId;
    m_reader.read<QList<SubenvironmentLink>>(
        id.isEmpty() ? QString() : m_path,
        [id](
            QSqlDatabase db, Store::StoreError *error) { return Store::SubenvironmentRepository(db).links(id, error); },
        [this](const QList<SubenvironmentLink> &rows, const QString &error) {
            if (!error.isEmpty()) {
                Q_EMIT loadFailed(error);
                return;
            }
            beginResetModel();
            m_rows = rows;
            endResetModel();
            Q_EMIT loaded();
        });
}

QStringList SubenvironmentLinkModel::idsOf(SubenvironmentLink::Kind kind) const
{
    QStringList out;
    for (const auto &l : m_rows) {
        if (l.kind == kind)
            out << l.id;
    }
    return out;
}

QString SubenvironmentLinkModel::keyOf(const SubenvironmentLink &link)
{
    static const QStringList kinds{u"user"_s, u"group"_s, u"template"_s, u"event"_s, u"skillProfile"_s};
    return kinds.at(int(link.kind)) + u':' + link.id;
}

int SubenvironmentLinkModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubenvironmentLinkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubenvironmentLinkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SubenvironmentLink &l = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return keyOf(l);
    case KindRole:
        return int(l.kind);
    case IdRole:
        return l.id;
    case RawValueRole:
        switch (Column(index.column())) {
        case Kind:
            return int(l.kind);
        case ExternalId:
            return l.id;
        case Name:
            return l.name;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (l.kind == SubenvironmentLink::Kind::SkillProfile)
            return tr("Linked by aNewSpring: skill profiles cannot be linked or unlinked through the API.");
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Kind:
            return Vocabulary::linkKind(l.kind);
        case ExternalId:
            return l.id;
        case Name:
            //: a linked object the local cache does not know
            return l.name.isEmpty() ? tr("not in the cache") : l.name;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant SubenvironmentLinkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Kind:
        //: column header: user, user group, template, event or skill profile
        return tr("Linked");
    case ExternalId:
        return tr("External ID");
    case Name:
        return tr("Name");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Springdesk::Models
