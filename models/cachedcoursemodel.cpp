#include "models/cachedcoursemodel.h"

#include "core/store/cacheconnection.h"
#include "core/store/courserepository.h"
#include "core/store/subscriptionrepository.h"

#include <QLocale>

namespace Springdesk::Models {

CachedCourseModel::CachedCourseModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool CachedCourseModel::load(const QString &cacheFile, QString *error)
{
    QList<Row> rows;
    if (!cacheFile.isEmpty()) {
        Store::CacheConnection connection(cacheFile);
        Store::StoreError e = connection.open();
        QList<Domain::Course> courses;
        QHash<QString, int> learners;
        if (!e)
            courses = Store::CourseRepository(connection.database()).courses({}, &e);
        if (!e)
            learners = Store::SubscriptionRepository(connection.database()).subscriptionCounts(&e);
        if (e) {
            if (error)
                *error = tr("The cached courses cannot be read: %1").arg(e.sqlError.isEmpty() ? e.message : e.sqlError);
            return false;
        }
        for (const auto &c : std::as_const(courses))
            rows.append({c.uid, c.name, c.id, learners.value(c.uid)});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return true;
}

QString CachedCourseModel::uidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uid : QString();
}

int CachedCourseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CachedCourseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CachedCourseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == UidRole)
        return row.uid;
    if (role == RawValueRole || role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Name:
            return row.name;
        case ExternalId:
            return row.externalId;
        case Learners:
            return role == RawValueRole ? QVariant(row.learners) : QVariant(QLocale().toString(row.learners));
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Learners)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CachedCourseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Course");
    case ExternalId:
        return tr("External ID");
    case Learners:
        //: column: number of learners of a course known to the local cache
        return tr("Cached learners");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Springdesk::Models
