// springdesk-cli export against `springdesk-sandbox --seed demo`: every report, refreshed through
// the sync engine first (or --offline), read back from the written files.
#include "app/cli/exportcommand.h"
#include "core/store/cacheconnection.h"
#include "core/store/courserepository.h"
#include "core/store/subscriptionrepository.h"
#include "core/transfer/csvreader.h"
#include "tests/support/clirun.h"
#include "tests/support/sandboxprocess.h"
#include "tests/transfer/xlsxreadback.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Springdesk::Cli;
using namespace Qt::StringLiterals;
using Testing::XlsxReadback;

namespace {

// A CSV export read back: the header and the rows as maps by column title.
struct Csv
{
    QStringList header;
    QList<QStringList> rows;
    QString error;

    QString at(qsizetype row, const QString &column) const { return rows.at(row).value(header.indexOf(column)); }
    QStringList column(const QString &name) const
    {
        QStringList values;
        for (const auto &r : rows)
            values << r.value(header.indexOf(name));
        return values;
    }
};

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

Csv readCsv(const QString &path)
{
    Csv csv;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        csv.error = f.errorString();
        return csv;
    }
    QList<QStringList> records = Transfer::CsvReader::parse(f.readAll(), &csv.error);
    if (!records.isEmpty())
        csv.header = records.takeFirst();
    csv.rows = records;
    return csv;
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT

    Testing::SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_cache;

