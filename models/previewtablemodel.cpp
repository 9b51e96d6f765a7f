#include "models/previewtablemodel.h"

#include "core/transfer/cellformat.h"
#include "models/modelexport.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Springdesk::Models {

using Transfer::ColumnType;
namespace CellFormat = Transfer::CellFormat;

PreviewTableModel::PreviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PreviewTableModel::setTable(const Transfer::ExportColumns &columns, const QList<Transfer::ExportRow> &rows)
{
    beginResetModel();
    m_columns = columns;
    m_rows = rows;
    endResetModel();
}

void PreviewTableModel::clear()
{
    setTable({}, {});
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant value = m_rows.at(index.row()).value(index.column());
    if (role == RawValueRole)
        return value;
    if (role == Qt::TextAlignmentRole) {
        const ColumnType type = m_columns.at(index.column()).type;
        const bool number = type == ColumnType::Integer || type == ColumnType::Number || type == ColumnType::Percentage;
        return QVariant::fromValue(Qt::Alignment(number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole || value.isNull())
        return {};
    const QLocale locale;
    switch (m_columns.at(index.column()).type) {
    case ColumnType::Integer:
    case ColumnType::Number:
        if (const auto n = CellFormat::toNumber(value))
            return locale.toString(*n, 'g', 12);
        break;
    case ColumnType::Percentage:
        if (const auto n = CellFormat::toNumber(value))
            return QString(locale.toString(*n, 'f', 1) + u" %"_s);
        break;
    case ColumnType::Boolean:
        if (const auto b = CellFormat::toBool(value))
            return *b ? tr("yes") : tr("no");
        break;
    case ColumnType::Date:
        if (const auto d = CellFormat::toDate(value))
            return locale.toString(*d, QLocale::ShortFormat);
        break;
    case ColumnType::DateTime:
        if (const auto dt = CellFormat::toLocalDateTime(value))
            return locale.toString(*dt, QLocale::ShortFormat);
        break;
    case ColumnType::Text:
    case ColumnType::Id:
        break;
    }
    return CellFormat::toText(value);
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == ModelExport::ExportTypeRole)
        return int(m_columns.at(section).type);
    return {};
}

} // namespace Springdesk::Models
