#pragma once

#include <Qt>

namespace Springdesk::Models {

// Item roles shared by the pane models (the numbers match UserTableModel's RawValueRole and
// UidRole, so a pane skeleton can read any of them the same way):
//   RawValueRole  the typed value of the cell, for sorting and export (QString, int, bool,
//                 QDateTime, QStringList); DisplayRole is the formatted text;
//   KeyRole       the row's stable key on every column (a group's ID, a profile's UID, …): keep
//                 the selection by it across reloads.
enum ItemRole : int
{
    RawValueRole = Qt::UserRole + 1,
    KeyRole = Qt::UserRole + 2,
};

} // namespace Springdesk::Models
