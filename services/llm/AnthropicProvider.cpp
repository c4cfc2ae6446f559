#include "AnthropicProvider.h"

#include "SseStreamDecoder.h"
#include "core/Json.h"
#include "net/StreamParsers.h"
#include "resilience/Retry.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{

ErrorClass classForType(const QString& type, ErrorClass fallback)
{
    if (type == u"rate_limit_error")
        return ErrorClass::RateLimited;
    if (type == u"overloaded_error")
        return ErrorClass::Overloaded;
    if (type == u"authentication_error")
        return ErrorClass::Auth;
    if (type == u"permission_error")
        return ErrorClass::Permission;
    if (type == u"not_found_error")
        return ErrorClass::NotFound;
    if (type == u"invalid_request_error" || type == u"request_too_large")
        return ErrorClass::InvalidRequest;
    if (type == u"billing_error")
        return ErrorClass::QuotaExhausted;
    if (type == u"api_error" || type == u"timeout_error")
        return ErrorClass::Transient;
    return fallback;
}

void readUsage(const QJsonObject& usage, LlmResult* r)
{
    // Total input = input + cache creation + cache reads.
    if (usage.contains(u"input_tokens"_s))
        r->inputTokens = usage.value(u"input_tokens"_s).toInt() + usage.value(u"cache_creation_input_tokens"_s).toInt()
            + usage.value(u"cache_read_input_tokens"_s).toInt();
    if (usage.contains(u"output_tokens"_s))
        r->outputTokens = usage.value(u"output_tokens"_s).toInt();
}

class AnthropicStream final : public SseStreamDecoder
{
private:
    bool complete() const override { return m_stopped; }

    void handle(const SseParser::Event& e, const std::function<void(const QString&)>& onText) override
    {
        QString error;
        const auto obj = Json::parseObject(e.data, &error);
        if (!obj)
            return;
        const QString type = obj->value(u"type"_s).toString();
        if (type == u"message_start") {
            const QJsonObject msg = obj->value(u"message"_s).toObject();
            m_result.model = msg.value(u"model"_s).toString();
            readUsage(msg.value(u"usage"_s).toObject(), &m_result);
        } else if (type == u"content_block_delta") {
            const QJsonObject delta = obj->value(u"delta"_s).toObject();
            if (delta.value(u"type"_s).toString() == u"text_delta")
                appendText(delta.value(u"text"_s).toString(), onText);
        } else if (type == u"message_delta") {
            const QString stop = obj->value(u"delta"_s).toObject().value(u"stop_reason"_s).toString();
            if (!stop.isEmpty())
                m_result.finishReason = stop;
            readUsage(obj->value(u"usage"_s).toObject(), &m_result); // cumulative counts
        } else if (type == u"message_stop") {
            m_stopped = true;
        } else if (type == u"error") {
            const QJsonObject err = obj->value(u"error"_s).toObject();
            m_error = ApiError::make(classForType(err.value(u"type"_s).toString(), ErrorClass::Transient),
                u"Anthropic: "_s + err.value(u"message"_s).toString(), 200, err.value(u"type"_s).toString());
        }
    }

    bool m_stopped = false;
};

} // namespace

HttpRequest AnthropicProvider::build(
    const ProviderConfig& config, const QString& apiKey, const LlmRequest& request, bool stream) const
{
    HttpRequest h;
    h.method = "POST";
    QString base = config.baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    if (!base.endsWith(u"/v1"_s))
        base += u"/v1"_s;
    h.url = QUrl(base + u"/messages"_s);
    h.setHeader("Content-Type", "application/json");
    h.setHeader("x-api-key", apiKey.toUtf8());
    h.setHeader("anthropic-version",
        config.options.value(u"anthropic_version"_s).toString(QString::fromLatin1(DefaultVersion)).toUtf8());
    h.deadlineMs = config.deadlineMs;
    QJsonArray messages;
    for (const ChatMessage& m : request.messages)
        messages.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    QJsonObject body{{u"model"_s, config.model}, {u"max_tokens"_s, request.maxTokens}, {u"messages"_s, messages},
        {u"temperature"_s, request.temperature}};
    if (!request.system.isEmpty())
        body.insert(u"system"_s, request.system);
    if (!request.schema.isEmpty())
        body.insert(u"output_config"_s,
            QJsonObject{{u"format"_s, QJsonObject{{u"type"_s, u"json_schema"_s}, {u"schema"_s, request.schema}}}});
    if (stream)
        body.insert(u"stream"_s, true);
    h.body = Json::canonical(body);
    return h;
}

