#include "ImageClient.h"

#include "LlmProvider.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "resilience/ApiCaller.h"
#include "resilience/ApiRuntime.h"
#include "resilience/CallLedger.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace
{
// Stability takes an aspect ratio from a fixed list, not a size: the nearest to the size asked for.
QString stabilityRatio(const QString& size)
{
    const QStringList wh = size.split(u'x');
    const double r = wh.size() == 2 && wh[1].toDouble() > 0 ? wh[0].toDouble() / wh[1].toDouble() : 1;
    static const QList<std::pair<double, QString>> ratios{{21.0 / 9, u"21:9"_s}, {16.0 / 9, u"16:9"_s},
        {3.0 / 2, u"3:2"_s}, {5.0 / 4, u"5:4"_s}, {1.0, u"1:1"_s}, {4.0 / 5, u"4:5"_s}, {2.0 / 3, u"2:3"_s},
        {9.0 / 16, u"9:16"_s}, {9.0 / 21, u"9:21"_s}};
    QString best = u"1:1"_s;
    double gap = 1e9;
    for (const auto& [value, text] : ratios)
        if (std::abs(value - r) < gap) {
            gap = std::abs(value - r);
            best = text;
        }
    return best;
}
} // namespace

ImageClient::ImageClient(ApiCaller* caller, ApiRuntime* runtime, QObject* parent)
    : QObject(parent)
    , m_caller(caller)
    , m_runtime(runtime)
{ }

