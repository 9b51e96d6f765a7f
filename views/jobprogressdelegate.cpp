#include "views/jobprogressdelegate.h"

#include "models/joblistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

#include <climits>

namespace Springdesk::Views {

using Models::JobListModel;

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const qint64 done = index.data(JobListModel::DoneRole).toLongLong();
    const qint64 total = index.data(JobListModel::TotalRole).toLongLong();
    const bool active = index.data(JobListModel::ActiveRole).toBool();
    QStyleOptionProgressBar bar;
    bar.initFrom(widget);
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.minimum = 0;
    if (total < 0) {
        // not known: busy while it runs, empty after
        bar.maximum = active ? 0 : 1;
        bar.progress = 0;
    } else {
        // the style works in int: scale what does not fit
        const qint64 scale = total > INT_MAX ? total / INT_MAX + 1 : 1;
        bar.maximum = int(qMax<qint64>(total / scale, 1));
        bar.progress = int(qMin(done, total) / scale);
    }
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = !bar.text.isEmpty();
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize JobProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 160));
    return size;
}

} // namespace Springdesk::Views
