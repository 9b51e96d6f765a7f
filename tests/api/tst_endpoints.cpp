#include "core/api/endpoints.h"
#include "core/api/valuesets.h"
#include "core/domain/user.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Springdesk::Api;
using namespace Qt::StringLiterals;

class TestEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsIndexedByFn()
    {
        const auto &t = endpoints();
        QCOMPARE(t.size(), FnCount);
        // the contract's catalogue (section 5): 50 functions whose name was read + 33 provisional
        QCOMPARE(FnCount, 83);
        QCOMPARE(std::count_if(
                     t.cbegin(), t.cend(), [](const Endpoint &e) { return e.confidence == Confidence::Provisional; }),
            33);
        for (int i = 0; i < t.size(); ++i)
            QCOMPARE(int(t.at(i).fn), i);
    }

    void namesAreUniqueAndFindable()
    {
        QSet<QString> seen;
        for (const auto &e : endpoints()) {
            const QString name(e.function);
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
            QCOMPARE(findEndpoint(name), &e);
        }
        QCOMPARE(findEndpoint(u"noSuchFunction"), nullptr);
        for (const auto &missing : nonexistentFunctions())
            QCOMPARE(findEndpoint(QString(missing)), nullptr);
    }

    void paramNamesRoundTrip()
    {
        for (int i = 1; i < PCount; ++i) {
            const auto name = paramName(P(i));
            QVERIFY(!name.isEmpty());
            QCOMPARE(paramFromName(QString(name)), P(i));
        }
        QCOMPARE(paramFromName(u"template"), P::template_);
        QCOMPARE(paramFromName(u"nonsense"), P::None);
    }

    void pathTemplates_data()
    {
        QTest::addColumn<int>("fn");
        QTest::addColumn<QString>("path");
        QTest::newRow("getUser") << int(Fn::GetUser) << u"/getUser/{userID}"_s;
        QTest::newRow("getUsers") << int(Fn::GetUsers) << u"/getUsers"_s;
        QTest::newRow("initializeId") << int(Fn::InitializeId) << u"/initializeId/{login}/{userID}"_s;
        QTest::newRow("course first") << int(Fn::SetCoursePermissions)
                                      << u"/setCoursePermissions/{courseID}/{teacherID}"_s;
        QTest::newRow("user first") << int(Fn::GetStudentTeachers) << u"/getStudentTeachers/{studentID}/{courseID}"_s;
        QTest::newRow("activity") << int(Fn::SetExternalPartResult)
                                  << u"/setExternalPartResult/{userID}/{courseID}/{activityID}"_s;
        QTest::newRow("calendar UID") << int(Fn::AddEvent) << u"/addEvent/{courseID}/{UID}"_s;
    }

    void pathTemplates()
    {
        QFETCH(int, fn);
        QFETCH(QString, path);
        QCOMPARE(endpoint(Fn(fn)).pathTemplate(), path);
    }

    void everyRowIsCoherent()
    {
        for (const auto &e : endpoints()) {
            const QString name(e.function);
            if (e.response == ResponseShape::List)
                QVERIFY2(!e.listKey.isEmpty(), qPrintable(name));
            else
                QVERIFY2(e.listKey.isEmpty(), qPrintable(name));
            if (e.response == ResponseShape::List || e.response == ResponseShape::Object)
                QVERIFY2(e.payload != Payload::None, qPrintable(name));
            if (e.kind == CallKind::Query)
                QVERIFY2(e.response != ResponseShape::Empty, qPrintable(name));
            bool pathSeen = true;
            for (const auto &p : e.params) {
                QVERIFY2(p.param != P::None, qPrintable(name));
                // Path parameters come first, in path order.
                QVERIFY2(!p.isInPath() || pathSeen, qPrintable(name));
                pathSeen = p.isInPath();
                QVERIFY2(!p.isInPath() || p.isRequired(), qPrintable(name));
            }
        }
    }

    void uidAlternatives()
    {
        const auto *spec = endpoint(Fn::GetCourse).spec(P::courseID);
        QVERIFY(spec);
        QCOMPARE(spec->alternatives, (QList<P>{P::courseUID, P::UID}));
        QVERIFY(endpoint(Fn::AddGroupUsers).spec(P::user)->isArray());
        QCOMPARE(endpoint(Fn::AddGroupUsers).spec(P::user)->alternatives, QList<P>{P::userUID});
    }
    // A parameter `p` of `e`: its own row or an alternative of one.
    static bool accepts(const Endpoint &e, P p)
    {
        for (const auto &s : e.params) {
            if (s.param == p || s.alternatives.contains(p))
                return true;
        }
        return false;
    }

    void everyCommandSaysWhatItTouches()
    {
        for (const auto &e : endpoints()) {
            const QString name(e.function);
            if (e.kind == CallKind::Query) {
                QVERIFY2(e.meta.entity == Entity::None && e.meta.effect == Effect::None, qPrintable(name));
                QVERIFY2(e.meta.cache == CacheEffect::None, qPrintable(name));
                continue;
            }
            QVERIFY2(e.meta.entity != Entity::None, qPrintable(name));
            QVERIFY2(e.meta.effect != Effect::None, qPrintable(name));
            QVERIFY2(e.meta.idParam != P::None, qPrintable(name));
            QVERIFY2(e.spec(e.meta.idParam), qPrintable(name));
            // The cache follows every command but the login token.
            QVERIFY2((e.meta.cache == CacheEffect::None) == (e.fn == Fn::GetLoginToken), qPrintable(name));
            // Deleting is always destructive.
            if (e.meta.effect == Effect::Delete)
                QVERIFY2(e.meta.destructive, qPrintable(name));
        }
    }

    void verificationsAreQueriesWithValidParameters()
    {
        int verifiable = 0;
        for (const auto &e : endpoints()) {
            const QString name(e.function);
            const Verification &v = e.meta.verify;
            if (!v.fn) {
                QVERIFY2(v.params.isEmpty() && v.each == P::None, qPrintable(name));
                continue;
            }
            ++verifiable;
            const Endpoint &q = endpoint(*v.fn);
            QVERIFY2(q.kind == CallKind::Query, qPrintable(name));
            for (const ParamLink &link : v.params) {
                QVERIFY2(accepts(q, link.to), qPrintable(name + u" → "_s + QString(paramName(link.to))));
                QVERIFY2(accepts(e, link.from), qPrintable(name + u" ← "_s + QString(paramName(link.from))));
                QVERIFY2(link.preferred == P::None || accepts(e, link.preferred),
                    qPrintable(name + u" ⇐ "_s + QString(paramName(link.preferred))));
            }
            if (v.each != P::None) {
                QVERIFY2(e.spec(v.each) && e.spec(v.each)->isArray(), qPrintable(name));
                QVERIFY2(accepts(q, v.eachAs), qPrintable(name));
            }
            // Every required parameter of the query is supplied.
            for (const ParamSpec &s : q.params) {
                if (!s.isRequired())
                    continue;
                bool given = s.param == v.eachAs;
                for (const ParamLink &link : v.params)
                    given = given || link.to == s.param || s.alternatives.contains(link.to);
                QVERIFY2(given, qPrintable(name + u" misses "_s + QString(s.name())));
            }
            switch (v.expect) {
            case Expect::True:
            case Expect::False:
                QVERIFY2(q.response == ResponseShape::ResultBool, qPrintable(name));
                break;
            case Expect::Found:
            case Expect::NotFound:
                QVERIFY2(q.response == ResponseShape::Object || q.response == ResponseShape::List, qPrintable(name));
                break;
            case Expect::Matches:
                QVERIFY2(q.response == ResponseShape::Object, qPrintable(name));
                break;
            case Expect::Contains:
            case Expect::Lacks:
                QVERIFY2(!v.answerField.isEmpty(), qPrintable(name));
                QVERIFY2(accepts(e, v.valuesFrom), qPrintable(name));
                break;
            }
        }
        QVERIFY(verifiable >= 25);
    }

    void reversesAreCommandsWithValidParameters()
    {
        for (const auto &e : endpoints()) {
            const QString name(e.function);
            const Reverse &r = e.meta.reverse;
            if (!r.fn)
                continue;
            const Endpoint &back = endpoint(*r.fn);
            QVERIFY2(back.kind == CallKind::Command, qPrintable(name));
            QVERIFY2(*r.fn != e.fn, qPrintable(name));
            for (const ParamLink &link : r.params) {
                QVERIFY2(accepts(back, link.to), qPrintable(name));
                QVERIFY2(accepts(e, link.from), qPrintable(name));
            }
            for (const ParamSpec &s : back.params) {
                if (!s.isRequired())
                    continue;
                bool given = false;
                for (const ParamLink &link : r.params)
                    given = given || link.to == s.param || s.alternatives.contains(link.to);
                QVERIFY2(given, qPrintable(name + u" reverse misses "_s + QString(s.name())));
            }
        }
        QCOMPARE(*endpoint(Fn::AddUser).meta.reverse.fn, Fn::DeleteUser);
        QCOMPARE(*endpoint(Fn::Subscribe).meta.reverse.fn, Fn::Unsubscribe);
        QCOMPARE(*endpoint(Fn::AddGroupUsers).meta.reverse.fn, Fn::DeleteGroupUsers);
        QVERIFY(!endpoint(Fn::DeleteUser).meta.reverse.fn);
    }

    void valueSetsAreDefinedOnceAndUsed()
    {
        QSet<int> used;
        for (const auto &e : endpoints()) {
            for (const ParamSpec &s : e.params) {
                if (s.values == ValueSet::None)
                    continue;
                used.insert(int(s.values));
                QVERIFY2(s.type == ParamType::String, qPrintable(QString(e.function)));
            }
        }
        for (int i = 1; i < ValueSetCount; ++i) {
            const auto set = ValueSet(i);
            QVERIFY2(used.contains(i), qPrintable(QString::number(i)));
            QVERIFY(!ValueSets::values(set).isEmpty());
            QVERIFY(!ValueSets::setName(set).isEmpty());
            QSet<QString> seen;
            for (const AllowedValue &v : ValueSets::values(set)) {
                QVERIFY(!v.wire.isEmpty());
                QVERIFY(v.label && *v.label);
                QVERIFY(!seen.contains(QString(v.wire)));
                seen.insert(QString(v.wire));
                QCOMPARE(ValueSets::canonical(set, QString(v.wire).toUpper()), QString(v.wire));
            }
        }
        QCOMPARE(ValueSets::wires(ValueSet::GroupType), (QStringList{u"student"_s, u"teacher"_s, u"mentor"_s}));
        QVERIFY(ValueSets::isClosed(ValueSet::Role));
        QVERIFY(!ValueSets::isClosed(ValueSet::Gender));
        QCOMPARE(endpoint(Fn::AddGroup).spec(P::type)->values, ValueSet::GroupType);
        QCOMPARE(endpoint(Fn::AddEvent).spec(P::type)->values, ValueSet::CalendarItemType);
    }

    void everyParameterHasALabel()
    {
        for (int i = 1; i < PCount; ++i)
            QVERIFY2(
                paramLabel(P(i)) != QString(paramName(P(i))) || P(i) == P::UID, qPrintable(QString(paramName(P(i)))));
    }

    void userFieldsAreTheTablesFields()
    {
        const QList<Fn> writers{Fn::AddUser, Fn::UpdateUser, Fn::AddOrUpdateUser};
        QSet<P> seen;
        for (const UserField &f : userFields()) {
            QVERIFY(!seen.contains(f.param));
            seen.insert(f.param);
            for (const Fn fn : writers) {
                const ParamSpec *s = endpoint(fn).spec(f.param);
                QVERIFY2(s, qPrintable(QString(paramName(f.param))));
                QCOMPARE(s->type, f.type);
                QCOMPARE(s->values, f.values);
            }
            if (f.text)
                QVERIFY(f.readBack && (f.type == ParamType::String || f.type == ParamType::Email));
        }
        Springdesk::Domain::User u;
        u.*userFields().at(0).text = u"x"_s;
        QCOMPARE(u.firstName, u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