void ImageClient::generate(const ProviderConfig& config, const QString& prompt, const QString& size,
    const QString& outputDir, const QString& baseName, QObject* context,
    std::function<void(const QString&, const ApiError&)> done)
{
    QString keyError;
    const std::optional<QString> key
        = m_runtime->secrets()->resolveFor(config.secretRef, config.baseUrl, u"provider/"_s, &keyError);
    if (!key) {
        done({}, ApiError::make(ErrorClass::Auth, keyError));
        return;
    }
    const PriceTable prices = m_runtime->prices();
    const qint64 price = prices.find(config.kind, config.model).perImage;
    QString refusal;
    const quint64 reservation = m_runtime->spend()->reserve(price, u"image"_s, &refusal);
    if (reservation == 0) {
        done({}, ApiError::make(ErrorClass::BudgetExceeded, refusal));
        return;
    }
    auto decoded = std::make_shared<QByteArray>();
    auto paid = std::make_shared<qint64>(0);
    auto ledgerRow = std::make_shared<qint64>(0);
    CallLedger::Call call;
    call.purpose = u"image"_s;
    call.provider = config.id;
    call.model = config.model;
    call.reservedMicros = price;
    ApiCaller::Spec spec;
    spec.purpose = u"image"_s;
    spec.endpoint = config.name.isEmpty() ? config.id : config.name;
    spec.breaker = m_runtime->breakers()->breaker(config.endpointKey());
    spec.policy = m_policy;
    spec.build = [this, config, key = *key, prompt, size, call, ledgerRow]() mutable {
        // In the ledger before it leaves: a kill from here on still counts it as spent.
        call.at = m_runtime->clock()->nowMs();
        *ledgerRow = CallLedger::open(m_db, call);
        ++call.attempt;
        HttpRequest h;
        h.method = "POST";
        QString base = config.baseUrl.toString();
        while (base.endsWith(u'/'))
            base.chop(1);
        if (!key.isEmpty())
            h.setHeader("Authorization", "Bearer " + key.toUtf8());
        h.deadlineMs = config.deadlineMs;
        if (config.kind == u"stability") {
            // A multipart form; "Accept: application/json" asks for the picture as base64 with its finish reason.
            const QByteArray boundary
                = "quorum-" + QCryptographicHash::hash(prompt.toUtf8(), QCryptographicHash::Md5).toHex().left(16);
            QByteArray form;
            auto field = [&form, &boundary](const char* name, const QString& value) {
                form += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                    + value.toUtf8() + "\r\n";
            };
            field("prompt", prompt);
            field("aspect_ratio", stabilityRatio(size));
            field("output_format", u"png"_s);
            form += "--" + boundary + "--\r\n";
            h.url = QUrl(base + u"/v2beta/stable-image/generate/core"_s);
            h.setHeader("Content-Type", "multipart/form-data; boundary=" + boundary);
            h.setHeader("Accept", "application/json");
            h.body = form;
            return h;
        }
        h.url = QUrl(base + u"/images/generations"_s);
        h.setHeader("Content-Type", "application/json");
        QJsonObject body{{u"model"_s, config.model}, {u"prompt"_s, prompt}, {u"n"_s, 1}, {u"size"_s, size}};
        // gpt-image models always answer in base64 and reject the parameter; DALL·E needs it.
        if (!config.model.startsWith(u"gpt-image"_s))
            body.insert(u"response_format"_s, u"b64_json"_s);
        h.body = Json::canonical(body);
        return h;
    };
    spec.classify = [this, decoded, kind = config.kind, name = config.name](const HttpResponse& r) -> ApiError {
        // Both APIs' status codes and Retry-After mean the same: OpenAI's reading of them serves for both.
        const auto provider = LlmProvider::forKind(u"openai"_s);
        ApiError e = provider->classify(r, m_runtime->clock()->nowMs());
        if (e.isError()) {
            // Stability's own error body: {"name", "errors": [...]}.
            if (kind == u"stability")
                if (const auto body = Json::parseObject(r.body, nullptr); body && body->contains(u"errors"_s))
                    e.message = body->value(u"errors"_s).toArray().first().toString();
            return e;
        }
        QString error;
        const auto obj = Json::parseObject(r.body, &error);
        if (!obj)
            return ApiError::make(ErrorClass::Transient,
                QCoreApplication::translate("ImageClient", "the image answer could not be read: %1").arg(error));
        if (kind == u"stability" && obj->value(u"finish_reason"_s).toString() == u"CONTENT_FILTERED")
            return ApiError::make(ErrorClass::InvalidRequest,
                QCoreApplication::translate("ImageClient", "%1's content filter refused the picture").arg(name));
        const QString b64 = kind == u"stability"
            ? obj->value(u"image"_s).toString()
            : obj->value(u"data"_s).toArray().first().toObject().value(u"b64_json"_s).toString();
        const QByteArray bytes = QByteArray::fromBase64(b64.toLatin1());
        // A picture, whole and big enough: decoded, not only its first bytes looked at.
        const QImage picture = QImage::fromData(bytes);
        // Paid for and unusable: the next provider is asked rather than this one again.
        auto unusable = [](ApiError unusableAnswer) {
            unusableAnswer.shouldRetry = false;
            return unusableAnswer;
        };
        if (picture.isNull())
            return unusable(ApiError::make(ErrorClass::Transient,
                QCoreApplication::translate(
                    "ImageClient", "the image answer held no picture (%n byte(s))", nullptr, int(bytes.size()))));
        if (std::min(picture.width(), picture.height()) < m_minSide)
            return unusable(ApiError::make(ErrorClass::Transient,
                QCoreApplication::translate(
                    "ImageClient", "the picture is %1 × %2 pixels; at least %3 on each side is needed")
                    .arg(picture.width())
                    .arg(picture.height())
                    .arg(m_minSide)));
        // Saved as PNG whatever it came as.
        if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
            *decoded = bytes;
        } else {
            QBuffer buffer(decoded.get());
            buffer.open(QIODevice::WriteOnly);
            picture.save(&buffer, "PNG");
        }
        return {};
    };
    spec.onAttempt = [this, call, paid, price, ledgerRow](const ApiCaller::Attempt& a) mutable {
        // A picture the provider made is paid for, usable or not.
        const bool made = a.response.status >= 200 && a.response.status < 300;
        const qint64 cost = made ? price : 0;
        *paid += cost;
        call.at = m_runtime->clock()->nowMs();
        call.attempt = a.number;
        CallLedger::settle(m_db, *ledgerRow, call, 0, 0, cost, a.latencyMs, a.error);
        *ledgerRow = 0;
    };
    m_caller->call(spec, context,
        [this, decoded, paid, reservation, outputDir, baseName, done = std::move(done)](
            const ApiCaller::Outcome& outcome) {
            m_runtime->spend()->settle(reservation, *paid);
            if (outcome.error.isError()) {
                done({}, outcome.error);
                return;
            }
            QDir().mkpath(outputDir);
            const QString hash
                = QString::fromLatin1(QCryptographicHash::hash(*decoded, QCryptographicHash::Sha1).toHex().left(10));
            const QString path = QDir(outputDir).filePath(baseName + u'-' + hash + u".png"_s);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(*decoded) != decoded->size() || !file.commit()) {
                done({},
                    ApiError::make(ErrorClass::InvalidRequest,
                        QCoreApplication::translate("ImageClient", "Cannot save the image to %1: %2")
                            .arg(path, file.errorString())));
                return;
            }
            done(path, {});
        });
}
