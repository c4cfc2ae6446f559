#pragma once

#include "LlmProvider.h"
#include "net/StreamParsers.h"

#include <QCoreApplication>

// The part every server-sent-events stream shares: events are fed to the API's own handle(), text
// accumulates (and is passed on as it arrives), and at the end the result is filled in, with an
// error when the stream broke off before the API's terminal event (complete()).
class SseStreamDecoder : public StreamDecoder
{
public:
    void feed(const QByteArray& chunk, const std::function<void(const QString&)>& onText) final
    {
        for (const SseParser::Event& e : m_sse.feed(chunk))
            handle(e, onText);
    }

    void finish(LlmResult* r) final
    {
        for (const SseParser::Event& e : m_sse.finish())
            handle(e, {});
        r->text = m_text;
        r->model = m_result.model;
        r->finishReason = m_result.finishReason;
        r->inputTokens = m_result.inputTokens;
        r->outputTokens = m_result.outputTokens;
        if (m_error.isError())
            r->error = m_error;
        else if (!complete())
            r->error = ApiError::make(ErrorClass::Transient,
                QCoreApplication::translate("LlmProvider", "the stream ended before the answer was complete"));
    }

protected:
    virtual void handle(const SseParser::Event& e, const std::function<void(const QString&)>& onText) = 0;
    // Whether the API's terminal event arrived.
    virtual bool complete() const = 0;

    void appendText(const QString& delta, const std::function<void(const QString&)>& onText)
    {
        if (delta.isEmpty())
            return;
        m_text += delta;
        if (onText)
            onText(delta);
    }

    LlmResult m_result; // model, finish reason and token counts as the events report them
    ApiError m_error;

private:
    SseParser m_sse;
    QString m_text;
};
