#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// What went wrong with a remote call, in one shape for every API, with a message a person can act
// on. The class decides retrying: transient trouble is retried, mistakes and exhausted quotas are not.
enum class ErrorClass
{
    None,
    Transient,      // 5xx, connection reset, truncated or malformed answer
    RateLimited,    // 429, Shopify THROTTLED, Meta codes 4/17/613/80000-80014
    Overloaded,     // Anthropic 529, Gemini 503 UNAVAILABLE
    Timeout,        // deadline or stall
    Unreachable,    // DNS failure, connection refused, offline
    Auth,           // 401: wrong or expired credentials
    Permission,     // 403: the credentials may not do this
    InvalidRequest, // 400/422: the request itself is wrong
    NotFound,       // 404
    Conflict,       // 409 / duplicate that could not be reconciled
    QuotaExhausted, // insufficient_quota, spend limit, daily quota: needs a person
    BudgetExceeded, // Quorum's own daily spend budget refused the call before sending
    CircuitOpen,    // the endpoint's breaker is open
    SchemaMismatch, // the model's answer did not match the JSON schema
    Canceled,
};

struct ApiError
{
    ErrorClass cls = ErrorClass::None;
    int httpStatus = 0;
    QString code;                    // the API's own error code ("rate_limit_error", "product_invalid_sku", ...)
    QString message;                 // readable, redacted
    qint64 retryAfterMs = -1;        // what the server asked for, or -1
    std::optional<bool> shouldRetry; // Anthropic x-should-retry overrides the class
    QJsonObject details;             // API-specific extras (WooCommerce resource_id, Shopify userErrors)

    bool isError() const { return cls != ErrorClass::None; }
    bool retryable() const;
    // Counts against the endpoint's circuit breaker: the endpoint is unwell (5xx, overloaded, timeout,
    // unreachable), not the request, and not merely asking us to slow down (429).
    bool countsAsEndpointFailure() const;
    QString className() const;
    QString toString() const;

    static ApiError none() { return {}; }
    static ApiError make(ErrorClass cls, const QString& message, int status = 0, const QString& code = {});
};

QString errorClassName(ErrorClass cls);
// The class an HTTP status implies, the same for every API (each client refines it from the body).
ErrorClass classForHttpStatus(int status);

Q_DECLARE_METATYPE(ApiError)
