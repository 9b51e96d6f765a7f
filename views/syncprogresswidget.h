#pragma once

#include "core/store/syncprogress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Springdesk::Models {
class CacheSession;
}

namespace Springdesk::Views {

// The status bar's part for a running sync: the current phase with done/total, a progress bar
// over all calls known so far, the estimated time left and a Cancel button. Hidden when no
// sync runs.
class SyncProgressWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit SyncProgressWidget(Models::CacheSession *session, QWidget *parent = nullptr);

    QString phaseText() const;
    QString etaText() const;
    QPushButton *cancelButton() const { return m_cancel; }

private:
    void onStarted();
    void onProgress(const Store::SyncProgress &progress);
    void onSyncingChanged(bool syncing);

    Models::CacheSession *m_session;
    QLabel *m_phase;
    QProgressBar *m_bar;
    QLabel *m_eta;
    QPushButton *m_cancel;
};

} // namespace Springdesk::Views
