#include "LlmRoutes.h"

#include "ImageRoutes.h"

#include "MeaningVectors.h"
#include "core/Json.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace
{

QByteArray json(const QJsonObject& o)
{
    return Json::canonical(o);
}

int tokensOf(const QString& text)
{
    return std::max<int>(1, static_cast<int>(text.size() / 4));
}

QStringList chunksOf(const QString& text, int pieces)
{
    QStringList out;
    const qsizetype size = std::max<qsizetype>(1, text.size() / std::max(1, pieces));
    for (qsizetype i = 0; i < text.size(); i += size)
        out.append(text.mid(i, size));
    return out;
}

QString joinText(const QJsonValue& content)
{
    if (content.isString())
        return content.toString();
    QString out;
    for (const QJsonValue& part : content.toArray()) {
        const QJsonObject p = part.toObject();
        out += p.value(u"text"_s).toString();
    }
    return out;
}

// Gemini's responseSchema uses OpenAPI's upper-case type names; the generator reads JSON Schema.
QJsonObject lowerTypes(const QJsonObject& schema)
{
    QJsonObject out;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (it.key() == u"type")
            out.insert(it.key(), it.value().toString().toLower());
        else if (it.key() == u"properties") {
            QJsonObject props;
            const QJsonObject in = it.value().toObject();
            for (auto p = in.begin(); p != in.end(); ++p)
                props.insert(p.key(), lowerTypes(p.value().toObject()));
            out.insert(it.key(), props);
        } else if (it.key() == u"items" && it.value().isObject())
            out.insert(it.key(), lowerTypes(it.value().toObject()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

QString family(const QString& route)
{
    return route.section(u'.', 0, 0);
}

// What each API's model list holds: the fixtures' own "sandbox-<kind>" and a few real names.
struct SandboxModel
{
    const char* id;
    const char* displayName;
    bool generates; // Gemini: supports generateContent (an embedding model does not)
};

QList<SandboxModel> modelsOf(const QString& fam)
{
    if (fam == u"anthropic") // newest first, as the API lists them
        return {{"claude-sonnet-4-20250514", "Claude Sonnet 4", true},
            {"claude-3-7-sonnet-20250219", "Claude Sonnet 3.7", true},
            {"claude-3-5-haiku-20241022", "Claude Haiku 3.5", true}, {"sandbox-anthropic", "Sandbox", true}};
    if (fam == u"gemini")
        return {{"gemini-2.5-pro", "Gemini 2.5 Pro", true}, {"gemini-2.0-flash", "Gemini 2.0 Flash", true},
            {"gemini-2.0-flash-lite", "Gemini 2.0 Flash-Lite", true}, {"sandbox-gemini", "Sandbox", true},
            {"text-embedding-004", "Text Embedding 004", false}};
    if (fam == u"ollama")
        return {{"llama3.1:latest", "llama", true}, {"qwen2.5:7b", "qwen2", true},
            {"sandbox-ollama:latest", "llama", true}};
    return {{"gpt-4o-mini", "", true}, {"gpt-4o", "", true}, {"gpt-4.1-mini", "", true},
        {"text-embedding-3-small", "", false}, {"sandbox-openai", "", true}, {"sandbox-image-1", "", false}};
}

QString modelId(const SandboxModel& m)
{
    return QString::fromLatin1(m.id);
}

} // namespace

LlmRoutes::LlmRoutes(const SandboxCredentials* credentials)
    : m_credentials(credentials)
{ }

bool LlmRoutes::refuseKey(const QString& route, const ServerRequest& r, const Reply& reply) const
{
    const QByteArray key = m_credentials->apiKey.toUtf8();
    const QString fam = family(route);
    if (key.isEmpty() || fam == u"ollama") // Ollama has no keys
        return false;
    // Each API's own answer to a missing and to a wrong key.
    if (fam == u"openai") {
        const QByteArray sent = r.header("authorization").trimmed();
        if (sent == "Bearer " + key)
            return false;
        const bool missing = sent.isEmpty() || sent == "Bearer";
        const QJsonObject error{
            {u"message"_s,
                missing ? u"You didn't provide an API key. You need to provide your API key in an Authorization header "
                          u"using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). You can obtain an API key from "
                          u"https://platform.openai.com/account/api-keys."_s
                        : u"Incorrect API key provided. You can find your API key at "
                          u"https://platform.openai.com/account/api-keys."_s},
            // OpenAI's type is invalid_request_error for both; the sandbox has always said invalid_api_key
            // for a wrong key, and tst_sandboxcli holds it to that.
            {u"type"_s, missing ? u"invalid_request_error"_s : u"invalid_api_key"_s}, {u"param"_s, QJsonValue::Null},
            {u"code"_s, missing ? QJsonValue(QJsonValue::Null) : QJsonValue(u"invalid_api_key"_s)}};
        reply->sendJson(401, json(QJsonObject{{u"error"_s, error}}));
        return true;
    }
    if (fam == u"anthropic") {
        const QByteArray sent = r.header("x-api-key");
        const auto refuse = [&](int status, const QString& type, const QString& message) {
            reply->sendJson(status,
                json(QJsonObject{{u"type"_s, u"error"_s},
                    {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}},
                    {u"request_id"_s, u"req_sandbox"_s}}));
            return true;
        };
        if (sent.isEmpty())
            return refuse(401, u"authentication_error"_s, u"x-api-key header is required"_s);
        if (sent != key)
            return refuse(401, u"authentication_error"_s, u"invalid x-api-key"_s);
        if (r.header("anthropic-version").isEmpty())
            return refuse(400, u"invalid_request_error"_s, u"anthropic-version: header is required"_s);
        return false;
    }
    if (fam == u"gemini") {
        const QByteArray sent = !r.header("x-goog-api-key").isEmpty()
            ? r.header("x-goog-api-key")
            : QUrlQuery(r.url).queryItemValue(u"key"_s).toUtf8();
        if (sent == key)
            return false;
        if (sent.isEmpty()) {
            reply->sendJson(403,
                json(QJsonObject{{u"error"_s,
                    QJsonObject{{u"code"_s, 403},
                        {u"message"_s,
                            u"Method doesn't allow unregistered callers (callers without established identity). "
                            u"Please use API Key or other form of API consumer identity to call this API."_s},
                        {u"status"_s, u"PERMISSION_DENIED"_s}}}}));
            return true;
        }
        // A wrong key is a 400 INVALID_ARGUMENT whose ErrorInfo says API_KEY_INVALID.
        const QString message = u"API key not valid. Please pass a valid API key."_s;
        const QJsonArray details{
            QJsonObject{{u"@type"_s, u"type.googleapis.com/google.rpc.ErrorInfo"_s},
                {u"reason"_s, u"API_KEY_INVALID"_s}, {u"domain"_s, u"googleapis.com"_s},
                {u"metadata"_s, QJsonObject{{u"service"_s, u"generativelanguage.googleapis.com"_s}}}},
            QJsonObject{{u"@type"_s, u"type.googleapis.com/google.rpc.LocalizedMessage"_s}, {u"locale"_s, u"en-US"_s},
                {u"message"_s, message}}};
        reply->sendJson(400,
            json(QJsonObject{{u"error"_s,
                QJsonObject{{u"code"_s, 400}, {u"message"_s, message}, {u"status"_s, u"INVALID_ARGUMENT"_s},
                    {u"details"_s, details}}}}));
        return true;
    }
    return false;
}

void LlmRoutes::modelNotFound(const QString& route, const QString& model, const Reply& reply)
{
    const QString fam = family(route);
    if (fam == u"anthropic") {
        reply->sendJson(404,
            json(QJsonObject{{u"type"_s, u"error"_s},
                {u"error"_s,
                    QJsonObject{{u"type"_s, u"not_found_error"_s}, {u"message"_s, QString(u"model: "_s + model)}}},
                {u"request_id"_s, u"req_sandbox"_s}}));
    } else if (fam == u"gemini") {
        reply->sendJson(404,
            json(QJsonObject{{u"error"_s,
                QJsonObject{{u"code"_s, 404},
                    {u"message"_s,
                        u"models/%1 is not found for API version v1beta, or is not supported for generateContent. "
                        u"Call ListModels to see the list of available models and their supported methods."_s.arg(
                            model)},
                    {u"status"_s, u"NOT_FOUND"_s}}}}));
    } else if (fam == u"ollama") {
        reply->sendJson(
            404, json(QJsonObject{{u"error"_s, u"model \"%1\" not found, try pulling it first"_s.arg(model)}}));
    } else {
        reply->sendJson(404,
            json(QJsonObject{{u"error"_s,
                QJsonObject{
                    {u"message"_s, u"The model `%1` does not exist or you do not have access to it."_s.arg(model)},
                    {u"type"_s, u"invalid_request_error"_s}, {u"param"_s, QJsonValue::Null},
                    {u"code"_s, u"model_not_found"_s}}}}));
    }
}

void LlmRoutes::models(
    const QString& route, const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply)
{
    const QString fam = family(route);
    const QList<SandboxModel> all = modelsOf(fam);
    const QUrlQuery query(request.url);
    if (fam == u"anthropic") {
        // Newest first, paged with limit (1-1000, default 20) and after_id.
        int limit = std::clamp(query.queryItemValue(u"limit"_s).toInt(), 0, 1000);
        limit = limit > 0 ? limit : 20;
        if (fault.pageSize > 0)
            limit = std::min(limit, fault.pageSize);
        qsizetype from = 0;
        const QString after = query.queryItemValue(u"after_id"_s);
        for (qsizetype i = 0; !after.isEmpty() && i < all.size(); ++i) {
            if (modelId(all.at(i)) == after)
                from = i + 1;
        }
        QJsonArray data;
        for (qsizetype i = from; i < std::min<qsizetype>(all.size(), from + limit); ++i)
            data.append(QJsonObject{{u"type"_s, u"model"_s}, {u"id"_s, modelId(all.at(i))},
                {u"display_name"_s, QString::fromLatin1(all.at(i).displayName)},
                {u"created_at"_s, u"2025-02-19T00:00:00Z"_s}});
        const auto idAt = [&](qsizetype i) { return data.isEmpty() ? QJsonValue() : data.at(i)[u"id"_s]; };
        reply->sendJson(200,
            json(QJsonObject{{u"data"_s, data}, {u"has_more"_s, from + limit < all.size()}, {u"first_id"_s, idAt(0)},
                {u"last_id"_s, idAt(data.size() - 1)}}),
            {{"request-id", "req_sandbox"}});
        return;
    }
    if (fam == u"gemini") {
        // Paged with pageSize (default 50, at most 1000) and the opaque nextPageToken.
        int size = std::clamp(query.queryItemValue(u"pageSize"_s).toInt(), 0, 1000);
        size = size > 0 ? size : 50;
        if (fault.pageSize > 0)
            size = std::min(size, fault.pageSize);
        constexpr auto tokenEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        const qsizetype from = QByteArray::fromBase64(query.queryItemValue(u"pageToken"_s).toLatin1(), tokenEncoding)
                                   .mid(7)
                                   .toLongLong();
        QJsonArray models;
        for (qsizetype i = from; i < std::min<qsizetype>(all.size(), from + size); ++i) {
            const SandboxModel& m = all.at(i);
            const QJsonArray methods = m.generates
                ? QJsonArray{u"generateContent"_s, u"countTokens"_s, u"createCachedContent"_s}
                : QJsonArray{u"embedContent"_s};
            models.append(QJsonObject{{u"name"_s, QString(u"models/"_s + modelId(m))}, {u"version"_s, u"001"_s},
                {u"displayName"_s, QString::fromLatin1(m.displayName)},
                {u"description"_s, QString::fromLatin1(m.displayName)},
                {u"inputTokenLimit"_s, m.generates ? 1048576 : 2048}, {u"outputTokenLimit"_s, m.generates ? 8192 : 1},
                {u"supportedGenerationMethods"_s, methods}});
        }
        QJsonObject body{{u"models"_s, models}};
        if (from + size < all.size())
            body.insert(u"nextPageToken"_s,
                QString::fromLatin1(QByteArray("offset:" + QByteArray::number(from + size)).toBase64(tokenEncoding)));
        reply->sendJson(200, json(body));
        return;
    }
    if (fam == u"ollama") {
        QJsonArray models;
        for (const SandboxModel& m : all) {
            const QByteArray digest = QCryptographicHash::hash(m.id, QCryptographicHash::Sha256).toHex();
            models.append(QJsonObject{{u"name"_s, modelId(m)}, {u"model"_s, modelId(m)},
                {u"modified_at"_s, u"2025-01-14T10:12:31.429147+01:00"_s}, {u"size"_s, 4661224676LL},
                {u"digest"_s, QString::fromLatin1(digest)},
                {u"details"_s,
                    QJsonObject{{u"parent_model"_s, QString()}, {u"format"_s, u"gguf"_s},
                        {u"family"_s, QString::fromLatin1(m.displayName)},
                        {u"families"_s, QJsonArray{QString::fromLatin1(m.displayName)}},
                        {u"parameter_size"_s, u"8.0B"_s}, {u"quantization_level"_s, u"Q4_K_M"_s}}}});
        }
        reply->sendJson(200, json(QJsonObject{{u"models"_s, models}}));
        return;
    }
    QJsonArray data;
    for (const SandboxModel& m : all)
        data.append(QJsonObject{{u"id"_s, modelId(m)}, {u"object"_s, u"model"_s}, {u"created"_s, 1721172741},
            {u"owned_by"_s, u"system"_s}});
    reply->sendJson(
        200, json(QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}}), {{"x-request-id", "req_sandbox"}});
}

