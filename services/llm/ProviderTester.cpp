#include "ProviderTester.h"

#include "LlmProvider.h"
#include "core/Clock.h"
#include "core/Redaction.h"
#include "net/HttpClient.h"
#include "resilience/ApiCaller.h"
#include "resilience/ApiRuntime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLocale>
#include <QPointer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{

// A test is answered quickly or not at all, except a local Ollama: its first request loads the model
// into memory, which takes a while on a modest computer. Never longer than the provider's own deadline.
int deadlineFor(const ProviderConfig& config)
{
    const int cap = config.kind == u"ollama" ? 120'000 : 30'000;
    return config.deadlineMs > 0 ? std::min(config.deadlineMs, cap) : cap;
}

bool isOfficialOpenAi(const ProviderConfig& config)
{
    const QString host = config.baseUrl.host().toLower();
    return config.kind == u"openai" && (host == u"openai.com" || host.endsWith(u".openai.com"_s));
}

QString hostPort(const QUrl& url)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    const QString host = url.host();
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

bool isLocal(const QUrl& url)
{
    const QString host = url.host();
    const QHostAddress address(host);
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || address.isLoopback();
}

// Who answered, as a shop owner knows it: the API's maker, or for another OpenAI-compatible server
// (vLLM, LM Studio, llama.cpp) its address.
QString who(const ProviderConfig& config)
{
    if (config.kind == u"openai")
        return isOfficialOpenAi(config) ? u"OpenAI"_s : hostPort(config.baseUrl);
    if (config.kind == u"anthropic")
        return u"Anthropic"_s;
    if (config.kind == u"gemini")
        return u"Gemini"_s;
    if (config.kind == u"ollama")
        return u"Ollama"_s;
    return hostPort(config.baseUrl);
}

// Refused with no key sent at all: the provider needs one that Quorum was not told about.
QString noKeySent(const ProviderConfig& config)
{
    return QCoreApplication::translate("ProviderTester",
        "%1 asks for an API key, and this provider has none. Paste the key here, or name the environment variable "
        "that holds it (env:NAME).")
        .arg(who(config));
}

bool refusedWithoutKey(const ApiError& e, const QString& sentKey)
{
    return (e.cls == ErrorClass::Auth || e.cls == ErrorClass::Permission) && sentKey.isEmpty();
}

// The server's own words: the adapters prefix their name ("Anthropic: ..."); the sentence that
// quotes them ends them.
// Seconds to wait, whole and at least one. (A function: lupdate drops a translate() whose arguments hold
// a cast or a scope.)
int retrySeconds(const ApiError& e)
{
    return static_cast<int>(std::max<qint64>(1, (e.retryAfterMs + 999) / 1000));
}

QString serverText(const ApiError& e)
{
    const qsizetype colon = e.message.indexOf(u": "_s);
    QString text = colon > 0 && colon < 24 ? e.message.mid(colon + 2) : e.message;
    text = text.trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// The provider said the model does not exist (rather than the address having no API): OpenAI's code,
// or the server naming the model in a structured error (Anthropic "model: x", Gemini "models/x is
// not found", Ollama "model \"x\" not found", vLLM "The model `x` does not exist").
bool isUnknownModel(const ApiError& e, const ProviderConfig& config)
{
    if (e.cls != ErrorClass::NotFound)
        return false;
    if (e.code == u"model_not_found")
        return true;
    // Google's HTML 404 page repeats the path, and with it the model.
    if (config.kind == u"gemini" && e.code != u"NOT_FOUND")
        return false;
    const QString model = config.model.trimmed();
    return !model.isEmpty() && serverText(e).contains(model);
}

QString withoutLatest(const QString& model)
{
    return model.endsWith(u":latest"_s) ? model.chopped(7) : model;
}

bool listHas(const QStringList& models, const QString& model)
{
    const QString wanted = withoutLatest(model.trimmed());
    for (const QString& m : models) {
        if (withoutLatest(m) == wanted)
            return true;
    }
    return false;
}

// Up to five names from the list, the ones that start most like the model asked for first.
QStringList closest(const QStringList& models, const QString& model)
{
    const auto common = [&model](const QString& m) {
        qsizetype n = 0;
        while (n < m.size() && n < model.size() && m.at(n).toLower() == model.at(n).toLower())
            ++n;
        return n;
    };
    QList<std::pair<qsizetype, qsizetype>> ranked; // (-common prefix, position)
    for (qsizetype i = 0; i < models.size(); ++i)
        ranked.append({-common(models.at(i)), i});
    std::sort(ranked.begin(), ranked.end());
    QStringList out;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, ranked.size()); ++i)
        out.append(models.at(ranked.at(i).second));
    return out;
}

