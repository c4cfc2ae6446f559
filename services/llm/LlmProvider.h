#pragma once

#include "LlmTypes.h"
#include "net/HttpTypes.h"

#include <QJsonObject>

#include <memory>

// Decodes one streamed answer (SSE or NDJSON) as its bytes arrive.
class StreamDecoder
{
public:
    virtual ~StreamDecoder() = default;
    virtual void feed(const QByteArray& chunk, const std::function<void(const QString&)>& onText) = 0;
    // After the stream closed: text, usage and finish reason into result; result->error for an
    // error event inside the stream or a stream that ended without its terminal event.
    virtual void finish(LlmResult* result) = 0;
};

// One API's wire format behind one interface: how to ask, how to read the answer, what its errors
// mean. Stateless; the transport, retries and accounting are LlmClient's.
class LlmProvider
{
public:
    virtual ~LlmProvider() = default;
    virtual QString kind() const = 0;
    virtual QString displayName() const = 0;
    virtual HttpRequest build(
        const ProviderConfig& config, const QString& apiKey, const LlmRequest& request, bool stream) const = 0;
    // The error an answer carries (any status, or a 200 whose body is an error); none on success.
    virtual ApiError classify(const HttpResponse& response, qint64 nowMs) const = 0;
    // Reads a successful, non-streamed body; false with result->error set when it is unusable.
    virtual bool parse(const QByteArray& body, LlmResult* result) const = 0;
    virtual std::unique_ptr<StreamDecoder> streamDecoder() const = 0;
    // The API's list of models, a page at a time: the request for the page after pageToken (empty:
    // the first), and what a page holds: the names ProviderConfig::model takes, and the next page's
    // token (empty after the last). False when the body is not such a list.
    virtual HttpRequest buildModelList(
        const ProviderConfig& config, const QString& apiKey, const QString& pageToken) const = 0;
    virtual bool parseModelList(const QByteArray& body, QStringList* models, QString* nextPageToken) const = 0;

    static std::unique_ptr<LlmProvider> forKind(const QString& kind);

protected:
    // Shared by the adapters: the class an HTTP status implies, and a readable error from the
    // server's message with a hint about what to do.
    static ErrorClass classForStatus(int status);
    ApiError makeError(ErrorClass cls, int status, const QString& code, const QString& serverMessage) const;
    static ApiError malformed(const QString& provider, const QString& detail);
    // The base URL as typed, without trailing slashes.
    static QString baseOf(const ProviderConfig& config);
    // The "error" object most APIs answer with, and its message (or the start of the body).
    struct ServerError
    {
        bool parsed = false; // the body was JSON
        QJsonObject error;
        QString message;
    };
    static ServerError serverError(const HttpResponse& response);
    // Retry-After / retry-after-ms, Anthropic's x-should-retry, and no retry for an exhausted quota.
    static void applyRetryHints(ApiError* error, const HttpResponse& response, qint64 nowMs);
};
