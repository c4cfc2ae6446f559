#include "ImageRoutes.h"

#include "HttpServer.h"
#include "core/Json.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ImageRoutes
{

namespace
{

QByteArray encode(const QImage& img)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return png;
}

QByteArray faulty(const QString& fault, const QString& prompt, QSize size)
{
    if (fault == u"not_an_image")
        return QByteArray("<html><body>Service temporarily unavailable</body></html>");
    if (fault == u"tiny_image")
        size = {64, 64};
    return picture(prompt, size);
}

// "1024x1024" (OpenAI) or an aspect ratio "16:9" (Stability) as a size, 1024 on the long side at most.
QSize sizeOf(const QString& text)
{
    static const QRegularExpression wh(u"^(\\d+)x(\\d+)$"_s);
    static const QRegularExpression ratio(u"^(\\d+):(\\d+)$"_s);
    if (const auto m = wh.match(text); m.hasMatch())
        return {std::clamp(m.captured(1).toInt(), 16, 2048), std::clamp(m.captured(2).toInt(), 16, 2048)};
    if (const auto m = ratio.match(text); m.hasMatch()) {
        const double r = m.captured(1).toDouble() / std::max(1.0, m.captured(2).toDouble());
        return r >= 1 ? QSize(1024, int(1024 / r)) : QSize(int(1024 * r), 1024);
    }
    return {1024, 1024};
}

// One field of a multipart/form-data body.
QString formField(const ServerRequest& r, const QByteArray& name)
{
    static const QRegularExpression boundaryRe(u"boundary=\"?([^\";]+)\"?"_s);
    const auto m = boundaryRe.match(QString::fromLatin1(r.header("content-type")));
    if (!m.hasMatch())
        return {};
    const QByteArray boundary = "--" + m.captured(1).toLatin1();
    qsizetype at = 0;
    while ((at = r.body.indexOf(boundary, at)) >= 0) {
        at += boundary.size();
        const qsizetype headEnd = r.body.indexOf("\r\n\r\n", at);
        const qsizetype next = r.body.indexOf(boundary, at);
        if (headEnd < 0 || next < 0)
            break;
        const QByteArray head = r.body.mid(at, headEnd - at);
        if (head.contains(QByteArray("name=\"" + name + "\""))) {
            QByteArray value = r.body.mid(headEnd + 4, next - headEnd - 4);
            if (value.endsWith("\r\n"))
                value.chop(2);
            return QString::fromUtf8(value);
        }
    }
    return {};
}

void stabilityError(int status, const QString& name, const QString& message, const Reply& reply)
{
    reply->sendJson(status,
        Json::canonical(QJsonObject{
            {u"id"_s, u"a8f1e9c04b2d4f6e9d7c3b5a1f0e2d4c"_s}, {u"name"_s, name}, {u"errors"_s, QJsonArray{message}}}));
}

} // namespace

bool isContentFault(const QString& kind)
{
    return kind == u"tiny_image" || kind == u"not_an_image" || kind == u"content_filtered";
}

QByteArray picture(const QString& prompt, QSize size)
{
    const QByteArray hash = QCryptographicHash::hash(prompt.toUtf8(), QCryptographicHash::Md5);
    auto byte = [&hash](int i) { return int(quint8(hash[i])); };
    QImage img(size, QImage::Format_RGB32);
    // A pale backdrop, lighter at the top.
    const QColor backdrop = QColor::fromHsl(byte(0) * 360 / 256, 40 + byte(1) % 60, 215 + byte(2) % 25);
    for (int y = 0; y < size.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        const QColor c = backdrop.darker(100 + y * 8 / std::max(1, size.height()));
        for (int x = 0; x < size.width(); ++x)
            line[x] = c.rgb();
    }
    // The product: a folded throw (a rounded block) with a cushion on it, in a strong colour, to one side.
    const QColor product = QColor::fromHsl(byte(3) * 360 / 256, 120 + byte(4) % 100, 60 + byte(5) % 50);
    const bool right = byte(6) % 2;
    const int w = size.width() * 3 / 10;
    const int h = size.height() * 9 / 20;
    const int x = right ? size.width() * 62 / 100 : size.width() * 8 / 100;
    const int y = size.height() * 36 / 100;
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 40));
    p.drawEllipse(QRect(x - w / 10, y + h - h / 12, w + w / 5, h / 6));
    p.setBrush(product);
    p.drawRoundedRect(QRect(x, y + h / 3, w, h * 2 / 3), w / 12, w / 12);
    p.setBrush(product.darker(125));
    p.drawEllipse(QRect(x + w / 6, y, w * 2 / 3, h / 2));
    p.end();
    return encode(img);
}

void openai(const QJsonObject& body, const QString& fault, const Reply& reply)
{
    const QString prompt = body.value(u"prompt"_s).toString();
    const QByteArray png = faulty(fault, prompt, sizeOf(body.value(u"size"_s).toString()));
    const QJsonObject out{{u"created"_s, QDateTime::currentSecsSinceEpoch()},
        {u"data"_s,
            QJsonArray{
                QJsonObject{{u"b64_json"_s, QString::fromLatin1(png.toBase64())}, {u"revised_prompt"_s, prompt}}}}};
    reply->sendJson(200, Json::canonical(out));
}

void stability(
    const ServerRequest& request, const FaultPlan::Decision& fault, const QString& apiKey, const Reply& reply)
{
    const QByteArray sent = request.header("authorization").trimmed();
    if (!apiKey.isEmpty() && sent != "Bearer " + apiKey.toUtf8()) {
        stabilityError(401, u"unauthorized"_s, u"authorization: invalid or missing API key"_s, reply);
        return;
    }
    const QString& kind = fault.kind;
    if (kind == u"429") {
        reply->sendJson(429,
            Json::canonical(QJsonObject{{u"id"_s, u"rate"_s}, {u"name"_s, u"rate_limit_exceeded"_s},
                {u"errors"_s,
                    QJsonArray{u"You have exceeded the rate limit of 150 requests within a 10 second "
                               u"period."_s}}}),
            {{"Retry-After", QByteArray::number(fault.retryAfterSeconds)}});
        return;
    }
    if (kind == u"500" || kind == u"503") {
        stabilityError(kind.toInt(), u"internal_error"_s, u"An unexpected server error has occurred."_s, reply);
        return;
    }
    const QString prompt = formField(request, "prompt");
    if (prompt.isEmpty()) {
        stabilityError(400, u"bad_request"_s, u"prompt: cannot be empty"_s, reply);
        return;
    }
    if (kind == u"content_filtered") {
        reply->sendJson(200,
            Json::canonical(
                QJsonObject{{u"image"_s, QString()}, {u"finish_reason"_s, u"CONTENT_FILTERED"_s}, {u"seed"_s, 42}}));
        return;
    }
    const QString ratio = formField(request, "aspect_ratio");
    const QByteArray png = faulty(kind, prompt, sizeOf(ratio.isEmpty() ? u"1:1"_s : ratio));
    reply->sendJson(200,
        Json::canonical(QJsonObject{{u"image"_s, QString::fromLatin1(png.toBase64())},
            {u"finish_reason"_s, u"SUCCESS"_s}, {u"seed"_s, 1050000 + int(prompt.size())}}));
}

} // namespace ImageRoutes
