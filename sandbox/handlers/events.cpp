// Bookable events (contract 2.8): instructors, event-activity links, participants.
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

#include <QCoreApplication>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::Events", text);
}

qint64 eventPk(Call &c)
{
    return resolve(c, Entities::BookableEvent, P::eventID);
}

void writeEventFields(Call &c, qint64 pk)
{
    for (const auto &[p, column] : {std::pair{P::name, u"name"_s}, std::pair{P::description, u"description"_s},
             std::pair{P::location, u"location"_s}}) {
        if (c.has(p))
            c.store.exec(u"UPDATE bookable_events SET %1 = ? WHERE pk = ?"_s.arg(column), {c.str(p), pk});
    }
    if (c.has(P::startDate))
        c.store.exec(u"UPDATE bookable_events SET startDate = ? WHERE pk = ?"_s, {c.dateTime(P::startDate), pk});
    if (c.has(P::endDate))
        c.store.exec(u"UPDATE bookable_events SET endDate = ? WHERE pk = ?"_s, {c.dateTime(P::endDate), pk});
    if (!c.str(P::maxParticipants).isEmpty()) {
        const qint64 max = c.integer(P::maxParticipants);
        if (max < 0)
            fail(400, tr("maxParticipants cannot be negative."));
        const int participants
            = c.store.scalar(u"SELECT COUNT(*) FROM event_participants WHERE event_pk = ?"_s, {pk}).toInt();
        if (max > 0 && max < participants)
            fail(409, tr("The event already has %1 participants; maxParticipants cannot be lower.").arg(participants));
        c.store.exec(u"UPDATE bookable_events SET maxParticipants = ? WHERE pk = ?"_s, {max, pk});
    }
    if (c.has(P::reseller)) {
        const QString r = c.str(P::reseller);
        if (!r.isEmpty() && !findByExt(c.store, Entities::Reseller, r))
            notFound(Entities::Reseller, r);
        c.store.exec(u"UPDATE bookable_events SET reseller = ? WHERE pk = ?"_s, {r, pk});
    }
    QSqlQuery q = c.store.exec(u"SELECT startDate, endDate FROM bookable_events WHERE pk = ?"_s, {pk});
    q.next();
    checkOrder(q.value(0).toString(), q.value(1).toString(), P::startDate, P::endDate);
}

void createEvent(Call &c, const QString &id)
{
    if (findByExt(c.store, Entities::BookableEvent, id))
        fail(409, tr("An event with the specified ID already exists: %1").arg(id));
    const qint64 pk = c.store.insert(u"INSERT INTO bookable_events (ext, uid) VALUES (?, ?)"_s, {id, newUid()});
    writeEventFields(c, pk);
    c.effect(u"event"_s, id);
}

void getBookableEventSubscriptions(Call &c)
{
    const qint64 event = eventPk(c);
    QSqlQuery q
        = c.store.exec(u"SELECT %1, p.attended, p.score, p.subscribeDateTime FROM event_participants p "
                       "JOIN users u ON u.pk = p.user_pk WHERE p.event_pk = ? ORDER BY u.pk"_s.arg(UserSummaryColumns),
            {event});
    QJsonArray list;
    while (q.next()) {
        QJsonObject o = userSummary(q);
        o.insert(u"attended"_s, q.value(8).toBool());
        o.insert(u"score"_s, q.value(9).toString());
        o.insert(u"subscribeDateTime"_s, q.value(10).toString());
        list.append(o);
    }
    c.result = {{QString(c.endpoint.listKey), list}};
}

void addBookableEvent(Call &c)
{
    createEvent(c, c.str(P::eventID));
}

void updateBookableEvent(Call &c)
{
    writeEventFields(c, eventPk(c));
    c.effect(u"event"_s, c.str(P::eventID));
}

void addOrUpdateBookableEvent(Call &c)
{
    const QString id = c.str(P::eventID);
    if (const qint64 pk = findByExt(c.store, Entities::BookableEvent, id)) {
        writeEventFields(c, pk);
        c.effect(u"event"_s, id);
    } else {
        createEvent(c, id);
    }
}

