#pragma once

#include "core/store/schema.h"
#include "core/store/storeerror.h"

#include <QSqlDatabase>

namespace Springdesk::Store {

// Brings a cache file to a schema version with the ordered steps of Schema::migrations(),
// each step and its PRAGMA user_version in one transaction: a failed step leaves the file
// at the previous version.
class Migrator final
{
public:
    // PRAGMA user_version, or -1 with *error set.
    static int userVersion(QSqlDatabase db, StoreError *error = nullptr);
    // Applies the steps after the current version up to `targetVersion`. A file newer than
    // `targetVersion` is refused with StoreError::Kind::NewerSchema.
    static StoreError migrate(QSqlDatabase db, int targetVersion = Schema::latestVersion());
};

} // namespace Springdesk::Store
