// SubenvironmentLinkModel: what is linked to one subenvironment, in kind order, with the skill
// profiles marked as not unlinkable; QAbstractItemModelTester-clean across switches.
#include "models/modelroles.h"
#include "models/subenvironmentlinkmodel.h"
#include "tests/models/modeltestcache.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::SubenvironmentLinkModel;
using K = Store::SubenvironmentLink::Kind;

class TestSubenvironmentLinkModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    static QStringList keys(const SubenvironmentLinkModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, SubenvironmentLinkModel::Name).data(Models::KeyRole).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"c.sqlite"_s);
        QVERIFY(Testing::fillModelTestCache(m_path));
    }

    void linksPerSubenvironment_data()
    {
        QTest::addColumn<QString>("reseller");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("main") << u"main"_s
                              << QStringList{u"user:E1"_s, u"user:E2"_s, u"group:G1"_s, u"skillProfile:SP-1"_s};
        QTest::newRow("academy") << u"academy"_s
                                 << QStringList{u"template:TPL-1"_s, u"skillProfile:sp-2"_s, u"skillProfile:SP-1"_s};
        QTest::newRow("none") << u"nolinks"_s << QStringList{};
        QTest::newRow("no subenvironment") << QString() << QStringList{};
    }

    void linksPerSubenvironment()
    {
        QFETCH(QString, reseller);
        QFETCH(QStringList, keys);
        SubenvironmentLinkModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SubenvironmentLinkModel::loaded);
        model.setCacheFile(m_path);
        model.setSubenvironment(u"main"_s);
        model.setSubenvironment(reseller); // switching: only the last answer counts
        QTRY_VERIFY(!loaded.isEmpty() && !model.isLoading());
        QCOMPARE(TestSubenvironmentLinkModel::keys(model), keys);
    }

    void valuesAndKinds()
    {
        SubenvironmentLinkModel model;
        QSignalSpy loaded(&model, &SubenvironmentLinkModel::loaded);
        model.setSubenvironment(u"main"_s); // no cache yet: empty at once
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        model.setCacheFile(m_path);
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(model.rowCount(), 4);
        const auto cell
            = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
        QCOMPARE(cell(0, SubenvironmentLinkModel::Kind).toString(), u"User"_s);
        QCOMPARE(cell(0, SubenvironmentLinkModel::Name).toString(), u"Ann"_s);
        QCOMPARE(cell(2, SubenvironmentLinkModel::Kind).toString(), u"User group"_s);
        QCOMPARE(cell(2, SubenvironmentLinkModel::Name).toString(), u"not in the cache"_s);
        QCOMPARE(cell(2, SubenvironmentLinkModel::Name, Models::RawValueRole).toString(), QString());
        QCOMPARE(cell(3, SubenvironmentLinkModel::Kind).toString(), u"Skill profile"_s);
        QCOMPARE(cell(3, SubenvironmentLinkModel::ExternalId, SubenvironmentLinkModel::KindRole).toInt(),
            int(K::SkillProfile));
        QVERIFY(!cell(3, SubenvironmentLinkModel::Name, Qt::ToolTipRole).toString().isEmpty()); // cannot unlink
        QVERIFY(cell(0, SubenvironmentLinkModel::Name, Qt::ToolTipRole).isNull());
        QCOMPARE(cell(1, SubenvironmentLinkModel::Kind, SubenvironmentLinkModel::IdRole).toString(), u"E2"_s);
        QCOMPARE(model.idsOf(K::User), (QStringList{u"E1"_s, u"E2"_s}));
        QCOMPARE(model.idsOf(K::Event), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestSubenvironmentLinkModel)
#include "tst_subenvironmentlinkmodel.moc"
