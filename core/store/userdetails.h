#pragma once

#include "core/domain/user.h"

#include <QString>

// How getUser answers are kept in the users table (shared by UserRepository and
// UserBulkWriter).
namespace Springdesk::Store {
class RawStatement;
}

namespace Springdesk::Store::UserDetails {

// getUser fields that have no column of their own, as compact JSON (non-empty ones only).
QString detailsJson(const Domain::User &u);
// Fills those fields of `u` from detailsJson() text.
void readDetails(Domain::User &u, const QString &json);
// "first middle last" without empty parts: the name a getUser answer implies.
QString composedName(const Domain::User &u);
// The users.roles text: sorted, unique, comma-separated.
QString rolesText(QStringList roles);
// "ON CONFLICT (uid) DO UPDATE …" of a getUser upsert into users: every field, but the list's
// full name stays unless the name parts changed.
QString upsertUpdateClause();

// Binds a getUser answer to the eleven users columns uid, external_id, login, email, name,
// first_name, last_name, active, archived, roles, details_json, from parameter `first` on.
// Returns the roles text it bound.
QString bindColumns(RawStatement &statement, int first, const Domain::User &u);

} // namespace Springdesk::Store::UserDetails
