#pragma once

#include "models/dashboarddata.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace Springdesk::Models {
class CacheSession;
}

namespace Springdesk::Views {

// The Dashboard pane: Qt Charts over the local cache — subscriptions by status, progress
// distribution per course, expirations over the coming weeks — and over the operation log, the
// commands sent per week by source (window, command line, import: the import history); each with
// "Save as PNG…". Reads on a worker thread when the cache opens, a synchronisation finished or a
// command was sent.
class DashboardPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPane(Models::CacheSession *session, QWidget *parent = nullptr);
    ~DashboardPane() override;

    // Reads the cache and the operation log again (soon; several calls make one read), e.g. when
    // a command was sent.
    void scheduleReload();

    enum Chart
    {
        Status,
        Progress,
        Expirations,
        History,
        ChartCount,
    };

    QChartView *chartView(Chart chart) const { return m_views[chart]; }
    QPushButton *saveButton(Chart chart) const { return m_save[chart]; }
    QLabel *statusLabel() const { return m_status; }
    const Models::DashboardData &data() const { return m_data; }
    // Writes the chart as a PNG image; false with `error` set when the file cannot be written.
    bool savePng(Chart chart, const QString &path, QString *error) const;

Q_SIGNALS:
    void updated();

private:
    void reload();
    void display(const Models::DashboardData &data);
    void saveChart(Chart chart);

    Models::CacheSession *m_session;
    QChartView *m_views[ChartCount];
    QPushButton *m_save[ChartCount];
    QLabel *m_status;
    QTimer *m_reloadTimer;
    Models::DashboardData m_data;
    int m_generation = 0;
};

} // namespace Springdesk::Views
