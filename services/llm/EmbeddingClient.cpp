#include "EmbeddingClient.h"

#include "LlmProvider.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "resilience/ApiCaller.h"
#include "resilience/ApiRuntime.h"
#include "resilience/CallLedger.h"
#include "resilience/Pricing.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace
{
QString baseUrl(const ProviderConfig& config)
{
    QString base = config.baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}

// One vector from a JSON array of numbers; empty when an element is not a number.
QVector<float> vectorOf(const QJsonArray& values)
{
    QVector<float> out;
    out.reserve(values.size());
    for (const QJsonValue& v : values) {
        if (!v.isDouble())
            return {};
        out.append(static_cast<float>(v.toDouble()));
    }
    return out;
}
} // namespace

EmbeddingClient::EmbeddingClient(ApiCaller* caller, ApiRuntime* runtime, QObject* parent)
    : QObject(parent)
    , m_caller(caller)
    , m_runtime(runtime)
{ }

bool EmbeddingClient::supports(const QString& providerKind)
{
    return providerKind == u"openai" || providerKind == u"ollama";
}

QString EmbeddingClient::defaultModel(const QString& providerKind)
{
    if (providerKind == u"ollama")
        return u"nomic-embed-text"_s;
    return providerKind == u"openai" ? u"text-embedding-3-small"_s : QString();
}

