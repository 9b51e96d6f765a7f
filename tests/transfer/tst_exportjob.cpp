// ExportJob: an export on a worker thread reports progress and finishes exactly once; a cancel
// leaves no file; a factory that cannot make its sources says why.
#include "core/transfer/exportjob.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk::Transfer;
using namespace Qt::StringLiterals;

namespace {

ExportJob::SourceFactory rows(qint64 count)
{
    return [count](QString *) {
        TableSources sources;
        sources.push_back(std::make_unique<GeneratedTableSource>(u"Rows"_s,
            ExportColumns{{u"n"_s, u"N"_s, ColumnType::Integer}, {u"t"_s, u"T"_s, ColumnType::Text}}, count,
            [](qint64 first, int n, QList<ExportRow> *out) {
                for (qint64 i = first; i < first + n; ++i)
                    out->append(ExportRow{i, u"row %1"_s.arg(i)});
            }));
        return sources;
    };
}

ExportOptions options(ExportFormat format)
{
    ExportOptions o;
    o.format = format;
    return o;
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void writesWithProgress_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
        QTest::newRow("csv") << int(ExportFormat::Csv);
    }

    void writesWithProgress()
    {
        QFETCH(int, format);
        const QString path = m_dir.filePath(u"job.%1"_s.arg(ExportWriter::extension(ExportFormat(format))));
        ExportJob job(path, {}, rows(5000), options(ExportFormat(format)));
        QSignalSpy progress(&job, &ExportJob::progress);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!finished.first().first().value<ExportError>());
        QVERIFY(!job.isRunning());
        QTRY_COMPARE(progress.size(), 5);
        QCOMPARE(progress.last().at(0).toLongLong(), 5000);
        QCOMPARE(progress.last().at(1).toLongLong(), 5000);
        QVERIFY(QFile::exists(path));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1); // exactly once
    }

    void cancelLeavesNoFile()
    {
        const QString path = m_dir.filePath(u"cancelled.xlsx"_s);
        ExportJob job(path, {}, rows(2'000'000), options(ExportFormat::Xlsx));
        QSignalSpy finished(&job, &ExportJob::finished);
        connect(&job, &ExportJob::progress, &job, &ExportJob::cancel);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        QCOMPARE(finished.first().first().value<ExportError>().kind, ExportError::Kind::Cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({u".cancelled*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }

    void sourcesThatCannotBeMade()
    {
        ExportJob job(
            m_dir.filePath(u"none.csv"_s), {},
            [](QString *error) {
                *error = u"The local cache cannot be read."_s;
                return TableSources();
            },
            options(ExportFormat::Csv));
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QTRY_COMPARE(finished.size(), 1);
        const auto e = finished.first().first().value<ExportError>();
        QCOMPARE(e.kind, ExportError::Kind::Source);
        QCOMPARE(e.message, u"The local cache cannot be read."_s);
    }

    void destroyedWhileRunning()
    {
        // the destructor cancels and waits; nothing is left behind
        const QString path = m_dir.filePath(u"destroyed.xlsx"_s);
        {
            ExportJob job(path, {}, rows(2'000'000), options(ExportFormat::Xlsx));
            job.start();
        }
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
