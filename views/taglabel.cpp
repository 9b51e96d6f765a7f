#include "views/taglabel.h"

using namespace Qt::StringLiterals;
using Springdesk::Settings::ConnectionProfile;

namespace Springdesk::Views {

TagLabel::TagLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"tagLabel"_s);
    setAlignment(Qt::AlignCenter);
    setTag(std::nullopt);
}

void TagLabel::setTag(std::optional<Settings::ProfileTag> tag)
{
    m_tag = tag;
    if (!tag) {
        setText({});
        setToolTip({});
        setStyleSheet({});
        hide();
        return;
    }
    setText(ConnectionProfile::tagDisplayName(*tag));
    setToolTip(tr("This profile is tagged “%1”.").arg(text()));
    setStyleSheet(u"QLabel#tagLabel { background: %1; color: white; font-weight: bold; border-radius: 4px;"
                  " padding: 2px 8px; }"_s.arg(ConnectionProfile::tagColorName(*tag)));
    show();
}

} // namespace Springdesk::Views
