#pragma once

#include <QStyledItemDelegate>

namespace Springdesk::Views {

// Paints a JobListModel's Progress column as a progress bar (done of total; a busy bar while
// the amount is not known) with the model's text on it.
class JobProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Springdesk::Views