bool LlmRoutes::answerFault(
    const QString& route, const QString& kind, const FaultPlan::Decision& fault, const Reply& reply)
{
    const QString fam = family(route);
    const QByteArray retryAfter = QByteArray::number(fault.retryAfterSeconds);
    const auto error = [&](int status, const QString& type, const QString& message, Headers headers = {}) {
        QJsonObject body;
        if (fam == u"anthropic")
            body = QJsonObject{{u"type"_s, u"error"_s},
                {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}},
                {u"request_id"_s, u"req_sandbox"_s}};
        else if (fam == u"gemini")
            body = QJsonObject{
                {u"error"_s, QJsonObject{{u"code"_s, status}, {u"message"_s, message}, {u"status"_s, type}}}};
        else if (fam == u"ollama")
            body = QJsonObject{{u"error"_s, message}};
        else
            body = QJsonObject{{u"error"_s,
                QJsonObject{
                    {u"message"_s, message}, {u"type"_s, type}, {u"param"_s, QJsonValue::Null}, {u"code"_s, type}}}};
        reply->sendJson(status, json(body), headers);
    };
    // Gemini's google.rpc error with QuotaFailure and RetryInfo details.
    const auto geminiQuota = [&](const QString& quotaId, const QString& message, bool withRetry) {
        QJsonArray details;
        QJsonArray violations;
        violations.append(QJsonObject{{u"quotaId"_s, quotaId}});
        details.append(
            QJsonObject{{u"@type"_s, u"type.googleapis.com/google.rpc.QuotaFailure"_s}, {u"violations"_s, violations}});
        if (withRetry)
            details.append(QJsonObject{{u"@type"_s, u"type.googleapis.com/google.rpc.RetryInfo"_s},
                {u"retryDelay"_s, QString(QString::number(fault.retryAfterSeconds) + u"s"_s)}});
        QJsonObject err{
            {u"code"_s, 429}, {u"message"_s, message}, {u"status"_s, u"RESOURCE_EXHAUSTED"_s}, {u"details"_s, details}};
        reply->sendJson(429, json(QJsonObject{{u"error"_s, err}}));
    };
    if (kind == u"429") {
        if (fam == u"gemini") {
            geminiQuota(u"GenerateRequestsPerMinutePerProjectPerModel"_s,
                u"You exceeded your current quota, please retry later."_s, true);
        } else if (fam == u"anthropic") {
            error(429, u"rate_limit_error"_s, u"Number of request tokens has exceeded your per-minute rate limit"_s,
                {{"retry-after", retryAfter}, {"x-should-retry", "true"}});
        } else {
            error(429, u"rate_limit_exceeded"_s, u"Rate limit reached for requests. Please try again later."_s,
                {{"Retry-After", retryAfter}, {"retry-after-ms", QByteArray::number(fault.retryAfterSeconds * 1000)}});
        }
        return true;
    }
    if (kind == u"insufficient_quota") {
        if (fam == u"gemini") {
            geminiQuota(u"GenerateRequestsPerDayPerProjectPerModel"_s, u"Quota exceeded for the day."_s, false);
        } else if (fam == u"anthropic") {
            error(400, u"invalid_request_error"_s,
                u"Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to "
                u"upgrade or purchase credits."_s);
        } else {
            error(429, u"insufficient_quota"_s,
                u"You exceeded your current quota, please check your plan and billing details. For more "
                u"information on this error, read the docs: "
                u"https://platform.openai.com/docs/guides/error-codes/api-errors."_s);
        }
        return true;
    }
    if (kind == u"401") {
        error(401,
            fam == u"anthropic" ? u"authentication_error"_s
                                : (fam == u"gemini" ? u"UNAUTHENTICATED"_s : u"invalid_api_key"_s),
            u"Incorrect API key provided."_s);
        return true;
    }
    if (kind == u"400") {
        error(400, fam == u"gemini" ? u"INVALID_ARGUMENT"_s : u"invalid_request_error"_s, u"Invalid request."_s);
        return true;
    }
    if (kind == u"500") {
        error(500, fam == u"anthropic" ? u"api_error"_s : (fam == u"gemini" ? u"INTERNAL"_s : u"server_error"_s),
            u"The server had an error while processing your request."_s);
        return true;
    }
    if (kind == u"503") {
        error(503, fam == u"gemini" ? u"UNAVAILABLE"_s : u"server_error"_s,
            u"The model is overloaded. Please try again later."_s);
        return true;
    }
    if (kind == u"529") {
        if (fam == u"anthropic")
            error(529, u"overloaded_error"_s, u"Overloaded"_s,
                {{"x-should-retry", "true"}, {"request-id", "req_sandbox"}});
        else
            error(503, fam == u"gemini" ? u"UNAVAILABLE"_s : u"server_error"_s, u"Overloaded"_s);
        return true;
    }
    if (kind == u"malformed") {
        reply->sendJson(200, "{\"id\": \"broken\", \"choices\": [ {\"message\": {\"content\": \"par");
        return true;
    }
    return false;
}

