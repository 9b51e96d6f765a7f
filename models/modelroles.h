#pragma once

#include <Qt>

namespace Springdesk::Models {

// Item roles shared by every model a pane shows (UserTableModel's RawValueRole and UidRole are
// these numbers too, so a pane skeleton or an export reads any model the same way):
//   RawValueRole  the typed value of the cell, for sorting and export (QString, int, bool,
//                 QDateTime, QStringList); DisplayRole is the formatted text;
//   KeyRole       the row's stable key on every column (a UID, or an ID where the API has no UID),
//                 as a QString. Views::ResourcePane keeps the selection, the current row and the
//                 scroll position by this key when the model reloads (after a sync, a refresh or
//                 a fetch), so a row stays selected wherever it moves.
enum ItemRole : int
{
    RawValueRole = Qt::UserRole + 1,
    KeyRole = Qt::UserRole + 100,
};

} // namespace Springdesk::Models
