#include "core/domain/metatypes.h"

#include <QTest>
#include <QVariant>

using namespace Springdesk;
using namespace Qt::StringLiterals;

class TestDomainTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void progress_data()
    {
        QTest::addColumn<int>("done");
        QTest::addColumn<int>("total");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("text");
        QTest::newRow("half") << 1 << 2 << 0.5 << u"1/2"_s;
        QTest::newRow("none") << 0 << 0 << 0.0 << u"0/0"_s;
        QTest::newRow("all") << 25 << 25 << 1.0 << u"25/25"_s;
    }

    void progress()
    {
        QFETCH(int, done);
        QFETCH(int, total);
        QFETCH(double, fraction);
        QFETCH(QString, text);
        const Domain::Progress p{done, total};
        QCOMPARE(p.fraction(), fraction);
        QCOMPARE(p.toString(), text);
    }

    void valuesTravelInVariants()
    {
        Domain::CourseResult r;
        r.subscription.id = u"c1"_s;
        r.subscription.progress = Domain::Progress{1, 3};
        Domain::ResultPart part;
        part.id = u"p"_s;
        part.attempts.append(Domain::ResultAttempt{});
        r.parts.append(part);
        const QVariant v = QVariant::fromValue(QList<Domain::CourseResult>{r});
        const auto back = v.value<QList<Domain::CourseResult>>();
        QCOMPARE(back.size(), 1);
        QVERIFY(back.first() == r);
        Domain::CourseResult changed = r;
        changed.parts[0].attempts[0].passed = true;
        QVERIFY(!(changed == r));
    }

    void userEquality()
    {
        Domain::User a;
        a.uid = u"x"_s;
        Domain::User b = a;
        QVERIFY(a == b);
        b.archived = false;
        QVERIFY(!(a == b));
    }
};

QTEST_GUILESS_MAIN(TestDomainTypes)
#include "tst_domaintypes.moc"
