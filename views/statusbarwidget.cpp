#include "views/statusbarwidget.h"

#include "models/connectionstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

using namespace Qt::StringLiterals;
using State = Springdesk::Models::ConnectionStatus::State;

namespace Springdesk::Views {

StatusBarWidget::StatusBarWidget(Models::ConnectionStatus *status, QWidget *parent)
    : QWidget(parent)
    , m_status(status)
    , m_indicator(new QLabel(this))
    , m_connection(new QLabel(this))
    , m_failure(new QLabel(this))
    , m_cache(new QLabel(this))
    , m_timer(new QTimer(this))
{
    m_connection->setObjectName(u"connectionState"_s);
    m_cache->setObjectName(u"cacheAge"_s);
    m_failure->setObjectName(u"syncFailure"_s);
    m_failure->setStyleSheet(u"color: #c62828;"_s);
    m_failure->hide();
    m_indicator->setFixedSize(10, 10);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_indicator);
    layout->addWidget(m_connection);
    layout->addSpacing(16);
    layout->addWidget(m_failure);
    layout->addWidget(m_cache);
    connect(m_status, &Models::ConnectionStatus::changed, this, &StatusBarWidget::refresh);
    connect(m_timer, &QTimer::timeout, this, &StatusBarWidget::refresh);
    m_timer->start(std::chrono::minutes(1));
    refresh();
}

QString StatusBarWidget::failureText() const
{
    return m_failure->text();
}

QString StatusBarWidget::connectionText() const
{
    return m_connection->text();
}

QString StatusBarWidget::cacheText() const
{
    return m_cache->text();
}

void StatusBarWidget::refresh()
{
    m_connection->setText(m_status->stateText());
    m_connection->setToolTip(m_status->stateText());
    m_cache->setText(m_status->cacheAgeText());
    m_cache->setToolTip(m_status->cacheAgeDetails());
    m_failure->setText(m_status->failureText());
    m_failure->setToolTip(m_status->cacheAgeDetails());
    m_failure->setVisible(!m_failure->text().isEmpty());
    QString color;
    switch (m_status->state()) {
    case State::Connected:
        color = u"#2e7d32"_s;
        break;
    case State::Failed:
    case State::KeyringLocked:
        color = u"#c62828"_s;
        break;
    case State::Checking:
        color = u"#ef8f00"_s;
        break;
    case State::NoProfile:
    case State::NoKey:
    case State::NotChecked:
        color = u"#9e9e9e"_s;
        break;
    }
    m_indicator->setStyleSheet(u"background: %1; border-radius: 5px;"_s.arg(color));
}

} // namespace Springdesk::Views
