#include "models/dashboarddata.h"

#include "core/store/cacheconnection.h"

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
    }
    return d;
}

} // namespace Springdesk::Models
