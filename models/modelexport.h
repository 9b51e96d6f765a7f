#pragma once

#include "core/transfer/tablesource.h"

#include <QAbstractItemModel>

namespace Springdesk::Models {

// Exports of what a table view shows, read from its model: the header's DisplayRole is a column's
// title, ExportTypeRole (on the horizontal header) its Transfer::ColumnType (Text when absent),
// and each cell's raw-value role its typed value, so a number stays a number.
namespace ModelExport {

constexpr int ExportTypeRole = Qt::UserRole + 100; // headerData: int(Transfer::ColumnType)

Transfer::ExportColumns columns(const QAbstractItemModel *model, const QList<int> &modelColumns);
// The given rows (in this order) of the model, in the UI thread: a snapshot for a source that
// is read elsewhere.
QList<Transfer::ExportRow> rows(
    const QAbstractItemModel *model, const QList<int> &rows, const QList<int> &modelColumns, int rawRole);

} // namespace ModelExport

} // namespace Springdesk::Models
