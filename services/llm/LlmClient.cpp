#include "LlmClient.h"

#include "JsonSchema.h"
#include "LlmProvider.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "resilience/ApiCaller.h"
#include "resilience/ApiRuntime.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

struct LlmClient::Job
{
    QList<ProviderConfig> chain;
    LlmRequest request;
    QPointer<QObject> context;
    std::function<void(const LlmResult&)> done;
    int index = 0;
    LlmResult result;
    QElapsedTimer timer;
};

LlmClient::LlmClient(ApiCaller* caller, ApiRuntime* runtime, QObject* parent)
    : QObject(parent)
    , m_caller(caller)
    , m_runtime(runtime)
{ }

bool LlmClient::fallbackAllowed(const ApiError& error)
{
    switch (error.cls) {
    case ErrorClass::BudgetExceeded:
    case ErrorClass::Canceled:
    case ErrorClass::SchemaMismatch:
    case ErrorClass::None:
        return false;
    default:
        return true;
    }
}

void LlmClient::complete(const QList<ProviderConfig>& chain, const LlmRequest& request, QObject* context,
    std::function<void(const LlmResult&)> done)
{
    auto job = std::make_shared<Job>();
    job->chain = chain;
    job->request = request;
    job->context = context;
    job->done = std::move(done);
    job->timer.start();
    if (chain.isEmpty()) {
        job->result.error = ApiError::make(ErrorClass::InvalidRequest,
            QCoreApplication::translate(
                "LlmClient", "No AI provider is configured for %1. Add one in Settings → Providers.")
                .arg(request.purpose));
        QMetaObject::invokeMethod(
            this, [this, job] { finish(job); }, Qt::QueuedConnection);
        return;
    }
    tryProvider(job);
}

void LlmClient::finish(std::shared_ptr<Job> job)
{
    job->result.latencyMs = job->timer.elapsed();
    if (job->context)
        job->done(job->result);
}

