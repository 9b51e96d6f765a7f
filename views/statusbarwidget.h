#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace Springdesk::Models {
class ConnectionStatus;
}

namespace Springdesk::Views {

// The status bar's permanent part: connection state, a failed last synchronisation (in red,
// until the next one succeeds) and the cache's age per area (refreshed every minute; the
// tooltip gives every area's time in local time).
class StatusBarWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBarWidget(Models::ConnectionStatus *status, QWidget *parent = nullptr);

    QString connectionText() const;
    QString cacheText() const;
    // Empty when the last synchronisation did not fail.
    QString failureText() const;

private:
    void refresh();

    Models::ConnectionStatus *m_status;
    QLabel *m_indicator;
    QLabel *m_connection;
    QLabel *m_failure;
    QLabel *m_cache;
    QTimer *m_timer;
};

} // namespace Springdesk::Views
