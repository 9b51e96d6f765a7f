#include "views/syncprogresswidget.h"

#include "models/cachesession.h"
#include "models/syncprogresstext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

SyncProgressWidget::SyncProgressWidget(Models::CacheSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_phase(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_eta(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"syncProgress"_s);
    m_phase->setObjectName(u"syncPhase"_s);
    m_eta->setObjectName(u"syncEta"_s);
    m_cancel->setObjectName(u"syncCancel"_s);
    m_cancel->setToolTip(tr("Stop the synchronisation; what was fetched so far is kept."));
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(16);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phase);
    layout->addWidget(m_bar);
    layout->addWidget(m_eta);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_session, &Models::CacheSession::cancel);
    connect(m_session, &Models::CacheSession::syncStarted, this, &SyncProgressWidget::onStarted);
    connect(m_session, &Models::CacheSession::syncProgress, this, &SyncProgressWidget::onProgress);
    connect(m_session, &Models::CacheSession::syncingChanged, this, &SyncProgressWidget::onSyncingChanged);
    setVisible(m_session->isSyncing());
}

QString SyncProgressWidget::phaseText() const
{
    return m_phase->text();
}

QString SyncProgressWidget::etaText() const
{
    return m_eta->text();
}

void SyncProgressWidget::onStarted()
{
    m_phase->setText(tr("Synchronising…"));
    m_eta->setText(Models::SyncProgressText::describeEta(-1));
    m_bar->setRange(0, 0); // busy until the first progress report
    m_cancel->setEnabled(true);
    show();
}

void SyncProgressWidget::onProgress(const Store::SyncProgress &progress)
{
    m_phase->setText(Models::SyncProgressText::describePhase(progress));
    m_bar->setRange(0, qMax(progress.callsTotal, 1));
    m_bar->setValue(progress.callsDone);
    m_bar->setToolTip(tr("%1 of %2 API calls").arg(progress.callsDone).arg(progress.callsTotal));
    m_eta->setText(Models::SyncProgressText::describeEta(progress.etaMs));
}

void SyncProgressWidget::onSyncingChanged(bool syncing)
{
    setVisible(syncing);
    if (syncing) {
        m_phase->setText(tr("Preparing the synchronisation…"));
        m_eta->clear();
        m_bar->setRange(0, 0);
    }
}

} // namespace Springdesk::Views