    Testing::CliRun run(const QStringList &args, bool withConnection = true)
    {
        QStringList all{u"export"_s};
        all += args;
        if (withConnection)
            all << u"--url"_s << m_sandbox.apiBaseUrl().toString() << u"--cache"_s << m_cache;
        return Testing::runCli(all);
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString courseUid(const QString &externalId)
    {
        Store::CacheConnection c(m_cache);
        return c.open() ? QString() : Store::CourseRepository(c.database()).uidOf(externalId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_sandbox.start({u"--seed"_s, u"demo"_s}, &error), qPrintable(error));
        qputenv("SPRINGDESK_API_KEY", m_sandbox.apiKey().toUtf8());
        m_cache = m_dir.filePath(u"cache.sqlite"_s);
    }

    void listNamesEveryReport()
    {
        const auto r = Testing::runCli({u"export"_s, u"--list"_s});
        QCOMPARE(r.code, int(ExitOk));
        for (const auto &name :
            {u"users"_s, u"group-members"_s, u"course-roster [--course ID…]"_s, u"results-matrix [--course ID…]"_s,
                u"course-instructors"_s, u"access-codes"_s, u"expiring-subscriptions [--course ID…] [--days N]"_s,
                u"calendar-items"_s, u"event-participants"_s, u"operation-log"_s}) {
            QVERIFY2(r.out.contains(name), qPrintable(name));
        }
        QVERIFY(r.out.contains(u"External ID (id)"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no report") << QStringList{u"-o"_s, u"x.xlsx"_s}
                                   << u"Name a report (springdesk-cli export --list names them)."_s;
        QTest::newRow("unknown report") << QStringList{u"bogus"_s, u"-o"_s, u"x.xlsx"_s}
                                        << u"Unknown report \"bogus\" (springdesk-cli export --list names them)."_s;
        QTest::newRow("two reports") << QStringList{u"users"_s, u"access-codes"_s}
                                     << u"Only one report at a time: \"users\" and \"access-codes\"."_s;
        QTest::newRow("no output") << QStringList{u"users"_s} << u"Name the file to write with -o FILE."_s;
        QTest::newRow("no format") << QStringList{u"users"_s, u"-o"_s, u"x.txt"_s}
                                   << u"Cannot tell the format from \"x.txt\": name a .xlsx or .csv file, or give "
                                      "--format."_s;
        QTest::newRow("bad format") << QStringList{u"users"_s, u"-o"_s, u"x"_s, u"--format"_s, u"ods"_s}
                                    << u"--format needs xlsx or csv, not \"ods\"."_s;
        QTest::newRow("course on users") << QStringList{u"users"_s, u"--course"_s, u"C1"_s, u"-o"_s, u"x.csv"_s}
                                         << u"The report users is not about courses: --course does not apply."_s;
        QTest::newRow("days on roster") << QStringList{u"course-roster"_s, u"--days"_s, u"5"_s, u"-o"_s, u"x.csv"_s}
                                        << u"The report course-roster has no period: --days does not apply."_s;
        QTest::newRow("bad days") << QStringList{u"expiring-subscriptions"_s, u"--days"_s, u"soon"_s}
                                  << u"--days needs a number of days from 0 to 3660, not \"soon\"."_s;
        QTest::newRow("bad separator") << QStringList{u"users"_s, u"--separator"_s, u"|"_s}
                                       << u"--separator needs ';' or ',', not \"|\"."_s;
        QTest::newRow("separator on xlsx") << QStringList{u"users"_s, u"--separator"_s, u";"_s, u"-o"_s, u"x.xlsx"_s}
                                           << u"--separator and --no-bom apply to CSV only."_s;
        QTest::newRow("unknown option") << QStringList{u"users"_s, u"--frobnicate"_s}
                                        << u"Unknown argument \"--frobnicate\"."_s;
        QTest::newRow("key on the command line")
            << QStringList{u"users"_s, u"--api-key"_s, u"secret"_s} << u"--api-key is refused"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto r = Testing::runCli(QStringList{u"export"_s} + args);
        QCOMPARE(r.code, int(ExitUsage));
        QVERIFY2(r.err.startsWith(u"springdesk-cli export: "_s + message), qPrintable(r.err));
    }

    void usersAsXlsx()
    {
        const QString path = file(u"users.xlsx"_s);
        const auto r = run({u"users"_s, u"-o"_s, path});
        QCOMPARE(r.code, int(ExitOk));
        QVERIFY2(r.out.startsWith(u"Exported users to %1: 500 row"_s.arg(path)), qPrintable(r.out));
        XlsxReadback book;
        QString error;
        QVERIFY2(book.load(path, &error), qPrintable(error));
        QCOMPARE(book.sheets.size(), 2);
        const auto &s = book.sheets.at(0);
        QCOMPARE(s.name, u"Users"_s);
        QCOMPARE(s.rowCount, 501);
        QCOMPARE(s.frozenRows, 1);
        QCOMPARE(s.autoFilter, u"A1:K501"_s);
        QCOMPARE(s.row(1, 11),
            (QStringList{u"External ID"_s, u"UID"_s, u"Login"_s, u"Name"_s, u"First name"_s, u"Last name"_s,
                u"E-mail"_s, u"Roles"_s, u"Active"_s, u"Archived"_s, u"Fetched at"_s}));
        // the seed's user 1 is the administrator; every 50th user has no external ID
        int administrators = 0;
        int withoutId = 0;
        for (int row = 2; row <= 501; ++row) {
            const auto id = s.cell(u"A%1"_s.arg(row));
            if (!s.has(u"A%1"_s.arg(row))) {
                ++withoutId;
            } else {
                QCOMPARE(id.type, u"inlineStr"_s);
                QVERIFY(id.value.startsWith(u"EMP-"_s));
            }
            if (id.value == u"EMP-00001") {
                QCOMPARE(s.text(u"H%1"_s.arg(row)), u"administrator, tenant"_s);
                ++administrators;
            }
            QCOMPARE(s.cell(u"I%1"_s.arg(row)).type, u"b"_s);
            QCOMPARE(s.cell(u"K%1"_s.arg(row)).numberFormat, u"yyyy-mm-dd hh:mm"_s);
            QVERIFY(!s.cell(u"A%1"_s.arg(row)).formula);
        }
        QCOMPARE(administrators, 1);
        QCOMPARE(withoutId, 10);
        QCOMPARE(book.coreProperties.value(u"title"_s), u"Users"_s);
        QCOMPARE(book.coreProperties.value(u"subject"_s), m_sandbox.apiBaseUrl().toString());
        const auto *about = book.sheet(u"About"_s);
        QVERIFY(about);
        QCOMPARE(about->row(2, 2), (QStringList{u"Profile"_s, m_sandbox.apiBaseUrl().toString()}));
    }

    void courseRosterAsCsv()
    {
        const QString path = file(u"roster.csv"_s);
        const auto r = run({u"course-roster"_s, u"--course"_s, u"CRS-0021"_s, u"-o"_s, path, u"--separator"_s, u";"_s});
        QCOMPARE(r.code, int(ExitOk));
        const Csv csv = readCsv(path);
        QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
        QCOMPARE(csv.header.first(), u"Course ID"_s);
        Store::CacheConnection c(m_cache);
        QVERIFY(!c.open());
        const int learners = Store::SubscriptionRepository(c.database()).subscriptionCount(courseUid(u"CRS-0021"_s));
        QVERIFY(learners > 0);
        QCOMPARE(csv.rows.size(), learners);
        for (const auto &row : csv.rows)
            QCOMPARE(row.size(), csv.header.size());
        QCOMPARE(toSet(csv.column(u"Course ID"_s)), QSet<QString>{u"CRS-0021"_s});
        for (const QString &status : csv.column(u"Status"_s))
            QVERIFY2(QStringList({u"Active"_s, u"Finished"_s, u"Expired"_s, u"Inactive"_s}).contains(status),
                qPrintable(status));
        for (qsizetype i = 0; i < csv.rows.size(); ++i) {
            const QDate start = QDate::fromString(csv.at(i, u"Start"_s), Qt::ISODate);
            const QDate expiry = QDate::fromString(csv.at(i, u"Expiry"_s), Qt::ISODate);
            QVERIFY(start.isValid() && expiry.isValid());
            QVERIFY(expiry <= start.addYears(1)); // the course's validity is one year ("1y")
            QVERIFY(csv.at(i, u"Progress"_s).endsWith(u'%'));
        }
    }

    void resultsMatrixPerCourse()
    {
        const QString path = file(u"results.xlsx"_s);
        const auto r = run({u"results-matrix"_s, u"--course"_s, u"CRS-0021"_s, u"-o"_s, path});
        QCOMPARE(r.code, int(ExitOk));
        XlsxReadback book;
        QString error;
        QVERIFY2(book.load(path, &error), qPrintable(error));
        QCOMPARE(book.sheets.size(), 2);
        const auto &s = book.sheets.at(0);
        QVERIFY2(s.name.startsWith(u"CRS-0021 "_s), qPrintable(s.name));
        QVERIFY(s.name.size() <= 31);
        QCOMPARE(s.row(1, 7),
            (QStringList{u"Learner ID"_s, u"Learner UID"_s, u"Learner"_s, u"E-mail"_s, u"Completed"_s, u"Grade"_s,
                u"Passed"_s}));
        QCOMPARE(s.text(u"H1"_s), u"Onderdeel 1: score"_s);
        QCOMPARE(s.text(u"I1"_s), u"Onderdeel 1: passed"_s);
        Store::CacheConnection c(m_cache);
        QVERIFY(!c.open());
        const int learners = Store::SubscriptionRepository(c.database()).subscriptionCount(courseUid(u"CRS-0021"_s));
        QCOMPARE(s.rowCount, learners + 1);
        int scores = 0;
        for (auto it = s.cells.cbegin(); it != s.cells.cend(); ++it) {
            if (it.key().startsWith(u'H') && it.key() != u"H1") {
                QCOMPARE(it->type, QString()); // a number
                QVERIFY(it->value.toDouble() >= 40 && it->value.toDouble() <= 100);
                ++scores;
            }
            if (it.key().startsWith(u'I') && it.key() != u"I1")
                QCOMPARE(it->type, u"b"_s);
        }
        QVERIFY(scores > 0);
    }

    void groupMembersAndInstructors()
    {
        const QString groups = file(u"groups.csv"_s);
        QCOMPARE(run({u"group-members"_s, u"-o"_s, groups}).code, int(ExitOk));
        const Csv g = readCsv(groups);
        QVERIFY(g.rows.size() > 0);
        for (const QString &id : g.column(u"Group ID"_s))
            QVERIFY2(id.startsWith(u"GRP-"_s), qPrintable(id));

        const QString path = file(u"instructors.csv"_s);
        QCOMPARE(run({u"course-instructors"_s, u"--course"_s, u"CRS-0021"_s, u"-o"_s, path}).code, int(ExitOk));
        const Csv csv = readCsv(path);
        QVERIFY(csv.rows.size() > 0);
        Store::CacheConnection c(m_cache);
        QVERIFY(!c.open());
        const auto course = Store::CourseRepository(c.database()).course(courseUid(u"CRS-0021"_s));
        QVERIFY(course && !course->teacherGroup.isEmpty());
        // the instructors the cache knows of this course are its instructor group's members
        QCOMPARE(toSet(csv.column(u"Instructor group"_s)), QSet<QString>{course->teacherGroup});
        QCOMPARE(csv.rows.size(), g.column(u"Group ID"_s).count(course->teacherGroup));
    }

    void accessCodesKeepZerosAndNeverFormulas()
    {
        const QString url = m_sandbox.apiBaseUrl().toString();
        const auto call = [&](const QStringList &args) {
            return Testing::runCli(QStringList{u"call"_s} + args + QStringList{u"--url"_s, url, u"--cache"_s, m_cache});
        };
        QCOMPARE(call({u"addAccessCodeGroup"_s, u"ACG-T1"_s, u"--param"_s, u"name=Testcodes"_s, u"--param"_s,
                          u"type=exam"_s})
                     .code,
            int(ExitOk));
        QCOMPARE(call({u"addAccessCodes"_s, u"ACG-T1"_s, u"--param"_s, u"code=000123"_s, u"--param"_s, u"code=-2+3"_s,
                          u"--param"_s, u"code==1+1"_s, u"--param"_s, u"user=EMP-00002"_s})
                     .code,
            int(ExitOk));
        const QString path = file(u"codes.xlsx"_s);
        QCOMPARE(run({u"access-codes"_s, u"-o"_s, path, u"--offline"_s}).code, int(ExitOk));
        XlsxReadback book;
        QString error;
        QVERIFY2(book.load(path, &error), qPrintable(error));
        const auto &s = book.sheets.at(0);
        QCOMPARE(s.rowCount, 4);
        QStringList codes;
        for (int row = 2; row <= 4; ++row) {
            QCOMPARE(s.cell(u"D%1"_s.arg(row)).type, u"inlineStr"_s);
            QVERIFY(!s.cell(u"D%1"_s.arg(row)).formula);
            codes << s.text(u"D%1"_s.arg(row));
            QCOMPARE(s.text(u"E%1"_s.arg(row)), u"EMP-00002"_s);
            QCOMPARE(s.text(u"G%1"_s.arg(row)), u"Assigned"_s);
        }
        codes.sort();
        QCOMPARE(codes, (QStringList{u"-2+3"_s, u"000123"_s, u"=1+1"_s}));

        const QString csvPath = file(u"codes.csv"_s);
        QCOMPARE(run({u"access-codes"_s, u"-o"_s, csvPath, u"--offline"_s, u"--no-bom"_s}).code, int(ExitOk));
        QFile raw(csvPath);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("Access-code group ID"));
        QVERIFY(bytes.contains(",'=1+1,") && bytes.contains(",'-2+3,") && bytes.contains(",000123,"));
    }

    void expiringSubscriptions()
    {
        const QString path = file(u"expiring.csv"_s);
        QCOMPARE(run({u"expiring-subscriptions"_s, u"--days"_s, u"60"_s, u"-o"_s, path}).code, int(ExitOk));
        const Csv csv = readCsv(path);
        QVERIFY(csv.rows.size() > 0);
        int previous = -1;
        for (qsizetype i = 0; i < csv.rows.size(); ++i) {
            const int left = csv.at(i, u"Days left"_s).toInt();
            QVERIFY(left >= 0 && left <= 60);
            QVERIFY(left >= previous);
            previous = left;
            QCOMPARE(QDate::fromString(csv.at(i, u"Expiry"_s), Qt::ISODate), QDate::currentDate().addDays(left));
        }
    }

    void calendarItemsOfACourse()
    {
        const QString path = file(u"calendar.csv"_s);
        QCOMPARE(run({u"calendar-items"_s, u"--course"_s, u"CRS-0025"_s, u"-o"_s, path}).code, int(ExitOk));
        const Csv csv = readCsv(path);
        QCOMPARE(csv.column(u"Item ID"_s), (QStringList{u"CAL-25-1"_s, u"CAL-25-2"_s}));
        QCOMPARE(csv.column(u"Type"_s), (QStringList{u"Meeting"_s, u"Exam"_s}));
        QCOMPARE(csv.column(u"Summary"_s), (QStringList{u"Kick-off"_s, u"Eindtoets"_s}));
        QVERIFY(csv.at(0, u"Start"_s) < csv.at(1, u"Start"_s));
    }

    void eventParticipantsOfATrackedEvent()
    {
        QCOMPARE(Testing::runCli({u"track"_s, u"--kind"_s, u"bookableEvent"_s, u"EVT-001"_s, u"--url"_s,
                                     m_sandbox.apiBaseUrl().toString(), u"--cache"_s, m_cache})
                     .code,
            int(ExitOk));
        const QString path = file(u"participants.csv"_s);
        QCOMPARE(run({u"event-participants"_s, u"-o"_s, path}).code, int(ExitOk));
        const Csv csv = readCsv(path);
        QVERIFY(csv.rows.size() >= 1 && csv.rows.size() <= 6);
        for (qsizetype i = 0; i < csv.rows.size(); ++i) {
            QCOMPARE(csv.at(i, u"Event ID"_s), u"EVT-001"_s);
            QVERIFY(csv.at(i, u"Attended"_s) == u"TRUE" || csv.at(i, u"Attended"_s) == u"FALSE");
        }
    }

    // The commands sent through the CLI are in the profile's operation log, and the report lists them.
    void operationLogListsTheCommandsSent()
    {
        const QString url = m_sandbox.apiBaseUrl().toString();
        QCOMPARE(Testing::runCli({u"call"_s, u"addGroup"_s, u"GRP-OPLOG"_s, u"--param"_s, u"type=student"_s,
                                     u"--param"_s, u"name=Logged group"_s, u"--param"_s, u"password=never-in-a-file"_s,
                                     u"--url"_s, url, u"--cache"_s, m_cache})
                     .code,
            int(ExitUsage)); // addGroup has no password: refused before sending, so not logged
        QCOMPARE(Testing::runCli({u"call"_s, u"addGroup"_s, u"GRP-OPLOG"_s, u"--param"_s, u"type=student"_s,
                                     u"--param"_s, u"name=Logged group"_s, u"--url"_s, url, u"--cache"_s, m_cache})
                     .code,
            int(ExitOk));
        const QString path = file(u"operations.csv"_s);
        QCOMPARE(run({u"operation-log"_s, u"-o"_s, path, u"--offline"_s}).code, int(ExitOk));
        const Csv csv = readCsv(path);
        const qsizetype row = csv.column(u"Function"_s).lastIndexOf(u"addGroup"_s);
        QVERIFY(row >= 0);
        QCOMPARE(csv.column(u"Function"_s).count(u"addGroup"_s), 1);
        QCOMPARE(csv.at(row, u"Source"_s), u"cli"_s);
        QCOMPARE(csv.at(row, u"Outcome"_s), u"done"_s);
        QVERIFY(csv.at(row, u"IDs touched"_s).contains(u"GRP-OPLOG"_s));
        QVERIFY(csv.at(row, u"Parameters"_s).contains(u"Logged group"_s));
        QVERIFY(QDateTime::fromString(csv.at(row, u"Time"_s), u"yyyy-MM-dd HH:mm:ss"_s).isValid());
    }

    void offlineNeedsNoKey()
    {
        const QByteArray key = qgetenv("SPRINGDESK_API_KEY");
        qunsetenv("SPRINGDESK_API_KEY");
        const QString path = file(u"offline.csv"_s);
        const auto ok
            = Testing::runCli({u"export"_s, u"users"_s, u"--offline"_s, u"--cache"_s, m_cache, u"-o"_s, path});
        const auto missing = Testing::runCli({u"export"_s, u"users"_s, u"--offline"_s, u"--cache"_s,
            file(u"nothing.sqlite"_s), u"-o"_s, file(u"none.csv"_s)});
        qputenv("SPRINGDESK_API_KEY", key);
        QCOMPARE(ok.code, int(ExitOk));
        QCOMPARE(readCsv(path).rows.size(), 500);
        QCOMPARE(missing.code, int(ExitFailure));
        QVERIFY2(missing.err.contains(u"There is no local cache at"_s), qPrintable(missing.err));
        QVERIFY(!QFile::exists(file(u"none.csv"_s)));
        QVERIFY(!QFile::exists(file(u"nothing.sqlite"_s)));
    }

    void unknownCourseAndUnreachableServer()
    {
        const auto unknown = run({u"course-roster"_s, u"--course"_s, u"CRS-9999"_s, u"-o"_s, file(u"u.csv"_s)});
        QCOMPARE(unknown.code, int(ExitFailure));
        QVERIFY2(unknown.err.contains(u"CRS-9999"_s), qPrintable(unknown.err));

        const QString path = file(u"unreachable.csv"_s);
        const auto r = Testing::runCli({u"export"_s, u"users"_s, u"--url"_s, u"http://127.0.0.1:9/api/"_s, u"--cache"_s,
            file(u"other.sqlite"_s), u"-o"_s, path});
        QCOMPARE(r.code, int(ExitConnection));
        QVERIFY2(r.err.contains(u"Add --offline"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!r.err.contains(m_sandbox.apiKey()));
    }
};

QTEST_GUILESS_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
