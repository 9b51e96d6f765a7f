#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace Springdesk::Models {
class ConnectionStatus;
}

namespace Springdesk::Views {

// The status bar's permanent part: connection state and cache age (refreshed every minute).
class StatusBarWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit StatusBarWidget(Models::ConnectionStatus *status, QWidget *parent = nullptr);

    QString connectionText() const;
    QString cacheText() const;

private:
    void refresh();

    Models::ConnectionStatus *m_status;
    QLabel *m_indicator;
    QLabel *m_connection;
    QLabel *m_cache;
    QTimer *m_timer;
};

} // namespace Springdesk::Views
