#pragma once

#include "core/domain/usersummary.h"
#include "core/store/storeerror.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace Springdesk::Store {

// A user group as far as Springdesk knows it: the API returns neither names nor types, so
// those come from what Springdesk created, imported or was told (empty when unknown).
struct GroupRow
{
    QString id;
    QString name;
    QString type; // student | teacher | mentor, or empty
    QString parentId;
    int memberCount = 0;
    QDateTime fetchedAt; // members last fetched, invalid when never
};

// All SQL about user groups and their members.
class GroupRepository final
{
public:
    explicit GroupRepository(QSqlDatabase db);

    // addGroup/updateGroup/imports: the group's own fields. Empty name/type/parent leave the cached ones.
    StoreError upsertGroup(
        const QString &id, const QString &name, const QString &type, const QString &parentId, const QDateTime &at);
    // getGroupUsers(group): the members replace the cached ones; unknown users are added.
    StoreError replaceMembers(
        const QString &groupId, const QList<Domain::UserSummary> &members, const QDateTime &fetchedAt);
    // The one place for a getGroupUsers answer, used by sync and by the after-command refresh:
    // the members replace the cached ones (when `members` is given: the group exists), the
    // group is recorded as referenced if the cache did not know it, and marked checked (found or
    // gone; a gone group keeps its cached members). One transaction.
    StoreError storeGroupAnswer(
        const QString &groupId, const std::optional<QList<Domain::UserSummary>> &members, const QDateTime &at);
    StoreError addMembers(const QString &groupId, const QStringList &userUids, const QDateTime &at);
    StoreError removeMembers(const QString &groupId, const QStringList &userUids);
    StoreError removeGroup(const QString &id);

    std::optional<GroupRow> group(const QString &id) const;
    QList<GroupRow> groups(StoreError *error = nullptr) const;
    QStringList memberUids(const QString &groupId) const;
    QStringList groupsOfUser(const QString &userUid) const;

private:
    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