ApiError AnthropicProvider::classify(const HttpResponse& response, qint64 nowMs) const
{
    const int status = response.status;
    if (status >= 200 && status < 300)
        return {};
    const ServerError server = serverError(response);
    const QString type = server.error.value(u"type"_s).toString();
    ErrorClass cls = classForType(type, classForStatus(status));
    if (server.message.contains(u"credit balance"_s, Qt::CaseInsensitive)
        || server.message.contains(u"spend limit"_s, Qt::CaseInsensitive))
        cls = ErrorClass::QuotaExhausted;
    ApiError e = makeError(cls, status, type, server.message);
    applyRetryHints(&e, response, nowMs);
    return e;
}

bool AnthropicProvider::parse(const QByteArray& body, LlmResult* r) const
{
    QString error;
    const auto obj = Json::parseObject(body, &error);
    if (!obj) {
        r->error = malformed(displayName(), error);
        return false;
    }
    if (obj->value(u"type"_s).toString() == u"error") {
        const QJsonObject err = obj->value(u"error"_s).toObject();
        r->error = makeError(classForType(err.value(u"type"_s).toString(), ErrorClass::Transient), 200,
            err.value(u"type"_s).toString(), err.value(u"message"_s).toString());
        return false;
    }
    QString text;
    for (const QJsonValue& block : obj->value(u"content"_s).toArray()) {
        const QJsonObject b = block.toObject();
        if (b.value(u"type"_s).toString() == u"text")
            text += b.value(u"text"_s).toString();
    }
    r->text = text;
    r->finishReason = obj->value(u"stop_reason"_s).toString();
    r->model = obj->value(u"model"_s).toString();
    readUsage(obj->value(u"usage"_s).toObject(), r);
    if (r->finishReason == u"refusal") {
        r->error = makeError(ErrorClass::InvalidRequest, 200, u"refusal"_s,
            QCoreApplication::translate("LlmProvider", "the model declined to answer"));
        return false;
    }
    return true;
}

std::unique_ptr<StreamDecoder> AnthropicProvider::streamDecoder() const
{
    return std::make_unique<AnthropicStream>();
}

HttpRequest AnthropicProvider::buildModelList(
    const ProviderConfig& config, const QString& apiKey, const QString& pageToken) const
{
    HttpRequest h;
    QString base = baseOf(config);
    if (!base.endsWith(u"/v1"_s))
        base += u"/v1"_s;
    QUrl url(base + u"/models"_s);
    QUrlQuery query{{u"limit"_s, u"1000"_s}};
    if (!pageToken.isEmpty())
        query.addQueryItem(u"after_id"_s, pageToken);
    url.setQuery(query);
    h.url = url;
    h.setHeader("x-api-key", apiKey.toUtf8());
    h.setHeader("anthropic-version",
        config.options.value(u"anthropic_version"_s).toString(QString::fromLatin1(DefaultVersion)).toUtf8());
    return h;
}

bool AnthropicProvider::parseModelList(const QByteArray& body, QStringList* models, QString* nextPageToken) const
{
    // {"data": [{"type": "model", "id": ..., "display_name": ...}], "has_more", "first_id", "last_id"},
    // newest first.
    QString error;
    const auto obj = Json::parseObject(body, &error);
    if (!obj || !obj->value(u"data"_s).isArray())
        return false;
    for (const QJsonValue& v : obj->value(u"data"_s).toArray()) {
        const QString id = v.toObject().value(u"id"_s).toString();
        if (!id.isEmpty())
            models->append(id);
    }
    *nextPageToken = obj->value(u"has_more"_s).toBool() ? obj->value(u"last_id"_s).toString() : QString();
    return true;
}
