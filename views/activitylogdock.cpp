#include "views/activitylogdock.h"

#include "models/activitylogmodel.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

using namespace Qt::StringLiterals;
using Springdesk::Models::ActivityLogModel;

namespace Springdesk::Views {

ActivityLogDock::ActivityLogDock(ActivityLogModel *model, QWidget *parent)
    : QDockWidget(tr("Activity log"), parent)
    , m_view(new QTableView(this))
{
    setObjectName(u"activityLogDock"_s);
    m_view->setObjectName(u"activityLogView"_s);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(ActivityLogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ActivityLogModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    setWidget(m_view);

    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(m_view, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
}

} // namespace Springdesk::Views
