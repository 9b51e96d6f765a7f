#pragma once

#include "core/transfer/exportjob.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Springdesk::Views {

// One export from the GUI: asks for the file (MessageBoxes::saveFileName, so tests can answer),
// writes it on a worker thread (Transfer::ExportJob) behind a window-modal progress dialog with
// Cancel, then says how it went: the main window's status bar on success, a message box on
// failure. Deletes itself when done.
class ExportRunner final : public QObject
{
    Q_OBJECT

public:
    // Returns the runner, or nullptr when the user chose no file. `suggestedName` without extension.
    static ExportRunner *start(QWidget *parent, const QString &suggestedName, Transfer::ExportDocument document,
        Transfer::ExportJob::SourceFactory makeSources);

    Transfer::ExportJob *job() const { return m_job; }

Q_SIGNALS:
    void finished(const Springdesk::Transfer::ExportError &error, const QString &path);

private:
    ExportRunner(QWidget *parent, Transfer::ExportJob *job);
    void onProgress(qint64 rows, qint64 total);
    void onFinished(const Transfer::ExportError &error);

    QPointer<QWidget> m_parent;
    Transfer::ExportJob *m_job;
    QProgressDialog *m_progress;
    qint64 m_rows = 0;
};

} // namespace Springdesk::Views
