#pragma once

#include "models/panecatalog.h"

#include <QAbstractListModel>

namespace Springdesk::Models {

// The navigator: one row per pane of PaneCatalog. Panes not built yet are shown in italics
// with "(coming)" in their tooltip; they stay selectable so the user can read what is coming.
class PaneListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PaneRole = Qt::UserRole + 1, // Pane as int
        PaneKeyRole, // PaneCatalog::key
        CapabilityRole, // translated sentence
        AvailableRole, // bool
    };

    explicit PaneListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setAvailable(Pane pane, bool available);
    bool isAvailable(Pane pane) const;
    int rowOf(Pane pane) const;
    Pane paneAt(int row) const;

private:
    QList<PaneInfo> m_panes;
};

} // namespace Springdesk::Models