// Runs fn on the context's thread, later; never once the context is gone.
void deliver(const QPointer<QObject>& context, std::function<void()> fn)
{
    if (!context)
        return;
    QMetaObject::invokeMethod(context.data(), std::move(fn), Qt::QueuedConnection);
}

} // namespace

ProviderTester::ProviderTester(ApiRuntime* runtime, QObject* parent)
    : QObject(parent)
    , m_runtime(runtime)
{
    // Its own HTTP client and attempt loop, so that nothing of the pipeline's is shared (see the header).
    HttpClient::Options options;
    options.deadlineMs = 30'000;
    options.stallTimeoutMs = 30'000;
    m_http = new HttpClient(options, this);
    m_caller = new ApiCaller(m_http, runtime->clock(), this);
}

ProviderTester::~ProviderTester() = default;

std::optional<QString> ProviderTester::resolveKey(
    const ProviderConfig& config, const QString& typed, QString* why) const
{
    if (!typed.trimmed().isEmpty()) {
        Redaction::registerSecret(typed.trimmed()); // never in a log line, like every stored secret
        return typed.trimmed();
    }
    QString error;
    const std::optional<QString> key
        = m_runtime->secrets()->resolveFor(config.secretRef, config.baseUrl, u"provider/"_s, &error);
    if (key)
        return key;
    const QString ref = config.secretRef;
    const QString variable = ref.startsWith(u"env:"_s) ? ref.mid(4) : QString();
    const QString entry = SecretCache::keychainKey(ref);
    if (!variable.isEmpty() && !SecretCache::isReservedEnvironmentName(variable)
        && qEnvironmentVariableIsEmpty(variable.toLocal8Bit().constData()))
        *why = QCoreApplication::translate("ProviderTester",
            "There is no key to send: the environment variable %1 is not set. Set it where Quorum is started and "
            "restart Quorum, or paste the key here.")
                   .arg(variable);
    else if (entry.startsWith(u"provider/"_s) && !m_runtime->secrets()->contains(entry))
        *why = QCoreApplication::translate("ProviderTester",
            "There is no key to send: the system keychain has no entry %1 for this provider, or it is locked. Paste "
            "the key here and save it.")
                   .arg(entry);
    else
        *why = error; // bound to another address, someone else's secret, an unknown kind of reference
    return std::nullopt;
}