bool LlmRoutes::isContentFault(const QString& kind)
{
    return kind == u"schema_violation" || kind == u"model_not_found" || ImageRoutes::isContentFault(kind);
}

LlmRoutes::Parsed LlmRoutes::parse(const QString& route, const QJsonObject& body, const ServerRequest& request)
{
    Parsed p;
    p.model = body.value(u"model"_s).toString();
    if (route == u"openai.chat") {
        for (const QJsonValue& v : body.value(u"messages"_s).toArray()) {
            const QJsonObject m = v.toObject();
            const QString role = m.value(u"role"_s).toString();
            (role == u"system" || role == u"developer" ? p.system : p.user) += joinText(m.value(u"content"_s)) + u'\n';
        }
        p.schema = body.value(u"response_format"_s)
                       .toObject()
                       .value(u"json_schema"_s)
                       .toObject()
                       .value(u"schema"_s)
                       .toObject();
        p.stream = body.value(u"stream"_s).toBool();
        p.maxTokens = body.value(u"max_completion_tokens"_s).toInt(body.value(u"max_tokens"_s).toInt(1024));
    } else if (route == u"anthropic.messages") {
        p.system = joinText(body.value(u"system"_s));
        for (const QJsonValue& v : body.value(u"messages"_s).toArray())
            p.user += joinText(v.toObject().value(u"content"_s)) + u'\n';
        p.schema
            = body.value(u"output_config"_s).toObject().value(u"format"_s).toObject().value(u"schema"_s).toObject();
        if (p.schema.isEmpty())
            p.schema = body.value(u"output_format"_s).toObject().value(u"schema"_s).toObject();
        p.stream = body.value(u"stream"_s).toBool();
        p.maxTokens = body.value(u"max_tokens"_s).toInt(1024);
    } else if (route == u"gemini.generate") {
        for (const QJsonValue& v : body.value(u"systemInstruction"_s).toObject().value(u"parts"_s).toArray())
            p.system += v.toObject().value(u"text"_s).toString();
        for (const QJsonValue& c : body.value(u"contents"_s).toArray()) {
            for (const QJsonValue& part : c.toObject().value(u"parts"_s).toArray())
                p.user += part.toObject().value(u"text"_s).toString() + u'\n';
        }
        const QJsonObject gen = body.value(u"generationConfig"_s).toObject();
        p.schema = gen.contains(u"responseJsonSchema"_s) ? gen.value(u"responseJsonSchema"_s).toObject()
                                                         : lowerTypes(gen.value(u"responseSchema"_s).toObject());
        p.stream = request.path().endsWith(u":streamGenerateContent"_s);
        p.maxTokens = gen.value(u"maxOutputTokens"_s).toInt(1024);
        p.model = request.path().section(u'/', -1).section(u':', 0, 0);
    } else if (route == u"ollama.chat") {
        for (const QJsonValue& v : body.value(u"messages"_s).toArray()) {
            const QJsonObject m = v.toObject();
            (m.value(u"role"_s).toString() == u"system" ? p.system : p.user)
                += m.value(u"content"_s).toString() + u'\n';
        }
        p.schema = body.value(u"format"_s).toObject();
        p.stream = body.value(u"stream"_s).toBool(true); // Ollama streams unless told not to
        p.maxTokens = body.value(u"options"_s).toObject().value(u"num_predict"_s).toInt(1024);
    }
    return p;
}

