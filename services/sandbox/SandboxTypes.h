#pragma once

#include "FaultPlan.h"
#include "HttpServer.h"

#include <QJsonObject>
#include <QMutex>

#include <memory>

// What the sandbox's route handlers share: the fault decision for this request, credentials it
// expects (empty: any), and a way to answer after the injected latency.
struct SandboxCredentials
{
    QString apiKey; // LLM APIs (Bearer / x-api-key / x-goog-api-key)
    QString wooKey; // WooCommerce consumer key and secret
    QString wooSecret;
    QString wpUser; // WordPress user and application password
    QString wpPassword;
    QString shopifyToken; // X-Shopify-Access-Token
    QString metaToken;    // Meta Graph access token
};

using Reply = std::shared_ptr<Responder>;
using Headers = QList<std::pair<QByteArray, QByteArray>>;