QString ProviderTester::explain(const ApiError& e, const ProviderConfig& config)
{
    const QString name = who(config);
    const QString model = config.model.trimmed();
    if (e.code == u"host_not_found")
        return QCoreApplication::translate("ProviderTester",
            "The address %1 cannot be found (DNS). Check its spelling, and that this computer is online.")
            .arg(config.baseUrl.host());
    if (e.code == u"connection_refused") {
        const QString at = hostPort(config.baseUrl);
        if (config.kind == u"ollama" || config.baseUrl.port() == 11434)
            return QCoreApplication::translate(
                "ProviderTester", "Nothing is listening at %1. Is Ollama running? Start it with `ollama serve`.")
                .arg(at);
        if (isLocal(config.baseUrl))
            return QCoreApplication::translate(
                "ProviderTester", "Nothing is listening at %1. Is the model server on this computer running?")
                .arg(at);
        return QCoreApplication::translate(
            "ProviderTester", "Nothing is listening at %1 (connection refused). Check the address and the port.")
            .arg(at);
    }
    if (e.code == u"tls")
        return QCoreApplication::translate("ProviderTester",
            "The secure connection to %1 failed (TLS). Its certificate may have expired or belong to another "
            "address, or something on the network intercepts the connection. Details: %2")
            .arg(config.baseUrl.host(), e.message);
    const int seconds = deadlineFor(config) / 1000;
    switch (e.cls) {
    case ErrorClass::Timeout:
        return config.kind == u"ollama"
            ? QCoreApplication::translate("ProviderTester",
                "%1 did not answer within %n second(s). Ollama loads a model into memory on its first request, which "
                "can take a while: try again.",
                nullptr, seconds)
                  .arg(name)
            : QCoreApplication::translate("ProviderTester",
                "%1 did not answer within %n second(s). Try again; if it keeps happening, check the address and the "
                "provider's status page.",
                nullptr, seconds)
                  .arg(name);
    case ErrorClass::Unreachable:
        return QCoreApplication::translate("ProviderTester", "%1 cannot be reached: %2")
            .arg(hostPort(config.baseUrl), e.message);
    case ErrorClass::Auth:
        return QCoreApplication::translate("ProviderTester",
            "%1 refused the API key (HTTP %2): it is wrong, revoked or expired. Copy the key again from the "
            "provider's website and paste it here.")
            .arg(name)
            .arg(e.httpStatus);
    case ErrorClass::Permission:
        return QCoreApplication::translate("ProviderTester",
            "%1 refused the key for this request (HTTP 403): the key is wrong, or may not use the model “%2”. Check "
            "the key, and the model's access in the provider's account.")
            .arg(name, model);
    case ErrorClass::NotFound:
        if (isUnknownModel(e, config))
            return config.kind == u"ollama"
                ? QCoreApplication::translate(
                    "ProviderTester", "Ollama does not have the model “%1”. Download it with `ollama pull %1`.")
                      .arg(model)
                : QCoreApplication::translate("ProviderTester",
                    "%1 does not know the model “%2”: it does not exist, or this key may not use it. Check the name.")
                      .arg(name, model);
        if (config.kind == u"openai" && !isOfficialOpenAi(config))
            return QCoreApplication::translate("ProviderTester",
                "There is no OpenAI-compatible API at %1 (HTTP 404). Check the address: for most servers it ends in "
                "/v1.")
                .arg(config.baseUrl.toString());
        return QCoreApplication::translate(
            "ProviderTester", "There is no %1 API at %2 (HTTP 404). Check the address; it is usually %3.")
            .arg(name, config.baseUrl.toString(), Llm::defaultsFor(config.kind).baseUrl);
    case ErrorClass::QuotaExhausted:
        if (isOfficialOpenAi(config))
            return QCoreApplication::translate("ProviderTester",
                "OpenAI accepts the key, but the account has no quota left (insufficient_quota). Add credit or "
                "raise the monthly limit under Settings → Billing at platform.openai.com. Waiting does not help: "
                "this is not a rate limit.");
        if (config.kind == u"anthropic")
            return QCoreApplication::translate("ProviderTester",
                "Anthropic accepts the key, but the account's credit balance is too low. Buy credits under Plans & "
                "Billing at console.anthropic.com. Waiting does not help: this is not a rate limit.");
        if (config.kind == u"gemini")
            return QCoreApplication::translate("ProviderTester",
                "Gemini accepts the key, but its quota for today is used up. It is renewed daily; for more, enable "
                "billing for the project in Google AI Studio.");
        return QCoreApplication::translate("ProviderTester",
            "%1 accepts the key, but the account's quota or credit is used up. Top it up or raise its limit; "
            "waiting does not help.")
            .arg(name);
    case ErrorClass::RateLimited:
        if (e.retryAfterMs >= 0)
            return QCoreApplication::translate("ProviderTester",
                "%1 accepts the key, but too many requests were sent to it just now (rate limit). Try again in %n "
                "second(s); during real work Quorum slows down and waits by itself.",
                nullptr, retrySeconds(e))
                .arg(name);
        return QCoreApplication::translate("ProviderTester",
            "%1 accepts the key, but too many requests were sent to it just now (rate limit). Try again in a "
            "minute; during real work Quorum slows down and waits by itself.")
            .arg(name);
    case ErrorClass::Overloaded:
        return QCoreApplication::translate("ProviderTester",
            "%1 is overloaded right now (HTTP %2). Try again in a few minutes; during real work Quorum waits and "
            "retries by itself.")
            .arg(name)
            .arg(e.httpStatus);
    case ErrorClass::Transient:
        return QCoreApplication::translate("ProviderTester",
            "%1 had trouble answering: %2. Try again in a moment; if it keeps happening, check the provider's "
            "status page.")
            .arg(name, serverText(e));
    case ErrorClass::InvalidRequest:
        return QCoreApplication::translate("ProviderTester", "%1 refused the request: %2").arg(name, serverText(e));
    default:
        return e.message.isEmpty() ? e.toString() : e.message;
    }
}

