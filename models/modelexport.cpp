#include "models/modelexport.h"

using namespace Qt::StringLiterals;

namespace Springdesk::Models::ModelExport {

Transfer::ExportColumns columns(const QAbstractItemModel *model, const QList<int> &modelColumns)
{
    Transfer::ExportColumns out;
    for (int c : modelColumns) {
        const QVariant type = model->headerData(c, Qt::Horizontal, ExportTypeRole);
        out.append({u"column%1"_s.arg(c), model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString(),
            type.isValid() ? Transfer::ColumnType(type.toInt()) : Transfer::ColumnType::Text});
    }
    return out;
}

QList<Transfer::ExportRow> rows(
    const QAbstractItemModel *model, const QList<int> &rows, const QList<int> &modelColumns, int rawRole)
{
    QList<Transfer::ExportRow> out;
    out.reserve(rows.size());
    for (int r : rows) {
        Transfer::ExportRow row;
        row.reserve(modelColumns.size());
        for (int c : modelColumns)
            row.append(model->data(model->index(r, c), rawRole));
        out.append(row);
    }
    return out;
}

} // namespace Springdesk::Models::ModelExport
