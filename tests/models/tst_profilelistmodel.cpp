#include "core/settings/config.h"
#include "core/settings/profilestore.h"
#include "models/profilelistmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Springdesk::Models;
using namespace Springdesk::Settings;

class TestProfileListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsStore();
};

void TestProfileListModel::followsStore()
{
    QTemporaryDir dir;
    Config config(std::make_unique<QSettings>(dir.filePath(u"p.ini"_s), QSettings::IniFormat));
    ProfileStore store(&config);
    QString first;
    QVERIFY(
        store.add(ConnectionProfile::create(u"Alpha"_s, QUrl(u"https://a.example/api/"_s), ProfileTag::Test), &first)
            .ok());

    ProfileListModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0).data(ProfileListModel::ActiveRole).toBool());
    QVERIFY(model.index(0).data(Qt::FontRole).value<QFont>().bold());

    QString second;
    QVERIFY(store
                .add(ConnectionProfile::create(u"Beta"_s, QUrl(u"https://b.example/api/"_s), ProfileTag::Production),
                    &second)
                .ok());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex beta = model.index(1);
    QCOMPARE(beta.data().toString(), u"Beta"_s);
    QCOMPARE(beta.data(ProfileListModel::IdRole).toString(), second);
    QCOMPARE(beta.data(ProfileListModel::TagNameRole).toString(), u"Production"_s);
    QCOMPARE(beta.data(ProfileListModel::TagColorRole).value<QColor>(), QColor(u"#c62828"_s));
    QCOMPARE(beta.data(ProfileListModel::BaseUrlRole).toUrl(), QUrl(u"https://b.example/api/"_s));
    QVERIFY(!beta.data(ProfileListModel::ActiveRole).toBool());
    QVERIFY(!beta.data(Qt::DecorationRole).isNull());

    QVERIFY(store.setActive(second));
    QVERIFY(model.index(1).data(ProfileListModel::ActiveRole).toBool());
    QVERIFY(!model.index(0).data(ProfileListModel::ActiveRole).toBool());

    ConnectionProfile changed = *store.profile(first);
    changed.name = u"Alpha 2"_s;
    QVERIFY(store.update(changed).ok());
    QCOMPARE(model.index(0).data().toString(), u"Alpha 2"_s);

    QVERIFY(store.remove(first));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), second);
    QCOMPARE(model.rowOf(first), -1);
    QVERIFY(model.roleNames().contains(ProfileListModel::TagColorRole));
}

QTEST_MAIN(TestProfileListModel)
#include "tst_profilelistmodel.moc"