void ProviderTester::test(const ProviderConfig& config, const QString& key, QObject* context,
    std::function<void(bool ok, const QString& message)> done)
{
    const QPointer<QObject> guard(context);
    const auto answer = [guard, done](bool ok, const QString& message) {
        deliver(guard, [done, ok, message] { done(ok, message); });
    };
    std::shared_ptr<LlmProvider> provider = LlmProvider::forKind(config.kind);
    if (!provider || !config.baseUrl.isValid() || config.baseUrl.host().isEmpty() || config.model.trimmed().isEmpty()) {
        answer(false,
            QCoreApplication::translate(
                "ProviderTester", "Choose the kind of API, and fill in its address and the model, before testing."));
        return;
    }
    QString why;
    const std::optional<QString> apiKey = resolveKey(config, key, &why);
    if (!apiKey) {
        answer(false, why);
        return;
    }

    ProviderConfig typed = config;
    typed.model = config.model.trimmed();
    LlmRequest request;
    request.purpose = u"test:provider"_s;
    request.addUser(u"Reply with the single word OK."_s);
    request.maxTokens = 16;

    ApiCaller::Spec spec;
    spec.purpose = request.purpose;
    spec.endpoint = config.name.isEmpty() ? config.id : config.name;
    spec.policy.maxAttempts = 1; // the first answer is the one explained
    spec.build = [provider, typed, key = *apiKey, request] {
        HttpRequest h = provider->build(typed, key, request, false);
        h.deadlineMs = deadlineFor(typed);
        h.stallTimeoutMs = h.deadlineMs; // a whole answer comes at once, after the model has written it
        return h;
    };
    spec.classify = [provider, clock = m_runtime->clock()](const HttpResponse& response) {
        ApiError e = provider->classify(response, clock->nowMs());
        if (e.isError())
            return e;
        LlmResult parsed;
        provider->parse(response.body, &parsed);
        return parsed.error;
    };
    // The attempt's own error, before the attempt loop words it for the pipeline ("gave up after ...").
    auto attempt = std::make_shared<ApiError>();
    spec.onAttempt = [attempt](const ApiCaller::Attempt& a) { *attempt = a.error; };
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_caller->call(
        spec, this, [this, typed, sentKey = *apiKey, attempt, timer, answer](const ApiCaller::Outcome& outcome) {
            const ApiError e = attempt->isError() ? *attempt : outcome.error;
            if (!e.isError()) {
                answer(true,
                    QCoreApplication::translate("ProviderTester", "Works: %1 answered in %2 ms.")
                        .arg(typed.model, QLocale().toString(timer->elapsed())));
                return;
            }
            if (refusedWithoutKey(e, sentKey)) {
                answer(false, noKeySent(typed));
                return;
            }
            const QString message = explain(e, typed);
            if (!isUnknownModel(e, typed)) {
                answer(false, message);
                return;
            }
            // Whether the provider's own list has the model says which it is: a typo, or a key without access.
            fetchModels(typed, sentKey, [typed, message, answer](const QStringList& models, const ApiError& listError) {
                if (listError.isError() || models.isEmpty()) {
                    answer(false, message);
                    return;
                }
                if (listHas(models, typed.model)) {
                    if (typed.kind == u"ollama") { // its list is what it has; nothing to add
                        answer(false, message);
                        return;
                    }
                    answer(false,
                        message + u' '
                            + QCoreApplication::translate("ProviderTester",
                                "It is in the list of models %1 offers, so this key may not have access to it.")
                                  .arg(who(typed)));
                    return;
                }
                const int count = static_cast<int>(models.size());
                answer(false,
                    message + u' '
                        + QCoreApplication::translate("ProviderTester",
                            "It is not among the %n model(s) %1 offers; for example: %2.", nullptr, count)
                              .arg(who(typed), closest(models, typed.model).join(u", "_s)));
            });
        });
}

