#include "RestClient.h"

#include "core/Clock.h"
#include "core/Json.h"
#include "resilience/ApiCaller.h"
#include "resilience/ApiRuntime.h"

#include <QCoreApplication>

#include <utility>

using namespace Qt::StringLiterals;

RestClient::RestClient(ApiCaller* caller, ApiRuntime* runtime, QString serviceName, QObject* parent)
    : QObject(parent)
    , m_caller(caller)
    , m_runtime(runtime)
    , m_service(std::move(serviceName))
{ }

ErrorClass RestClient::classForStatus(int status)
{
    return classForHttpStatus(status);
}

ApiError RestClient::errorFor(ErrorClass cls, int status, const QString& code, const QString& message) const
{
    return ApiError::make(cls, m_service + u": "_s + message, status, code);
}

ApiError RestClient::classifyRest(const HttpResponse& r) const
{
    const ErrorClass cls = classForStatus(r.status);
    QString parseError;
    const auto doc = Json::parse(r.body, &parseError);
    if (cls == ErrorClass::None) {
        if (!doc && !r.body.trimmed().isEmpty())
            return errorFor(ErrorClass::Transient, r.status, QString(),
                QCoreApplication::translate("RestClient", "the answer could not be read: %1").arg(parseError));
        return {};
    }
    if (!doc) {
        const bool html = r.body.trimmed().startsWith('<');
        ApiError e = errorFor(cls, r.status, QString(),
            html ? QCoreApplication::translate("RestClient",
                "the server answered with a web page (HTTP %1) instead of the API; a firewall, a security plugin or "
                "a wrong address may be in the way")
                       .arg(r.status)
                 : QCoreApplication::translate("RestClient", "HTTP %1").arg(r.status));
        e.retryAfterMs = Retry::retryAfterMs(r, m_runtime->clock()->nowMs());
        return e;
    }
    const QJsonObject obj = doc->object();
    const QString code = obj.value(u"code"_s).toString();
    QString message = obj.value(u"message"_s).toString();
    if (message.isEmpty())
        message = QCoreApplication::translate("RestClient", "HTTP %1").arg(r.status);
    ApiError e = errorFor(cls, r.status, code, message);
    e.details = obj.value(u"data"_s).toObject();
    e.retryAfterMs = Retry::retryAfterMs(r, m_runtime->clock()->nowMs());
    return e;
}

void RestClient::runJudged(const QString& purpose, std::function<HttpRequest()> build, bool idempotent,
    QObject* context, JsonCallback done, std::function<ApiError(const HttpResponse&)> classify,
    std::function<ApiError(const HttpResponse&, const QJsonDocument&)> judge, std::function<void()> answered)
{
    // Each attempt's answer is parsed once, when it is judged; the last one judged is the one done gets.
    auto parsed = std::make_shared<QJsonDocument>();
    runRaw(
        purpose, std::move(build), idempotent, context,
        [done = std::move(done), parsed](const ApiError& e, const HttpResponse& response) {
            done(e, e.isError() ? QJsonDocument() : *parsed, response);
        },
        [this, parsed, classify = std::move(classify), judge = std::move(judge), answered = std::move(answered)](
            const HttpResponse& r) mutable {
            *parsed = QJsonDocument();
            if (classForStatus(r.status) != ErrorClass::None)
                return classify ? classify(r) : classifyRest(r);
            if (answered)
                std::exchange(answered, {})();
            QString parseError;
            if (auto doc = Json::parse(r.body, &parseError))
                *parsed = std::move(*doc);
            else if (!r.body.trimmed().isEmpty())
                return errorFor(ErrorClass::Transient, r.status, QString(),
                    QCoreApplication::translate("RestClient", "the answer could not be read: %1").arg(parseError));
            return judge(r, *parsed);
        });
}

void RestClient::run(const QString& purpose, std::function<HttpRequest()> build, bool idempotent, QObject* context,
    JsonCallback done, std::function<ApiError(const HttpResponse&)> classify)
{
    runRaw(
        purpose, std::move(build), idempotent, context,
        [done = std::move(done)](const ApiError& e, const HttpResponse& response) {
            done(e, e.isError() ? QJsonDocument() : QJsonDocument::fromJson(response.body), response);
        },
        std::move(classify));
}

void RestClient::runRaw(const QString& purpose, std::function<HttpRequest()> build, bool idempotent, QObject* context,
    std::function<void(const ApiError& error, const HttpResponse& response)> done,
    std::function<ApiError(const HttpResponse&)> classify)
{
    ApiCaller::Spec spec;
    spec.purpose = purpose;
    spec.endpoint = m_service;
    const HttpRequest probe = build();
    spec.breaker = m_runtime->breakers()->breaker(
        m_service + u':' + probe.url.host() + u':' + QString::number(probe.url.port()));
    spec.policy = m_policy;
    spec.idempotent = idempotent;
    spec.build = std::move(build);
    spec.classify = classify ? std::move(classify) : [this](const HttpResponse& r) { return classifyRest(r); };
    m_caller->call(spec, context,
        [done = std::move(done)](const ApiCaller::Outcome& outcome) { done(outcome.error, outcome.response); });
}
