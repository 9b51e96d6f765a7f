#include "models/userexport.h"

#include "core/transfer/reportsources.h"
#include "models/usertablemodel.h"

namespace Springdesk::Models {

int UserExport::cursorColumn(int modelColumn)
{
    // ReportRepository::users: external_id, uid, login, name, first_name, last_name, email, roles,
    // active, archived, fetched_at
    switch (UserTableModel::Column(modelColumn)) {
    case UserTableModel::Name:
        return 3;
    case UserTableModel::Login:
        return 2;
    case UserTableModel::Email:
        return 6;
    case UserTableModel::ExternalId:
        return 0;
    case UserTableModel::Roles:
        return 7;
    case UserTableModel::Active:
        return 8;
    case UserTableModel::FetchedAt:
        return 10;
    case UserTableModel::Archived:
        return 9;
    case UserTableModel::ColumnCount:
        break;
    }
    return -1;
}

Transfer::TableSources UserExport::allRows(const QString &cacheFile, const Store::UserQuery &query,
    const QList<int> &modelColumns, const Transfer::ExportColumns &columns, const QString &sheetName)
{
    QList<int> cursorColumns;
    for (int c : modelColumns)
        cursorColumns << cursorColumn(c);
    Transfer::TableSources sources;
    sources.push_back(std::make_unique<Transfer::CacheQuerySource>(
        cacheFile, sheetName, columns, [query](const Store::ReportRepository &repo) { return repo.users(query); },
        [cursorColumns](const QVariantList &raw) {
            Transfer::ExportRow row;
            row.reserve(cursorColumns.size());
            for (int c : cursorColumns)
                row.append(c < 0 ? QVariant() : raw.value(c));
            return row;
        }));
    return sources;
}

} // namespace Springdesk::Models
