// Calendar items ("Event" in the API, contract 2.6). Their external ID is the parameter UID.
#include "sandbox/handlers/handlers.h"
#include "sandbox/handlers/lookups.h"

#include "core/api/valuesets.h"

#include <QCoreApplication>

namespace Springdesk::Sandbox {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Springdesk::Sandbox::Calendar", text);
}

void checkType(const Call &c)
{
    const QStringList types = Api::ValueSets::wires(Api::ValueSet::CalendarItemType);
    if (c.has(P::type) && !types.contains(c.str(P::type)))
        fail(400, tr("type must be one of %1, not: %2").arg(types.join(u", "_s), c.str(P::type)));
}

qint64 itemPk(Call &c)
{
    const QString id = c.str(P::UID);
    const qint64 pk = findByExt(c.store, Entities::CalendarItem, id);
    if (!pk)
        notFound(Entities::CalendarItem, id);
    return pk;
}

void getEvents(Call &c)
{
    QString sql = u"SELECT e.ext, COALESCE(c.ext, ''), c.uid, e.type, e.summary, e.description, e.start, e.end "
                  "FROM calendar_items e JOIN courses c ON c.pk = e.course_pk"_s;
    QVariantList args;
    if (!c.str(P::courseID).isEmpty() || !c.str(P::courseUID).isEmpty()) {
        const qint64 course = c.str(P::courseID).isEmpty() ? findByUid(c.store, Entities::Course, c.str(P::courseUID))
                                                           : findByExt(c.store, Entities::Course, c.str(P::courseID));
        if (!course)
            notFound(Entities::Course, c.str(P::courseID).isEmpty() ? c.str(P::courseUID) : c.str(P::courseID),
                c.str(P::courseID).isEmpty());
        sql += u" WHERE e.course_pk = ?"_s;
        args.append(course);
    }
    QJsonArray list;
    QSqlQuery q = c.store.exec(sql + u" ORDER BY e.start, e.pk"_s, args);
    while (q.next()) {
        list.append(QJsonObject{{u"uid"_s, q.value(0).toString()}, {u"course"_s, q.value(1).toString()},
            {u"courseUID"_s, q.value(2).toString()}, {u"type"_s, q.value(3).toString()},
            {u"summary"_s, q.value(4).toString()}, {u"description"_s, q.value(5).toString()},
            {u"start"_s, q.value(6).toString()}, {u"end"_s, q.value(7).toString()}});
    }
    c.result = {{QString(c.endpoint.listKey), list}};
}

void eventExists(Call &c)
{
    c.result = {{u"result"_s, findByExt(c.store, Entities::CalendarItem, c.str(P::UID)) != 0}};
}

void addEvent(Call &c)
{
    const qint64 course = resolve(c, Entities::Course, P::courseID);
    const QString id = c.str(P::UID);
    checkType(c);
    if (findByExt(c.store, Entities::CalendarItem, id))
        fail(409, tr("A calendar item with the specified UID already exists: %1").arg(id));
    const QString start = c.dateTime(P::start);
    const QString end = c.dateTime(P::end);
    checkOrder(start, end, P::start, P::end);
    c.store.insert(u"INSERT INTO calendar_items (ext, course_pk, type, summary, description, start, end) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {id, course, c.str(P::type), c.str(P::summary), c.str(P::description), start, end});
    c.effect(u"calendarItem"_s, id);
}

void updateEvent(Call &c)
{
    const qint64 pk = itemPk(c);
    checkType(c);
    if (c.has(P::summary) && c.str(P::summary).isEmpty())
        fail(400, tr("summary cannot be empty."));
    QSqlQuery q = c.store.exec(u"SELECT start, end FROM calendar_items WHERE pk = ?"_s, {pk});
    q.next();
    const QString start = c.str(P::start).isEmpty() ? q.value(0).toString() : c.dateTime(P::start);
    const QString end = c.str(P::end).isEmpty() ? q.value(1).toString() : c.dateTime(P::end);
    checkOrder(start, end, P::start, P::end);
    c.store.exec(u"UPDATE calendar_items SET start = ?, end = ? WHERE pk = ?"_s, {start, end, pk});
    for (const auto &[p, column] : {std::pair{P::type, u"type"_s}, std::pair{P::summary, u"summary"_s},
             std::pair{P::description, u"description"_s}}) {
        if (c.has(p))
            c.store.exec(u"UPDATE calendar_items SET %1 = ? WHERE pk = ?"_s.arg(column), {c.str(p), pk});
    }
    c.effect(u"calendarItem"_s, c.str(P::UID));
}

void deleteEvent(Call &c)
{
    c.store.exec(u"DELETE FROM calendar_items WHERE pk = ?"_s, {itemPk(c)});
    c.effect(u"calendarItem"_s, c.str(P::UID));
}

} // namespace

void registerCalendarHandlers(HandlerTable &t)
{
    using Api::Fn;
    t[size_t(Fn::GetEvents)] = getEvents;
    t[size_t(Fn::EventExists)] = eventExists;
    t[size_t(Fn::AddEvent)] = addEvent;
    t[size_t(Fn::UpdateEvent)] = updateEvent;
    t[size_t(Fn::DeleteEvent)] = deleteEvent;
}

} // namespace Springdesk::Sandbox
