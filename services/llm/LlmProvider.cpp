#include "LlmProvider.h"

#include "AnthropicProvider.h"
#include "GeminiProvider.h"
#include "OllamaProvider.h"
#include "OpenAiChatProvider.h"

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
    if (status >= 200 && status < 300)
        return ErrorClass::None;
    switch (status) {
    case 400:
    case 413:
    case 422:
        return ErrorClass::InvalidRequest;
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
        return status >= 500 ? ErrorClass::Transient : ErrorClass::InvalidRequest;
    }
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
