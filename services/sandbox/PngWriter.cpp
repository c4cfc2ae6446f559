#include "PngWriter.h"

#include <QtEndian>

namespace PngWriter
{

namespace
{

quint32 crc32(const QByteArray& data)
{
    static quint32 table[256];
    static bool ready = false;
    if (!ready) {
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        ready = true;
    }
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ static_cast<quint8>(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

QByteArray be32(quint32 v)
{
    QByteArray out(4, '\0');
    qToBigEndian(v, out.data());
    return out;
}

QByteArray chunk(const QByteArray& type, const QByteArray& data)
{
    return be32(static_cast<quint32>(data.size())) + type + data + be32(crc32(type + data));
}

} // namespace

QByteArray gradient(int width, int height, quint32 topRgb, quint32 bottomRgb)
{
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw.append('\0'); // filter: none
        const double t = height > 1 ? static_cast<double>(y) / (height - 1) : 0.0;
        char rgb[3];
        for (int c = 0; c < 3; ++c) {
            const int shift = 16 - c * 8;
            const int a = static_cast<int>((topRgb >> shift) & 0xFF);
            const int b = static_cast<int>((bottomRgb >> shift) & 0xFF);
            rgb[c] = static_cast<char>(a + static_cast<int>((b - a) * t));
        }
        for (int x = 0; x < width; ++x)
            raw.append(rgb, 3);
    }
    // qCompress prepends a 4-byte length to a zlib stream; PNG wants the zlib stream itself.
    const QByteArray zlib = qCompress(raw, 6).mid(4);
    QByteArray ihdr = be32(static_cast<quint32>(width)) + be32(static_cast<quint32>(height));
    ihdr += QByteArray("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, deflate, no filter, no interlace
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", zlib) + chunk("IEND", {});
}

} // namespace PngWriter
