#pragma once

// A small cache file for the pane model tests: users, skill profiles with members, subenvironments
// (registry, references, links, linked profiles). Facts the tests rely on are listed in fill().
#include "core/store/cachedatabase.h"
#include "core/store/catalogrepository.h"
#include "core/store/courserepository.h"
#include "core/store/knownidregistry.h"
#include "core/store/linkrepository.h"
#include "core/store/subenvironmentrepository.h"
#include "core/store/userrepository.h"

#include <QTest>

namespace Springdesk::Testing {

using namespace Qt::StringLiterals;

// users u1 Ann (E1), u2 Bob (E2), u3 Cas (E3)
// profiles: sp-1 "Safety" (SP-1, members u1 u2, subenvironments academy main), sp-2 "Analyst"
//           (no ID, member u3, subenvironment academy), sp-3 "Zeal" (SP-3, no members, none)
// subenvironments: main (tracked, exists; users E1 E2 linked, group G1 linked, 1 course),
//                  academy (not tracked; template TPL-1 linked; 2 profiles),
//                  nolinks (tracked, missing)
inline bool fillModelTestCache(const QString &path)
{
    Store::CacheDatabase cache(path);
    if (cache.open())
        return false;
    auto c = cache.openConnection();
    if (!c)
        return false;
    const QDateTime at(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    QSqlDatabase db = c->database();
    bool ok = !Store::UserRepository(db).upsertSummaries({{u"E1"_s, u"u1"_s, u"Ann"_s, u"ann"_s, u"ann@x"_s, true},
                                                             {u"E2"_s, u"u2"_s, u"Bob"_s, u"bob"_s, u"bob@x"_s, true},
                                                             {u"E3"_s, u"u3"_s, u"Cas"_s, u"cas"_s, u"cas@x"_s, false}},
        at);
    const Domain::SkillProfile safety{u"SP-1"_s, u"sp-1"_s, u"Safety"_s, u"Safe work"_s};
    const Domain::SkillProfile analyst{{}, u"sp-2"_s, u"Analyst"_s, u"Data"_s};
    const Domain::SkillProfile zeal{u"SP-3"_s, u"sp-3"_s, u"Zeal"_s, {}};
    Store::CatalogRepository catalog(db);
    ok = ok && !catalog.replaceSkillProfiles({safety, analyst, zeal}, at);
    ok = ok && !catalog.addProfileMembers(u"sp-1"_s, {u"u1"_s, u"u2"_s}, at);
    ok = ok && !catalog.addProfileMembers(u"sp-2"_s, {u"u3"_s}, at);
    Store::SubenvironmentRepository subs(db);
    ok = ok && !subs.replaceSkillProfiles(u"main"_s, {safety}, at);
    ok = ok && !subs.replaceSkillProfiles(u"academy"_s, {safety, analyst}, at);
    Store::KnownIdRegistry registry(db);
    ok = ok && !registry.record(Store::KnownId::Kind::Subenvironment, u"main"_s, Store::KnownId::Created, at);
    ok = ok && !registry.markChecked(Store::KnownId::Kind::Subenvironment, u"main"_s, true, at);
    ok = ok && !registry.record(Store::KnownId::Kind::Subenvironment, u"nolinks"_s, Store::KnownId::TrackedByHand, at);
    ok = ok && !registry.markChecked(Store::KnownId::Kind::Subenvironment, u"nolinks"_s, false, at);
    Store::LinkRepository links(db);
    ok = ok && !links.linkSubenvironment(u"main"_s, u"user"_s, {u"E1"_s, u"E2"_s}, at);
    ok = ok && !links.linkSubenvironment(u"main"_s, u"group"_s, {u"G1"_s}, at);
    ok = ok && !links.linkSubenvironment(u"academy"_s, u"template"_s, {u"TPL-1"_s}, at);
    Domain::Course course;
    course.id = u"CRS-1"_s;
    course.uid = u"course-1"_s;
    course.name = u"Course"_s;
    course.reseller = u"main"_s;
    ok = ok && !Store::CourseRepository(db).upsertCourses({course}, {}, true, at);
    return ok;
}

} // namespace Springdesk::Testing
