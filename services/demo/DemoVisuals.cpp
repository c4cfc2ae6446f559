#include "DemoVisuals.h"

#include "storage/Settings.h"
#include "storage/Sql.h"
#include "visuals/VisualRun.h"
#include "visuals/VisualStore.h"

#include <QDir>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace DemoVisuals
{

namespace
{
const QString kSeeded = u"demo.visuals_seeded"_s;
const QColor kMoss(0x2E, 0x40, 0x34);
const QColor kClay(0x96, 0x50, 0x3C);
const QColor kLinen(0xEC, 0xE6, 0xDC);

QString drawLogo(const QString& workspaceRoot)
{
    QImage logo(360, 144, QImage::Format_ARGB32);
    logo.fill(Qt::transparent);
    QPainter p(&logo);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath plate;
    plate.addRoundedRect(QRectF(logo.rect()), 24, 24);
    p.fillPath(plate, kMoss);
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(64);
    f.setBold(true);
    p.setFont(f);
    p.setPen(kLinen);
    p.drawText(logo.rect(), Qt::AlignCenter, u"DEMO"_s);
    p.end();
    const QString dir = QDir(workspaceRoot).filePath(u"visuals"_s);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(u"logo.png"_s);
    logo.save(path);
    return path;
}
} // namespace

int seed(const QSqlDatabase& db, const QString& workspaceRoot, qint64 now)
{
    if (Settings::boolValue(db, kSeeded, false))
        return 0;
    Settings::setValue(db, kSeeded, qint64(1));
    VisualStore::setBrandColors(db, {kMoss, kClay, kLinen});
    VisualStore::setLogoPath(db, drawLogo(workspaceRoot));
    QSqlQuery q = Sql::exec(
        db, u"SELECT id FROM products WHERE stage IN ('published', 'promoting', 'live') ORDER BY id LIMIT 2"_s);
    QList<qint64> products;
    while (q.next())
        products.append(q.value(0).toLongLong());
    q.finish();
    // The first in the colour that reads best; the second with the shop's linen as its headline colour, asked for
    // as an owner might: on the pale pictures the guards find it unreadable, and the next try sets it on a plate.
    for (qsizetype i = 0; i < products.size(); ++i)
        Visuals::queue(db, products.at(i), QString(), now, i == 1 ? kLinen : QColor());
    return int(products.size());
}

} // namespace DemoVisuals
