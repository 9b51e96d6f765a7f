// JobRegistry and JobListModel: jobs newest first through their life (queued, running with
// progress, done / failed / cancelled), a cancel reaches the producer once, "Clear finished"
// keeps the active ones, elapsed time by an injected clock, null and ended handles ignored,
// and an export job followed by JobTracking; QAbstractItemModelTester-clean.
#include "core/transfer/exportjob.h"
#include "core/transfer/tablesource.h"
#include "models/joblistmodel.h"
#include "models/jobregistry.h"
#include "models/jobtracking.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Springdesk;
using namespace Qt::StringLiterals;
using Models::Job;
using Models::JobHandle;
using Models::JobKind;
using Models::JobListModel;
using Models::JobRegistry;
using Models::JobState;

namespace {

QString cell(const JobListModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestJobListModel : public QObject
{
    Q_OBJECT

    QDateTime m_now = QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC);

private Q_SLOTS:
    void lifeOfAJob_data()
    {
        QTest::addColumn<int>("end"); // 0 finish, 1 fail, 2 cancelled
        QTest::addColumn<QString>("stateText");
        QTest::addColumn<QString>("progressText");
        QTest::addColumn<QString>("error");
        QTest::newRow("done") << 0 << u"Done"_s << u"10 / 10"_s << QString();
        QTest::newRow("failed") << 1 << u"Failed"_s << u"4 / 10"_s << u"The server refused the key."_s;
        QTest::newRow("cancelled") << 2 << u"Cancelled"_s << u"4 / 10"_s << QString();
    }

    void lifeOfAJob()
    {
        QFETCH(int, end);
        QFETCH(QString, stateText);
        QFETCH(QString, progressText);
        QFETCH(QString, error);
        JobRegistry registry;
        registry.setClock([this] { return m_now; });
        JobListModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy active(&registry, &JobRegistry::activeCountChanged);
        QSignalSpy ended(&registry, &JobRegistry::jobEnded);

        const JobHandle handle = registry.add(u"Synchronisation"_s, JobKind::Sync);
        QVERIFY(!handle.isNull());
        QVERIFY(handle.isActive());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, JobListModel::Title), u"Synchronisation"_s);
        QCOMPARE(cell(model, 0, JobListModel::State), u"Waiting"_s);
        QCOMPARE(cell(model, 0, JobListModel::Progress), QString()); // not known yet
        QCOMPARE(model.index(0, 0).data(JobListModel::TotalRole).toLongLong(), -1);
        QCOMPARE(model.index(0, 0).data(JobListModel::CancellableRole).toBool(), false); // no cancel function
        QCOMPARE(registry.activeCount(), 1);
        QCOMPARE(active.count(), 1);

