#include "ApiError.h"

#include "core/Redaction.h"

using namespace Qt::StringLiterals;

bool ApiError::retryable() const
{
    if (shouldRetry.has_value())
        return *shouldRetry;
    switch (cls) {
    case ErrorClass::Transient:
    case ErrorClass::RateLimited:
    case ErrorClass::Overloaded:
    case ErrorClass::Timeout:
    case ErrorClass::Unreachable:
        return true;
    default:
        return false;
    }
}

bool ApiError::countsAsEndpointFailure() const
{
    // 429 is not here: it is a pacing signal that the adaptive limiter and Retry-After answer. A
    // breaker that counted it would trip while the limiter is still finding the provider's limit.
    switch (cls) {
    case ErrorClass::Transient:
    case ErrorClass::Overloaded:
    case ErrorClass::Timeout:
    case ErrorClass::Unreachable:
        return true;
    default:
        return false;
    }
}

QString errorClassName(ErrorClass cls)
{
    switch (cls) {
    case ErrorClass::None:
        return u"none"_s;
    case ErrorClass::Transient:
        return u"transient"_s;
    case ErrorClass::RateLimited:
        return u"rate_limited"_s;
    case ErrorClass::Overloaded:
        return u"overloaded"_s;
    case ErrorClass::Timeout:
        return u"timeout"_s;
    case ErrorClass::Unreachable:
        return u"unreachable"_s;
    case ErrorClass::Auth:
        return u"auth"_s;
    case ErrorClass::Permission:
        return u"permission"_s;
    case ErrorClass::InvalidRequest:
        return u"invalid_request"_s;
    case ErrorClass::NotFound:
        return u"not_found"_s;
    case ErrorClass::Conflict:
        return u"conflict"_s;
    case ErrorClass::QuotaExhausted:
        return u"quota_exhausted"_s;
    case ErrorClass::BudgetExceeded:
        return u"budget_exceeded"_s;
    case ErrorClass::CircuitOpen:
        return u"circuit_open"_s;
    case ErrorClass::SchemaMismatch:
        return u"schema_mismatch"_s;
    case ErrorClass::Canceled:
        return u"canceled"_s;
    }
    return u"unknown"_s;
}

QString ApiError::className() const
{
    return errorClassName(cls);
}

QString ApiError::toString() const
{
    QString out = message;
    if (httpStatus > 0)
        out += u" (HTTP %1"_s.arg(httpStatus) + (code.isEmpty() ? u")"_s : u", "_s + code + u')');
    else if (!code.isEmpty())
        out += u" ("_s + code + u')';
    return out;
}

ApiError ApiError::make(ErrorClass cls, const QString& message, int status, const QString& code)
{
    ApiError e;
    e.cls = cls;
    e.message = Redaction::redact(message);
    e.httpStatus = status;
    e.code = code;
    return e;
}

ErrorClass classForHttpStatus(int status)
{
    if (status >= 200 && status < 300)
        return ErrorClass::None;
    switch (status) {
    case 401:
        return ErrorClass::Auth;
    case 402:
        return ErrorClass::QuotaExhausted;
    case 403:
        return ErrorClass::Permission;
    case 404:
        return ErrorClass::NotFound;
    case 408:
        return ErrorClass::Timeout;
    case 409:
        return ErrorClass::Conflict;
    case 429:
        return ErrorClass::RateLimited;
    case 503:
    case 529:
        return ErrorClass::Overloaded;
    default:
        // 400, 413, 422 and the rest of 4xx: the request itself is wrong.
        return status >= 500 ? ErrorClass::Transient : ErrorClass::InvalidRequest;
    }
}
