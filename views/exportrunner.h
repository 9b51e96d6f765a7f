#pragma once

#include "core/transfer/exportjob.h"
#include "models/jobhandle.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Springdesk::Models {
class JobRegistry;
}

namespace Springdesk::Views {

// One export from the GUI: asks for the file (MessageBoxes::saveFileName, so tests can answer),
// writes it on a worker thread (Transfer::ExportJob) as a job of the Jobs panel (progress,
// Cancel; the window stays usable), then says how it went in the main window's status bar; a
// failure's error stays with the job. Without a job registry it shows a window-modal progress
// dialog with Cancel instead, and a failure in a message box. Deletes itself when done.
class ExportRunner final : public QObject
{
    Q_OBJECT

public:
    // Returns the runner, or nullptr when the user chose no file. `suggestedName` without extension.
    static ExportRunner *start(QWidget *parent, Models::JobRegistry *jobs, const QString &suggestedName,
        Transfer::ExportDocument document, Transfer::ExportJob::SourceFactory makeSources);

    Transfer::ExportJob *job() const { return m_job; }
    // Its job in the Jobs panel (null without a registry).
    Models::JobHandle jobHandle() const { return m_handle; }

Q_SIGNALS:
    void finished(const Springdesk::Transfer::ExportError &error, const QString &path);

private:
    ExportRunner(QWidget *parent, Models::JobRegistry *jobs, Transfer::ExportJob *job);
    void onProgress(qint64 rows, qint64 total);
    void onFinished(const Transfer::ExportError &error);

    QPointer<QWidget> m_parent;
    Transfer::ExportJob *m_job;
    QProgressDialog *m_progress = nullptr; // without a job registry
    Models::JobHandle m_handle;
    qint64 m_rows = 0;
};

} // namespace Springdesk::Views