        m_now = m_now.addSecs(5);
        handle.setProgress(4, 10); // starts it
        handle.setDetail(u"Syncing users: 4/10"_s);
        QCOMPARE(cell(model, 0, JobListModel::State), u"Running"_s);
        QCOMPARE(cell(model, 0, JobListModel::Progress), u"4 / 10"_s);
        QCOMPARE(model.index(0, 0).data(JobListModel::DoneRole).toLongLong(), 4);
        QCOMPARE(model.index(0, 0).data(JobListModel::DetailRole).toString(), u"Syncing users: 4/10"_s);
        QCOMPARE(cell(model, 0, JobListModel::Detail), u"Syncing users: 4/10"_s);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"Syncing users: 4/10"_s));
        m_now = m_now.addSecs(65);
        QCOMPARE(cell(model, 0, JobListModel::Elapsed), u"1:05"_s); // from the start, not the registration

        switch (end) {
        case 0:
            handle.finish(u"Done: 10 calls."_s);
            break;
        case 1:
            handle.fail(error);
            break;
        default:
            handle.cancelled();
            break;
        }
        QCOMPARE(cell(model, 0, JobListModel::State), stateText);
        QCOMPARE(cell(model, 0, JobListModel::Progress), progressText);
        QCOMPARE(model.index(0, 0).data(JobListModel::ErrorRole).toString(), error);
        // the Details column says how it ended; a failure's error replaces the phase
        QCOMPARE(cell(model, 0, JobListModel::Detail),
            error.isEmpty() ? (end == 0 ? u"Done: 10 calls."_s : u"Syncing users: 4/10"_s) : error);
        QCOMPARE(model.index(0, 0).data(JobListModel::ActiveRole).toBool(), false);
        QCOMPARE(registry.activeCount(), 0);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!handle.isActive());
        m_now = m_now.addSecs(600);
        QCOMPARE(cell(model, 0, JobListModel::Elapsed), u"1:05"_s); // stopped at the end

        // an ended job ignores its handle: only the first end counts
        handle.fail(u"late"_s);
        handle.setProgress(1, 2);
        QCOMPARE(cell(model, 0, JobListModel::State), stateText);
        QCOMPARE(ended.count(), 1);
    }

    void cancelReachesTheProducerOnce()
    {
        JobRegistry registry;
        JobListModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int calls = 0;
        JobHandle handle;
        handle = registry.add(u"Export"_s, JobKind::Export, [&calls] { ++calls; });
        handle.start();
        QCOMPARE(model.index(0, 0).data(JobListModel::CancellableRole).toBool(), true);
        QVERIFY(registry.cancel(handle.id()));
        QCOMPARE(calls, 1);
        QVERIFY(handle.isCancelRequested());
        QCOMPARE(cell(model, 0, JobListModel::State), u"Cancelling…"_s); // until the producer stops
        QCOMPARE(model.index(0, 0).data(JobListModel::CancellableRole).toBool(), false);
        QVERIFY(registry.cancel(handle.id())); // asked already: not again
        QCOMPARE(calls, 1);
        handle.cancelled(u"Stopped."_s);
        QCOMPARE(cell(model, 0, JobListModel::State), u"Cancelled"_s);
        QVERIFY(!registry.cancel(handle.id())); // ended

        // a producer may end its job inside its cancel function
        JobHandle quick;
        quick = registry.add(u"Waiting sync"_s, JobKind::Sync, [&quick] { quick.cancelled(); });
        QVERIFY(registry.cancel(quick.id()));
        QCOMPARE(registry.job(quick.id())->state, JobState::Cancelled);

        // without a cancel function a job cannot be cancelled
        const JobHandle fixed = registry.add(u"Fixed"_s, JobKind::Refresh);
        QVERIFY(!registry.cancel(fixed.id()));
        QVERIFY(!registry.job(fixed.id())->cancelRequested);
    }

    void cancelAllAndClearFinished()
    {
        JobRegistry registry;
        JobListModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<int> cancelled;
        QList<JobHandle> handles;
        for (int i = 0; i < 5; ++i) {
            handles << registry.add(u"Job %1"_s.arg(i), JobKind::Batch, [&cancelled, &handles, i] {
                cancelled << i;
                handles.at(i).cancelled();
            });
        }
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(cell(model, 0, JobListModel::Title), u"Job 4"_s); // newest first
        handles.at(1).finish();
        handles.at(3).fail(u"broken"_s);
        registry.cancelAll();
        std::sort(cancelled.begin(), cancelled.end());
        QCOMPARE(cancelled, (QList<int>{0, 2, 4})); // the active ones
        QCOMPARE(registry.activeCount(), 0);

        const JobHandle running = registry.add(u"Still running"_s, JobKind::Sync);
        running.start();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        registry.clearFinished();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, JobListModel::Title), u"Still running"_s);
        QCOMPARE(registry.jobs().size(), 1);
        QVERIFY(removed.count() >= 1);
        registry.clearFinished(); // nothing ended: nothing removed
        QCOMPARE(model.rowCount(), 1);

        // a model made later shows what the registry holds
        JobListModel late(&registry);
        QCOMPARE(late.rowCount(), 1);
        QCOMPARE(late.jobAt(0).id, running.id());
    }

    void nullHandleIsIgnored()
    {
        const JobHandle none;
        QVERIFY(none.isNull());
        QVERIFY(!none.isActive());
        none.setProgress(1, 2);
        none.finish();
        none.fail(u"x"_s);
        JobHandle orphan;
        {
            JobRegistry registry;
            orphan = registry.add(u"Gone"_s, JobKind::Sync);
        }
        QVERIFY(orphan.isNull()); // its registry went away
        orphan.finish();
    }

    void producerDeletedEndsItsJob()
    {
        JobRegistry registry;
        auto *job
            = new Transfer::ExportJob(u"unused.csv"_s, {}, [](QString *) { return Transfer::TableSources(); }, {});
        const JobHandle handle = Models::JobTracking::trackExport(&registry, job, u"Export"_s);
        QVERIFY(handle.isActive());
        delete job; // its owner went away before it finished
        QCOMPARE(registry.job(handle.id())->state, JobState::Cancelled);
        QCOMPARE(registry.activeCount(), 0);
    }

    void formatElapsed_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << u"0:00"_s;
        QTest::newRow("seconds") << qint64(7'900) << u"0:07"_s;
        QTest::newRow("minutes") << qint64(750'000) << u"12:30"_s;
        QTest::newRow("hours") << qint64(3'723'000) << u"1:02:03"_s;
        QTest::newRow("negative") << qint64(-5) << u"0:00"_s;
    }

    void formatElapsed()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(Job::formatElapsed(ms), text);
    }

    void exportJobIsTracked_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("completes") << false;
        QTest::newRow("cancelled") << true;
    }

    void exportJobIsTracked()
    {
        QFETCH(bool, cancel);
        QTemporaryDir dir;
        JobRegistry registry;
        JobListModel model(&registry);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 count = cancel ? 2'000'000 : 3;
        Transfer::ExportOptions options;
        options.format = Transfer::ExportFormat::Csv;
        Transfer::ExportJob job(
            dir.filePath(u"out.csv"_s), {},
            [count](QString *) {
                Transfer::TableSources sources;
                sources.push_back(std::make_unique<Transfer::GeneratedTableSource>(u"Rows"_s,
                    Transfer::ExportColumns{{u"n"_s, u"N"_s, Transfer::ColumnType::Integer}}, count,
                    [](qint64 first, int n, QList<Transfer::ExportRow> *out) {
                        for (qint64 i = first; i < first + n; ++i)
                            out->append(Transfer::ExportRow{i});
                    }));
                return sources;
            },
            options);
        const JobHandle handle = Models::JobTracking::trackExport(&registry, &job, u"Export out.csv"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(registry.job(handle.id())->kind, JobKind::Export);
        QVERIFY(registry.job(handle.id())->cancellable);
        QSignalSpy finished(&job, &Transfer::ExportJob::finished);
        job.start();
        if (cancel) {
            QTRY_VERIFY(registry.job(handle.id())->done > 0);
            QVERIFY(registry.cancel(handle.id()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const Job ended = *registry.job(handle.id());
        QCOMPARE(ended.state, cancel ? JobState::Cancelled : JobState::Done);
        if (!cancel) {
            QVERIFY2(ended.detail.contains(u"out.csv"_s), qPrintable(ended.detail));
            QCOMPARE(QFile::exists(dir.filePath(u"out.csv"_s)), true);
        }
        QVERIFY(Models::JobTracking::trackExport(nullptr, &job, u"x"_s).isNull()); // no registry: nothing
    }
};

QTEST_GUILESS_MAIN(TestJobListModel)
#include "tst_joblistmodel.moc"
