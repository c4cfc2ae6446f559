#include "OllamaProvider.h"

#include "core/Json.h"
#include "net/StreamParsers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{

void readFinal(const QJsonObject& obj, LlmResult* r)
{
    r->finishReason = obj.value(u"done_reason"_s).toString(u"stop"_s);
    r->inputTokens = obj.value(u"prompt_eval_count"_s).toInt();
    r->outputTokens = obj.value(u"eval_count"_s).toInt();
}

class OllamaStream final : public StreamDecoder
{
public:
    void feed(const QByteArray& chunk, const std::function<void(const QString&)>& onText) override
    {
        for (const QByteArray& line : m_lines.feed(chunk))
            handle(line, onText);
    }

    void finish(LlmResult* r) override
    {
        for (const QByteArray& line : m_lines.finish())
            handle(line, {});
        r->text = m_text;
        r->model = m_result.model;
        r->finishReason = m_result.finishReason;
        r->inputTokens = m_result.inputTokens;
        r->outputTokens = m_result.outputTokens;
        if (m_error.isError())
            r->error = m_error;
        else if (!m_done)
            r->error = ApiError::make(ErrorClass::Transient,
                QCoreApplication::translate("LlmProvider", "the stream ended before the answer was complete"));
    }

private:
    void handle(const QByteArray& line, const std::function<void(const QString&)>& onText)
    {
        QString error;
        const auto obj = Json::parseObject(line, &error);
        if (!obj)
            return;
        if (obj->contains(u"error"_s)) {
            m_error = ApiError::make(ErrorClass::Transient, u"Ollama: "_s + obj->value(u"error"_s).toString());
            return;
        }
        m_result.model = obj->value(u"model"_s).toString();
        const QString delta = obj->value(u"message"_s).toObject().value(u"content"_s).toString();
        if (!delta.isEmpty()) {
            m_text += delta;
            if (onText)
                onText(delta);
        }
        if (obj->value(u"done"_s).toBool()) {
            m_done = true;
            readFinal(*obj, &m_result);
        }
    }

    NdjsonParser m_lines;
    QString m_text;
    LlmResult m_result;
    bool m_done = false;
    ApiError m_error;
};

} // namespace

HttpRequest OllamaProvider::build(
    const ProviderConfig& config, const QString& apiKey, const LlmRequest& request, bool stream) const
{
    HttpRequest h;
    h.method = "POST";
    QString base = config.baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    h.url = QUrl(base + u"/api/chat"_s);
    h.setHeader("Content-Type", "application/json");
    if (!apiKey.isEmpty())
        h.setHeader("Authorization", "Bearer " + apiKey.toUtf8()); // behind an authenticating proxy
    h.deadlineMs = config.deadlineMs;
    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, request.system}});
    for (const ChatMessage& m : request.messages)
        messages.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    QJsonObject body{{u"model"_s, config.model}, {u"messages"_s, messages}, {u"stream"_s, stream},
        {u"options"_s, QJsonObject{{u"temperature"_s, request.temperature}, {u"num_predict"_s, request.maxTokens}}}};
    if (!request.schema.isEmpty())
        body.insert(u"format"_s, request.schema);
    h.body = Json::canonical(body);
    return h;
}

ApiError OllamaProvider::classify(const HttpResponse& response, qint64) const
{
    const int status = response.status;
    if (status >= 200 && status < 300)
        return {};
    // Ollama's error is a plain string, not an object.
    QString parseError;
    const auto body = Json::parseObject(response.body, &parseError);
    const QString message
        = body ? body->value(u"error"_s).toString() : QString::fromUtf8(response.body.left(200)).simplified();
    return makeError(classForStatus(status), status, QString(), message);
}

bool OllamaProvider::parse(const QByteArray& body, LlmResult* r) const
{
    QString error;
    const auto obj = Json::parseObject(body, &error);
    if (!obj) {
        r->error = malformed(displayName(), error);
        return false;
    }
    if (obj->contains(u"error"_s)) {
        r->error = makeError(ErrorClass::Transient, 200, QString(), obj->value(u"error"_s).toString());
        return false;
    }
    r->text = obj->value(u"message"_s).toObject().value(u"content"_s).toString();
    r->model = obj->value(u"model"_s).toString();
    readFinal(*obj, r);
    return true;
}

std::unique_ptr<StreamDecoder> OllamaProvider::streamDecoder() const
{
    return std::make_unique<OllamaStream>();
}

HttpRequest OllamaProvider::buildModelList(const ProviderConfig& config, const QString& apiKey, const QString&) const
{
    HttpRequest h;
    h.url = QUrl(baseOf(config) + u"/api/tags"_s);
    if (!apiKey.isEmpty())
        h.setHeader("Authorization", "Bearer " + apiKey.toUtf8()); // behind an authenticating proxy
    return h;
}

bool OllamaProvider::parseModelList(const QByteArray& body, QStringList* models, QString* nextPageToken) const
{
    // {"models": [{"name": "llama3.1:latest", "model": ..., "size": ..., "details": {...}}]}: the models
    // pulled on that machine.
    QString error;
    const auto obj = Json::parseObject(body, &error);
    if (!obj || !obj->value(u"models"_s).isArray())
        return false;
    for (const QJsonValue& v : obj->value(u"models"_s).toArray()) {
        const QString name = v.toObject().value(u"name"_s).toString();
        if (!name.isEmpty())
            models->append(name);
    }
    nextPageToken->clear();
    return true;
}
