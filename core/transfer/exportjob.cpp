#include "core/transfer/exportjob.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Springdesk::Transfer {

ExportJob::ExportJob(
    QString path, ExportDocument document, SourceFactory makeSources, ExportOptions options, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_document(std::move(document))
    , m_makeSources(std::move(makeSources))
    , m_options(std::move(options))
    , m_shared(std::make_shared<Shared>())
{ }

ExportJob::~ExportJob()
{
    m_shared->cancelled = true;
    m_future.waitForFinished();
}

void ExportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    // The destructor waits for the worker, so `job` outlives it; progress events still queued
    // when the job is deleted are dropped with it.
    ExportJob *job = this;
    auto shared = m_shared;
    auto *watcher = new QFutureWatcher<ExportError>(this);
    connect(watcher, &QFutureWatcher<ExportError>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        Q_EMIT finished(watcher->result());
    });
    m_future = QtConcurrent::run([job, shared, path = m_path, document = m_document, make = m_makeSources,
                                     options = m_options]() -> ExportError {
        QString error;
        TableSources sources = make(&error);
        if (sources.empty())
            return ExportError::make(ExportError::Kind::Source, error);
        qint64 total = 0;
        for (const auto &s : sources)
            total = (total < 0 || s->rowCountHint() < 0) ? -1 : total + s->rowCountHint();
        if (shared->cancelled)
            return ExportError::cancelled();
        return ExportWriter::write(path, document, sources, options, [job, shared, total](qint64 rows) {
            QMetaObject::invokeMethod(
                job, [job, rows, total] { Q_EMIT job->progress(rows, total); }, Qt::QueuedConnection);
            return !shared->cancelled;
        });
    });
    watcher->setFuture(m_future);
}

void ExportJob::cancel()
{
    m_shared->cancelled = true;
}

} // namespace Springdesk::Transfer
