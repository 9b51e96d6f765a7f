#pragma once

#include <QString>

namespace Springdesk::Domain {

// A bundle template (getBundles.bundles[]).
struct BundleSummary
{
    QString id;
    QString uid;
    QString name;

    bool operator==(const BundleSummary &) const = default;
};

} // namespace Springdesk::Domain