HttpRequest EmbeddingClient::build(
    const ProviderConfig& config, const QString& apiKey, const QString& model, const QStringList& texts)
{
    HttpRequest h;
    h.method = "POST";
    h.setHeader("Content-Type", "application/json");
    if (!apiKey.isEmpty())
        h.setHeader("Authorization", "Bearer " + apiKey.toUtf8());
    // 64 passages are embedded in seconds: a provider that takes longer is unwell (a chat model's deadline is longer).
    h.deadlineMs = std::min(config.deadlineMs, 60'000);
    const QJsonArray input = QJsonArray::fromStringList(texts);
    if (config.kind == u"ollama") {
        h.url = QUrl(baseUrl(config) + u"/api/embed"_s);
        h.body = Json::canonical(QJsonObject{{u"model"_s, model}, {u"input"_s, input}});
    } else {
        h.url = QUrl(baseUrl(config) + u"/embeddings"_s);
        QJsonObject body{{u"model"_s, model}, {u"input"_s, input}, {u"encoding_format"_s, u"float"_s}};
        // OpenAI's third generation may be shortened: 512 of text-embedding-3-small's 1,536 numbers keep nearly all
        // of its quality (OpenAI's own figures) and make a search over 10,000 passages three times cheaper.
        if (model.startsWith(u"text-embedding-3"_s))
            body.insert(u"dimensions"_s, kShortenedDims);
        h.body = Json::canonical(body);
    }
    return h;
}

bool EmbeddingClient::parse(const QString& providerKind, const QByteArray& body, qsizetype texts,
    QList<QVector<float>>* vectors, int* inputTokens, QString* error)
{
    QString parseError;
    const auto obj = Json::parseObject(body, &parseError);
    if (!obj) {
        *error = QCoreApplication::translate("EmbeddingClient", "the answer is not JSON: %1").arg(parseError);
        return false;
    }
    QList<QVector<float>> out(texts);
    if (providerKind == u"ollama") {
        const QJsonArray embeddings = obj->value(u"embeddings"_s).toArray();
        if (embeddings.size() != texts) {
            *error = QCoreApplication::translate("EmbeddingClient", "%1 vectors came back for %2 texts")
                         .arg(embeddings.size())
                         .arg(texts);
            return false;
        }
        for (qsizetype i = 0; i < texts; ++i)
            out[i] = vectorOf(embeddings.at(i).toArray());
        *inputTokens = obj->value(u"prompt_eval_count"_s).toInt();
    } else {
        const QJsonArray data = obj->value(u"data"_s).toArray();
        if (data.size() != texts) {
            *error = QCoreApplication::translate("EmbeddingClient", "%1 vectors came back for %2 texts")
                         .arg(data.size())
                         .arg(texts);
            return false;
        }
        // Each item says which input it belongs to; the order of the list is not promised.
        for (qsizetype i = 0; i < data.size(); ++i) {
            const QJsonObject item = data.at(i).toObject();
            const qsizetype at = item.contains(u"index"_s) ? item.value(u"index"_s).toInt(-1) : i;
            if (at < 0 || at >= texts || !out.at(at).isEmpty()) {
                *error = QCoreApplication::translate("EmbeddingClient", "the answer's vectors do not match the texts");
                return false;
            }
            out[at] = vectorOf(item.value(u"embedding"_s).toArray());
        }
        *inputTokens = obj->value(u"usage"_s).toObject().value(u"prompt_tokens"_s).toInt();
    }
    for (const QVector<float>& v : std::as_const(out)) {
        if (v.isEmpty() || v.size() != out.first().size()) {
            *error = QCoreApplication::translate(
                "EmbeddingClient", "the answer holds an empty vector or vectors of different lengths");
            return false;
        }
    }
    *vectors = out;
    return true;
}

void EmbeddingClient::embed(const ProviderConfig& config, const QString& model, const QStringList& texts,
    QObject* context, std::function<void(const QList<QVector<float>>&, const ApiError&)> done, int maxAttempts)
{
    if (!supports(config.kind)) {
        done({},
            ApiError::make(ErrorClass::InvalidRequest,
                QCoreApplication::translate("EmbeddingClient", "%1 has no embeddings that Quorum can use.")
                    .arg(config.name.isEmpty() ? config.id : config.name)));
        return;
    }
    if (texts.isEmpty() || texts.size() > kMaxBatch) {
        done({}, ApiError::make(ErrorClass::InvalidRequest, u"embed: %1 texts in one request"_s.arg(texts.size())));
        return;
    }
    QString keyError;
    const std::optional<QString> key
        = m_runtime->secrets()->resolveFor(config.secretRef, config.baseUrl, u"provider/"_s, &keyError);
    if (!key) {
        done({}, ApiError::make(ErrorClass::Auth, keyError));
        return;
    }
    // About four characters a token: the budget is reserved for that and settled at what the API counted.
    qsizetype chars = 0;
    for (const QString& t : texts)
        chars += t.size();
    const qint64 estimatedTokens = chars / 4 + 1;
    const PriceTable::Price price = m_runtime->prices().find(config.kind, model);
    const auto costOf = [price](qint64 tokens) { return (tokens * price.inputPerMillion + 999'999) / 1'000'000; };
    QString refusal;
    const quint64 reservation = m_runtime->spend()->reserve(costOf(estimatedTokens), u"embed"_s, &refusal);
    if (reservation == 0) {
        done({}, ApiError::make(ErrorClass::BudgetExceeded, refusal));
        return;
    }
    struct Answer
    {
        QList<QVector<float>> vectors;
        qint64 paid = 0;
        qint64 ledgerRow = 0;
        int tokens = 0;
    };
    auto answer = std::make_shared<Answer>();
    CallLedger::Call call;
    call.purpose = u"embed"_s;
    call.provider = config.id;
    call.model = model;
    call.reservedMicros = costOf(estimatedTokens);
    ApiCaller::Spec spec;
    spec.purpose = u"embed"_s;
    spec.endpoint = config.name.isEmpty() ? config.id : config.name;
    // The embedding model's own breaker, limiter and rate: a chat model that is down says nothing about it.
    ProviderConfig endpoint = config;
    endpoint.model = model;
    spec.breaker = m_runtime->breakers()->breaker(endpoint.endpointKey());
    AdaptiveLimiter::Config limits;
    limits.initial = std::max(1, config.initialConcurrency);
    limits.maximum = std::max(limits.initial, static_cast<double>(config.maxConcurrency));
    spec.limiter = m_runtime->limiter(endpoint.endpointKey(), limits);
    spec.bucket
        = m_runtime->bucket(endpoint.endpointKey(), config.requestsPerSecond, std::max(1.0, config.requestsPerSecond));
    spec.policy = m_policy;
    if (maxAttempts > 0)
        spec.policy.maxAttempts = std::min(spec.policy.maxAttempts, maxAttempts);
    spec.build = [this, config, key = *key, model, texts, call, answer]() mutable {
        // In the ledger before it leaves: a kill from here on still counts it as spent.
        call.at = m_runtime->clock()->nowMs();
        answer->ledgerRow = CallLedger::open(m_db, call);
        ++call.attempt;
        return build(config, key, model, texts);
    };
    spec.classify = [this, config, count = texts.size(), answer](const HttpResponse& r) -> ApiError {
        const auto provider = LlmProvider::forKind(config.kind);
        ApiError e = provider->classify(r, m_runtime->clock()->nowMs());
        if (e.isError())
            return e;
        QString error;
        if (!parse(config.kind, r.body, count, &answer->vectors, &answer->tokens, &error))
            return ApiError::make(ErrorClass::Transient,
                QCoreApplication::translate("EmbeddingClient", "The embeddings could not be read: %1").arg(error));
        return {};
    };
    spec.onAttempt = [this, call, answer, costOf, estimatedTokens](const ApiCaller::Attempt& a) mutable {
        const int tokens = a.error.isError() ? 0 : (answer->tokens > 0 ? answer->tokens : int(estimatedTokens));
        const qint64 cost = a.error.isError() ? 0 : costOf(tokens);
        answer->paid += cost;
        call.at = m_runtime->clock()->nowMs();
        call.attempt = a.number;
        CallLedger::settle(m_db, answer->ledgerRow, call, tokens, 0, cost, a.latencyMs, a.error);
        answer->ledgerRow = 0;
    };
    m_caller->call(
        spec, context, [this, answer, reservation, done = std::move(done)](const ApiCaller::Outcome& outcome) {
            m_runtime->spend()->settle(reservation, answer->paid);
            if (outcome.error.isError()) {
                done({}, outcome.error);
                return;
            }
            done(answer->vectors, {});
        });
}
