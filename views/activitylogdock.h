#pragma once

#include <QDockWidget>

class QTableView;

namespace Springdesk::Models {
class ActivityLogModel;
}

namespace Springdesk::Views {

// The dockable activity log; follows new entries while scrolled to the bottom.
class ActivityLogDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit ActivityLogDock(Models::ActivityLogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    QTableView *m_view;
};

} // namespace Springdesk::Views
