#include "LlmTypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int LlmRequest::estimatedInputTokens() const
{
    // About four characters per token for English and Dutch; generous on purpose (budget checks).
    qsizetype chars = system.size();
    for (const ChatMessage& m : messages)
        chars += m.content.size() + 8;
    return static_cast<int>(chars / 3 + 16);
}

namespace Llm
{

QStringList kinds()
{
    return {u"openai"_s, u"anthropic"_s, u"gemini"_s, u"ollama"_s};
}

KindDefaults defaultsFor(const QString& kind)
{
    if (kind == u"anthropic")
        return {u"https://api.anthropic.com/v1"_s, u"claude-3-5-haiku-latest"_s, u"env:ANTHROPIC_API_KEY"_s};
    if (kind == u"gemini")
        return {u"https://generativelanguage.googleapis.com"_s, u"gemini-2.0-flash"_s, u"env:GEMINI_API_KEY"_s};
    if (kind == u"ollama")
        return {u"http://localhost:11434"_s, u"llama3.1"_s, QString()};
    return {u"https://api.openai.com/v1"_s, u"gpt-4o-mini"_s, u"env:OPENAI_API_KEY"_s};
}

QString kindDisplayName(const QString& kind)
{
    if (kind == u"openai")
        return QCoreApplication::translate("Llm", "OpenAI-compatible (OpenAI, Ollama /v1, vLLM, LM Studio, llama.cpp)");
    if (kind == u"anthropic")
        return QCoreApplication::translate("Llm", "Anthropic Messages");
    if (kind == u"gemini")
        return QCoreApplication::translate("Llm", "Google Gemini");
    if (kind == u"ollama")
        return QCoreApplication::translate("Llm", "Ollama (native /api/chat)");
    if (kind == u"stability")
        return QCoreApplication::translate("Llm", "Stability AI (pictures)");
    return kind;
}

QByteArray extractJson(const QString& text)
{
    QString t = text.trimmed();
    if (t.startsWith(u"```"_s)) {
        const qsizetype firstNewline = t.indexOf(u'\n');
        const qsizetype fenceEnd = t.lastIndexOf(u"```"_s);
        if (firstNewline > 0 && fenceEnd > firstNewline)
            t = t.mid(firstNewline + 1, fenceEnd - firstNewline - 1).trimmed();
    }
    return t.toUtf8();
}

} // namespace Llm
