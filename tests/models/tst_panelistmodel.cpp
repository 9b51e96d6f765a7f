#include "models/panelistmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Springdesk::Models;

class TestPaneListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryPane();
    void availability();
};

void TestPaneListModel::listsEveryPane()
{
    PaneListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList expected{u"Users"_s, u"User groups"_s, u"Subenvironments"_s, u"Subscriptions & results"_s,
        u"Templates & courses"_s, u"Calendar items"_s, u"Access codes"_s, u"Events"_s, u"Skill profiles"_s,
        u"Bundles"_s, u"SSO login links"_s, u"Reports"_s, u"Dashboard"_s};
    QCOMPARE(model.rowCount(), expected.size());
    QSet<QString> keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        QCOMPARE(index.data().toString(), expected.at(row));
        QVERIFY(!index.data(PaneListModel::CapabilityRole).toString().isEmpty());
        QVERIFY(!index.data(PaneListModel::AvailableRole).toBool());
        QVERIFY(index.data(Qt::ToolTipRole).toString().endsWith(u"(coming)"_s));
        QCOMPARE(model.rowOf(model.paneAt(row)), row);
        keys.insert(index.data(PaneListModel::PaneKeyRole).toString());
    }
    QCOMPARE(keys.size(), expected.size());
}

void TestPaneListModel::availability()
{
    PaneListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = model.rowOf(Pane::Users);
    QVERIFY(model.index(row).data(Qt::FontRole).value<QFont>().italic());
    model.setAvailable(Pane::Users, true);
    QVERIFY(model.isAvailable(Pane::Users));
    QVERIFY(!model.index(row).data(Qt::ToolTipRole).toString().contains(u"(coming)"_s));
    QVERIFY(!model.index(row).data(Qt::FontRole).isValid());
    QVERIFY(!model.isAvailable(Pane::Bundles));
}

QTEST_MAIN(TestPaneListModel)
#include "tst_panelistmodel.moc"