void ProviderTester::listModels(const ProviderConfig& config, const QString& key, QObject* context,
    std::function<void(const QStringList& models, const QString& error)> done)
{
    const QPointer<QObject> guard(context);
    const auto answer = [guard, done](const QStringList& models, const QString& error) {
        deliver(guard, [done, models, error] { done(models, error); });
    };
    if (!LlmProvider::forKind(config.kind) || !config.baseUrl.isValid() || config.baseUrl.host().isEmpty()) {
        answer({},
            QCoreApplication::translate(
                "ProviderTester", "Choose the kind of API and fill in its address before loading its models."));
        return;
    }
    QString why;
    const std::optional<QString> apiKey = resolveKey(config, key, &why);
    if (!apiKey) {
        answer({}, why);
        return;
    }
    fetchModels(config, *apiKey, [config, sentKey = *apiKey, answer](const QStringList& models, const ApiError& e) {
        if (!e.isError())
            answer(models, QString());
        else if (refusedWithoutKey(e, sentKey))
            answer({}, noKeySent(config));
        else
            answer({}, explain(e, config));
    });
}

void ProviderTester::fetchModels(const ProviderConfig& config, const QString& key, ListDone done)
{
    fetchPage(std::shared_ptr<LlmProvider>(LlmProvider::forKind(config.kind)), config, key, QString(), 1,
        std::make_shared<QStringList>(), std::move(done));
}

void ProviderTester::fetchPage(std::shared_ptr<LlmProvider> provider, const ProviderConfig& config, const QString& key,
    const QString& pageToken, int page, std::shared_ptr<QStringList> models, ListDone done)
{
    constexpr int MaxPages = 50; // a provider that pages forever still ends
    auto next = std::make_shared<QString>();
    ApiCaller::Spec spec;
    spec.purpose = u"test:models"_s;
    spec.endpoint = config.name.isEmpty() ? config.id : config.name;
    spec.policy.maxAttempts = 1;
    spec.build = [provider, config, key, pageToken] {
        HttpRequest h = provider->buildModelList(config, key, pageToken);
        h.deadlineMs = deadlineFor(config);
        h.stallTimeoutMs = h.deadlineMs;
        return h;
    };
    spec.classify = [provider, clock = m_runtime->clock(), models, next](const HttpResponse& response) {
        ApiError e = provider->classify(response, clock->nowMs());
        if (e.isError())
            return e;
        if (!provider->parseModelList(response.body, models.get(), next.get()))
            return ApiError::make(ErrorClass::Transient,
                QCoreApplication::translate("ProviderTester", "the answer is not a list of models"), response.status);
        return ApiError::none();
    };
    auto attempt = std::make_shared<ApiError>();
    spec.onAttempt = [attempt](const ApiCaller::Attempt& a) { *attempt = a.error; };
    m_caller->call(spec, this, [=, this](const ApiCaller::Outcome& outcome) {
        if (outcome.error.isError()) {
            done({}, attempt->isError() ? *attempt : outcome.error);
            return;
        }
        if (next->isEmpty() || page >= MaxPages) {
            models->removeDuplicates();
            done(*models, ApiError::none());
            return;
        }
        fetchPage(provider, config, key, *next, page + 1, models, done);
    });
}
