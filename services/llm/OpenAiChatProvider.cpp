#include "OpenAiChatProvider.h"

#include "JsonSchema.h"
#include "SseStreamDecoder.h"
#include "core/Json.h"
#include "net/StreamParsers.h"
#include "resilience/Retry.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace
{

QJsonObject readUsage(const QJsonObject& usage, LlmResult* r)
{
    r->inputTokens = usage.value(u"prompt_tokens"_s).toInt();
    r->outputTokens = usage.value(u"completion_tokens"_s).toInt();
    return usage;
}

class OpenAiStream final : public SseStreamDecoder
{
private:
    bool complete() const override { return m_done || !m_result.finishReason.isEmpty(); }

    void handle(const SseParser::Event& e, const std::function<void(const QString&)>& onText) override
    {
        if (e.data == "[DONE]") {
            m_done = true;
            return;
        }
        QString error;
        const auto obj = Json::parseObject(e.data, &error);
        if (!obj)
            return;
        if (obj->contains(u"error"_s)) {
            const QJsonObject err = obj->value(u"error"_s).toObject();
            m_error = ApiError::make(ErrorClass::Transient, err.value(u"message"_s).toString());
            return;
        }
        if (obj->value(u"model"_s).isString())
            m_result.model = obj->value(u"model"_s).toString();
        const QJsonArray choices = obj->value(u"choices"_s).toArray();
        if (!choices.isEmpty()) {
            const QJsonObject choice = choices.first().toObject();
            appendText(choice.value(u"delta"_s).toObject().value(u"content"_s).toString(), onText);
            if (choice.value(u"finish_reason"_s).isString())
                m_result.finishReason = choice.value(u"finish_reason"_s).toString();
        }
        if (obj->value(u"usage"_s).isObject()) {
            const QJsonObject u = obj->value(u"usage"_s).toObject();
            m_result.inputTokens = u.value(u"prompt_tokens"_s).toInt();
            m_result.outputTokens = u.value(u"completion_tokens"_s).toInt();
        }
    }

    bool m_done = false;
};

QString schemaName(const QString& name)
{
    static const QRegularExpression bad(u"[^A-Za-z0-9_-]"_s);
    QString n = name.isEmpty() ? u"answer"_s : name;
    n.replace(bad, u"_"_s);
    return n.left(64);
}

} // namespace

HttpRequest OpenAiChatProvider::build(
    const ProviderConfig& config, const QString& apiKey, const LlmRequest& request, bool stream) const
{
    HttpRequest h;
    h.method = "POST";
    QString base = config.baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    h.url = QUrl(base + u"/chat/completions"_s);
    h.setHeader("Content-Type", "application/json");
    h.setHeader("Accept", stream ? "text/event-stream" : "application/json");
    if (!apiKey.isEmpty())
        h.setHeader("Authorization", "Bearer " + apiKey.toUtf8());
    h.deadlineMs = config.deadlineMs;

    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, request.system}});
    for (const ChatMessage& m : request.messages)
        messages.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    QJsonObject body{{u"model"_s, config.model}, {u"messages"_s, messages}, {u"temperature"_s, request.temperature}};
    // api.openai.com wants max_completion_tokens; the compatible servers read max_tokens.
    const bool officialOpenAi = config.baseUrl.host().endsWith(u"openai.com"_s);
    body.insert(officialOpenAi ? u"max_completion_tokens"_s : u"max_tokens"_s, request.maxTokens);
    if (!request.schema.isEmpty()) {
        body.insert(u"response_format"_s,
            QJsonObject{{u"type"_s, u"json_schema"_s},
                {u"json_schema"_s,
                    QJsonObject{{u"name"_s, schemaName(request.schemaName)}, {u"schema"_s, request.schema},
                        {u"strict"_s, JsonSchema::isStrictCompatible(request.schema)}}}});
    }
    if (stream) {
        body.insert(u"stream"_s, true);
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    }
    h.body = Json::canonical(body);
    return h;
}

ApiError OpenAiChatProvider::classify(const HttpResponse& response, qint64 nowMs) const
{
    const int status = response.status;
    QString parseError;
    const auto body = Json::parseObject(response.body, &parseError);
    if (status >= 200 && status < 300) {
        if (body && body->contains(u"error"_s) && !body->contains(u"choices"_s)) {
            const QJsonObject err = body->value(u"error"_s).toObject();
            return makeError(
                ErrorClass::Transient, status, err.value(u"type"_s).toString(), err.value(u"message"_s).toString());
        }
        return {};
    }
    const ServerError server = serverError(response);
    const QJsonObject& err = server.error;
    const QString type = err.value(u"type"_s).toString();
    // llama.cpp sends a numeric code, OpenAI a string or null.
    const QString code = err.value(u"code"_s).isString()
        ? err.value(u"code"_s).toString()
        : (err.value(u"code"_s).isDouble() ? QString::number(err.value(u"code"_s).toInt()) : type);
    ErrorClass cls = classForStatus(status);
    if (type == u"insufficient_quota" || code == u"insufficient_quota" || code == u"billing_hard_limit_reached")
        cls = ErrorClass::QuotaExhausted;
    ApiError e = makeError(
        cls, status, code, server.parsed && err.value(u"message"_s).toString().isEmpty() ? QString() : server.message);
    applyRetryHints(&e, response, nowMs);
    return e;
}

bool OpenAiChatProvider::parse(const QByteArray& body, LlmResult* r) const
{
    QString error;
    const auto obj = Json::parseObject(body, &error);
    if (!obj) {
        r->error = malformed(displayName(), error);
        return false;
    }
    const QJsonArray choices = obj->value(u"choices"_s).toArray();
    if (choices.isEmpty()) {
        r->error = malformed(displayName(), QCoreApplication::translate("LlmProvider", "the answer has no choices"));
        return false;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(u"message"_s).toObject();
    if (message.value(u"refusal"_s).isString() && !message.value(u"refusal"_s).toString().isEmpty()) {
        r->error = makeError(ErrorClass::InvalidRequest, 200, u"refusal"_s,
            QCoreApplication::translate("LlmProvider", "the model refused: %1")
                .arg(message.value(u"refusal"_s).toString()));
        return false;
    }
    r->text = message.value(u"content"_s).toString();
    r->finishReason = choice.value(u"finish_reason"_s).toString();
    r->model = obj->value(u"model"_s).toString();
    readUsage(obj->value(u"usage"_s).toObject(), r);
    return true;
}

std::unique_ptr<StreamDecoder> OpenAiChatProvider::streamDecoder() const
{
    return std::make_unique<OpenAiStream>();
}

HttpRequest OpenAiChatProvider::buildModelList(
    const ProviderConfig& config, const QString& apiKey, const QString&) const
{
    HttpRequest h;
    h.url = QUrl(baseOf(config) + u"/models"_s);
    h.setHeader("Accept", "application/json");
    if (!apiKey.isEmpty())
        h.setHeader("Authorization", "Bearer " + apiKey.toUtf8());
    return h;
}

bool OpenAiChatProvider::parseModelList(const QByteArray& body, QStringList* models, QString* nextPageToken) const
{
    // {"object": "list", "data": [{"id": "gpt-4o-mini", "object": "model", ...}]}, in no useful order.
    QString error;
    const auto obj = Json::parseObject(body, &error);
    if (!obj || !obj->value(u"data"_s).isArray())
        return false;
    QStringList ids;
    for (const QJsonValue& v : obj->value(u"data"_s).toArray()) {
        const QString id = v.toObject().value(u"id"_s).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    ids.sort(Qt::CaseInsensitive);
    models->append(ids);
    nextPageToken->clear();
    return true;
}
