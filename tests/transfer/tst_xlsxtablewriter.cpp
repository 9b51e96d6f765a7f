// XlsxTableWriter: every export is read back from the file itself (QuaZip + XML), and once
// through openpyxl when /usr/bin/python3 has it.
#include "core/transfer/exportwriter.h"
#include "core/transfer/xlsxtablewriter.h"
#include "tests/transfer/xlsxreadback.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace Springdesk;
using namespace Springdesk::Transfer;
using namespace Qt::StringLiterals;
using Testing::XlsxReadback;

namespace {

ExportColumns typedColumns()
{
    return {{u"id"_s, u"ID"_s, ColumnType::Id}, {u"text"_s, u"Text"_s, ColumnType::Text},
        {u"int"_s, u"Count"_s, ColumnType::Integer}, {u"num"_s, u"Amount"_s, ColumnType::Number},
        {u"bool"_s, u"Active"_s, ColumnType::Boolean}, {u"date"_s, u"Start"_s, ColumnType::Date},
        {u"dt"_s, u"Subscribed"_s, ColumnType::DateTime}, {u"pct"_s, u"Progress"_s, ColumnType::Percentage}};
}

QList<ExportRow> typedRows()
{
    return {
        {u"00123"_s, u"Jansen"_s, 42, 3.5, true, QDate(2026, 5, 17), QDateTime(QDate(2026, 5, 17), QTime(14, 30)), 45},
        {u"007"_s, u"=HYPERLINK(\"http://evil\")"_s, u"7"_s, u"-2.25"_s, false, u"1999-01-01"_s,
            u"2026-05-17T12:30:00Z"_s, 100.0},
        {u"=1+1"_s, u"+31 6 1234"_s, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()},
        {u"-5"_s, u"@SUM(A1)"_s, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()},
        {u"\t9"_s, u"\rcmd"_s, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant()},
    };
}

ExportDocument document()
{
    ExportDocument d;
    d.title = u"Users"_s;
    d.profile = u"Acceptance"_s;
    d.asOf = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    d.exportedAt = QDateTime(QDate(2026, 12, 7), QTime(20, 0));
    d.filters = {{u"Courses"_s, u"CRS-0001"_s}};
    return d;
}

ExportError write(const QString &path, TableSources &sources, const ExportProgress &progress = {})
{
    ExportOptions options;
    options.format = ExportFormat::Xlsx;
    return ExportWriter::write(path, document(), sources, options, progress);
}

TableSources one(ExportColumns columns, QList<ExportRow> rows, const QString &name = u"Users"_s)
{
    TableSources sources;
    sources.push_back(std::make_unique<ListTableSource>(name, std::move(columns), std::move(rows)));
    return sources;
}

// A source that fails after its first page.
class FailingSource final : public TableSource
{
public:
    QString name() const override { return u"Broken"_s; }
    ExportColumns columns() const override { return {{u"a"_s, u"A"_s, ColumnType::Integer}}; }
    bool fetch(int maxRows, QList<ExportRow> *rows, QString *error) override
    {
        if (m_pages++ == 0) {
            for (int i = 0; i < maxRows; ++i)
                rows->append(ExportRow{i});
            return true;
        }
        *error = u"the cache went away"_s;
        return false;
    }

private:
    int m_pages = 0;
};

} // namespace

class TestXlsxTableWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void typedCellsAndLayout()
    {
        const QString path = m_dir.filePath(u"typed.xlsx"_s);
        auto sources = one(typedColumns(), typedRows());
        const ExportError e = write(path, sources);
        QVERIFY2(!e, qPrintable(e.message));
        const auto permissions = QFile::permissions(path);
        QVERIFY(permissions.testFlag(QFileDevice::ReadOwner) && permissions.testFlag(QFileDevice::WriteOwner));
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)));

        XlsxReadback book;
        QString error;
        QVERIFY2(book.load(path, &error), qPrintable(error));
        QCOMPARE(book.sheets.size(), 2);
        const auto &s = book.sheets.at(0);
        QCOMPARE(s.name, u"Users"_s);
        QCOMPARE(s.row(1, 8),
            (QStringList{
                u"ID"_s, u"Text"_s, u"Count"_s, u"Amount"_s, u"Active"_s, u"Start"_s, u"Subscribed"_s, u"Progress"_s}));
        QVERIFY(s.cell(u"A1"_s).bold);
        QCOMPARE(s.frozenRows, 1);
        QCOMPARE(s.frozenTopLeft, u"A2"_s);
        QCOMPARE(s.autoFilter, u"A1:H6"_s);
        QCOMPARE(s.rowCount, 6);

        // IDs stay text with their leading zeros
        QCOMPARE(s.cell(u"A2"_s).type, u"inlineStr"_s);
        QCOMPARE(s.text(u"A2"_s), u"00123"_s);
        QCOMPARE(s.text(u"A3"_s), u"007"_s);
        // numbers are numbers, also when the value came as text
        QCOMPARE(s.cell(u"C2"_s).type, QString());
        QCOMPARE(s.text(u"C2"_s).toDouble(), 42.0);
        QCOMPARE(s.text(u"C3"_s).toDouble(), 7.0);
        QCOMPARE(s.text(u"D2"_s).toDouble(), 3.5);
        QCOMPARE(s.text(u"D3"_s).toDouble(), -2.25);
        QCOMPARE(s.cell(u"E2"_s).type, u"b"_s);
        QCOMPARE(s.text(u"E2"_s), u"1"_s);
        QCOMPARE(s.text(u"E3"_s), u"0"_s);
        // dates: Excel serial numbers with a date format
        QCOMPARE(s.text(u"F2"_s).toDouble(), 46159.0);
        QCOMPARE(s.cell(u"F2"_s).numberFormat, u"yyyy-mm-dd"_s);
        QCOMPARE(s.text(u"F3"_s).toDouble(), 36161.0);
        QCOMPARE(s.cell(u"G2"_s).numberFormat, u"yyyy-mm-dd hh:mm"_s);
        QVERIFY(qAbs(s.text(u"G2"_s).toDouble() - (46159.0 + 14.5 / 24.0)) < 1e-6);
        const QDateTime utcAsLocal = QDateTime(QDate(2026, 5, 17), QTime(12, 30), Qt::UTC).toLocalTime();
        const double expected
            = QDate(1899, 12, 30).daysTo(utcAsLocal.date()) + utcAsLocal.time().msecsSinceStartOfDay() / 86400000.0;
        QVERIFY(qAbs(s.text(u"G3"_s).toDouble() - expected) < 1e-6);
        // percentages as fractions with a % format
        QCOMPARE(s.text(u"H2"_s).toDouble(), 0.45);
        QCOMPARE(s.cell(u"H2"_s).numberFormat, u"0%"_s);
        QCOMPARE(s.text(u"H3"_s).toDouble(), 1.0);
        // empty values: no cell
        QVERIFY(!s.has(u"C4"_s));
        // column widths from content: the long formula text widens column B
        QVERIFY(s.columnWidths.size() >= 8);
        QVERIFY(s.columnWidths.at(1) > s.columnWidths.at(2));
        QVERIFY(s.columnWidths.at(5) > 10.9 && s.columnWidths.at(5) < 12.0); // 11 plus Excel's padding
    }

    void injectionPayloadsAreStrings_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<int>("type");
        for (const QString &p : {u"=1+1"_s, u"=HYPERLINK(\"http://evil\",\"x\")"_s, u"+31 6 1234"_s, u"-5"_s,
                 u"@SUM(A1)"_s, u"\t=1"_s, u"\r=1"_s, u"=cmd|' /C calc'!A0"_s}) {
            QTest::addRow("text %s", qPrintable(p.simplified())) << p << int(ColumnType::Text);
            QTest::addRow("id %s", qPrintable(p.simplified())) << p << int(ColumnType::Id);
        }
    }

    void injectionPayloadsAreStrings()
    {
        QFETCH(QString, payload);
        QFETCH(int, type);
        const QString path = m_dir.filePath(u"inject.xlsx"_s);
        auto sources = one({{u"v"_s, u"Value"_s, ColumnType(type)}}, {{payload}});
        QVERIFY(!write(path, sources));
        XlsxReadback book;
        QString error;
        QVERIFY2(book.load(path, &error), qPrintable(error));
        for (const auto &sheet : std::as_const(book.sheets)) {
            for (const auto &cell : sheet.cells)
                QVERIFY2(!cell.formula, qPrintable(cell.value));
        }
        const auto cell = book.sheets.at(0).cell(u"A2"_s);
        QCOMPARE(cell.type, u"inlineStr"_s);
        QCOMPARE(cell.value, payload);
    }

    void documentPropertiesAndAbout()
    {
        const QString path = m_dir.filePath(u"about.xlsx"_s);
        auto sources = one(typedColumns(), typedRows());
        QVERIFY(!write(path, sources));
        XlsxReadback book;
        QString error;
        QVERIFY2(book.load(path, &error), qPrintable(error));
        QCOMPARE(book.coreProperties.value(u"title"_s), u"Users"_s);
        QCOMPARE(book.coreProperties.value(u"subject"_s), u"Acceptance"_s);
        QCOMPARE(book.customProperties.value(u"Profile"_s), u"Acceptance"_s);
        QCOMPARE(book.customProperties.value(u"As of"_s), u"2026-12-01T08:00:00Z"_s);
        const auto *about = book.sheet(u"About"_s);
        QVERIFY(about);
        QCOMPARE(about->row(1, 2), (QStringList{u"Report"_s, u"Users"_s}));
        QCOMPARE(about->row(2, 2), (QStringList{u"Profile"_s, u"Acceptance"_s}));
        QCOMPARE(about->text(u"A3"_s), u"Data as of"_s);
        QCOMPARE(about->cell(u"B3"_s).numberFormat, u"yyyy-mm-dd hh:mm"_s);
        QCOMPARE(about->row(4, 2), (QStringList{u"Courses"_s, u"CRS-0001"_s}));
        QCOMPARE(about->text(u"A5"_s), u"Exported at"_s);
        QVERIFY(about->cell(u"A1"_s).bold);
    }

    void sheetNames_data()
    {
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"Users"_s << QStringList() << u"Users"_s;
        QTest::newRow("forbidden") << u"a[b]c:d*e?f/g\\h"_s << QStringList() << u"a_b_c_d_e_f_g_h"_s;
        QTest::newRow("long") << u"CRS-0001 Veiligheid op de werkvloer – voorjaar 2026"_s << QStringList()
                              << u"CRS-0001 Veiligheid op de werkv"_s;
        QTest::newRow("apostrophes") << u"'quoted'"_s << QStringList() << u"quoted"_s;
        QTest::newRow("empty") << QString() << QStringList() << u"Sheet"_s;
        QTest::newRow("taken") << u"Users"_s << QStringList{u"users"_s} << u"Users (2)"_s;
        QTest::newRow("taken twice") << u"Users"_s << QStringList{u"Users"_s, u"Users (2)"_s} << u"Users (3)"_s;
        QTest::newRow("long and taken") << u"CRS-0001 Veiligheid op de werkvloer"_s
                                        << QStringList{u"CRS-0001 Veiligheid op de werkv"_s}
                                        << u"CRS-0001 Veiligheid op de w (2)"_s;
    }

    void sheetNames()
    {
        QFETCH(QString, wanted);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        const QString name = XlsxTableWriter::sheetName(wanted, taken);
        QCOMPARE(name, expected);
        QVERIFY(name.size() <= 31);
    }

    void severalSheetsGetUniqueNames()
    {
        const QString path = m_dir.filePath(u"sheets.xlsx"_s);
        TableSources sources;
        for (int i = 0; i < 3; ++i) {
            sources.push_back(std::make_unique<ListTableSource>(u"Course: a very long name that goes on and on"_s,
                ExportColumns{{u"n"_s, u"N"_s, ColumnType::Integer}}, QList<ExportRow>{{i}}));
        }
        QVERIFY(!write(path, sources));
        XlsxReadback book;
        QString error;
        QVERIFY2(book.load(path, &error), qPrintable(error));
        QCOMPARE(book.sheets.size(), 4);
        QCOMPARE(book.sheets.at(0).name, u"Course_ a very long name that g"_s);
        QCOMPARE(book.sheets.at(1).name, u"Course_ a very long name th (2)"_s);
        QCOMPARE(book.sheets.at(2).name, u"Course_ a very long name th (3)"_s);
        QCOMPARE(book.sheets.at(2).text(u"A2"_s), u"2"_s);
        QCOMPARE(book.sheets.at(3).name, u"About"_s);
    }

    void manyRowsInPages()
    {
        const QString path = m_dir.filePath(u"many.xlsx"_s);
        TableSources sources;
        sources.push_back(std::make_unique<GeneratedTableSource>(u"Many"_s,
            ExportColumns{{u"id"_s, u"ID"_s, ColumnType::Id}, {u"n"_s, u"N"_s, ColumnType::Integer}}, 25'000,
            [](qint64 first, int count, QList<ExportRow> *rows) {
                for (qint64 i = first; i < first + count; ++i)
                    rows->append({u"%1"_s.arg(i, 6, 10, QChar(u'0')), i});
            }));
        QList<qint64> progress;
        QVERIFY(!write(path, sources, [&progress](qint64 rows) {
            progress << rows;
            return true;
        }));
        QCOMPARE(progress.size(), 25);
        QCOMPARE(progress.last(), 25'000);
        XlsxReadback book;
        QString error;
        QVERIFY2(book.load(path, &error), qPrintable(error));
        QCOMPARE(book.sheets.at(0).rowCount, 25'001);
        QCOMPARE(book.sheets.at(0).text(u"A25001"_s), u"024999"_s);
        QCOMPARE(book.sheets.at(0).autoFilter, u"A1:B25001"_s);
    }

    void failuresLeaveNoFile_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::newRow("source fails") << u"source"_s;
        QTest::newRow("cancelled") << u"cancel"_s;
    }

    void failuresLeaveNoFile()
    {
        QFETCH(QString, scenario);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.xlsx"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
        old.close();
        TableSources sources;
        ExportError e;
        if (scenario == u"source") {
            sources.push_back(std::make_unique<FailingSource>());
            e = write(path, sources);
            QCOMPARE(e.kind, ExportError::Kind::Source);
            QCOMPARE(e.message, u"the cache went away"_s);
        } else {
            sources = one(typedColumns(), typedRows());
            e = write(path, sources, [](qint64) { return false; });
            QCOMPARE(e.kind, ExportError::Kind::Cancelled);
        }
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("previous export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.xlsx"_s});
    }

    void unwritablePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("no folder") << u"/nonexistent-springdesk/x.xlsx"_s << int(ExportError::Kind::NotWritable)
                                   << u"The folder of /nonexistent-springdesk/x.xlsx does not exist."_s;
        QTest::newRow("a folder") << u"/tmp"_s << int(ExportError::Kind::NotWritable)
                                  << u"/tmp is a folder, not a file."_s;
        if (::geteuid() != 0) {
            QTest::newRow("no permission") << u"/proc/x.xlsx"_s << int(ExportError::Kind::PermissionDenied)
                                           << u"Permission denied: you may not write /proc/x.xlsx."_s;
        }
    }

    void unwritablePaths()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, message);
        auto sources = one(typedColumns(), typedRows());
        const ExportError e = write(path, sources);
        QCOMPARE(int(e.kind), kind);
        QCOMPARE(e.message, message);
    }

    void errnoMapping_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("kind");
        QTest::newRow("ENOSPC") << ENOSPC << int(ExportError::Kind::DiskFull);
        QTest::newRow("EDQUOT") << EDQUOT << int(ExportError::Kind::DiskFull);
        QTest::newRow("EACCES") << EACCES << int(ExportError::Kind::PermissionDenied);
        QTest::newRow("EROFS") << EROFS << int(ExportError::Kind::NotWritable);
        QTest::newRow("EIO") << EIO << int(ExportError::Kind::Other);
    }

    void errnoMapping()
    {
        QFETCH(int, error);
        QFETCH(int, kind);
        const ExportError e = ExportError::fromErrno(error, u"/x/out.xlsx"_s, u"detail"_s);
        QCOMPARE(int(e.kind), kind);
        QVERIFY(e.message.contains(u"/x/out.xlsx"_s));
    }

    void readByOpenpyxl()
    {
        const QString python = u"/usr/bin/python3"_s;
        if (!QFile::exists(python) || QProcess::execute(python, {u"-c"_s, u"import openpyxl"_s}) != 0)
            QSKIP("python3-openpyxl is not installed");
        const QString path = m_dir.filePath(u"openpyxl.xlsx"_s);
        auto sources = one(typedColumns(), typedRows());
        QVERIFY(!write(path, sources));
        const QString script = uR"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
out = {"sheets": wb.sheetnames, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
       "title": wb.properties.title, "rows": []}
for row in ws.iter_rows(min_row=2, max_row=3):
    out["rows"].append([[c.data_type, None if c.value is None else str(c.value), c.number_format] for c in row])
print(json.dumps(out))
)"_s;
        QProcess p;
        p.start(python, {u"-c"_s, script, path});
        QVERIFY(p.waitForFinished(60'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(u"sheets"_s).toArray().at(1).toString(), u"About"_s);
        QCOMPARE(o.value(u"freeze"_s).toString(), u"A2"_s);
        QCOMPARE(o.value(u"filter"_s).toString(), u"A1:H6"_s);
        QCOMPARE(o.value(u"title"_s).toString(), u"Users"_s);
        const QJsonArray first = o.value(u"rows"_s).toArray().at(0).toArray();
        QCOMPARE(first.at(0).toArray().at(0).toString(), u"s"_s);
        QCOMPARE(first.at(0).toArray().at(1).toString(), u"00123"_s);
        QCOMPARE(first.at(2).toArray().at(0).toString(), u"n"_s);
        QCOMPARE(first.at(4).toArray().at(0).toString(), u"b"_s);
        QCOMPARE(first.at(5).toArray().at(0).toString(), u"d"_s);
        QCOMPARE(first.at(5).toArray().at(1).toString(), u"2026-05-17 00:00:00"_s);
        QCOMPARE(first.at(6).toArray().at(1).toString(), u"2026-05-17 14:30:00"_s);
        const QJsonArray second = o.value(u"rows"_s).toArray().at(1).toArray();
        QCOMPARE(second.at(1).toArray().at(0).toString(), u"s"_s); // the formula payload is a string
        QCOMPARE(second.at(1).toArray().at(1).toString(), u"=HYPERLINK(\"http://evil\")"_s);
    }
};

QTEST_GUILESS_MAIN(TestXlsxTableWriter)
#include "tst_xlsxtablewriter.moc"
