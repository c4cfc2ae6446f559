#include "Icons.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace Icons
{

QIcon icon(const QString& name)
{
    return QIcon(u":/icons/"_s + name + u".svg"_s);
}

QIcon tinted(const QString& name, const QColor& color, int size)
{
    QSvgRenderer renderer(u":/icons/"_s + name + u".svg"_s);
    QIcon out;
    for (int scale : {1, 2}) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter p(&pixmap);
            renderer.render(&p);
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(pixmap.rect(), color);
        }
        pixmap.setDevicePixelRatio(scale);
        out.addPixmap(pixmap);
    }
    return out;
}

QIcon appIcon()
{
    return icon(u"quorum"_s);
}

} // namespace Icons