QString LlmRoutes::answer(const Parsed& p, const FaultPlan::Decision& fault, const QByteArray& rawBody)
{
    const QString prompt = p.system + u'\n' + p.user;
    const quint64 seed
        = qFromBigEndian<quint64>(QCryptographicHash::hash(rawBody, QCryptographicHash::Sha1).constData());
    const ContentGenerator::Facts facts = ContentGenerator::factsFromPrompt(prompt);
    QMutexLocker lock(&m_mutex);
    if (p.schema.isEmpty())
        return m_generator.freeText(facts, seed, 80);
    const QJsonValue v = m_generator.generate(p.schema, facts, prompt, seed,
        {fault.wrongFacts, fault.reviewReject, fault.reviewNitpick, fault.strayVerdicts, fault.uncitedVerdict,
            fault.dropLocked});
    return QString::fromUtf8(v.isObject() ? Json::canonical(v.toObject()) : Json::canonical(v.toArray()));
}

void LlmRoutes::handle(
    const QString& route, const ServerRequest& request, const FaultPlan::Decision& fault, const Reply& reply)
{
    if (refuseKey(route, request, reply))
        return;
    if (route.endsWith(u".models"_s)) {
        models(route, request, fault, reply);
        return;
    }
    QString error;
    const auto body = Json::parseObject(request.body, &error);
    if (!body) {
        answerFault(route, u"400"_s, fault, reply);
        return;
    }
    if (route == u"openai.images") {
        ImageRoutes::openai(*body, fault.kind, reply);
        return;
    }
    if (route == u"openai.embeddings" || route == u"ollama.embed") {
        embeddings(route, *body, fault, reply);
        return;
    }
    const Parsed p = parse(route, *body, request);
    if (fault.kind == u"model_not_found") {
        modelNotFound(route, p.model, reply);
        return;
    }
    // schema_violation: valid JSON that ignores the schema (the model misbehaving, not the transport).
    const QString text
        = fault.kind == u"schema_violation" ? u"{\"unexpected\": true}"_s : answer(p, fault, request.body);
    if (route == u"openai.chat")
        openAi(p, text, reply);
    else if (route == u"anthropic.messages")
        anthropic(p, text, reply);
    else if (route == u"gemini.generate")
        gemini(p, text, reply);
    else
        ollama(p, text, reply);
}