QList<qint64> teachers(Call &c)
{
    QList<qint64> out;
    for (const QString &id : c.list(P::teacher)) {
        const qint64 pk = findByExt(c.store, Entities::User, id);
        if (!pk)
            notFound(Entities::User, id);
        if (!userHasRole(c.store, pk, u"teacher"_s))
            fail(409, tr("The user %1 does not have the instructor (teacher) role.").arg(id));
        out.append(pk);
    }
    return out;
}

void addBookableEventTeachers(Call &c)
{
    const qint64 event = eventPk(c);
    for (qint64 t : teachers(c))
        c.store.exec(u"INSERT OR IGNORE INTO event_teachers (event_pk, user_pk) VALUES (?, ?)"_s, {event, t});
    c.effect(u"event"_s, c.str(P::eventID));
}

void deleteBookableEventTeachers(Call &c)
{
    const qint64 event = eventPk(c);
    for (qint64 t : teachers(c)) {
        if (!exists(c.store, u"SELECT 1 FROM event_teachers WHERE event_pk = ? AND user_pk = ?"_s, {event, t}))
            fail(409, tr("The instructor %1 is not linked to the event.").arg(extOf(c.store, Entities::User, t)));
        c.store.exec(u"DELETE FROM event_teachers WHERE event_pk = ? AND user_pk = ?"_s, {event, t});
    }
    c.effect(u"event"_s, c.str(P::eventID));
}

// (course pk, activity pk) of the event activity named by course + activity.
std::pair<qint64, qint64> eventActivity(Call &c)
{
    const QString courseId = c.str(P::course);
    const qint64 course = findByExt(c.store, Entities::Course, courseId);
    if (!course)
        notFound(Entities::Course, courseId);
    const QString activityId = c.str(P::activity);
    QSqlQuery a = c.store.exec(u"SELECT a.pk, a.type FROM activities a JOIN courses c ON c.template_pk = a.template_pk "
                               "WHERE c.pk = ? AND a.ext = ?"_s,
        {course, activityId});
    if (!a.next())
        fail(404, tr("No activity exists with the specified ID in this course: %1").arg(activityId));
    if (a.value(1).toString() != u"Event")
        fail(409, tr("The activity %1 is not an event activity.").arg(activityId));
    return {course, a.value(0).toLongLong()};
}

void addBookableEventParts(Call &c)
{
    const qint64 event = eventPk(c);
    const auto [course, activity] = eventActivity(c);
    if (exists(c.store, u"SELECT 1 FROM event_parts WHERE event_pk = ? AND course_pk = ? AND activity_pk = ?"_s,
            {event, course, activity}))
        fail(409, tr("The event is already linked to this event activity."));
    c.store.exec(
        u"INSERT INTO event_parts (event_pk, course_pk, activity_pk) VALUES (?, ?, ?)"_s, {event, course, activity});
    c.effect(u"event"_s, c.str(P::eventID));
}

void deleteBookableEventParts(Call &c)
{
    const qint64 event = eventPk(c);
    const auto [course, activity] = eventActivity(c);
    if (!exists(c.store, u"SELECT 1 FROM event_parts WHERE event_pk = ? AND course_pk = ? AND activity_pk = ?"_s,
            {event, course, activity}))
        fail(404, tr("The event is not linked to this event activity."));
    c.store.exec(u"DELETE FROM event_parts WHERE event_pk = ? AND course_pk = ? AND activity_pk = ?"_s,
        {event, course, activity});
    c.effect(u"event"_s, c.str(P::eventID));
}

} // namespace

void registerEventHandlers(HandlerTable &t)
{
    using Api::Fn;
    t[size_t(Fn::GetBookableEventSubscriptions)] = getBookableEventSubscriptions;
    t[size_t(Fn::AddBookableEvent)] = addBookableEvent;
    t[size_t(Fn::UpdateBookableEvent)] = updateBookableEvent;
    t[size_t(Fn::AddOrUpdateBookableEvent)] = addOrUpdateBookableEvent;
    t[size_t(Fn::AddBookableEventTeachers)] = addBookableEventTeachers;
    t[size_t(Fn::DeleteBookableEventTeachers)] = deleteBookableEventTeachers;
    t[size_t(Fn::AddBookableEventParts)] = addBookableEventParts;
    t[size_t(Fn::DeleteBookableEventParts)] = deleteBookableEventParts;
}

} // namespace Springdesk::Sandbox
