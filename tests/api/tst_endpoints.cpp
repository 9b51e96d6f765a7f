#include "core/api/endpoints.h"

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
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
