#pragma once

#include "core/transfer/exportwriter.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

namespace Springdesk::Transfer {

// One export on a worker thread, for the GUI: progress() while it writes, cancel() at any time,
// and exactly one finished(). The sources are made by `makeSources` inside the worker thread (a
// source over the cache opens its connection in the thread that reads it).
class ExportJob final : public QObject
{
    Q_OBJECT

public:
    // Returns the sources, or none with `error` (translated) set.
    using SourceFactory = std::function<TableSources(QString *error)>;

    ExportJob(QString path, ExportDocument document, SourceFactory makeSources, ExportOptions options,
        QObject *parent = nullptr);
    ~ExportJob() override; // cancels and waits for the worker

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    QString path() const { return m_path; }

Q_SIGNALS:
    // Rows written so far and the total (-1 when unknown).
    void progress(qint64 rowsWritten, qint64 totalRows);
    void finished(const Springdesk::Transfer::ExportError &error);

private:
    struct Shared
    {
        std::atomic_bool cancelled{false};
    };

    QString m_path;
    ExportDocument m_document;
    SourceFactory m_makeSources;
    ExportOptions m_options;
    std::shared_ptr<Shared> m_shared;
    QFuture<ExportError> m_future;
    bool m_running = false;
};

} // namespace Springdesk::Transfer
