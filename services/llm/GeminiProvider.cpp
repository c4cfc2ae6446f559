#include "GeminiProvider.h"

#include "JsonSchema.h"
#include "SseStreamDecoder.h"
#include "core/Json.h"
#include "net/StreamParsers.h"
#include "resilience/Retry.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{

class GeminiStream final : public SseStreamDecoder
{
private:
    bool complete() const override { return !m_result.finishReason.isEmpty(); }

    void handle(const SseParser::Event& e, const std::function<void(const QString&)>& onText) override
    {
        QString error;
        const auto obj = Json::parseObject(e.data, &error);
        if (!obj)
            return;
        if (obj->contains(u"error"_s)) {
            const QJsonObject err = obj->value(u"error"_s).toObject();
            m_error = ApiError::make(ErrorClass::Transient, u"Gemini: "_s + err.value(u"message"_s).toString(),
                err.value(u"code"_s).toInt(), err.value(u"status"_s).toString());
            return;
        }
        QString delta;
        GeminiProvider::readResponse(*obj, &m_result, &delta);
        appendText(delta, onText);
    }
};

} // namespace

HttpRequest GeminiProvider::build(
    const ProviderConfig& config, const QString& apiKey, const LlmRequest& request, bool stream) const
{
    HttpRequest h;
    h.method = "POST";
    QString base = config.baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(
        base + u"/v1beta/models/"_s + config.model + (stream ? u":streamGenerateContent"_s : u":generateContent"_s));
    if (stream)
        url.setQuery(u"alt=sse"_s);
    h.url = url;
    h.setHeader("Content-Type", "application/json");
    h.setHeader("x-goog-api-key", apiKey.toUtf8());
    h.deadlineMs = config.deadlineMs;
    QJsonArray contents;
    for (const ChatMessage& m : request.messages)
        contents.append(QJsonObject{{u"role"_s, m.role == u"assistant" ? u"model"_s : u"user"_s},
            {u"parts"_s, QJsonArray{QJsonObject{{u"text"_s, m.content}}}}});
    QJsonObject generation{{u"temperature"_s, request.temperature}, {u"maxOutputTokens"_s, request.maxTokens}};
    if (!request.schema.isEmpty()) {
        generation.insert(u"responseMimeType"_s, u"application/json"_s);
        generation.insert(u"responseSchema"_s, JsonSchema::toGeminiSchema(request.schema));
    }
    QJsonObject body{{u"contents"_s, contents}, {u"generationConfig"_s, generation}};
    if (!request.system.isEmpty())
        body.insert(
            u"systemInstruction"_s, QJsonObject{{u"parts"_s, QJsonArray{QJsonObject{{u"text"_s, request.system}}}}});
    h.body = Json::canonical(body);
    return h;
}

bool GeminiProvider::readResponse(const QJsonObject& obj, LlmResult* r, QString* text)
{
    if (obj.value(u"modelVersion"_s).isString())
        r->model = obj.value(u"modelVersion"_s).toString();
    const QJsonObject usage = obj.value(u"usageMetadata"_s).toObject();
    if (!usage.isEmpty()) {
        r->inputTokens = usage.value(u"promptTokenCount"_s).toInt();
        // Thinking tokens are billed as output.
        r->outputTokens = usage.value(u"candidatesTokenCount"_s).toInt() + usage.value(u"thoughtsTokenCount"_s).toInt();
    }
    const QJsonArray candidates = obj.value(u"candidates"_s).toArray();
    if (candidates.isEmpty())
        return false;
    const QJsonObject c = candidates.first().toObject();
    for (const QJsonValue& part : c.value(u"content"_s).toObject().value(u"parts"_s).toArray()) {
        const QJsonObject p = part.toObject();
        if (p.contains(u"text"_s) && !p.value(u"thought"_s).toBool())
            text->append(p.value(u"text"_s).toString());
    }
    if (c.value(u"finishReason"_s).isString())
        r->finishReason = c.value(u"finishReason"_s).toString();
    return true;
}

