#pragma once

#include <QString>

namespace Springdesk::Domain {

// A course's progress as the API sends it: the string "done/total", e.g. "12/25".
struct Progress
{
    int done = 0;
    int total = 0;

    // 0.0 … 1.0; 0.0 when total is 0.
    double fraction() const { return total > 0 ? double(done) / double(total) : 0.0; }
    QString toString() const { return QString::number(done) + u'/' + QString::number(total); }
    bool operator==(const Progress &) const = default;
};

} // namespace Springdesk::Domain
