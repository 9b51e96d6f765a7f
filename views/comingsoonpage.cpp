#include "views/comingsoonpage.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Springdesk::Views {

ComingSoonPage::ComingSoonPage(const Models::PaneInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_pane(info.pane)
    , m_title(new QLabel(info.title, this))
    , m_badge(new QLabel(tr("Coming in a later version"), this))
    , m_capability(new QLabel(info.capability, this))
{
    setObjectName(u"comingSoon-"_s + Models::PaneCatalog::key(info.pane));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);

    m_badge->setObjectName(u"comingBadge"_s);
    m_badge->setAlignment(Qt::AlignHCenter);
    m_badge->setStyleSheet(u"QLabel#comingBadge { color: palette(mid); font-style: italic; }"_s);

    m_capability->setWordWrap(true);
    m_capability->setAlignment(Qt::AlignHCenter);
    m_capability->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addWidget(m_badge);
    layout->addSpacing(12);
    layout->addWidget(m_capability);
    layout->addStretch(3);
}

QString ComingSoonPage::titleText() const
{
    return m_title->text();
}

QString ComingSoonPage::capabilityText() const
{
    return m_capability->text();
}

} // namespace Springdesk::Views
