#pragma once

#include "core/store/syncrequest.h"
#include "core/transfer/tablesource.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Springdesk::Transfer {

// What a report is run with, resolved: the cache to read and the parameters.
struct ReportInput
{
    QString cacheFile;
    QStringList courseUids; // empty: every course
    int days = 30; // expiring-subscriptions: the window from today
    QDate today; // the first day of that window
};

// One built-in report: a row in ReportRegistry's table. Adding a report is adding an entry.
struct ReportDefinition
{
    QString name; // kebab-case, for `springdesk-cli export NAME`
    const char *titleText; // QT_TRANSLATE_NOOP("Springdesk::Transfer::Reports", …); see title()
    const char *descriptionText;
    bool usesCourses = false; // --course ID… narrows it
    bool usesDays = false; // --days N sets its window
    // The columns of its table(s) (results-matrix: the learner columns; one score and one
    // "passed" column per activity of the course follow).
    std::function<ExportColumns()> columns;
    // What a sync must fetch first so that the report is current (`db`: the cache, to resolve
    // course learners); the CLI runs these unless --offline.
    std::function<QList<Store::SyncRequest>(QSqlDatabase db, const ReportInput &input)> refresh;
    // Its tables. Call it in the thread that reads them: the sources open the cache there.
    // None with `error` set when they cannot be made.
    std::function<TableSources(const ReportInput &input, QString *error)> sheets;

    QString title() const;
    QString description() const;
};

} // namespace Springdesk::Transfer
