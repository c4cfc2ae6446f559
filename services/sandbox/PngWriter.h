#pragma once

#include <QByteArray>

// Writes a small RGB PNG without QtGui (services stay headless): a vertical gradient between two
// colours, enough for the sandbox's image API to return a real, decodable picture.
namespace PngWriter
{
QByteArray gradient(int width, int height, quint32 topRgb, quint32 bottomRgb);
}
