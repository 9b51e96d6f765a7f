#pragma once

#include "core/store/reportrepository.h"

#include <QCoreApplication>
#include <QDate>

namespace Springdesk::Models {

// The figures of the Dashboard pane, read from the local cache in one go (on a worker thread):
// subscriptions by status, the progress of the biggest courses' learners in five buckets, and
// the subscriptions expiring in each of the coming weeks. An import history chart waits for the
// operation log (it is not part of the cache).
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
    QString error; // translated; the rest is empty then

    static DashboardData load(const QString &cacheFile, const QDate &today);
    // "0–20 %", "20–40 %"…
    static QStringList bucketLabels();
    static QString statusLabel(const QString &status);
};

} // namespace Springdesk::Models
