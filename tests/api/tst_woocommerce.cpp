#include "ApiFixture.h"
#include "commerce/OAuth1.h"
#include "commerce/WooCommerceClient.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// WooCommerce REST v3 against the sandbox: OAuth 1.0a over plain HTTP (verified by the server),
// create / find by SKU / update / batch, the duplicate-SKU error with its resource_id, per-item batch
// errors, categories, and readable errors.
class TestWooCommerce : public QObject
{
    Q_OBJECT

private:
    static SandboxServer::Options keys()
    {
        SandboxServer::Options o;
        o.credentials.wooKey = u"ck_5d0f2b9c7e1a43f8b6d2c9e0a1b3c4d5e6f7a8b9"_s;
        o.credentials.wooSecret = u"cs_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b"_s;
        return o;
    }

    static WooCommerceClient::Config config(ApiFixture& f, const QString& secret = {})
    {
        const auto o = keys();
        return {f.url(), o.credentials.wooKey, secret.isEmpty() ? o.credentials.wooSecret : secret, false};
    }

    template <typename Call> static QPair<ApiError, QJsonObject> wait(ApiFixture& f, Call call) { return f.item(call); }

private slots:
    void oauthSignatureRoundTrips()
    {
        const QUrl url = OAuth1::signedUrl("GET", QUrl(u"http://shop.test/wp-json/wc/v3/products?sku=A%20B"_s),
            u"ck_1"_s, u"cs_secret"_s, 1'700'000'000, "nonce123");
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(u"oauth_signature_method"_s), u"HMAC-SHA256"_s);
        QCOMPARE(q.queryItemValue(u"oauth_consumer_key"_s), u"ck_1"_s);
        QVERIFY(!q.hasQueryItem(u"oauth_version"_s));
        QVERIFY(OAuth1::verify("GET", url, u"cs_secret"_s));
        QVERIFY(!OAuth1::verify("GET", url, u"cs_other"_s));
        QVERIFY(!OAuth1::verify("POST", url, u"cs_secret"_s));
    }

    void createFindUpdateOverOAuth()
    {
        ApiFixture f(false, keys());
        WooCommerceClient woo(&f.caller(), &f.runtime(), config(f));
        auto [e, created] = wait(f, [&](auto cb) {
            woo.createProduct(QJsonObject{{u"name"_s, u"Merino Crew Sweater"_s}, {u"sku"_s, u"APP-001"_s},
                                  {u"regular_price"_s, u"89.00"_s}, {u"status"_s, u"draft"_s}},
                f.context(), cb);
        });
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
        const qint64 id = created.value(u"id"_s).toInteger();
        QVERIFY(id > 0);
        QCOMPARE(created.value(u"price"_s).toString(), u"89.00"_s); // prices are strings

        // Plain HTTP: signed with OAuth 1.0a in the query, no Authorization header, no secret on the wire.
        const auto request = f.sandbox()->requests(u"woo"_s).last();
        QVERIFY(request.header("authorization").isEmpty());
        QVERIFY(request.query.contains(u"oauth_signature="_s));
        QVERIFY(!request.query.contains(keys().credentials.wooSecret));

        auto [e2, found] = wait(f, [&](auto cb) { woo.findBySku(u"APP-001"_s, f.context(), cb); });
        QVERIFY(!e2.isError());
        QCOMPARE(found.value(u"id"_s).toInteger(), id);
        auto [e3, missing] = wait(f, [&](auto cb) { woo.findBySku(u"NOPE-1"_s, f.context(), cb); });
        QVERIFY(!e3.isError());
        QVERIFY(missing.isEmpty());

        auto [e4, updated] = wait(f, [&](auto cb) {
            woo.updateProduct(
                id, QJsonObject{{u"regular_price"_s, u"79.00"_s}, {u"status"_s, u"publish"_s}}, f.context(), cb);
        });
        QVERIFY(!e4.isError());
        QCOMPARE(updated.value(u"price"_s).toString(), u"79.00"_s);
        QCOMPARE(f.sandbox()->wooProducts().size(), 1);
    }

    void duplicateSkuNamesTheExistingProduct()
    {
        ApiFixture f(false, keys());
        WooCommerceClient woo(&f.caller(), &f.runtime(), config(f));
        const QJsonObject product{{u"name"_s, u"Mug"_s}, {u"sku"_s, u"MUG-1"_s}};
        auto [e1, first] = wait(f, [&](auto cb) { woo.createProduct(product, f.context(), cb); });
        QVERIFY(!e1.isError());
        auto [e2, second] = wait(f, [&](auto cb) { woo.createProduct(product, f.context(), cb); });
        QCOMPARE(e2.cls, ErrorClass::Conflict);
        QCOMPARE(e2.code, u"product_invalid_sku"_s);
        QCOMPARE(WooCommerceClient::duplicateResourceId(e2), first.value(u"id"_s).toInteger());
        QVERIFY(e2.message.contains(u"duplicated SKU"_s));
        QCOMPARE(f.sandbox()->wooProducts().size(), 1);
    }

