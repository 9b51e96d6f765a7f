#include "models/panelistmodel.h"

#include <QFont>
#include <QIcon>

namespace Springdesk::Models {

PaneListModel::PaneListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    for (const Pane pane : PaneCatalog::allPanes())
        m_panes.append(PaneCatalog::info(pane));
}

int PaneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_panes.size());
}

QVariant PaneListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaneInfo &info = m_panes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return info.title;
    case Qt::DecorationRole:
        return QIcon::fromTheme(info.iconName);
    case Qt::ToolTipRole:
        return info.available ? info.capability
                              : tr("%1 (coming)", "pane capability, not built yet").arg(info.capability);
    case Qt::FontRole:
        if (!info.available) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case PaneRole:
        return static_cast<int>(info.pane);
    case PaneKeyRole:
        return PaneCatalog::key(info.pane);
    case CapabilityRole:
        return info.capability;
    case AvailableRole:
        return info.available;
    default:
        return {};
    }
}

void PaneListModel::setAvailable(Pane pane, bool available)
{
    const int row = rowOf(pane);
    if (row < 0 || m_panes.at(row).available == available)
        return;
    m_panes[row].available = available;
    Q_EMIT dataChanged(index(row), index(row), {Qt::ToolTipRole, Qt::FontRole, AvailableRole});
}

bool PaneListModel::isAvailable(Pane pane) const
{
    const int row = rowOf(pane);
    return row >= 0 && m_panes.at(row).available;
}

int PaneListModel::rowOf(Pane pane) const
{
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        if (m_panes.at(i).pane == pane)
            return static_cast<int>(i);
    }
    return -1;
}

Pane PaneListModel::paneAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_panes.size());
    return m_panes.at(row).pane;
}

} // namespace Springdesk::Models