ApiError GeminiProvider::classify(const HttpResponse& response, qint64 nowMs) const
{
    const int status = response.status;
    if (status >= 200 && status < 300)
        return {};
    const ServerError server = serverError(response);
    const QJsonObject& err = server.error;
    const QString rpcStatus = err.value(u"status"_s).toString();
    ErrorClass cls = classForStatus(status);
    qint64 retryDelay = -1;
    bool daily = false;
    bool badKey = false;
    for (const QJsonValue& d : err.value(u"details"_s).toArray()) {
        const QJsonObject detail = d.toObject();
        const QString type = detail.value(u"@type"_s).toString();
        if (type.endsWith(u"google.rpc.RetryInfo"_s))
            retryDelay = Retry::parseDuration(detail.value(u"retryDelay"_s).toString());
        if (type.endsWith(u"google.rpc.QuotaFailure"_s)) {
            for (const QJsonValue& v : detail.value(u"violations"_s).toArray()) {
                if (v.toObject().value(u"quotaId"_s).toString().contains(u"PerDay"_s))
                    daily = true;
            }
        }
        if (detail.value(u"reason"_s).toString() == u"API_KEY_INVALID")
            badKey = true;
    }
    if (rpcStatus == u"RESOURCE_EXHAUSTED")
        cls = daily ? ErrorClass::QuotaExhausted : ErrorClass::RateLimited;
    else if (rpcStatus == u"UNAVAILABLE")
        cls = ErrorClass::Overloaded;
    else if (rpcStatus == u"PERMISSION_DENIED")
        cls = ErrorClass::Permission;
    else if (rpcStatus == u"UNAUTHENTICATED" || badKey)
        cls = ErrorClass::Auth;
    ApiError e = makeError(cls, status, rpcStatus, server.message);
    applyRetryHints(&e, response, nowMs);
    if (retryDelay >= 0)
        e.retryAfterMs = retryDelay; // Gemini's RetryInfo is more precise than its header
    return e;
}

bool GeminiProvider::parse(const QByteArray& body, LlmResult* r) const
{
    QString error;
    const auto obj = Json::parseObject(body, &error);
    if (!obj) {
        r->error = malformed(displayName(), error);
        return false;
    }
    QString text;
    if (!readResponse(*obj, r, &text)) {
        const QString reason = obj->value(u"promptFeedback"_s).toObject().value(u"blockReason"_s).toString();
        r->error = reason.isEmpty()
            ? malformed(displayName(), QCoreApplication::translate("LlmProvider", "the answer has no candidates"))
            : makeError(ErrorClass::InvalidRequest, 200, reason,
                QCoreApplication::translate("LlmProvider", "the prompt was blocked (%1)").arg(reason));
        return false;
    }
    r->text = text;
    if (r->finishReason == u"SAFETY" || r->finishReason == u"RECITATION") {
        r->error = makeError(ErrorClass::InvalidRequest, 200, r->finishReason,
            QCoreApplication::translate("LlmProvider", "the answer was withheld (%1)").arg(r->finishReason));
        return false;
    }
    return true;
}

std::unique_ptr<StreamDecoder> GeminiProvider::streamDecoder() const
{
    return std::make_unique<GeminiStream>();
}

HttpRequest GeminiProvider::buildModelList(
    const ProviderConfig& config, const QString& apiKey, const QString& pageToken) const
{
    HttpRequest h;
    QUrl url(baseOf(config) + u"/v1beta/models"_s);
    QUrlQuery query{{u"pageSize"_s, u"1000"_s}};
    if (!pageToken.isEmpty())
        query.addQueryItem(u"pageToken"_s, pageToken);
    url.setQuery(query);
    h.url = url;
    h.setHeader("x-goog-api-key", apiKey.toUtf8());
    return h;
}

bool GeminiProvider::parseModelList(const QByteArray& body, QStringList* models, QString* nextPageToken) const
{
    // {"models": [{"name": "models/gemini-2.0-flash", "supportedGenerationMethods": [...], ...}],
    //  "nextPageToken": ...}. Only the models that write (generateContent), without "models/".
    QString error;
    const auto obj = Json::parseObject(body, &error);
    if (!obj || (!obj->value(u"models"_s).isArray() && !obj->isEmpty()))
        return false;
    for (const QJsonValue& v : obj->value(u"models"_s).toArray()) {
        const QJsonObject m = v.toObject();
        const QJsonValue methods = m.value(u"supportedGenerationMethods"_s);
        if (methods.isArray() && !methods.toArray().contains(u"generateContent"_s))
            continue;
        QString name = m.value(u"name"_s).toString();
        if (name.startsWith(u"models/"_s))
            name = name.mid(7);
        if (!name.isEmpty())
            models->append(name);
    }
    *nextPageToken = obj->value(u"nextPageToken"_s).toString();
    return true;
}
