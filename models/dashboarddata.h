#pragma once

#include "core/store/reportrepository.h"

#include <QCoreApplication>
#include <QDate>

namespace Springdesk::Models {

// The figures of the Dashboard pane, read from the local cache in one go (on a worker thread):
// subscriptions by status, the progress of the biggest courses' learners in five buckets, and
// the subscriptions expiring in each of the coming weeks; and from the operation log beside the
// cache (never inside it), the commands sent in each of the past weeks by where they came from
// (the window, the command line, an import): the import history.
struct DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(Springdesk::Models::DashboardData)

public:
    static constexpr int Courses = 8;
    static constexpr int Weeks = 12;

    QList<std::pair<QString, int>> statusCounts; // translated status, count
    QList<Store::ReportRepository::ProgressBuckets> progress;
    QDate weeksFrom;
    QList<int> expirationsPerWeek;
    QDate historyFrom; // the first day of the first of the past Weeks weeks (the last ends today)
    QList<QList<int>> changesPerWeek; // [Ops::Source][week]: commands sent
    QString historyError; // translated: the operation log could not be read (the rest still shows)
    QString error; // translated; the rest is empty then

    static DashboardData load(const QString &cacheFile, const QDate &today);
    // "0–20 %", "20–40 %"…
    static QStringList bucketLabels();
    static QString statusLabel(const QString &status);
    // "From the window", "From the command line", "From imports", in Ops::Source order.
    static QStringList sourceLabels();
};

} // namespace Springdesk::Models
