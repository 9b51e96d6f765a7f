#pragma once

#include "core/settings/connectionprofile.h"

#include <QColor>
#include <QIcon>

namespace Springdesk::Models {

// The colour and the round badge icon of an environment tag (needs a QGuiApplication).
QColor tagColor(Settings::ProfileTag tag);
QIcon tagIcon(Settings::ProfileTag tag);

} // namespace Springdesk::Models