void LlmClient::tryProvider(std::shared_ptr<Job> job)
{
    const ProviderConfig config = job->chain.at(job->index);
    const auto next = [this, job](const ApiError& error) {
        job->result.error = error;
        if (fallbackAllowed(error) && job->index + 1 < job->chain.size()) {
            qCInfo(lcLlm) << job->request.purpose << "falls back from" << job->chain.at(job->index).id << "to"
                          << job->chain.at(job->index + 1).id << "after:" << error.toString();
            const ProviderConfig& failed = job->chain.at(job->index);
            job->result.fallbacks.append(u"%1: %2"_s.arg(failed.name.isEmpty() ? failed.id : failed.name,
                error.message.isEmpty() ? error.toString() : error.message));
            ++job->index;
            tryProvider(job);
            return;
        }
        finish(job);
    };
    job->result.providersTried.append(config.id);

    std::shared_ptr<LlmProvider> provider = LlmProvider::forKind(config.kind);
    if (!provider || !config.isValid()) {
        next(ApiError::make(ErrorClass::InvalidRequest,
            QCoreApplication::translate(
                "LlmClient", "The provider %1 is not set up correctly (kind, address or model).")
                .arg(config.id)));
        return;
    }
    QString keyError;
    const std::optional<QString> key
        = m_runtime->secrets()->resolveFor(config.secretRef, config.baseUrl, u"provider/"_s, &keyError);
    if (!key) {
        next(ApiError::make(
            ErrorClass::Auth, QCoreApplication::translate("LlmClient", "%1: %2").arg(config.name, keyError)));
        return;
    }

    const PriceTable prices = m_runtime->prices();
    const LlmRequest& request = job->request;
    const qint64 estimate = prices.cost(config.kind, config.model, request.estimatedInputTokens(), request.maxTokens);
    QString refusal;
    const quint64 reservation = m_runtime->spend()->reserve(estimate, request.purpose, &refusal);
    if (reservation == 0) {
        job->result.error = ApiError::make(ErrorClass::BudgetExceeded, refusal);
        qCWarning(lcLlm) << request.purpose << "refused before sending:" << refusal;
        finish(job);
        return;
    }

    struct State
    {
        std::unique_ptr<StreamDecoder> decoder;
        LlmResult parsed;
        int attempts = 0;
        qint64 ledgerRow = 0; // this attempt's provider_calls row, written before it is sent
        int in = 0;
        int out = 0;
        qint64 cost = 0;
    };
    auto state = std::make_shared<State>();
    const bool streaming = static_cast<bool>(request.onText);

    ApiCaller::Spec spec;
    spec.purpose = request.purpose;
    spec.endpoint = config.name.isEmpty() ? config.id : config.name;
    spec.breaker = m_runtime->breakers()->breaker(config.endpointKey());
    AdaptiveLimiter::Config limits;
    limits.initial = std::max(1, config.initialConcurrency);
    limits.maximum = std::max(limits.initial, static_cast<double>(config.maxConcurrency));
    spec.limiter = m_runtime->limiter(config.endpointKey(), limits);
    spec.bucket
        = m_runtime->bucket(config.endpointKey(), config.requestsPerSecond, std::max(1.0, config.requestsPerSecond));
    spec.policy = m_policy;
    spec.build = [this, provider, config, key = *key, job, state, streaming, estimate]() {
        if (state->attempts++ > 0 && streaming && job->request.onRestart)
            job->request.onRestart();
        // In the ledger before it leaves: a kill from here on still counts it as spent.
        state->ledgerRow = CallLedger::open(m_db, ledgerCall(config, job->request, state->attempts, estimate));
        state->in = state->out = 0;
        HttpRequest h = provider->build(config, key, job->request, streaming);
        h.stallTimeoutMs = m_runtime->stallTimeoutFor(config.endpointKey());
        if (streaming) {
            state->decoder = provider->streamDecoder();
            h.onData = [state, onText = job->request.onText](
                           const QByteArray& chunk) { state->decoder->feed(chunk, onText); };
        }
        return h;
    };
    spec.classify = [this, provider, state, streaming, job](const HttpResponse& response) -> ApiError {
        ApiError e = provider->classify(response, m_runtime->clock()->nowMs());
        if (e.isError())
            return e;
        LlmResult r;
        if (streaming)
            state->decoder->finish(&r);
        else
            provider->parse(response.body, &r);
        state->in = r.inputTokens;
        state->out = r.outputTokens;
        if (r.error.isError())
            return r.error;
        if (!job->request.schema.isEmpty()) {
            // Kept for the caller when the answer is rejected: a broken answer is still worth showing.
            state->parsed.text = r.text;
            QString jsonError;
            const auto doc = Json::parse(Llm::extractJson(r.text), &jsonError);
            if (!doc)
                return ApiError::make(ErrorClass::SchemaMismatch,
                    QCoreApplication::translate("LlmClient", "the model's answer is not JSON: %1").arg(jsonError),
                    response.status, u"schema"_s);
            const QJsonValue value = doc->isObject() ? QJsonValue(doc->object()) : QJsonValue(doc->array());
            const auto violations = JsonSchema::validate(value, job->request.schema);
            if (!violations.isEmpty()) {
                QStringList lines;
                for (qsizetype i = 0; i < std::min<qsizetype>(violations.size(), 4); ++i)
                    lines.append(violations.at(i).toString());
                ApiError mismatch = ApiError::make(ErrorClass::SchemaMismatch,
                    QCoreApplication::translate("LlmClient", "the model's answer does not match the schema: %1")
                        .arg(lines.join(u"; "_s)),
                    response.status, u"schema"_s);
                return mismatch;
            }
            r.json = value;
        }
        state->parsed = r;
        return {};
    };
    spec.onAttempt = [this, config, job, state, prices](const ApiCaller::Attempt& a) {
        // Tokens are billed whenever the provider produced an answer, even one we reject.
        const qint64 cost = a.response.status >= 200 && a.response.status < 300
            ? prices.cost(config.kind, config.model, state->in, state->out)
            : 0;
        state->cost += cost;
        if (!a.error.isError())
            m_runtime->recordLatency(config.endpointKey(), a.latencyMs);
        CallLedger::settle(m_db, state->ledgerRow, ledgerCall(config, job->request, a.number, 0), state->in, state->out,
            cost, a.latencyMs, a.error);
        state->ledgerRow = 0;
    };

    m_caller->call(spec, this, [this, job, state, config, reservation, next](const ApiCaller::Outcome& outcome) {
        m_runtime->spend()->settle(reservation, state->cost);
        job->result.costMicros += state->cost;
        job->result.attempts += outcome.attempts;
        if (!outcome.error.isError()) {
            const LlmResult& r = state->parsed;
            job->result.provider = config.id;
            job->result.model = r.model.isEmpty() ? config.model : r.model;
            job->result.text = r.text;
            job->result.json = r.json;
            job->result.finishReason = r.finishReason;
            job->result.inputTokens = r.inputTokens;
            job->result.outputTokens = r.outputTokens;
            job->result.error = {};
            finish(job);
            return;
        }
        job->result.provider = config.id;
        job->result.model = config.model;
        if (outcome.error.cls == ErrorClass::SchemaMismatch)
            job->result.text = state->parsed.text;
        next(outcome.error);
    });
}

CallLedger::Call LlmClient::ledgerCall(
    const ProviderConfig& config, const LlmRequest& request, int attempt, qint64 reservedMicros) const
{
    CallLedger::Call c;
    c.at = m_runtime->clock()->nowMs();
    c.purpose = request.purpose;
    c.provider = config.id;
    c.model = config.model;
    c.reservedMicros = reservedMicros;
    c.productId = request.productId;
    c.jobId = request.jobId;
    c.attempt = attempt;
    return c;
}
