#pragma once

#include <QString>

namespace Springdesk::Domain {

// One published template (getTemplates.templates[], contract 2.5).
struct TemplateSummary
{
    QString id; // empty with includeWithoutId=true for templates without one
    QString uid;
    QString name;

    bool operator==(const TemplateSummary &) const = default;
};

} // namespace Springdesk::Domain
