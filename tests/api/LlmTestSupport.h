#pragma once

#include "ApiFixture.h"
#include "core/Json.h"
#include "llm/LlmClient.h"

#include <QJsonArray>

// Shared by the LLM tests: a product-title request carrying facts, and a blocking-style helper
// that runs the event loop until the client answers.
namespace LlmTest
{

inline const char* kKey = "sk-test-quorum-7f3a9c2e41b8d605";

inline QJsonObject titleSchema()
{
    return Json::objectFromString(QStringLiteral(
        R"({"type":"object","additionalProperties":false,"required":["seo_title","tags"],
            "properties":{"seo_title":{"type":"string","maxLength":60},
                          "tags":{"type":"array","minItems":10,"items":{"type":"string","maxLength":40}}}})"));
}

inline LlmRequest titleRequest(bool stream = false)
{
    LlmRequest r;
    r.purpose = QStringLiteral("write:seo");
    r.system = QStringLiteral("You write product listings. Answer with JSON only.");
    r.addUser(QStringLiteral(
        "Write an SEO title and tags.\n<facts>{\"name\":\"Merino Crew Sweater\",\"price\":\"89.00\","
        "\"currency\":\"EUR\",\"category\":\"Apparel\",\"attributes\":{\"material\":\"merino wool\"}}</facts>"));
    r.schema = titleSchema();
    r.schemaName = QStringLiteral("seo");
    r.maxTokens = 400;
    if (stream)
        r.onText = [](const QString&) {};
    return r;
}

inline LlmResult complete(
    ApiFixture& f, LlmClient& client, const QList<ProviderConfig>& chain, const LlmRequest& request)
{
    LlmResult out;
    bool done = false;
    client.complete(chain, request, f.context(), [&](const LlmResult& r) {
        out = r;
        done = true;
    });
    if (!f.runUntil([&] { return done; }))
        out.error = ApiError::make(ErrorClass::Timeout, QStringLiteral("test: no answer"));
    return out;
}

inline SandboxServer::Options withKey()
{
    SandboxServer::Options o;
    o.credentials.apiKey = QString::fromLatin1(kKey);
    return o;
}

} // namespace LlmTest
