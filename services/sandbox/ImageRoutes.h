#pragma once

#include "SandboxTypes.h"

#include <QJsonObject>

// The sandbox's image-generation APIs in their wire formats: OpenAI Images (POST /v1/images/generations, JSON in,
// b64_json out) and Stability AI's Stable Image Core (POST /v2beta/stable-image/generate/core, multipart form in,
// {"image","finish_reason","seed"} out with Accept: application/json, its {"name","errors"} error bodies). Each
// picture is a product photographed on a plain backdrop, the product to one side, its colours and side fixed by
// the prompt, at the size asked for. Faults: tiny_image (64 × 64), not_an_image (bytes that are no picture),
// content_filtered (Stability's finish_reason).
namespace ImageRoutes
{

// The picture for a prompt, PNG-encoded.
QByteArray picture(const QString& prompt, QSize size);
void openai(const QJsonObject& body, const QString& fault, const Reply& reply);
// route "stability.images"; also answers the key check and the error faults.
void stability(
    const ServerRequest& request, const FaultPlan::Decision& fault, const QString& apiKey, const Reply& reply);
bool isContentFault(const QString& kind);

} // namespace ImageRoutes