void LlmRoutes::openAi(const Parsed& p, const QString& text, const Reply& reply)
{
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    const QJsonObject usage{{u"prompt_tokens"_s, tokensOf(p.system + p.user)}, {u"completion_tokens"_s, tokensOf(text)},
        {u"total_tokens"_s, tokensOf(p.system + p.user) + tokensOf(text)}};
    if (!p.stream) {
        const QJsonObject message{{u"role"_s, u"assistant"_s}, {u"content"_s, text}, {u"refusal"_s, QJsonValue::Null}};
        const QJsonObject body{{u"id"_s, u"chatcmpl-sandbox"_s}, {u"object"_s, u"chat.completion"_s},
            {u"created"_s, created}, {u"model"_s, p.model},
            {u"choices"_s,
                QJsonArray{QJsonObject{{u"index"_s, 0}, {u"message"_s, message}, {u"logprobs"_s, QJsonValue::Null},
                    {u"finish_reason"_s, u"stop"_s}}}},
            {u"usage"_s, usage}};
        reply->sendJson(200, json(body), {{"x-request-id", "req_sandbox"}});
        return;
    }
    reply->beginChunked(200, {{"Content-Type", "text/event-stream"}});
    const auto chunk = [&](const QJsonObject& delta, const QJsonValue& finish) {
        const QJsonObject c{{u"id"_s, u"chatcmpl-sandbox"_s}, {u"object"_s, u"chat.completion.chunk"_s},
            {u"created"_s, created}, {u"model"_s, p.model},
            {u"choices"_s,
                QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}, {u"logprobs"_s, QJsonValue::Null},
                    {u"finish_reason"_s, finish}}}}};
        reply->writeChunk("data: " + json(c) + "\n\n");
    };
    chunk(QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, QString()}}, QJsonValue::Null);
    for (const QString& piece : chunksOf(text, 12))
        chunk(QJsonObject{{u"content"_s, piece}}, QJsonValue::Null);
    chunk(QJsonObject{}, u"stop"_s);
    reply->writeChunk("data: "
        + json(QJsonObject{{u"id"_s, u"chatcmpl-sandbox"_s}, {u"object"_s, u"chat.completion.chunk"_s},
            {u"choices"_s, QJsonArray{}}, {u"usage"_s, usage}})
        + "\n\n");
    reply->writeChunk("data: [DONE]\n\n");
    reply->endChunked();
}

