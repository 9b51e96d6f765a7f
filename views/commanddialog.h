#pragma once

#include "views/commandlauncher.h"

#include <QDialog>
#include <QJsonValue>
#include <QPointer>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Ui {
class CommandDialog;
}
namespace Springdesk::Settings {
class ProfileStore;
}
namespace Springdesk::Models {
class ConnectionService;
}
namespace Springdesk::Ops {
class Operation;
}

namespace Springdesk::Views {

class CommandForm;

// One API function, ready to send (the console's and every pane action's frame): the generated
// CommandForm, a preview of the request (method, path, the validated parameters; never the key),
// Send (disabled while anything is wrong), the outcome in plain words and the answer as a table
// (lists) or a tree (objects), copyable, a query's list exportable as CSV.
//
// Before sending it confirms: a destructive command (CommandMeta::destructive) names the object;
// on a profile tagged Production every command names profile and object, and a destructive one
// asks to type the object's ID. Everything is sent through the profile's ConnectionService, so
// validation, verification, the cache update (CacheChange) and the operation log happen there.
class CommandDialog final : public QDialog
{
    Q_OBJECT

public:
    // `service` may be null (no cache, no connection): the form works, Send explains why not.
    CommandDialog(Models::ConnectionService *service, Settings::ProfileStore *profiles,
        const CommandLauncher::Request &request, const QString &cacheFile, QWidget *parent = nullptr);
    ~CommandDialog() override;

    CommandForm *form() const { return m_form; }
    QPushButton *sendButton() const;
    QPushButton *copyButton() const;
    QPushButton *exportButton() const;
    QPlainTextEdit *preview() const;
    QLabel *outcomeLabel() const;
    QTableWidget *answerTable() const;
    QTreeWidget *answerTree() const;
    QPlainTextEdit *answerText() const;
    // The object the command is about, as the title and the confirmations name it.
    QString objectText() const;
    bool isSending() const { return !m_running.isNull(); }

    // Asks what has to be asked, then sends; false when nothing was sent (invalid, not
    // confirmed, no connection).
    bool send();
    void copyAnswer();
    // Writes the list answer to a CSV file chosen by the admin.
    void exportAnswer();

Q_SIGNALS:
    // The command's outcome is shown (succeeded: done or verified done).
    void commandFinished(bool succeeded);

private:
    bool confirm();
    QString objectId() const;
    void updateState();
    void updatePreview();
    void onFinished(Ops::Operation *operation);
    void showAnswer(const QJsonValue &json);

    std::unique_ptr<Ui::CommandDialog> m_ui;
    Models::ConnectionService *m_service;
    Settings::ProfileStore *m_profiles;
    CommandLauncher::Request m_request;
    CommandForm *m_form;
    QPointer<Ops::Operation> m_running;
    QJsonValue m_answer;
};

} // namespace Springdesk::Views
