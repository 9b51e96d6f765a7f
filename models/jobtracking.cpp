#include "models/jobtracking.h"

#include "core/ops/operationbatch.h"
#include "core/transfer/exportjob.h"
#include "models/jobregistry.h"

#include <QDir>
#include <QPointer>

#include <climits>

namespace Springdesk::Models {

JobHandle JobTracking::trackBatch(JobRegistry *registry, Ops::OperationBatch *batch, const QString &title)
{
    if (!registry)
        return {};
    const QPointer<Ops::OperationBatch> guarded(batch);
    const JobHandle handle = registry->add(title, JobKind::Batch, [guarded] {
        if (guarded)
            guarded->cancel();
    });
    handle.setProgress(0, batch->total());
    handle.setDetail(tr("%n row(s) to send", nullptr, batch->total()));
    QObject::connect(batch, &Ops::OperationBatch::progress, registry, [handle](int finished, int total) {
        handle.setProgress(finished, total);
        handle.setDetail(tr("%1 of %n row(s) done", nullptr, total).arg(finished));
    });
    // the batch emits finished(), so it is alive while this runs
    QObject::connect(batch, &Ops::OperationBatch::finished, registry, [handle, batch] {
        int failed = 0;
        int notSent = 0;
        const QList<std::optional<Ops::OperationBatch::RowResult>> results = batch->results();
        for (const auto &result : results) {
            if (!result)
                continue; // skipped: done in an earlier run
            if (result->cancelled)
                ++notSent;
            else if (result->outcome != Ops::Outcome::Done && result->outcome != Ops::Outcome::VerifiedDone)
                ++failed;
        }
        const int total = batch->total();
        if (notSent > 0) {
            handle.cancelled(tr("Cancelled: %1 of %n row(s) were not sent.", nullptr, total).arg(notSent));
        } else if (failed > 0) {
            handle.fail(
                tr("%1 of %n row(s) failed; the Changes view has each row's outcome.", nullptr, total).arg(failed));
        } else {
            handle.finish(tr("%n row(s) done.", nullptr, total));
        }
    });
    // deleted before it finished (its owner went away): it stopped
    QObject::connect(batch, &QObject::destroyed, registry, [handle] { handle.cancelled(tr("Stopped.")); });
    return handle;
}

JobHandle JobTracking::trackExport(JobRegistry *registry, Transfer::ExportJob *job, const QString &title)
{
    if (!registry)
        return {};
    const QPointer<Transfer::ExportJob> guarded(job);
    const JobHandle handle = registry->add(title, JobKind::Export, [guarded] {
        if (guarded)
            guarded->cancel();
    });
    const QString path = QDir::toNativeSeparators(job->path());
    handle.setDetail(tr("Writing %1…").arg(path));
    QObject::connect(job, &Transfer::ExportJob::progress, registry, [handle, path](qint64 rows, qint64 total) {
        handle.setProgress(rows, total);
        handle.setDetail(tr("Writing %1… %n row(s) written.", nullptr, int(qMin<qint64>(rows, INT_MAX))).arg(path));
    });
    QObject::connect(job, &Transfer::ExportJob::finished, registry, [handle, path](const Transfer::ExportError &error) {
        if (error.kind == Transfer::ExportError::Kind::Cancelled)
            handle.cancelled(error.message);
        else if (error)
            handle.fail(error.message);
        else
            handle.finish(tr("Written to %1.").arg(path));
    });
    QObject::connect(job, &QObject::destroyed, registry, [handle] { handle.cancelled(tr("Stopped.")); });
    return handle;
}

} // namespace Springdesk::Models
