#pragma once

#include "core/domain/user.h"
#include "core/domain/usersummary.h"
#include "core/store/storeerror.h"
#include "core/store/userquery.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Springdesk::Store {

// All SQL about users and their roles. Writes of a list run in one transaction (or as a
// savepoint of the caller's). Use it from the thread that owns `db`.
class UserRepository final
{
public:
    explicit UserRepository(QSqlDatabase db);

    // Entries of getUsers/getGroupUsers/…: updates the list fields, keeps details and roles.
    StoreError upsertSummaries(const QList<Domain::UserSummary> &users, const QDateTime &fetchedAt);
    // Users named in other answers (rosters, group members): inserted when unknown, else untouched.
    StoreError ensureUsers(const QList<Domain::UserSummary> &users, const QDateTime &fetchedAt);
    // getUser answers: every field, and the roles replace the cached ones.
    StoreError upsertUsers(const QList<Domain::User> &users, const QDateTime &fetchedAt);
    // After a complete getUsers: users not in that list (fetched before `listFetchedAt`) no
    // longer exist on the server. Returns the number removed through *removed.
    StoreError removeNotFetchedSince(const QDateTime &listFetchedAt, int *removed = nullptr);
    StoreError removeUser(const QString &uid);
    StoreError removeUserByExternalId(const QString &externalId);
    StoreError addRoles(const QString &uid, const QStringList &roles);
    // Brings the search index (users_search) up to date: rows noted in users_search_pending
    // and rows inserted since the largest user_key was `keysBefore`. Every write method above
    // does it before it commits; call it after writing users with raw SQL.
    StoreError updateSearchIndex(qint64 keysBefore);

    std::optional<Domain::User> user(const QString &uid, StoreError *error = nullptr) const;
    std::optional<Domain::User> userByExternalId(const QString &externalId, StoreError *error = nullptr) const;
    // uid of an external ID, empty when unknown.
    QString uidOf(const QString &externalId) const;
    QDateTime detailsFetchedAt(const QString &uid) const;
    // UIDs (with their external IDs) whose details are missing or older than `freshAfter`.
    QList<Domain::UserSummary> summariesNeedingDetails(const QDateTime &freshAfter, StoreError *error = nullptr) const;

    // Paged query for models: `offset`/`limit` rows in the query's order, and the total count.
    QList<UserRow> rows(const UserQuery &query, int offset, int limit, StoreError *error = nullptr) const;
    int count(const UserQuery &query, StoreError *error = nullptr) const;
    // The UIDs of every user matching `query`, in its order (for an action on all of them).
    QStringList uids(const UserQuery &query, StoreError *error = nullptr) const;
    int totalCount() const;

private:
    StoreError writeSummaries(const QList<Domain::UserSummary> &users, const QDateTime &fetchedAt, const QString &sql,
        const QString &context);

    QSqlDatabase m_db;
};

} // namespace Springdesk::Store
