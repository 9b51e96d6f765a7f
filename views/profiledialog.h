#pragma once

#include "core/api/proberesult.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProfileDialog;
}
namespace Springdesk::Settings {
class ProfileStore;
}
namespace Springdesk::Secrets {
class ProfileSecrets;
class SecretJob;
} // namespace Springdesk::Secrets
namespace Springdesk::Models {
class ActivityLog;
class ProfileListModel;
} // namespace Springdesk::Models
namespace Springdesk::Api {
class ConnectionProbe;
} // namespace Springdesk::Api

class QLabel;

namespace Springdesk::Views {

// Adds, edits and removes connection profiles, stores their API keys (keyring, or this
// session only when the keyring fails and the user agrees) and tests the connection.
class ProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(Settings::ProfileStore *store, Secrets::ProfileSecrets *secrets, Models::ActivityLog *log,
        QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // The profile being edited; empty while a new one is being entered.
    QString currentId() const { return m_currentId; }
    void selectProfile(const QString &id);
    void startNewProfile();
    bool isBusy() const { return m_busy; }
    bool isTesting() const;
    // Limits "Test connection" (default 15 s).
    void setTestTimeoutMs(qint64 ms);

Q_SIGNALS:
    // A profile (and its key, if one was entered) has been saved.
    void profileSaved(const QString &id);
    // "Test connection" finished; the result is also shown in the dialog.
    void connectionTested(const Springdesk::Api::ProbeResult &result);

private:
    void onSelectionChanged();
    // The address or key was edited: stale test results and errors go; a new host asks for its key.
    void onAddressOrKeyEdited();
    void loadProfile(const QString &id);
    void save();
    // Asks (default No) whether to switch the window to a profile just added.
    void offerSwitch(const QString &id);
    void storeKey(const QString &id, const QString &key);
    void onKeyStored(Secrets::SecretJob *job, const QString &key);
    void removeCurrent();
    void refreshKeyStatus();
    void testConnection();
    void probeWith(const QUrl &url, const QString &key);
    void showProbeResult(const Api::ProbeResult &result);
    void setBusy(bool busy);
    void setFieldError(const QString &field, const QString &message);
    void clearErrors();
    bool confirmDiscard();

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    Settings::ProfileStore *m_store;
    Secrets::ProfileSecrets *m_secrets;
    Models::ActivityLog *m_log;
    Models::ProfileListModel *m_model;
    Api::ConnectionProbe *m_probe;
    QLabel *m_tagError; // a new profile has no tag until one is chosen
    QString m_currentId;
    bool m_dirty = false;
    bool m_busy = false;
    bool m_loading = false;
    int m_keyStatusGeneration = 0;
    int m_testGeneration = 0;
};

} // namespace Springdesk::Views
