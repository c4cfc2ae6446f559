#include "LlmProvider.h"

#include "AnthropicProvider.h"
#include "GeminiProvider.h"
#include "OllamaProvider.h"
#include "OpenAiChatProvider.h"

#include "core/Json.h"
#include "resilience/Retry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::unique_ptr<LlmProvider> LlmProvider::forKind(const QString& kind)
{
    if (kind == u"openai")
        return std::make_unique<OpenAiChatProvider>();
    if (kind == u"anthropic")
        return std::make_unique<AnthropicProvider>();
    if (kind == u"gemini")
        return std::make_unique<GeminiProvider>();
    if (kind == u"ollama")
        return std::make_unique<OllamaProvider>();
    return nullptr;
}

ErrorClass LlmProvider::classForStatus(int status)
{
    return classForHttpStatus(status);
}

LlmProvider::ServerError LlmProvider::serverError(const HttpResponse& response)
{
    QString parseError;
    const auto body = Json::parseObject(response.body, &parseError);
    ServerError out;
    out.parsed = body.has_value();
    out.error = body ? body->value(u"error"_s).toObject() : QJsonObject();
    out.message = out.error.value(u"message"_s).toString();
    if (out.message.isEmpty())
        out.message = QString::fromUtf8(response.body.left(200)).simplified();
    return out;
}

void LlmProvider::applyRetryHints(ApiError* e, const HttpResponse& response, qint64 nowMs)
{
    e->retryAfterMs = Retry::retryAfterMs(response, nowMs);
    const QByteArray shouldRetry = response.header("x-should-retry");
    if (shouldRetry == "true" || shouldRetry == "false")
        e->shouldRetry = shouldRetry == "true";
    // An exhausted quota does not come back by asking again, whatever the server hints.
    if (e->cls == ErrorClass::QuotaExhausted)
        e->shouldRetry = false;
}

ApiError LlmProvider::makeError(ErrorClass cls, int status, const QString& code, const QString& serverMessage) const
{
    QString hint;
    switch (cls) {
    case ErrorClass::Auth:
        hint = QCoreApplication::translate("LlmProvider", "Check the API key in Settings → Providers.");
        break;
    case ErrorClass::Permission:
        hint = QCoreApplication::translate("LlmProvider", "The key may not use this model or endpoint.");
        break;
    case ErrorClass::QuotaExhausted:
        hint = QCoreApplication::translate("LlmProvider",
            "The account's quota or spend limit is used up; top it up or raise the limit. Quorum does not retry this.");
        break;
    case ErrorClass::NotFound:
        hint = QCoreApplication::translate("LlmProvider", "Check the model name and the base URL.");
        break;
    case ErrorClass::RateLimited:
        hint = QCoreApplication::translate("LlmProvider", "Quorum slows down and retries.");
        break;
    case ErrorClass::Overloaded:
        hint = QCoreApplication::translate("LlmProvider", "The provider is overloaded; Quorum retries later.");
        break;
    default:
        break;
    }
    QString message = displayName() + u": "_s
        + (serverMessage.isEmpty() ? QCoreApplication::translate("LlmProvider", "HTTP %1").arg(status) : serverMessage);
    if (!hint.isEmpty())
        message += u' ' + hint;
    return ApiError::make(cls, message, status, code);
}

ApiError LlmProvider::malformed(const QString& provider, const QString& detail)
{
    // A broken or truncated body is the provider's transient fault: asking again usually works.
    return ApiError::make(ErrorClass::Transient,
        QCoreApplication::translate("LlmProvider", "%1 sent an answer Quorum could not read: %2")
            .arg(provider, detail));
}

QString LlmProvider::baseOf(const ProviderConfig& config)
{
    QString base = config.baseUrl.toString();
    while (base.endsWith(u'/'))
        base.chop(1);
    return base;
}
