#pragma once

#include "core/store/idtrackjob.h"
#include "core/store/knownidregistry.h"

#include <QDialog>

#include <memory>

class QLabel;
class QListWidget;

namespace Ui {
class TrackIdDialog;
}
namespace Springdesk::Models {
class IdTrackingController;
}

namespace Springdesk::Views {

// "Track group…": a kind, an ID and a Track button. The check runs through the controller
// (busy while it runs); the result shows in the dialog, which stays open so the user can
// correct the ID after a failure or track the next one.
class TrackIdDialog final : public QDialog
{
    Q_OBJECT

public:
    // The controller is not owned and must outlive the dialog.
    explicit TrackIdDialog(Models::IdTrackingController *controller, QWidget *parent = nullptr);
    ~TrackIdDialog() override;

    void setKind(Store::KnownId::Kind kind);
    Store::KnownId::Kind kind() const;
    void setId(const QString &id);
    bool isBusy() const;
    // The text under the form: a validation problem, "Checking…" or the last result.
    QString resultText() const;
    bool canTrack() const;
    // Same as clicking Track; false when the input is invalid or a check runs.
    bool track();
    // Same as clicking Stop tracking: removes the entered ID from the cache; false when it was
    // not tracked (the reason shows in the dialog) or the input is invalid.
    bool stopTracking();

    static QString kindDisplayName(Store::KnownId::Kind kind);
    // The IDs of the chosen kind that are tracked, as the list under the form shows them.
    QStringList trackedIds() const;

Q_SIGNALS:
    void tracked(const Springdesk::Store::TrackResult &result);

private:
    void validate();
    void onBusyChanged(bool busy);
    void onFinished(const Store::TrackResult &result);
    void showResult(const QString &text, bool error);
    // Re-reads what is tracked of the chosen kind into the list.
    void refreshTracked();

    std::unique_ptr<Ui::TrackIdDialog> m_ui;
    Models::IdTrackingController *m_controller;
    bool m_waiting = false; // this dialog started the running check
    QLabel *m_trackedLabel;
    QListWidget *m_tracked;
};

} // namespace Springdesk::Views
