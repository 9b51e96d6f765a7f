#pragma once

#include "views/exportablepane.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace Springdesk::Settings {
class ProfileStore;
}
namespace Springdesk::Models {
class CacheSession;
class PreviewTableModel;
} // namespace Springdesk::Models
namespace Springdesk::Transfer {
struct ReportDefinition;
}

namespace Springdesk::Views {

// The Reports pane: the built-in reports (Transfer::ReportRegistry), each with its parameters
// (courses, days), a preview of its first rows read from the local cache on a worker thread,
// and Export… (also File → Export…, Ctrl+E), which writes every row to XLSX or CSV.
class ReportsPane final : public QWidget, public ExportablePane
{
    Q_OBJECT

public:
    ReportsPane(Models::CacheSession *session, Settings::ProfileStore *profiles, QWidget *parent = nullptr);
    ~ReportsPane() override;

    static constexpr int PreviewRows = 200;

    QListWidget *reportList() const { return m_list; }
    QLineEdit *coursesEdit() const { return m_courses; }
    QSpinBox *daysSpin() const { return m_days; }
    QTableView *previewTable() const { return m_preview; }
    Models::PreviewTableModel *previewModel() const { return m_previewModel; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *exportButton() const { return m_export; }
    // Selects a report by name (e.g. "course-roster"); false when there is none.
    bool selectReport(const QString &name);
    const Transfer::ReportDefinition *currentReport() const;

    bool canExport() const override;
    void startExport(const Transfer::ExportDocument &base) override;

Q_SIGNALS:
    // A preview was read (or failed: status label says why).
    void previewUpdated();

private:
    struct Preview;
    void onReportChanged();
    void schedulePreview();
    void loadPreview();
    QStringList givenCourses() const;

    Models::CacheSession *m_session;
    Settings::ProfileStore *m_profiles;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_coursesLabel;
    QLineEdit *m_courses;
    QLabel *m_daysLabel;
    QSpinBox *m_days;
    QTableView *m_preview;
    Models::PreviewTableModel *m_previewModel;
    QLabel *m_status;
    QPushButton *m_export;
    QTimer *m_previewTimer;
    int m_generation = 0;
};

} // namespace Springdesk::Views
