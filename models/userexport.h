#pragma once

#include "core/store/userquery.h"
#include "core/transfer/tablesource.h"

namespace Springdesk::Models {

// Every user matching a Users pane's query, streamed from the cache through
// Store::ReportRepository in the query's order, as the pane's visible columns
// (UserTableModel::Column values, in view order): the export of a large filtered set without
// loading it into the model.
class UserExport
{
public:
    static Transfer::TableSources allRows(const QString &cacheFile, const Store::UserQuery &query,
        const QList<int> &modelColumns, const Transfer::ExportColumns &columns, const QString &sheetName);
    // The cursor column (Store::ReportRepository::users) of a UserTableModel column; -1 when none.
    static int cursorColumn(int modelColumn);
};

} // namespace Springdesk::Models
