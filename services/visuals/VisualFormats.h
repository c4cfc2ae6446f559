#pragma once

#include <QMarginsF>
#include <QSize>
#include <QString>
#include <QStringList>

// The picture formats the platforms show (wave2-anchors section 3 and the platforms' media rules): each with
// its aspect ratio, the size Quorum renders it at, the margins the platform's own buttons and captions cover
// (fractions of the width and height), and the platforms that take it.
namespace VisualFormats
{

struct Format
{
    QString key;       // square | portrait | story | landscape | pin
    QString ratioText; // "4:5"
    QSize size;        // rendered at
    QMarginsF safe;    // left, top, right, bottom, as fractions
    QStringList platforms;
    double ratio() const { return double(size.width()) / size.height(); }
};

const QList<Format>& all();
const Format* find(const QString& key);
// The formats a platform takes, its preferred first.
QList<const Format*> forPlatform(const QString& platform);
// "Portrait 4:5" in the user's language.
QString displayName(const QString& key);

} // namespace VisualFormats
