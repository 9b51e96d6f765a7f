// PreviewTableModel: typed values displayed in the locale, raw values and column types kept.
#include "models/modelexport.h"
#include "models/previewtablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Transfer;
using namespace Qt::StringLiterals;

class TestPreviewTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(u"nl_NL"_s)); }

    void display_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("id") << int(ColumnType::Id) << QVariant(u"00123"_s) << u"00123"_s;
        QTest::newRow("number") << int(ColumnType::Number) << QVariant(2.5) << u"2,5"_s;
        QTest::newRow("integer") << int(ColumnType::Integer) << QVariant(42) << u"42"_s;
        QTest::newRow("percentage") << int(ColumnType::Percentage) << QVariant(45.25) << u"45,3 %"_s;
        QTest::newRow("yes") << int(ColumnType::Boolean) << QVariant(true) << u"yes"_s;
        QTest::newRow("no") << int(ColumnType::Boolean) << QVariant(0) << u"no"_s;
        QTest::newRow("date") << int(ColumnType::Date) << QVariant(u"2026-05-17"_s)
                              << QLocale().toString(QDate(2026, 5, 17), QLocale::ShortFormat);
        QTest::newRow("null") << int(ColumnType::Number) << QVariant() << QString();
        QTest::newRow("text") << int(ColumnType::Text) << QVariant(QStringList{u"a"_s, u"b"_s}) << u"a, b"_s;
    }

    void display()
    {
        QFETCH(int, type);
        QFETCH(QVariant, value);
        QFETCH(QString, shown);
        Models::PreviewTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable({{u"k"_s, u"Column"_s, ColumnType(type)}}, {{value}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), shown);
        QCOMPARE(model.index(0, 0).data(Models::PreviewTableModel::RawValueRole), value);
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Column"_s);
        QCOMPARE(model.headerData(0, Qt::Horizontal, Models::ModelExport::ExportTypeRole).toInt(), type);
        // the columns of an export of this model are the preview's
        const ExportColumns columns = Models::ModelExport::columns(&model, {0});
        QCOMPARE(columns.first().type, ColumnType(type));
        QCOMPARE(Models::ModelExport::rows(&model, {0}, {0}, Models::PreviewTableModel::RawValueRole),
            (QList<ExportRow>{{value}}));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPreviewTableModel)
#include "tst_previewtablemodel.moc"
