#pragma once

#include "core/transfer/tablesource.h"

#include <QAbstractTableModel>

namespace Springdesk::Models {

// A few rows of a report to look at before exporting it: typed values shown as the locale
// writes them, the raw value under RawValueRole, the column types under
// ModelExport::ExportTypeRole.
class PreviewTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
    };

    explicit PreviewTableModel(QObject *parent = nullptr);

    void setTable(const Transfer::ExportColumns &columns, const QList<Transfer::ExportRow> &rows);
    void clear();
    const Transfer::ExportColumns &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Transfer::ExportColumns m_columns;
    QList<Transfer::ExportRow> m_rows;
};

} // namespace Springdesk::Models
