#include "models/dashboarddata.h"

#include "core/ops/operationlog.h"
#include "core/store/cacheconnection.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

QStringList DashboardData::bucketLabels()
{
    return {tr("0–20 %"), tr("20–40 %"), tr("40–60 %"), tr("60–80 %"), tr("80–100 %")};
}

QString DashboardData::statusLabel(const QString &status)
{
    if (status == u"expired")
        return tr("Expired");
    if (status == u"finished")
        return tr("Finished");
    if (status == u"inactive")
        return tr("Inactive");
    return tr("Active");
}

QStringList DashboardData::sourceLabels()
{
    return {tr("From the window"), tr("From the command line"), tr("From imports")};
}

namespace {

// Commands sent per week and source, from the operation log beside the cache (none yet: zeros).
void loadHistory(DashboardData &d, const QString &cacheFile, const QDate &today)
{
    d.historyFrom = today.addDays(-7 * DashboardData::Weeks + 1);
    d.changesPerWeek = QList<QList<int>>(DashboardData::sourceLabels().size(), QList<int>(DashboardData::Weeks, 0));
    const QString logFile = Ops::OperationLog::pathBeside(cacheFile);
    if (!QFileInfo::exists(logFile))
        return;
    Ops::OperationLog log(logFile);
    if (const QString problem = log.open(); !problem.isEmpty()) {
        d.historyError = problem;
        return;
    }
    Ops::OperationFilter filter;
    filter.since = d.historyFrom.startOfDay();
    for (const Ops::OperationRecord &r : log.list(filter, &d.historyError)) {
        const qint64 week = d.historyFrom.daysTo(r.at.toLocalTime().date()) / 7;
        if (week >= 0 && week < DashboardData::Weeks && int(r.source) < d.changesPerWeek.size())
            ++d.changesPerWeek[int(r.source)][week];
    }
}

} // namespace

DashboardData DashboardData::load(const QString &cacheFile, const QDate &today)
{
    DashboardData d;
    Store::CacheConnection connection(cacheFile);
    Store::StoreError e = connection.open();
    if (!e) {
        const Store::ReportRepository repository(connection.database());
        for (const auto &[status, count] : repository.subscriptionStatusCounts(&e))
            d.statusCounts.append({statusLabel(status), count});
        if (!e)
            d.progress = repository.progressDistribution(Courses, &e);
        d.weeksFrom = today;
        if (!e)
            d.expirationsPerWeek = repository.expirationsPerWeek(today, Weeks, &e);
    }
    if (e) {
        d = {};
        d.error = tr("The local cache cannot be read: %1").arg(e.message);
        return d;
    }
    loadHistory(d, cacheFile, today);
    return d;
}

} // namespace Springdesk::Models