void LlmRoutes::anthropic(const Parsed& p, const QString& text, const Reply& reply)
{
    const int in = tokensOf(p.system + p.user);
    const int out = tokensOf(text);
    if (!p.stream) {
        const QJsonObject body{{u"id"_s, u"msg_sandbox"_s}, {u"type"_s, u"message"_s}, {u"role"_s, u"assistant"_s},
            {u"model"_s, p.model}, {u"content"_s, QJsonArray{QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}}}},
            {u"stop_reason"_s, u"end_turn"_s}, {u"stop_sequence"_s, QJsonValue::Null},
            {u"usage"_s, QJsonObject{{u"input_tokens"_s, in}, {u"output_tokens"_s, out}}}};
        reply->sendJson(200, json(body), {{"request-id", "req_sandbox"}});
        return;
    }
    reply->beginChunked(200, {{"Content-Type", "text/event-stream"}});
    const auto event = [&](const QByteArray& name, const QJsonObject& data) {
        reply->writeChunk("event: " + name + "\ndata: " + json(data) + "\n\n");
    };
    event("message_start",
        QJsonObject{{u"type"_s, u"message_start"_s},
            {u"message"_s,
                QJsonObject{{u"id"_s, u"msg_sandbox"_s}, {u"type"_s, u"message"_s}, {u"role"_s, u"assistant"_s},
                    {u"model"_s, p.model}, {u"content"_s, QJsonArray{}}, {u"stop_reason"_s, QJsonValue::Null},
                    {u"usage"_s, QJsonObject{{u"input_tokens"_s, in}, {u"output_tokens"_s, 1}}}}}});
    event("content_block_start",
        QJsonObject{{u"type"_s, u"content_block_start"_s}, {u"index"_s, 0},
            {u"content_block"_s, QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, QString()}}}});
    event("ping", QJsonObject{{u"type"_s, u"ping"_s}});
    for (const QString& piece : chunksOf(text, 12))
        event("content_block_delta",
            QJsonObject{{u"type"_s, u"content_block_delta"_s}, {u"index"_s, 0},
                {u"delta"_s, QJsonObject{{u"type"_s, u"text_delta"_s}, {u"text"_s, piece}}}});
    event("content_block_stop", QJsonObject{{u"type"_s, u"content_block_stop"_s}, {u"index"_s, 0}});
    event("message_delta",
        QJsonObject{{u"type"_s, u"message_delta"_s},
            {u"delta"_s, QJsonObject{{u"stop_reason"_s, u"end_turn"_s}, {u"stop_sequence"_s, QJsonValue::Null}}},
            {u"usage"_s, QJsonObject{{u"output_tokens"_s, out}}}});
    event("message_stop", QJsonObject{{u"type"_s, u"message_stop"_s}});
    reply->endChunked();
}

