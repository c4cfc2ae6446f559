#include "ApiFixture.h"
#include "commerce/ShopifyClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Shopify Admin GraphQL against the sandbox: productSet keyed by handle is an upsert, throttling
// at HTTP 200 is waited out, userErrors and bad tokens are readable.
class TestShopify : public QObject
{
    Q_OBJECT

private:
    static SandboxServer::Options store()
    {
        SandboxServer::Options o;
        o.credentials.shopifyToken = u"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"_s;
        return o;
    }

    static ShopifyClient::Config config(ApiFixture& f, const QString& token = {})
    {
        ShopifyClient::Config c;
        c.shopDomain = u"sandbox.myshopify.com"_s;
        c.accessToken = token.isEmpty() ? store().credentials.shopifyToken : token;
        c.endpoint = QUrl(f.url().toString() + u"/admin/api/2025-01/graphql.json"_s);
        return c;
    }

    static QPair<ApiError, QJsonObject> wait(ApiFixture& f, std::function<void(ShopifyClient::ProductCallback)> call)
    {
        QPair<ApiError, QJsonObject> out;
        bool done = false;
        call([&](const ApiError& e, const QJsonObject& o) {
            out = {e, o};
            done = true;
        });
        if (!f.runUntil([&] { return done; }))
            out.first = ApiError::make(ErrorClass::Timeout, u"test: no answer"_s);
        return out;
    }

private slots:
    void productSetIsAnUpsertByHandle()
    {
        ApiFixture f(false, store());
        ShopifyClient shop(&f.caller(), &f.runtime(), config(f));
        const QJsonObject input{{u"title"_s, u"Merino Crew Sweater"_s}, {u"descriptionHtml"_s, u"<p>Warm.</p>"_s},
            {u"status"_s, u"DRAFT"_s}};
        auto [e1, first] = wait(f, [&](auto cb) { shop.productSet(u"merino-crew-sweater"_s, input, f.context(), cb); });
        QVERIFY2(!e1.isError(), qPrintable(e1.toString()));
        QVERIFY(first.value(u"id"_s).toString().startsWith(u"gid://shopify/Product/"_s));
        QCOMPARE(first.value(u"status"_s).toString(), u"DRAFT"_s);
        QJsonObject changed = input;
        changed.insert(u"title"_s, u"Merino Crew Sweater, oatmeal"_s);
        auto [e2, second]
            = wait(f, [&](auto cb) { shop.productSet(u"merino-crew-sweater"_s, changed, f.context(), cb); });
        QVERIFY(!e2.isError());
        QCOMPARE(second.value(u"id"_s), first.value(u"id"_s)); // the same product, updated
        QCOMPARE(f.sandbox()->shopifyProducts().size(), 1);

        const auto request = f.sandbox()->requests(u"shopify"_s).first();
        QCOMPARE(request.path, u"/admin/api/2025-01/graphql.json"_s);
        QCOMPARE(request.header("x-shopify-access-token"), store().credentials.shopifyToken.toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QVERIFY(body.value(u"query"_s).toString().contains(u"productSet(identifier: $identifier"_s));
        QCOMPARE(body.value(u"variables"_s).toObject().value(u"identifier"_s).toObject().value(u"handle"_s).toString(),
            u"merino-crew-sweater"_s);

        auto [e3, byHandle]
            = wait(f, [&](auto cb) { shop.productByHandle(u"merino-crew-sweater"_s, f.context(), cb); });
        QVERIFY(!e3.isError());
        QCOMPARE(byHandle.value(u"title"_s).toString(), u"Merino Crew Sweater, oatmeal"_s);
        auto [e4, none] = wait(f, [&](auto cb) { shop.productByHandle(u"nothing-here"_s, f.context(), cb); });
        QVERIFY(!e4.isError());
        QVERIFY(none.isEmpty());
    }

    void throttledAtHttp200IsWaitedOut()
    {
        ApiFixture f(true, store());
        f.sandbox()->setRouteFaults(
            u"shopify"_s, QJsonObject{{u"sequence"_s, QJsonArray::fromStringList({u"shopify_throttled"_s, u"ok"_s})}});
        ShopifyClient shop(&f.caller(), &f.runtime(), config(f));
        const qint64 before = f.manualClock()->nowMs();
        auto [e, product] = wait(f, [&](auto cb) {
            shop.productSet(u"mug"_s, QJsonObject{{u"title"_s, u"Mug"_s}}, f.context(), cb);
        });
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
        QCOMPARE(f.sandbox()->requestCount(u"shopify"_s), 2);
        // The wait comes from the cost extension: (requested 10 - available 1000) < 0, so the minimum.
        QVERIFY(f.manualClock()->nowMs() - before >= 20);
    }

    void throttleDelayComesFromTheCostExtension()
    {
        ApiFixture f(false, store());
        ShopifyClient shop(&f.caller(), &f.runtime(), config(f));
        HttpResponse r;
        r.status = 200;
        r.body = R"({"errors":[{"message":"Throttled","extensions":{"code":"THROTTLED"}}],
                     "extensions":{"cost":{"requestedQueryCost":70,"actualQueryCost":null,
                     "throttleStatus":{"maximumAvailable":1000,"currentlyAvailable":20,"restoreRate":50}}}})";
        const ApiError e = shop.classify(r, u"productSet"_s);
        QCOMPARE(e.cls, ErrorClass::RateLimited);
        QCOMPARE(e.retryAfterMs, 1000); // 50 points short at 50 points per second
    }

    void userErrorsAreReadable()
    {
        ApiFixture f(false, store());
        ShopifyClient shop(&f.caller(), &f.runtime(), config(f));
        auto [e, product] = wait(f, [&](auto cb) {
            shop.productSet(u"blank"_s, QJsonObject{{u"title"_s, u""_s}}, f.context(), cb);
        });
        QCOMPARE(e.cls, ErrorClass::InvalidRequest);
        QVERIFY2(e.message.contains(u"input.title: Title can't be blank"_s), qPrintable(e.message));
        QCOMPARE(f.sandbox()->requestCount(u"shopify"_s), 1);
    }

    void badTokenIsAnAuthError()
    {
        ApiFixture f(false, store());
        ShopifyClient shop(&f.caller(), &f.runtime(), config(f, u"shpat_wrong"_s));
        QJsonObject info;
        ApiError error;
        bool done = false;
        shop.shopInfo(f.context(), [&](const ApiError& e, const QJsonObject& o) {
            error = e;
            info = o;
            done = true;
        });
        QVERIFY(f.runUntil([&] { return done; }));
        QCOMPARE(error.cls, ErrorClass::Auth);
        QVERIFY(error.message.contains(u"Invalid API key or access token"_s));
    }
};

QTEST_GUILESS_MAIN(TestShopify)
#include "tst_shopify.moc"
