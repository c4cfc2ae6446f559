// quorum-sandbox: the loopback server that speaks every API Quorum calls, for development and tests.
// It is never needed in production, and the package does not install it.
#include "core/Json.h"
#include "core/Logging.h"
#include "core/QuitSignals.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/ShopGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

// "openai.chat=200" -> ("openai.chat", "200")
bool splitAssignment(const QString& text, QString* route, QString* value)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return false;
    *route = text.left(eq);
    *value = text.mid(eq + 1);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"quorum-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
    Logging::install(Logging::Level::Info);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Loopback server speaking the OpenAI, Anthropic, Gemini, Ollama, WooCommerce, WordPress, Shopify and Meta "
        u"wire formats, with fault injection.\n\nRoutes for faults: openai.chat, openai.images, anthropic.messages, "
        u"gemini.generate, ollama.chat, openai.models, anthropic.models, gemini.models, ollama.models, woo, wp, "
        u"shopify, meta, or * for all.\nFault kinds: 429, 500, 503, 529, 401, 400, insufficient_quota, "
        u"model_not_found, shopify_throttled, meta_17, malformed, truncated, reset, stall, timeout_after_create.\n"
        u"Admin endpoint: /__sandbox/health, /__sandbox/faults (GET, PUT), /__sandbox/reset, /__sandbox/requests, "
        u"/__sandbox/stats."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Port to listen on (0: any free port)."_s, u"port"_s, u"8089"_s);
    const QCommandLineOption host(u"host"_s, u"Address to listen on."_s, u"host"_s, u"127.0.0.1"_s);
    const QCommandLineOption config(u"config"_s, u"Fault configuration file (JSON)."_s, u"file"_s);
    const QCommandLineOption latency(
        u"latency"_s, u"Fixed latency for a route, e.g. openai.chat=200 or *=50."_s, u"route=ms"_s);
    const QCommandLineOption fault(
        u"fault"_s, u"Random fault, e.g. openai.chat=429:0.1:2 (kind:rate[:retry-after s])."_s, u"route=kind:rate"_s);
    const QCommandLineOption concurrency(
        u"max-concurrency"_s, u"Answer 429 beyond N concurrent calls, e.g. openai.chat=8."_s, u"route=n"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed for faults."_s, u"n"_s, u"7"_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"Key the LLM APIs require (default: any)."_s, u"key"_s);
    const QCommandLineOption wooKey(u"woo-key"_s, u"WooCommerce consumer key to require."_s, u"ck"_s);
    const QCommandLineOption wooSecret(u"woo-secret"_s, u"WooCommerce consumer secret."_s, u"cs"_s);
    const QCommandLineOption wpUser(u"wp-user"_s, u"WordPress user to require."_s, u"user"_s);
    const QCommandLineOption wpPassword(u"wp-password"_s, u"WordPress application password."_s, u"password"_s);
    const QCommandLineOption shopifyToken(u"shopify-token"_s, u"Shopify Admin API token to require."_s, u"token"_s);
    const QCommandLineOption metaToken(u"meta-token"_s, u"Meta access token to require."_s, u"token"_s);
    const QCommandLineOption restRoute(
        u"rest-route-style"_s, u"WordPress announces ?rest_route= instead of /wp-json/."_s);
    const QCommandLineOption generateShop(u"generate-shop"_s,
        u"Generate a shop (two years of orders, customers, reviews, products) served by the WooCommerce and Shopify "
        u"routes, e.g. 7 or 7,20000 (seed[,orders]; default 100000 orders)."_s,
        u"seed[,orders]"_s);
    for (const auto& o : {port, host, config, latency, fault, concurrency, seed, apiKey, wooKey, wooSecret, wpUser,
             wpPassword, shopifyToken, metaToken, restRoute, generateShop})
        parser.addOption(o);
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "quorum-sandbox: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (parser.isSet(u"version"_s))
        parser.showVersion();

    SandboxServer::Options options;
    options.port = static_cast<quint16>(parser.value(port).toUInt());
    options.host = parser.value(host);
    options.restRouteStyle = parser.isSet(restRoute);
    options.credentials = {parser.value(apiKey), parser.value(wooKey), parser.value(wooSecret), parser.value(wpUser),
        parser.value(wpPassword), parser.value(shopifyToken), parser.value(metaToken)};
    QJsonObject faults;
    if (parser.isSet(config)) {
        QFile f(parser.value(config));
        QString error;
        const auto parsed = f.open(QIODevice::ReadOnly) ? Json::parseObject(f.readAll(), &error) : std::nullopt;
        if (!parsed) {
            std::fprintf(stderr, "quorum-sandbox: cannot read %s: %s\n", qPrintable(parser.value(config)),
                qPrintable(error.isEmpty() ? f.errorString() : error));
            return 2;
        }
        faults = *parsed;
    }
    faults.insert(u"seed"_s, parser.value(seed).toInt());
    QJsonObject routes = faults.value(u"routes"_s).toObject();
    const auto route = [&routes](const QString& name) { return routes.value(name).toObject(); };
    QString r;
    QString v;
    for (const QString& item : parser.values(latency)) {
        if (!splitAssignment(item, &r, &v)) {
            std::fprintf(stderr, "quorum-sandbox: --latency wants route=ms, got %s\n", qPrintable(item));
            return 2;
        }
        QJsonObject o = route(r);
        o.insert(u"latency"_s, QJsonObject{{u"kind"_s, u"fixed"_s}, {u"ms"_s, v.toInt()}});
        routes.insert(r, o);
    }
    for (const QString& item : parser.values(fault)) {
        const QStringList parts = item.section(u'=', 1).split(u':');
        if (!splitAssignment(item, &r, &v) || parts.size() < 2) {
            std::fprintf(
                stderr, "quorum-sandbox: --fault wants route=kind:rate[:retry-after], got %s\n", qPrintable(item));
            return 2;
        }
        QJsonObject o = route(r);
        QJsonArray errors = o.value(u"errors"_s).toArray();
        QJsonObject e{{u"kind"_s, parts.at(0)}, {u"rate"_s, parts.at(1).toDouble()}};
        if (parts.size() > 2)
            e.insert(u"retryAfter"_s, parts.at(2).toInt());
        errors.append(e);
        o.insert(u"errors"_s, errors);
        routes.insert(r, o);
    }
    for (const QString& item : parser.values(concurrency)) {
        if (!splitAssignment(item, &r, &v)) {
            std::fprintf(stderr, "quorum-sandbox: --max-concurrency wants route=n, got %s\n", qPrintable(item));
            return 2;
        }
        QJsonObject o = route(r);
        o.insert(u"maxConcurrency"_s, v.toInt());
        routes.insert(r, o);
    }
    faults.insert(u"routes"_s, routes);
    options.faults = faults;

    SandboxServer server;
    QString error;
    if (!server.start(options, &error)) {
        std::fprintf(stderr, "quorum-sandbox: cannot listen on %s:%u: %s\n", qPrintable(options.host), options.port,
            qPrintable(error));
        return 1;
    }
    if (parser.isSet(generateShop)) {
        const QStringList parts = parser.value(generateShop).split(u',');
        ShopData::Options shop;
        bool ok = false;
        shop.seed = parts.value(0).toUInt(&ok);
        if (parts.size() > 1)
            shop.orders = ok ? parts.at(1).toInt(&ok) : 0;
        if (!ok || shop.orders < 0) {
            std::fprintf(stderr, "quorum-sandbox: --generate-shop wants seed[,orders], got %s\n",
                qPrintable(parser.value(generateShop)));
            return 2;
        }
        server.generateShop(shop);
        const auto ledger = server.ledger();
        std::fprintf(stderr, "quorum-sandbox generated a shop: %zu orders, %zu customers, %zu products, %zu reviews\n",
            ledger->orders().size(), ledger->customers().size(), ledger->products().size(), ledger->reviews().size());
    }
    std::printf("quorum-sandbox listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);

    // Ctrl+C and SIGTERM end the event loop.
    QuitSignals quit;
    QObject::connect(&quit, &QuitSignals::quitRequested, &app, [] { QCoreApplication::quit(); });
    const int code = app.exec();
    Logging::uninstall();
    return code;
}
