#pragma once

#include "core/transfer/exportdocument.h"
#include "core/transfer/reportdefinition.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Springdesk::Transfer {

// The built-in reports (users, group-members, course-roster, results-matrix, course-instructors,
// access-codes, expiring-subscriptions, calendar-items, event-participants, operation-log), in the order the
// CLI and the Reports pane list them. Each reads the local cache page by page through
// Store::ReportRepository.
// A report ready to run: its resolved input and what the file says about itself.
struct PreparedReport
{
    ReportInput input;
    ExportDocument document;
};

class ReportRegistry
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Transfer::ReportRegistry)

public:
    static const QList<ReportDefinition> &all();
    static const ReportDefinition *find(const QString &name);

    // The UIDs of the courses named (UID or external ID) through the cache; a translated error
    // naming every unknown one.
    static QString resolveCourses(QSqlDatabase db, const QStringList &given, QStringList *uids);
    // Resolves the courses through `db` (the cache at `cacheFile`, read in this thread) and fills
    // the document: title, profile, "as of" (the last complete sync), filters. False with a
    // translated `error` when a course is unknown.
    static bool prepare(const ReportDefinition &report, QSqlDatabase db, const QString &cacheFile,
        const QStringList &givenCourses, int days, const QString &profile, PreparedReport *out, QString *error);
    // The "filters applied" lines of the About sheet.
    static QList<std::pair<QString, QString>> filters(
        const ReportDefinition &report, const QStringList &givenCourses, const ReportInput &input);
};

} // namespace Springdesk::Transfer
