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
        QHash<QString, QString> templateNames;
        if (!e)
            courses = Store::CourseRepository(connection.database()).courses({}, &e);
        if (!e) {
            for (const auto &t : Store::CourseRepository(connection.database()).templates(&e))
                templateNames.insert(t.summary.uid, t.summary.name);
        }
        if (!e)
            learners = Store::SubscriptionRepository(connection.database()).subscriptionCounts(&e);
        if (e) {
            if (error)
                *error = tr("The cached courses cannot be read: %1").arg(e.sqlError.isEmpty() ? e.message : e.sqlError);
            return false;
        }
        QHash<QString, int> names;
        for (const auto &c : std::as_const(courses))
            ++names[c.name];
        for (const auto &c : std::as_const(courses))
            rows.append({c.uid, c.name, c.id, learners.value(c.uid), templateNames.value(c.templateUid),
                names.value(c.name) > 1});
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
        case Template:
            return row.templateName;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name) {
        // courses with the same name: say which one this is
        if (row.sharedName)
            return tr("Several cached courses are called “%1”. This one: external ID %2, template %3, UID %4.")
                .arg(row.name, row.externalId.isEmpty() ? tr("none") : row.externalId,
                    row.templateName.isEmpty() ? tr("unknown") : row.templateName, row.uid);
        return tr("UID %1").arg(row.uid);
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
    case Template:
        return tr("Template");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Springdesk::Models
