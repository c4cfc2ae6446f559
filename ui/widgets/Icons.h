#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace Icons
{

// ":/icons/<name>.svg" as an icon.
QIcon icon(const QString& name);
// The same icon redrawn in one colour (for the dark navigation rail).
QIcon tinted(const QString& name, const QColor& color, int size = 24);
QIcon appIcon();

} // namespace Icons
