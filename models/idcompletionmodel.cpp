#include "models/idcompletionmodel.h"

#include "core/store/cacheconnection.h"
#include "core/store/columnfilter.h"
#include "core/store/courserepository.h"
#include "core/store/grouplistrepository.h"
#include "core/store/userquery.h"
#include "core/store/userrepository.h"
#include "models/modelslog.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

IdCompletionModel::Kind IdCompletionModel::kindOf(Api::P param)
{
    using Api::P;
    switch (param) {
    case P::userID:
    case P::teacherID:
    case P::studentID:
    case P::user:
    case P::student:
    case P::teacher:
        return Kind::UserId;
    case P::userUID:
    case P::studentUID:
        return Kind::UserUid;
    case P::groupID:
    case P::group:
    case P::teacherGroup:
    case P::mentorGroup:
        return Kind::Group;
    case P::courseID:
    case P::course:
        return Kind::CourseId;
    case P::courseUID:
        return Kind::CourseUid;
    default:
        return Kind::None;
    }
}

IdCompletionModel::IdCompletionModel(Kind kind, const QString &cacheFile, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
    , m_cacheFile(cacheFile)
{ }

void IdCompletionModel::setText(const QString &text)
{
    beginResetModel();
    m_rows = read(text.trimmed());
    endResetModel();
}

QList<IdCompletionModel::Row> IdCompletionModel::read(const QString &text) const
{
    if (m_kind == Kind::None || m_cacheFile.isEmpty() || !QFileInfo::exists(m_cacheFile))
        return {};
    Store::CacheConnection connection(m_cacheFile);
    if (const auto error = connection.open()) {
        qCWarning(lcModels) << "completions: the cache could not be opened:" << error.message;
        return {};
    }
    QList<Row> rows;
    const auto matches = [&text](const QString &id, const QString &name) {
        return text.isEmpty() || id.contains(text, Qt::CaseInsensitive) || name.contains(text, Qt::CaseInsensitive);
    };
    switch (m_kind) {
    case Kind::UserId:
    case Kind::UserUid: {
        Store::UserRepository users(connection.database());
        Store::UserQuery query;
        query.text = text;
        for (const Store::UserRow &row : users.rows(query, 0, Limit)) {
            const QString id = m_kind == Kind::UserId ? row.summary.id : row.summary.uid;
            if (!id.isEmpty())
                rows.append({id, row.summary.name});
        }
        // an external ID typed in part is not in the name/login/e-mail index
        if (m_kind == Kind::UserId && rows.isEmpty() && !text.isEmpty()) {
            const QString uid = users.uidOf(text);
            if (!uid.isEmpty())
                rows.append({text, users.user(uid).value_or(Domain::User{}).login});
        }
        break;
    }
    case Kind::Group: {
        Store::GroupListRepository groups(connection.database());
        for (const Store::GroupListRow &row : groups.rows()) {
            if (rows.size() < Limit && matches(row.id, row.name))
                rows.append({row.id, row.name});
        }
        break;
    }
    case Kind::CourseId:
    case Kind::CourseUid: {
        Store::CourseRepository courses(connection.database());
        for (const Domain::Course &course : courses.courses()) {
            const QString id = m_kind == Kind::CourseId ? course.id : course.uid;
            if (rows.size() < Limit && !id.isEmpty() && matches(id, course.name))
                rows.append({id, course.name});
        }
        break;
    }
    case Kind::None:
        break;
    }
    return rows;
}

int IdCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant IdCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        //: a completion: the ID, then the name of the user, group or course
        return row.name.isEmpty() ? row.id : tr("%1 — %2").arg(row.id, row.name);
    case Qt::EditRole:
    case IdRole:
        return row.id;
    default:
        return {};
    }
}

} // namespace Springdesk::Models
