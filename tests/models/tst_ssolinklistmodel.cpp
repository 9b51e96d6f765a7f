// SsoLinkListModel: links made in this run, newest first; a newer link for a user marks that
// user's earlier ones replaced; QAbstractItemModelTester-clean.
#include "models/modelroles.h"
#include "models/ssolinklistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::SsoLinkEntry;
using Models::SsoLinkListModel;

namespace {

SsoLinkEntry entry(const QString &user, const QString &token, int minute)
{
    SsoLinkEntry e;
    e.madeAt = QDateTime(QDate(2026, 3, 1), QTime(9, minute), Qt::UTC);
    e.userId = user;
    e.userName = u"Ann de Vries"_s;
    e.url = QUrl(u"https://x.nl/do?action=sso&user=%1&token=%2"_s.arg(user, token));
    return e;
}

} // namespace

class TestSsoLinkListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstAndReplaced()
    {
        SsoLinkListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const qint64 first = model.add(entry(u"E1"_s, u"t1"_s, 0));
        const qint64 second = model.add(entry(u"E2"_s, u"t2"_s, 1));
        QCOMPARE(changed.count(), 0); // another user: nothing replaced
        QVERIFY(second != first);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data(Models::KeyRole).toLongLong(), second);
        QVERIFY(!model.isReplaced(1));
        const qint64 third = model.add(entry(u"E1"_s, u"t3"_s, 2));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data(Models::KeyRole).toLongLong(), third);
        QVERIFY(!model.isReplaced(0));
        QVERIFY(!model.isReplaced(1)); // E2's
        QVERIFY(model.isReplaced(2)); // E1's first
        QCOMPARE(model.index(2, SsoLinkListModel::Note).data(SsoLinkListModel::ReplacedRole).toBool(), true);
        QCOMPARE(model.index(2, SsoLinkListModel::Note).data().toString(),
            u"Replaced by a newer link for this user: no longer valid."_s);
        QCOMPARE(model.index(0, SsoLinkListModel::Note).data().toString(),
            u"Single use and short-lived: open it soon, once."_s);
        QCOMPARE(model.entryAt(2).url.query(), u"action=sso&user=E1&token=t1"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void values()
    {
        SsoLinkListModel model;
        SsoLinkEntry e = entry(u"E1"_s, u"t1"_s, 5);
        e.courseId = u"CRS-1"_s;
        e.activityId = u"ACT-1"_s;
        model.add(e);
        SsoLinkEntry byUid = entry(QString(), u"t2"_s, 6);
        byUid.userUid = u"uid-9"_s;
        byUid.userName.clear();
        byUid.redirect = u"/catalog"_s;
        model.add(byUid);
        model.add(entry(u"E3"_s, u"t3"_s, 7));
        const auto cell
            = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(2, SsoLinkListModel::User).toString(), u"Ann de Vries (E1)"_s);
        QCOMPARE(cell(2, SsoLinkListModel::User, Models::RawValueRole).toString(), u"E1"_s);
        QCOMPARE(cell(2, SsoLinkListModel::Destination).toString(), u"course CRS-1, activity ACT-1"_s);
        QCOMPARE(cell(1, SsoLinkListModel::User).toString(), u"uid-9"_s);
        QCOMPARE(cell(1, SsoLinkListModel::Destination).toString(), u"/catalog"_s);
        QCOMPARE(cell(0, SsoLinkListModel::Destination).toString(), u"home page"_s);
        QCOMPARE(cell(2, SsoLinkListModel::Time, Models::RawValueRole).toDateTime(),
            QDateTime(QDate(2026, 3, 1), QTime(9, 5), Qt::UTC));
        QVERIFY(!cell(2, SsoLinkListModel::Time).toString().isEmpty());
        QCOMPARE(cell(2, SsoLinkListModel::Link, Models::RawValueRole).toUrl(), e.url);
        QCOMPARE(cell(2, SsoLinkListModel::User, SsoLinkListModel::UrlRole).toUrl(), e.url);
        QCOMPARE(cell(2, SsoLinkListModel::Link).toString(), e.url.toString(QUrl::FullyEncoded));
        QCOMPARE(model.headerData(SsoLinkListModel::Destination, Qt::Horizontal).toString(), u"Opens"_s);
    }
};

QTEST_GUILESS_MAIN(TestSsoLinkListModel)
#include "tst_ssolinklistmodel.moc"
