#include "views/taglabel.h"

using namespace Qt::StringLiterals;
using Springdesk::Settings::ConnectionProfile;

namespace Springdesk::Views {

TagLabel::TagLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"tagLabel"_s);
    setAlignment(Qt::AlignCenter);
    setFocusPolicy(Qt::NoFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a small pill, not a button-sized block
    setTextInteractionFlags(Qt::NoTextInteraction);
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
    //: tooltip of the environment badge beside the profile switcher
    setToolTip(tr("The active profile points at a %1 environment. This badge only informs: the tag is changed "
                  "in the connection profiles (File menu).")
                   .arg(text()));
    // a flat badge (small caps-like text, no raised look), so that nobody takes it for a button
    setStyleSheet(u"QLabel#tagLabel { background: %1; color: white; font-weight: bold; font-size: 8pt;"
                  " border-radius: 8px; padding: 0px 6px; }"_s.arg(ConnectionProfile::tagColorName(*tag)));
    show();
}

} // namespace Springdesk::Views
