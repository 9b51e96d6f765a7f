#include "models/tagicon.h"

#include <QPainter>
#include <QPixmap>

namespace Springdesk::Models {

QColor tagColor(Settings::ProfileTag tag)
{
    return QColor(QString(Settings::ConnectionProfile::tagColorName(tag)));
}

QIcon tagIcon(Settings::ProfileTag tag)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(tagColor(tag).darker(130), size / 16.0));
        painter.setBrush(tagColor(tag));
        const qreal margin = size / 5.0;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Springdesk::Models
