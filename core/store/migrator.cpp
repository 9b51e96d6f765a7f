#include "core/store/migrator.h"

#include "core/store/sqlhelpers.h"
#include "core/store/storelogging.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Springdesk::Store {

int Migrator::userVersion(QSqlDatabase db, StoreError *error)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
        if (error)
            *error = Sql::errorOf(q, u"PRAGMA user_version"_s);
        return -1;
    }
    return q.value(0).toInt();
}

StoreError Migrator::migrate(QSqlDatabase db, int targetVersion)
{
    StoreError error;
    const int current = userVersion(db, &error);
    if (current < 0)
        return error;
    if (current > targetVersion) {
        return StoreError::make(StoreError::Kind::NewerSchema,
            u"cache schema version %1 is newer than this Springdesk's %2"_s.arg(current).arg(targetVersion));
    }
    for (const auto &step : Schema::migrations()) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        Transaction tx(db);
        if (tx.beginError())
            return tx.beginError();
        for (const auto &statement : step.statements) {
            if (auto e = Sql::exec(db, statement)) {
                e.kind = e.kind == StoreError::Kind::Corrupt ? e.kind : StoreError::Kind::Migration;
                e.message = u"migration to version %1 (%2): %3"_s.arg(step.version).arg(step.description, e.message);
                return e;
            }
        }
        if (auto e = Sql::exec(db, u"PRAGMA user_version = %1"_s.arg(step.version))) {
            e.kind = StoreError::Kind::Migration;
            return e;
        }
        if (auto e = tx.commit()) {
            e.kind = StoreError::Kind::Migration;
            return e;
        }
        qCInfo(lcStore) << "cache migrated to schema version" << step.version << step.description;
    }
    return {};
}

} // namespace Springdesk::Store
