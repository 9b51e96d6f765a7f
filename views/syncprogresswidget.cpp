#include "views/syncprogresswidget.h"

#include "models/cachesession.h"

#include <QHBoxLayout>
#include <QHash>
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
    m_eta->setText(describeEta(-1));
    m_bar->setRange(0, 0); // busy until the first progress report
    m_cancel->setEnabled(true);
    show();
}

void SyncProgressWidget::onProgress(const Store::SyncProgress &progress)
{
    m_phase->setText(describePhase(progress));
    m_bar->setRange(0, qMax(progress.callsTotal, 1));
    m_bar->setValue(progress.callsDone);
    m_bar->setToolTip(tr("%1 of %2 API calls").arg(progress.callsDone).arg(progress.callsTotal));
    m_eta->setText(describeEta(progress.etaMs));
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

QString SyncProgressWidget::describePhase(const Store::SyncProgress &progress)
{
    const Store::SyncPhase *current = nullptr;
    for (const Store::SyncPhase &phase : progress.phases) {
        if (phase.done < phase.total) {
            current = &phase;
            break;
        }
    }
    if (!current && !progress.phases.isEmpty())
        current = &progress.phases.constLast();
    if (!current)
        return tr("Synchronising…");
    //: sync progress in the status bar: phase name (e.g. "user details"), calls done, calls known
    return tr("Syncing %1: %2/%3").arg(phaseName(current->name)).arg(current->done).arg(current->total);
}

QString SyncProgressWidget::phaseName(const QString &name)
{
    // the sync engine's phase names (core/store/syncplan.cpp), for the status bar
    static const QHash<QString, const char *> names{{u"users"_s, QT_TR_NOOP("users")},
        {u"user details"_s, QT_TR_NOOP("user details")}, {u"templates"_s, QT_TR_NOOP("templates")},
        {u"courses"_s, QT_TR_NOOP("courses")}, {u"course details"_s, QT_TR_NOOP("course details")},
        {u"rosters"_s, QT_TR_NOOP("rosters")}, {u"groups"_s, QT_TR_NOOP("groups")},
        {u"calendar"_s, QT_TR_NOOP("calendar")}, {u"profiles"_s, QT_TR_NOOP("profiles")},
        {u"bundles"_s, QT_TR_NOOP("bundles")}, {u"bundle courses"_s, QT_TR_NOOP("bundle courses")},
        {u"events"_s, QT_TR_NOOP("events")}, {u"registry"_s, QT_TR_NOOP("known IDs")},
        {u"results"_s, QT_TR_NOOP("results")}, {u"subscriptions"_s, QT_TR_NOOP("subscriptions")},
        {u"user skill profiles"_s, QT_TR_NOOP("skill profiles of users")},
        {u"bundle subscriptions"_s, QT_TR_NOOP("bundle subscriptions")}};
    const char *source = names.value(name);
    return source ? tr(source) : name;
}

QString SyncProgressWidget::describeEta(qint64 etaMs)
{
    if (etaMs < 0)
        return tr("estimating time left…");
    const qint64 seconds = (etaMs + 999) / 1000;
    if (seconds < 60)
        return tr("about %n second(s) left", nullptr, int(seconds));
    return tr("about %n minute(s) left", nullptr, int((seconds + 59) / 60));
}

} // namespace Springdesk::Views
