#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Springdesk::Store {

// One step of the cache schema. Steps are applied in order, each in its own transaction, and
// PRAGMA user_version is set to `version` inside that transaction. A step is never edited
// once released: a change is a new step, so tests can build a database at every older
// version from this list and migrate it.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

namespace Schema {

// All steps, ordered by version (1, 2, 3, …).
const QList<Migration> &migrations();
int latestVersion();

// The individual steps (schema_v<N>.cpp).
Migration version1();
Migration version2();
Migration version3();
Migration version4();
Migration version5();

// The text users_search holds for a row of users (`row`: the table name or alias, or old/new
// in a trigger), as of version 4. A later step that changes it gets its own copy.
QString userSearchText(const QString &row);

} // namespace Schema

} // namespace Springdesk::Store
