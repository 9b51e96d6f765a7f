#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Springdesk::Models {
class ConnectionService;
class OperationLogModel;
} // namespace Springdesk::Models

namespace Springdesk::Views {

// "Changes": the operation log of the active profile — every command Springdesk sent from the
// GUI, the CLI or an import, newest first — with a text filter (function, parameters, IDs,
// message), an outcome filter and a period. Follows the profile's cache (the log lives beside
// it) and reloads when an operation of this window finishes.
class ChangesDock final : public QDockWidget
{
    Q_OBJECT

public:
    ChangesDock(Models::ConnectionService *connection, QWidget *parent = nullptr);

    Models::OperationLogModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *outcomeFilter() const { return m_outcome; }
    QComboBox *periodFilter() const { return m_period; }
    // Re-reads the log of the active profile.
    void reload();

private:
    void applyFilter();

    Models::ConnectionService *m_connection;
    Models::OperationLogModel *m_model;
    QLineEdit *m_text;
    QComboBox *m_outcome;
    QComboBox *m_period;
    QLabel *m_count;
    QTableView *m_view;
    QTimer *m_debounce;
};

} // namespace Springdesk::Views
