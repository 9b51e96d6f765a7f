#pragma once

#include "models/keyrole.h"

#include <Qt>

namespace Springdesk::Models {

// Item roles shared by the pane models (RawValueRole matches UserTableModel's, so a pane
// skeleton can read any of them the same way):
//   RawValueRole  the typed value of the cell, for sorting and export (QString, int, bool,
//                 QDateTime, QStringList); DisplayRole is the formatted text;
//   KeyRole       (models/keyrole.h, the one ResourcePane keeps selections by) the row's stable
//                 key on every column (a group's ID, a profile's UID, …).
enum ItemRole : int
{
    RawValueRole = Qt::UserRole + 1,
};

} // namespace Springdesk::Models
