#pragma once

#include "net/HttpTypes.h"
#include "resilience/ApiError.h"
#include "resilience/Retry.h"

#include <QJsonDocument>
#include <QObject>

class ApiCaller;
class ApiRuntime;

// Shared plumbing for the commerce and ads clients: every call goes through the thread's ApiCaller
// with the endpoint's circuit breaker, and answers with (error, parsed JSON).
class RestClient : public QObject
{
    Q_OBJECT
public:
    using JsonCallback
        = std::function<void(const ApiError& error, const QJsonDocument& body, const HttpResponse& response)>;

    RestClient(ApiCaller* caller, ApiRuntime* runtime, QString serviceName, QObject* parent = nullptr);
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }
    QString serviceName() const { return m_service; }

protected:
    // Sends the request built by `build` (called again for each attempt) and classifies the answer
    // with `classify`, or with the shared REST rules when none is given.
    void run(const QString& purpose, std::function<HttpRequest()> build, bool idempotent, QObject* context,
        JsonCallback done, std::function<ApiError(const HttpResponse&)> classify = {});
    // The same, the answer given as it came (not parsed): for a caller that parses it elsewhere.
    void runRaw(const QString& purpose, std::function<HttpRequest()> build, bool idempotent, QObject* context,
        std::function<void(const ApiError& error, const HttpResponse& response)> done,
        std::function<ApiError(const HttpResponse&)> classify);
    // The same for an answer whose shape decides whether it is good (a page cut short is retried): a
    // success status is parsed once, `judge` sees that parse and `done` gets it (a page of 200 KB takes
    // milliseconds to parse; it is not parsed twice); `classify` explains the other statuses.
    // `answered`, when given, is called once, as soon as a success status has come and before the body
    // is parsed: the caller may give the server's place to its next request while this one is read.
    void runJudged(const QString& purpose, std::function<HttpRequest()> build, bool idempotent, QObject* context,
        JsonCallback done, std::function<ApiError(const HttpResponse&)> classify,
        std::function<ApiError(const HttpResponse&, const QJsonDocument&)> judge, std::function<void()> answered = {});
    // WordPress/WooCommerce-style errors: {"code","message","data":{"status"}}; HTML pages from
    // firewalls and hosts are recognised and explained.
    ApiError classifyRest(const HttpResponse& response) const;
    ApiError errorFor(ErrorClass cls, int status, const QString& code, const QString& message) const;
    static ErrorClass classForStatus(int status);

    ApiCaller* m_caller;
    ApiRuntime* m_runtime;
    QString m_service;
    RetryPolicy m_policy;
};
