// SyncRequest's resource names (the CLI's --resource) and which resources a full sync fetches.
#include "core/store/syncrequest.h"

#include <QTest>

using namespace Springdesk::Store;
using namespace Qt::StringLiterals;
using R = SyncRequest::Resource;

class TestSyncRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesRoundTrip()
    {
        const QList<R> all = SyncRequest::allResources();
        QVERIFY(all.contains(R::ProfileMembers));
        for (const R r : all) {
            const QString name = SyncRequest::resourceName(r);
            QVERIFY(!name.isEmpty());
            QCOMPARE(SyncRequest::resourceFromName(name), r);
            QCOMPARE(SyncRequest::resourceFromName(name.toUpper()), r);
        }
        QCOMPARE(SyncRequest::resourceFromName(u"profile-members"_s), R::ProfileMembers);
        QVERIFY(!SyncRequest::resourceFromName(u"everything"_s));
    }

    // One call per user: who has a skill profile is fetched only when asked for by name.
    void fullSyncLeavesOutTheCostlyResources()
    {
        for (const R r : SyncRequest::allResources())
            QCOMPARE(SyncRequest::inFullSync(r), r != R::ProfileMembers);
    }
};

QTEST_GUILESS_MAIN(TestSyncRequest)
#include "tst_syncrequest.moc"