void LlmRoutes::gemini(const Parsed& p, const QString& text, const Reply& reply)
{
    const auto response = [&](const QString& part, bool last) {
        QJsonObject candidate{
            {u"content"_s,
                QJsonObject{{u"role"_s, u"model"_s}, {u"parts"_s, QJsonArray{QJsonObject{{u"text"_s, part}}}}}},
            {u"index"_s, 0}};
        QJsonObject r{{u"candidates"_s, QJsonArray{}}, {u"modelVersion"_s, p.model}, {u"responseId"_s, u"sandbox"_s}};
        if (last) {
            candidate.insert(u"finishReason"_s, u"STOP"_s);
            r.insert(u"usageMetadata"_s,
                QJsonObject{{u"promptTokenCount"_s, tokensOf(p.system + p.user)},
                    {u"candidatesTokenCount"_s, tokensOf(text)},
                    {u"totalTokenCount"_s, tokensOf(p.system + p.user) + tokensOf(text)}});
        }
        r.insert(u"candidates"_s, QJsonArray{candidate});
        return r;
    };
    if (!p.stream) {
        reply->sendJson(200, json(response(text, true)));
        return;
    }
    reply->beginChunked(200, {{"Content-Type", "text/event-stream"}});
    const QStringList pieces = chunksOf(text, 8);
    for (qsizetype i = 0; i < pieces.size(); ++i)
        reply->writeChunk("data: " + json(response(pieces.at(i), i == pieces.size() - 1)) + "\r\n\r\n");
    reply->endChunked();
}