    void batchReportsItemErrorsInPlace()
    {
        ApiFixture f(false, keys());
        WooCommerceClient woo(&f.caller(), &f.runtime(), config(f));
        WooCommerceClient::BatchResult result;
        ApiError error;
        bool done = false;
        const QJsonArray create{QJsonObject{{u"name"_s, u"A"_s}, {u"sku"_s, u"S-1"_s}},
            QJsonObject{{u"name"_s, u"B"_s}, {u"sku"_s, u"S-1"_s}},
            QJsonObject{{u"name"_s, u"C"_s}, {u"sku"_s, u"S-3"_s}}};
        woo.batch(create, {}, {}, f.context(), [&](const ApiError& e, const WooCommerceClient::BatchResult& r) {
            error = e;
            result = r;
            done = true;
        });
        QVERIFY(f.runUntil([&] { return done; }));
        QVERIFY(!error.isError()); // the batch as a whole answered 200
        QCOMPARE(result.created.size(), 3);
        QCOMPARE(result.itemErrors.size(), 1);
        const auto& [section, index, itemError] = result.itemErrors.first();
        QCOMPARE(section, u"create"_s);
        QCOMPARE(index, 1);
        QCOMPARE(itemError.cls, ErrorClass::Conflict);
        QCOMPARE(f.sandbox()->wooProducts().size(), 2);
    }

    void categoriesAreCreatedOnce()
    {
        ApiFixture f(false, keys());
        WooCommerceClient woo(&f.caller(), &f.runtime(), config(f));
        qint64 first = 0;
        qint64 second = 0;
        int done = 0;
        woo.ensureCategory(u"Apparel"_s, f.context(), [&](const ApiError& e, qint64 id) {
            QVERIFY(!e.isError());
            first = id;
            ++done;
        });
        QVERIFY(f.runUntil([&] { return done == 1; }));
        woo.ensureCategory(u"apparel"_s, f.context(), [&](const ApiError&, qint64 id) {
            second = id;
            ++done;
        });
        QVERIFY(f.runUntil([&] { return done == 2; }));
        QVERIFY(first > 0);
        QCOMPARE(second, first);
    }

    void wrongSecretIsAReadableAuthError()
    {
        ApiFixture f(false, keys());
        WooCommerceClient woo(&f.caller(), &f.runtime(), config(f, u"cs_wrong"_s));
        ApiError error;
        bool done = false;
        woo.testConnection(f.context(), [&](const ApiError& e) {
            error = e;
            done = true;
        });
        QVERIFY(f.runUntil([&] { return done; }));
        QCOMPARE(error.cls, ErrorClass::Auth);
        QVERIFY2(error.message.contains(u"signature"_s), qPrintable(error.message));
        QCOMPARE(f.sandbox()->requestCount(u"woo"_s), 1); // not retried
    }

    void firewallPagesAreExplained()
    {
        ApiFixture f(true, keys());
        f.sandbox()->setRouteFaults(u"woo"_s,
            QJsonObject{{u"errors"_s, QJsonArray{QJsonObject{{u"kind"_s, u"malformed"_s}, {u"rate"_s, 1.0}}}}});
        WooCommerceClient woo(&f.caller(), &f.runtime(), config(f));
        auto [e, product] = wait(f, [&](auto cb) { woo.findBySku(u"X"_s, f.context(), cb); });
        QVERIFY(e.isError());
        QVERIFY2(e.message.contains(u"could not be read"_s), qPrintable(e.message));
    }

    void serverErrorsAreRetriedForReadsButNotCreates()
    {
        ApiFixture f(true, keys());
        f.sandbox()->setRouteFaults(u"woo"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"500"_s, u"ok"_s}}});
        WooCommerceClient woo(&f.caller(), &f.runtime(), config(f));
        auto [e1, found] = wait(f, [&](auto cb) { woo.findBySku(u"X"_s, f.context(), cb); });
        QVERIFY(!e1.isError()); // the read was retried
        QCOMPARE(f.sandbox()->requestCount(u"woo"_s), 2);
        f.sandbox()->setRouteFaults(u"woo"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"500"_s, u"ok"_s}}});
        f.sandbox()->clearRequests();
        auto [e2, created] = wait(f, [&](auto cb) {
            woo.createProduct(QJsonObject{{u"name"_s, u"Y"_s}, {u"sku"_s, u"Y-1"_s}}, f.context(), cb);
        });
        QCOMPARE(e2.cls, ErrorClass::Transient); // a 500 after a create is ambiguous: the caller reconciles
        QCOMPARE(f.sandbox()->requestCount(u"woo"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestWooCommerce)
#include "tst_woocommerce.moc"
