#pragma once

#include <QDateTime>
#include <QString>

namespace Springdesk::Domain {

// A calendar item (getEvents.events[], contract 2.6; shape fixed in core/api/endpoints.h).
// Its external ID is called "uid" by the API; calendar items have no generated UID.
struct CalendarItem
{
    QString uid;
    QString course; // course external ID
    QString courseUid;
    QString type; // "Meeting" or "Exam"
    QString summary;
    QString description;
    QDateTime start;
    QDateTime end;

    bool operator==(const CalendarItem &) const = default;
};

} // namespace Springdesk::Domain
