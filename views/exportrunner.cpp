#include "views/exportrunner.h"

#include "models/jobtracking.h"
#include "views/messageboxes.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

#include <climits>
#include <limits>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

ExportRunner *ExportRunner::start(QWidget *parent, Models::JobRegistry *jobs, const QString &suggestedName,
    Transfer::ExportDocument document, Transfer::ExportJob::SourceFactory makeSources)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(u"%1-%2.xlsx"_s.arg(suggestedName, QDate::currentDate().toString(Qt::ISODate)));
    QString path = MessageBoxes::saveFileName(
        parent, tr("Export"), tr("Excel workbook (*.xlsx);;CSV, separated by commas or semicolons (*.csv)"), suggested);
    if (path.isEmpty())
        return nullptr;
    auto format = Transfer::ExportWriter::formatFromPath(path);
    if (!format) {
        path += u".xlsx"_s;
        format = Transfer::ExportFormat::Xlsx;
    }
    Transfer::ExportOptions options;
    options.format = *format;
    auto *job = new Transfer::ExportJob(path, std::move(document), std::move(makeSources), options);
    auto *runner = new ExportRunner(parent, jobs, job);
    job->start();
    return runner;
}

ExportRunner::ExportRunner(QWidget *parent, Models::JobRegistry *jobs, Transfer::ExportJob *job)
    : QObject(parent)
    , m_parent(parent)
    , m_job(job)
{
    m_job->setParent(this);
    connect(m_job, &Transfer::ExportJob::progress, this, &ExportRunner::onProgress);
    connect(m_job, &Transfer::ExportJob::finished, this, &ExportRunner::onFinished);
    if (jobs) {
        //: a job in the Jobs panel; %1 the file's name
        m_handle
            = Models::JobTracking::trackExport(jobs, job, tr("Export to %1").arg(QFileInfo(job->path()).fileName()));
        return;
    }
    m_progress = new QProgressDialog(parent);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setLabelText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(job->path())));
    m_progress->setCancelButtonText(tr("Cancel"));
    m_progress->setRange(0, 0);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &Transfer::ExportJob::cancel);
}

void ExportRunner::onProgress(qint64 rows, qint64 total)
{
    m_rows = rows;
    if (!m_progress)
        return; // the Jobs panel shows it
    if (total > 0 && total <= std::numeric_limits<int>::max()) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(qMin(rows, total)));
    }
    m_progress->setLabelText(tr("Exporting to %1… %n row(s) written.", nullptr, int(qMin<qint64>(rows, INT_MAX)))
                                 .arg(QDir::toNativeSeparators(m_job->path())));
}

void ExportRunner::onFinished(const Transfer::ExportError &error)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    const QString path = m_job->path();
    auto *window = qobject_cast<QMainWindow *>(m_parent ? m_parent->window() : nullptr);
    if (error.kind == Transfer::ExportError::Kind::Cancelled) {
        if (window)
            window->statusBar()->showMessage(error.message, 10'000);
    } else if (error && !m_handle.isNull()) {
        // the job keeps the error (double-click it in the Jobs panel)
        if (window)
            window->statusBar()->showMessage(tr("Export failed: %1").arg(error.message), 15'000);
    } else if (error) {
        MessageBoxes::critical(m_parent, tr("Export failed"), error.message);
    } else if (window) {
        window->statusBar()->showMessage(tr("Exported %n row(s) to %1.", nullptr, int(qMin<qint64>(m_rows, INT_MAX)))
                                             .arg(QDir::toNativeSeparators(path)),
            15'000);
    }
    Q_EMIT finished(error, path);
    deleteLater();
}

} // namespace Springdesk::Views
