// CsvTableWriter: fields as a spreadsheet in the locale reads them, RFC 4180 quoting, CRLF, BOM,
// the formula guard, and a round trip through CsvReader.
#include "core/transfer/csvreader.h"
#include "core/transfer/csvtablewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Transfer;
using namespace Qt::StringLiterals;

namespace {

TableSources one(ExportColumns columns, QList<ExportRow> rows)
{
    TableSources sources;
    sources.push_back(std::make_unique<ListTableSource>(u"T"_s, std::move(columns), std::move(rows)));
    return sources;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCsvTableWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        const QLocale::Language en = QLocale::English;
        Q_UNUSED(en);
        QTest::newRow("id keeps zeros") << QVariant(u"00123"_s) << int(ColumnType::Id) << u"nl_NL"_s << u"00123"_s;
        QTest::newRow("integer") << QVariant(42) << int(ColumnType::Integer) << u"nl_NL"_s << u"42"_s;
        QTest::newRow("big integer") << QVariant(qint64(1234567)) << int(ColumnType::Integer) << u"en_US"_s
                                     << u"1234567"_s;
        QTest::newRow("number nl") << QVariant(1234.5) << int(ColumnType::Number) << u"nl_NL"_s << u"1234,5"_s;
        QTest::newRow("number en") << QVariant(1234.5) << int(ColumnType::Number) << u"en_US"_s << u"1234.5"_s;
        QTest::newRow("number as text") << QVariant(u"7.25"_s) << int(ColumnType::Number) << u"nl_NL"_s << u"7,25"_s;
        QTest::newRow("negative number") << QVariant(-2.5) << int(ColumnType::Number) << u"en_US"_s << u"-2.5"_s;
        QTest::newRow("percentage") << QVariant(45) << int(ColumnType::Percentage) << u"nl_NL"_s << u"45%"_s;
        QTest::newRow("percentage fraction")
            << QVariant(12.5) << int(ColumnType::Percentage) << u"nl_NL"_s << u"12,5%"_s;
        QTest::newRow("true") << QVariant(true) << int(ColumnType::Boolean) << u"nl_NL"_s << u"TRUE"_s;
        QTest::newRow("false int") << QVariant(0) << int(ColumnType::Boolean) << u"nl_NL"_s << u"FALSE"_s;
        QTest::newRow("date") << QVariant(QDate(2026, 5, 17)) << int(ColumnType::Date) << u"nl_NL"_s << u"2026-05-17"_s;
        QTest::newRow("date text") << QVariant(u"2026-05-17"_s) << int(ColumnType::Date) << u"en_US"_s
                                   << u"2026-05-17"_s;
        QTest::newRow("date-time") << QVariant(QDateTime(QDate(2026, 5, 17), QTime(14, 30, 5)))
                                   << int(ColumnType::DateTime) << u"nl_NL"_s << u"2026-05-17 14:30:05"_s;
        QTest::newRow("null") << QVariant() << int(ColumnType::Number) << u"nl_NL"_s << QString();
        QTest::newRow("not a number") << QVariant(u"n/a"_s) << int(ColumnType::Number) << u"nl_NL"_s << u"n/a"_s;
        QTest::newRow("separator quoted nl")
            << QVariant(u"a;b"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"\"a;b\""_s;
        QTest::newRow("comma plain nl") << QVariant(u"a,b"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"a,b"_s;
        QTest::newRow("comma quoted en") << QVariant(u"a,b"_s) << int(ColumnType::Text) << u"en_US"_s << u"\"a,b\""_s;
        QTest::newRow("quotes doubled") << QVariant(u"say \"hi\""_s) << int(ColumnType::Text) << u"nl_NL"_s
                                        << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << QVariant(u"a\r\nb"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"\"a\r\nb\""_s;
        QTest::newRow("list") << QVariant(QStringList{u"student"_s, u"teacher"_s}) << int(ColumnType::Text)
                              << u"en_US"_s << u"\"student, teacher\""_s;
        // the formula guard
        QTest::newRow("=") << QVariant(u"=1+1"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"'=1+1"_s;
        QTest::newRow("+") << QVariant(u"+31 6"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"'+31 6"_s;
        QTest::newRow("-") << QVariant(u"-5"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"'-5"_s;
        QTest::newRow("@") << QVariant(u"@SUM(A1)"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << QVariant(u"\t=1"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"'\t=1"_s;
        QTest::newRow("cr") << QVariant(u"\r=1"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"\"'\r=1\""_s;
        QTest::newRow("id guarded") << QVariant(u"=A1"_s) << int(ColumnType::Id) << u"nl_NL"_s << u"'=A1"_s;
        QTest::newRow("formula with separator")
            << QVariant(u"=SUM(1;2)"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"\"'=SUM(1;2)\""_s;
        QTest::newRow("inside is fine") << QVariant(u"a=b"_s) << int(ColumnType::Text) << u"nl_NL"_s << u"a=b"_s;
    }

    void fields()
    {
        QFETCH(QVariant, value);
        QFETCH(int, type);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        ExportOptions options;
        options.locale = QLocale(locale);
        const QChar separator = ExportWriter::separatorFor(options);
        QCOMPARE(CsvTableWriter::field(value, ColumnType(type), separator, options.locale), expected);
    }

    void separatorFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("nl") << u"nl_NL"_s << QChar(u';');
        QTest::newRow("de") << u"de_DE"_s << QChar(u';');
        QTest::newRow("en") << u"en_US"_s << QChar(u',');
        QTest::newRow("en_GB") << u"en_GB"_s << QChar(u',');
    }

    void separatorFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QChar, separator);
        ExportOptions options;
        options.locale = QLocale(locale);
        QCOMPARE(ExportWriter::separatorFor(options), separator);
        options.separator = u'\t';
        QCOMPARE(ExportWriter::separatorFor(options), QChar(u'\t'));
    }

    void fileLayout()
    {
        const QString path = m_dir.filePath(u"layout.csv"_s);
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.locale = QLocale(u"nl_NL"_s);
        auto sources = one({{u"id"_s, u"ID"_s, ColumnType::Id}, {u"n"_s, u"Bedrag; totaal"_s, ColumnType::Number}},
            {{u"007"_s, 1.5}, {u"=1"_s, QVariant()}});
        QVERIFY(!ExportWriter::write(path, {}, sources, options));
        QCOMPARE(readAll(path),
            QByteArray("\xEF\xBB\xBF"
                       "ID;\"Bedrag; totaal\"\r\n007;1,5\r\n'=1;\r\n"));
        const auto permissions = QFile::permissions(path);
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        options.byteOrderMark = false;
        options.separator = u',';
        auto again = one({{u"n"_s, u"N"_s, ColumnType::Number}}, {{1.5}});
        QVERIFY(!ExportWriter::write(path, {}, again, options));
        QCOMPARE(readAll(path), QByteArray("N\r\n\"1,5\"\r\n"));
    }

    void roundTripThroughTheReader()
    {
        const QString path = m_dir.filePath(u"roundtrip.csv"_s);
        const QList<ExportRow> rows{{u"00123"_s, u"Jansen; Piet"_s, u"line 1\r\nline 2"_s},
            {u"A\"B"_s, u"ümlaut ✓ 漢字"_s, QString()}, {u"x"_s, u",;\t|"_s, u"\"\""_s}};
        const ExportColumns columns{
            {u"a"_s, u"A"_s, ColumnType::Id}, {u"b"_s, u"B"_s, ColumnType::Text}, {u"c"_s, u"C"_s, ColumnType::Text}};
        for (const QString &locale : {u"nl_NL"_s, u"en_US"_s}) {
            ExportOptions options;
            options.format = ExportFormat::Csv;
            options.locale = QLocale(locale);
            auto sources = one(columns, rows);
            QVERIFY(!ExportWriter::write(path, {}, sources, options));
            QString error;
            const auto records = CsvReader::parse(readAll(path), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(records.size(), 4);
            QCOMPARE(records.at(0), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
            for (int r = 0; r < rows.size(); ++r) {
                QStringList expected;
                for (const QVariant &v : rows.at(r))
                    expected << v.toString();
                QCOMPARE(records.at(r + 1), expected);
            }
        }
    }

    void severalTablesAreRefused()
    {
        TableSources sources;
        sources.push_back(std::make_unique<ListTableSource>(u"a"_s, ExportColumns{}, QList<ExportRow>{}));
        sources.push_back(std::make_unique<ListTableSource>(u"b"_s, ExportColumns{}, QList<ExportRow>{}));
        ExportOptions options;
        options.format = ExportFormat::Csv;
        const QString path = m_dir.filePath(u"two.csv"_s);
        const ExportError e = ExportWriter::write(path, {}, sources, options);
        QCOMPARE(e.kind, ExportError::Kind::Format);
        QVERIFY(!QFile::exists(path));
    }

    void cancelKeepsTheOldFile()
    {
        const QString path = m_dir.filePath(u"cancel.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        TableSources sources;
        sources.push_back(
            std::make_unique<GeneratedTableSource>(u"g"_s, ExportColumns{{u"n"_s, u"N"_s, ColumnType::Integer}}, 5000,
                [](qint64 first, int count, QList<ExportRow> *rows) {
                    for (qint64 i = first; i < first + count; ++i)
                        rows->append(ExportRow{i});
                }));
        ExportOptions options;
        options.format = ExportFormat::Csv;
        const ExportError e = ExportWriter::write(path, {}, sources, options, [](qint64 rows) { return rows < 2000; });
        QCOMPARE(e.kind, ExportError::Kind::Cancelled);
        QCOMPARE(readAll(path), QByteArray("old"));
        QCOMPARE(QDir(m_dir.path()).entryList({u"cancel*"_s}, QDir::Files | QDir::Hidden).size(), 1);
    }

    void missingFolder()
    {
        TableSources sources = one({{u"n"_s, u"N"_s, ColumnType::Integer}}, {{1}});
        ExportOptions options;
        options.format = ExportFormat::Csv;
        const ExportError e = ExportWriter::write(u"/nonexistent-springdesk/x.csv"_s, {}, sources, options);
        QCOMPARE(e.kind, ExportError::Kind::NotWritable);
        QCOMPARE(e.message, u"The folder of /nonexistent-springdesk/x.csv does not exist."_s);
    }

    void formatFromPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("xlsx") << u"/tmp/a.xlsx"_s << int(ExportFormat::Xlsx);
        QTest::newRow("XLSX") << u"/tmp/a.XLSX"_s << int(ExportFormat::Xlsx);
        QTest::newRow("csv") << u"a.b.csv"_s << int(ExportFormat::Csv);
        QTest::newRow("none") << u"/tmp/a"_s << -1;
        QTest::newRow("txt") << u"/tmp/a.txt"_s << -1;
    }

    void formatFromPath()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto f = ExportWriter::formatFromPath(path);
        QCOMPARE(f ? int(*f) : -1, format);
    }
};

QTEST_GUILESS_MAIN(TestCsvTableWriter)
#include "tst_csvtablewriter.moc"
