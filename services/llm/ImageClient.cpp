#include "ImageClient.h"

#include "LlmProvider.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "resilience/ApiCaller.h"
#include "resilience/ApiRuntime.h"
#include "resilience/CallLedger.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;

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
        h.url = QUrl(base + u"/images/generations"_s);
        h.setHeader("Content-Type", "application/json");
        if (!key.isEmpty())
            h.setHeader("Authorization", "Bearer " + key.toUtf8());
        h.deadlineMs = config.deadlineMs;
        QJsonObject body{{u"model"_s, config.model}, {u"prompt"_s, prompt}, {u"n"_s, 1}, {u"size"_s, size}};
        // gpt-image models always answer in base64 and reject the parameter; DALL·E needs it.
        if (!config.model.startsWith(u"gpt-image"_s))
            body.insert(u"response_format"_s, u"b64_json"_s);
        h.body = Json::canonical(body);
        return h;
    };
    spec.classify = [this, decoded](const HttpResponse& r) -> ApiError {
        const auto provider = LlmProvider::forKind(u"openai"_s);
        ApiError e = provider->classify(r, m_runtime->clock()->nowMs());
        if (e.isError())
            return e;
        QString error;
        const auto obj = Json::parseObject(r.body, &error);
        if (!obj)
            return ApiError::make(ErrorClass::Transient,
                QCoreApplication::translate("ImageClient", "the image answer could not be read: %1").arg(error));
        const QByteArray png = QByteArray::fromBase64(
            obj->value(u"data"_s).toArray().first().toObject().value(u"b64_json"_s).toString().toLatin1());
        if (!png.startsWith("\x89PNG\r\n\x1a\n"))
            return ApiError::make(ErrorClass::Transient,
                QCoreApplication::translate("ImageClient", "the image answer did not contain a PNG image"));
        *decoded = png;
        return {};
    };
    spec.onAttempt = [this, call, paid, price, ledgerRow](const ApiCaller::Attempt& a) mutable {
        const qint64 cost = a.error.isError() ? 0 : price;
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