void LlmRoutes::ollama(const Parsed& p, const QString& text, const Reply& reply)
{
    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonObject final{{u"model"_s, p.model}, {u"created_at"_s, created}, {u"done"_s, true},
        {u"done_reason"_s, u"stop"_s}, {u"total_duration"_s, 1200000000LL},
        {u"prompt_eval_count"_s, tokensOf(p.system + p.user)}, {u"eval_count"_s, tokensOf(text)}};
    if (!p.stream) {
        final.insert(u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, text}});
        reply->sendJson(200, json(final));
        return;
    }
    reply->beginChunked(200, {{"Content-Type", "application/x-ndjson"}});
    for (const QString& piece : chunksOf(text, 10))
        reply->writeChunk(
            json(QJsonObject{{u"model"_s, p.model}, {u"created_at"_s, created},
                {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, piece}}}, {u"done"_s, false}})
            + '\n');
    final.insert(u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, QString()}});
    reply->writeChunk(json(final)); // the last line arrives without a newline
    reply->endChunked();
}

void LlmRoutes::embeddings(
    const QString& route, const QJsonObject& body, const FaultPlan::Decision& fault, const Reply& reply)
{
    QStringList texts;
    const QJsonValue input = body.value(u"input"_s);
    if (input.isString())
        texts.append(input.toString());
    for (const QJsonValue& v : input.toArray())
        texts.append(v.toString());
    const QString model = body.value(u"model"_s).toString();
    if (texts.isEmpty() || model.isEmpty()) {
        reply->sendJson(400,
            json(QJsonObject{{u"error"_s,
                QJsonObject{
                    {u"message"_s, u"'input' and 'model' are required"_s}, {u"type"_s, u"invalid_request_error"_s}}}}));
        return;
    }
    // schema_violation: one vector short (a server that dropped an input).
    if (fault.kind == u"schema_violation")
        texts.removeLast();
    int tokens = 0;
    QJsonArray vectors;
    for (const QString& t : std::as_const(texts)) {
        tokens += int(t.split(u' ', Qt::SkipEmptyParts).size()) * 4 / 3 + 1;
        QJsonArray values;
        for (float f : MeaningVectors::embed(t))
            values.append(double(f));
        vectors.append(values);
    }
    if (route == u"ollama.embed") {
        reply->sendJson(
            200, json(QJsonObject{{u"model"_s, model}, {u"embeddings"_s, vectors}, {u"prompt_eval_count"_s, tokens}}));
        return;
    }
    QJsonArray data;
    // In reverse: the API promises each item's index, not the list's order.
    for (qsizetype i = vectors.size() - 1; i >= 0; --i)
        data.append(QJsonObject{{u"object"_s, u"embedding"_s}, {u"index"_s, int(i)}, {u"embedding"_s, vectors.at(i)}});
    reply->sendJson(200,
        json(QJsonObject{{u"object"_s, u"list"_s}, {u"data"_s, data}, {u"model"_s, model},
            {u"usage"_s, QJsonObject{{u"prompt_tokens"_s, tokens}, {u"total_tokens"_s, tokens}}}}));
}
