#include "ApiFixture.h"
#include "commerce/ShopifyClient.h"
#include "commerce/WooCommerceClient.h"
#include "core/Money.h"
#include "sandbox/GraphQlLite.h"
#include "sandbox/ShopGenerator.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// The sandbox's generated shop: a deterministic, seasonal ledger of orders, customers, reviews and
// products, served in WooCommerce's and Shopify's wire formats; the clients page through all of it
// (every order once, totals equal to the ledger's) through faults and throttling.
class TestStoreData : public QObject
{
    Q_OBJECT

private:
    struct WooPage
    {
        ApiError error;
        QJsonArray items;
        int total = 0;
        int totalPages = 0;
    };
    struct ShopifyPage
    {
        ApiError error;
        QJsonArray nodes;
        ShopifyClient::PageInfo info;
    };

    static SandboxServer::Options store()
    {
        SandboxServer::Options o;
        o.credentials.wooKey = u"ck_5d0f2b9c7e1a43f8b6d2c9e0a1b3c4d5e6f7a8b9"_s;
        o.credentials.wooSecret = u"cs_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b"_s;
        o.credentials.shopifyToken = u"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"_s;
        return o;
    }

    static ShopData::Options smallShop(int orders = 1200)
    {
        ShopData::Options o;
        o.seed = 11;
        o.products = 150;
        o.orders = orders;
        o.endDate = QDate(2026, 11, 30);
        return o;
    }

    static WooCommerceClient::Config wooConfig(ApiFixture& f)
    {
        return {f.url(), store().credentials.wooKey, store().credentials.wooSecret, false};
    }

    static ShopifyClient::Config shopifyConfig(ApiFixture& f)
    {
        ShopifyClient::Config c;
        c.shopDomain = u"sandbox.myshopify.com"_s;
        c.accessToken = store().credentials.shopifyToken;
        c.endpoint = QUrl(f.url().toString() + u"/admin/api/2025-01/graphql.json"_s);
        return c;
    }

    static WooPage wooPage(ApiFixture& f, WooCommerceClient& woo, const QString& path,
        const QList<std::pair<QString, QString>>& query, int page, int perPage)
    {
        WooPage out;
        bool done = false;
        woo.listPage(path, query, page, perPage, f.context(),
            [&](const ApiError& e, const QJsonArray& items, int total, int totalPages) {
                out = {e, items, total, totalPages};
                done = true;
            });
        if (!f.runUntil([&] { return done; }, 60'000))
            out.error = ApiError::make(ErrorClass::Timeout, u"test: no answer"_s);
        return out;
    }

    // Every page of a Woo list; fails the test on an error.
    static QJsonArray allWoo(ApiFixture& f, WooCommerceClient& woo, const QString& path,
        const QList<std::pair<QString, QString>>& query, int perPage, int* pages = nullptr)
    {
        QJsonArray all;
        int page = 1;
        int totalPages = 1;
        while (page <= totalPages) {
            const WooPage p = wooPage(f, woo, path, query, page, perPage);
            if (p.error.isError()) {
                qWarning() << "page" << page << p.error.toString();
                return {};
            }
            for (const QJsonValue& v : p.items)
                all.append(v);
            totalPages = p.totalPages;
            ++page;
        }
        if (pages)
            *pages = page - 1;
        return all;
    }

    template <typename Call> static ShopifyPage shopifyPage(ApiFixture& f, Call call)
    {
        ShopifyPage out;
        bool done = false;
        call([&](const ApiError& e, const QJsonArray& nodes, const ShopifyClient::PageInfo& info) {
            out = {e, nodes, info};
            done = true;
        });
        if (!f.runUntil([&] { return done; }, 60'000))
            out.error = ApiError::make(ErrorClass::Timeout, u"test: no answer"_s);
        return out;
    }

    static QByteArray digest(const ShopData::ShopLedger& l)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const ShopData::Order& o : l.orders()) {
            const qint64 fields[]{o.id, o.createdSecs, o.updatedSecs, o.totalMinor, o.refundedMinor,
                static_cast<qint64>(o.customer), static_cast<qint64>(o.status), static_cast<qint64>(o.rate * 1e6)};
            h.addData(QByteArrayView(reinterpret_cast<const char*>(fields), sizeof(fields)));
        }
        for (const ShopData::Variant& v : l.variants())
            h.addData(l.sku(v).toUtf8());
        return h.result().toHex();
    }

    static bool paidWooStatus(const QString& s)
    {
        return s == u"completed" || s == u"processing" || s == u"on-hold" || s == u"refunded";
    }

private slots:
    void generationIsDeterministicAndSeasonal()
    {
        ShopData::Options options;
        options.seed = 7;
        options.endDate = QDate(2026, 11, 30);
        QElapsedTimer timer;
        timer.start();
        const auto ledger = ShopData::ShopLedger::generate(options);
        const qint64 ms = timer.elapsed();
        qInfo("100,000 orders generated in %lld ms, %lld KiB held, %lld orders with a since deleted variant", ms,
            ledger->memoryBytes() / 1024, static_cast<qint64>(ledger->ordersWithDeletedVariants().size()));
        QCOMPARE(ledger->orders().size(), size_t(100000));
        QCOMPARE(ledger->products().size(), size_t(2000));
        QVERIFY2(ms < 10'000, qPrintable(QString::number(ms)));
        QVERIFY(ledger->memoryBytes() < 200LL * 1024 * 1024);

        // The same seed makes the same shop; another seed another one.
        ShopData::Options small = options;
        small.orders = 20000;
        QCOMPARE(digest(*ShopData::ShopLedger::generate(small)), digest(*ShopData::ShopLedger::generate(small)));
        small.seed = 8;
        QVERIFY(digest(*ShopData::ShopLedger::generate(small)) != digest(*ShopData::ShopLedger::generate(options)));

        // Seasonality: December busier than April, weekends busier than weekdays (orders per day).
        double december = 0, april = 0, weekend = 0, weekday = 0;
        int decemberDays = 0, aprilDays = 0, weekendDays = 0, weekdayDays = 0;
        for (const ShopData::DayTotals& t : ledger->dailyTotals()) {
            if (t.day.month() == 12) {
                december += t.orders;
                ++decemberDays;
            } else if (t.day.month() == 4) {
                april += t.orders;
                ++aprilDays;
            }
            if (t.day.dayOfWeek() >= 6) {
                weekend += t.orders;
                ++weekendDays;
            } else {
                weekday += t.orders;
                ++weekdayDays;
            }
        }
        QVERIFY(december / decemberDays > 1.5 * april / aprilDays);
        QVERIFY(weekend / weekendDays > 1.2 * weekday / weekdayDays);

        // The shape of the data: currencies, guests, refunds after their order, deleted variants.
        int euro = 0, guests = 0, refunded = 0;
        for (const ShopData::Order& o : ledger->orders()) {
            euro += ledger->currency(o) == u"EUR";
            guests += o.customer == 0;
            QVERIFY(o.updatedSecs >= o.createdSecs);
            for (quint32 i = 0; i < o.refundCount; ++i) {
                const ShopData::Refund& r = ledger->refunds()[o.firstRefund + i];
                QVERIFY(r.createdSecs > o.createdSecs);
                QVERIFY(r.createdSecs <= o.updatedSecs);
            }
            refunded += o.refundCount > 0;
            if (o.status == ShopData::OrderStatus::Refunded)
                QCOMPARE(o.refundedMinor, o.totalMinor);
        }
        QVERIFY2(euro > 75000 && euro < 85000, qPrintable(QString::number(euro)));
        QVERIFY(guests > 5000);
        QVERIFY(refunded > 2000);
        QVERIFY(!ledger->ordersWithDeletedVariants().isEmpty());
        QVERIFY(!ledger->reviews().empty());
        const ShopData::DayTotals all = ledger->totals();
        QCOMPARE(all.netMinor, all.grossMinor - all.refundsMinor);
        QVERIFY(all.refundsMinor > 0);
        const ShopData::ProductTotals top = ledger->productTotals(ShopData::kFirstProductId);
        QVERIFY(top.units >= top.orders);
        QCOMPARE(ledger->order(ShopData::kFirstOrderId + 5)->id, ShopData::kFirstOrderId + 5);
    }

    // The demo's fraud attempts: in the last two days, registered customers' first orders, four lines of
    // three units, billed to another country than their account's and shipped to a third; without the option there are
    // none, and the rest of the shop is the same.
    void fraudAttemptsAreFirstOrdersBilledElsewhere()
    {
        ShopData::Options options;
        options.seed = 7;
        options.products = 300;
        options.orders = 20000;
        options.endDate = QDate(2026, 11, 30);
        const auto plain = ShopData::ShopLedger::generate(options);
        options.fraudAttempts = 2;
        const auto ledger = ShopData::ShopLedger::generate(options);
        QCOMPARE(ledger->orders().size(), plain->orders().size());
        const qint64 twoDaysBefore = QDateTime(options.endDate.addDays(-1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        int attempts = 0;
        for (size_t i = 0; i < ledger->orders().size(); ++i) {
            const ShopData::Order& o = ledger->orders()[i];
            QVERIFY(!plain->orders()[i].fraud);
            if (!o.fraud) {
                if (o.createdSecs < twoDaysBefore)
                    QCOMPARE(o.totalMinor, plain->orders()[i].totalMinor); // earlier days untouched
                continue;
            }
            ++attempts;
            QVERIFY(o.createdSecs >= twoDaysBefore);
            QVERIFY(o.customer > 0);
            QVERIFY(o.country != ledger->customers()[o.customer - 1].country);
            // Shipped to a third country: neither where it is billed nor the account's.
            QVERIFY(o.shipCountry != o.country);
            QVERIFY(o.shipCountry != ledger->customers()[o.customer - 1].country);
            QCOMPARE(int(o.lineCount), 4);
            for (quint32 l = 0; l < o.lineCount; ++l)
                QCOMPARE(int(ledger->lineItems()[o.firstLine + l].quantity), 3);
            for (size_t j = 0; j < i; ++j)
                QVERIFY(ledger->orders()[j].customer != o.customer); // the customer's first order
        }
        QCOMPARE(attempts, 2);
    }

    void graphQlReaderTakesAliasesFragmentsAndPricesLikeShopify()
    {
        QString error;
        const QList<GraphQlLite::Field> top = GraphQlLite::parse(uR"(query Q($n: Int!, $q: String) {
              recent: orders(first: $n, query: $q, sortKey: UPDATED_AT) {
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id ...Money lineItems(first: 5) { nodes { id sku } } } }
              }
            }
            fragment Money on Order { totalPriceSet { shopMoney { amount } presentmentMoney { amount } } })"_s,
            QJsonObject{{u"n"_s, 10}, {u"q"_s, u"updated_at:>'2026-01-01'"_s}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(top.size(), 1);
        const GraphQlLite::Field& orders = top.first();
        QCOMPARE(orders.name, u"orders"_s);
        QCOMPARE(orders.key(), u"recent"_s);
        QCOMPARE(orders.arg(u"first"_s).toInt(), 10);
        QCOMPARE(orders.arg(u"sortKey"_s).toString(), u"UPDATED_AT"_s);
        QCOMPARE(orders.arg(u"query"_s).toString(), u"updated_at:>'2026-01-01'"_s);
        const GraphQlLite::Field* node = orders.child(u"edges"_s)->child(u"node"_s);
        QVERIFY(node->child(u"totalPriceSet"_s)); // the fragment's fields, in place
        // 2 + 10 x (node 1 + totalPriceSet 1 + lineItems (2 + 5 x 1)) = 92
        QCOMPARE(GraphQlLite::cost(orders), 92.0);
        // The actual cost counts what came back: two orders, one line each.
        const QJsonObject line{{u"id"_s, u"l"_s}, {u"sku"_s, u"s"_s}};
        const QJsonObject orderNode{{u"id"_s, u"o"_s}, {u"totalPriceSet"_s, QJsonObject{}},
            {u"lineItems"_s, QJsonObject{{u"nodes"_s, QJsonArray{line}}}}};
        const QJsonValue answer = QJsonObject{
            {u"edges"_s, QJsonArray{QJsonObject{{u"node"_s, orderNode}}, QJsonObject{{u"node"_s, orderNode}}}}};
        QCOMPARE(GraphQlLite::cost(orders, &answer), 2 + 2 * (1 + 1 + (2 + 1)) + 0.0);
        // Projection keeps what was asked, under its alias.
        const QJsonObject full{{u"nodes"_s, QJsonArray{}}, {u"edges"_s, QJsonArray{}},
            {u"pageInfo"_s,
                QJsonObject{{u"hasNextPage"_s, true}, {u"endCursor"_s, u"c"_s}, {u"startCursor"_s, u"s"_s}}}};
        const QJsonObject projected = GraphQlLite::project(full, orders).toObject();
        QVERIFY(!projected.contains(u"nodes"_s));
        QCOMPARE(projected.value(u"pageInfo"_s).toObject().keys(), QStringList({u"endCursor"_s, u"hasNextPage"_s}));

        // Mutations parse (the stock write is one); subscriptions are not Admin API operations.
        const QList<GraphQlLite::Field> mutation = GraphQlLite::parse(
            u"mutation Set($input: InventorySetQuantitiesInput!) { inventorySetQuantities(input: $input) { userErrors "
            u"{ code } } }"_s,
            QJsonObject{{u"input"_s, QJsonObject{{u"name"_s, u"available"_s}}}}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(mutation.size(), 1);
        QCOMPARE(mutation.first().arg(u"input"_s).toObject().value(u"name"_s).toString(), u"available"_s);
        QVERIFY(GraphQlLite::parse(u"subscription { orders { id } }"_s, {}, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(GraphQlLite::parse(u"{ orders(first: 1) { nodes { ...Missing } } }"_s, {}, &error).isEmpty());
        QVERIFY(error.contains(u"Missing"_s));
    }

    void wooPagingGivesEveryOrderOnceAndTheLedgersTotals()
    {
        ApiFixture f(false, store());
        f.sandbox()->generateShop(smallShop());
        const auto ledger = f.sandbox()->ledger();
        WooCommerceClient woo(&f.caller(), &f.runtime(), wooConfig(f));

        const WooPage first = wooPage(f, woo, u"/orders"_s, {{u"orderby"_s, u"id"_s}, {u"order"_s, u"asc"_s}}, 1, 100);
        QVERIFY2(!first.error.isError(), qPrintable(first.error.toString()));
        QCOMPARE(first.total, 1200);
        QCOMPARE(first.totalPages, 12);
        const QJsonObject order = first.items.first().toObject();
        QCOMPARE(order.value(u"id"_s).toInteger(), ShopData::kFirstOrderId);
        for (const char* key : {"total", "total_tax", "shipping_total", "discount_total", "currency",
                 "date_created_gmt", "date_modified_gmt", "status", "customer_id", "billing", "line_items", "refunds"})
            QVERIFY2(order.contains(QLatin1StringView(key)), key);
        QVERIFY(order.value(u"total"_s).isString());
        const QJsonObject line = order.value(u"line_items"_s).toArray().first().toObject();
        QVERIFY(line.value(u"price"_s).isDouble());
        QVERIFY(line.value(u"subtotal"_s).isString());

        const QJsonArray all = allWoo(f, woo, u"/orders"_s, {{u"orderby"_s, u"id"_s}, {u"order"_s, u"asc"_s}}, 100);
        QCOMPARE(all.size(), 1200);
        QSet<qint64> ids;
        QHash<QString, qint64> gross;
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            ids.insert(o.value(u"id"_s).toInteger());
            if (paidWooStatus(o.value(u"status"_s).toString()))
                gross[o.value(u"currency"_s).toString()] += *Money::parse(o.value(u"total"_s).toString());
        }
        QCOMPARE(ids.size(), 1200);
        QCOMPARE(gross, ledger->grossByCurrency());

        // Customers come by name, as WooCommerce lists them by default.
        const WooPage customers = wooPage(f, woo, u"/customers"_s, {}, 1, 100);
        QVERIFY(!customers.error.isError());
        for (qsizetype i = 1; i < customers.items.size(); ++i)
            QVERIFY(customers.items.at(i - 1).toObject().value(u"first_name"_s).toString()
                <= customers.items.at(i).toObject().value(u"first_name"_s).toString());
        // Customers, reviews and the generated products page the same way.
        QCOMPARE(allWoo(f, woo, u"/customers"_s, {}, 100).size(), static_cast<qsizetype>(ledger->customers().size()));
        QCOMPARE(
            allWoo(f, woo, u"/products/reviews"_s, {}, 100).size(), static_cast<qsizetype>(ledger->reviews().size()));
        const QJsonArray products = allWoo(f, woo, u"/products"_s, {}, 100);
        QCOMPARE(products.size(), 150);
        const auto variable = std::find_if(products.begin(), products.end(),
            [](const QJsonValue& p) { return p.toObject().value(u"type"_s).toString() == u"variable"; });
        QVERIFY(variable != products.end());
        const QJsonArray variations = allWoo(
            f, woo, u"/products/%1/variations"_s.arg(variable->toObject().value(u"id"_s).toInteger()), {}, 100);
        QCOMPARE(variations.size(), variable->toObject().value(u"variations"_s).toArray().size());
        QVERIFY(!variations.first().toObject().value(u"sku"_s).toString().isEmpty());
    }

    void linkHeaderPointsAtTheNextPage()
    {
        ApiFixture f(false, store());
        f.sandbox()->generateShop(smallShop(300));
        WooCommerceClient woo(&f.caller(), &f.runtime(), wooConfig(f));
        QVERIFY(!wooPage(f, woo, u"/orders"_s, {{u"status"_s, u"any"_s}}, 2, 100).error.isError());
        // The sandbox logs requests, not answers: ask the same page again without a client.
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(f.url().toString() + u"/wp-json/wc/v3/orders?per_page=100&page=2"_s));
        request.setRawHeader("Authorization",
            "Basic " + (store().credentials.wooKey + u':' + store().credentials.wooSecret).toUtf8().toBase64());
        QNetworkReply* reply = nam.get(request);
        QVERIFY(f.runUntil([&] { return reply->isFinished(); }));
        const QByteArray link = reply->rawHeader("Link");
        QVERIFY2(link.contains("page=3") && link.contains("rel=\"next\""), link.constData());
        QVERIFY2(link.contains("page=1") && link.contains("rel=\"prev\""), link.constData());
        QCOMPARE(reply->rawHeader("X-WP-TotalPages"), QByteArray("3"));
        reply->deleteLater();
    }

    void modifiedAfterReturnsOnlyLaterChanges()
    {
        ApiFixture f(false, store());
        f.sandbox()->generateShop(smallShop());
        const auto ledger = f.sandbox()->ledger();
        const qint64 cutoff = ledger->orders()[ledger->ordersByUpdate()[900]].updatedSecs;
        const QString since = QDateTime::fromSecsSinceEpoch(cutoff, Qt::UTC).toString(Qt::ISODate);
        WooCommerceClient woo(&f.caller(), &f.runtime(), wooConfig(f));
        const QJsonArray later = allWoo(f, woo, u"/orders"_s,
            {{u"modified_after"_s, since}, {u"orderby"_s, u"modified"_s}, {u"order"_s, u"asc"_s}}, 100);
        qsizetype expected = 0;
        for (const ShopData::Order& o : ledger->orders())
            expected += o.updatedSecs > cutoff;
        QCOMPARE(later.size(), expected);
        QVERIFY(expected > 0 && expected < 400);
        QString previous;
        for (const QJsonValue& v : later) {
            const QString modified = v.toObject().value(u"date_modified_gmt"_s).toString();
            QVERIFY(QDateTime::fromString(modified + u'Z', Qt::ISODate).toSecsSinceEpoch() > cutoff);
            QVERIFY(modified >= previous); // oldest change first: a sync cursor can move forward
            previous = modified;
        }
    }

    void perPageOver100IsRejected()
    {
        ApiFixture f(false, store());
        f.sandbox()->generateShop(smallShop(200));
        WooCommerceClient woo(&f.caller(), &f.runtime(), wooConfig(f));
        const WooPage p = wooPage(f, woo, u"/orders"_s, {}, 1, 101);
        QCOMPARE(p.error.cls, ErrorClass::InvalidRequest);
        QCOMPARE(p.error.httpStatus, 400);
        QCOMPARE(p.error.code, u"rest_invalid_param"_s);
        QCOMPARE(f.sandbox()->requestCount(u"woo"_s), 1); // never retried
    }

    void serverErrorOnPageThreeIsRetried()
    {
        ApiFixture f(true, store());
        f.sandbox()->generateShop(smallShop(500));
        f.sandbox()->setRouteFaults(
            u"woo"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"ok"_s, u"ok"_s, u"500"_s, u"ok"_s}}});
        WooCommerceClient woo(&f.caller(), &f.runtime(), wooConfig(f));
        int pages = 0;
        const QJsonArray all = allWoo(f, woo, u"/orders"_s, {{u"orderby"_s, u"id"_s}}, 100, &pages);
        QCOMPARE(all.size(), 500);
        QCOMPARE(pages, 5);
        QCOMPARE(f.sandbox()->requestCount(u"woo"_s), 6);
    }

    void truncatedPageIsAnErrorNotAShortPage()
    {
        ApiFixture f(true, store());
        f.sandbox()->generateShop(smallShop(300));
        WooCommerceClient woo(&f.caller(), &f.runtime(), wooConfig(f));
        f.sandbox()->setRouteFaults(u"woo"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"truncated"_s, u"ok"_s}}});
        const WooPage retried = wooPage(f, woo, u"/orders"_s, {}, 1, 100);
        QVERIFY2(!retried.error.isError(), qPrintable(retried.error.toString()));
        QCOMPARE(retried.items.size(), 100);
        QCOMPARE(f.sandbox()->requestCount(u"woo"_s), 2);

        woo.setRetryPolicy(RetryPolicy{1, 500, 30'000, 120'000});
        f.sandbox()->setRouteFaults(u"woo"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"truncated"_s}}});
        const WooPage cut = wooPage(f, woo, u"/orders"_s, {}, 1, 100);
        QVERIFY(cut.error.isError());
        QVERIFY(cut.items.isEmpty());
    }

    void theStoresPlaceIsGivenBackOnceBeforeThePageIsRead()
    {
        ApiFixture f(true, store());
        f.sandbox()->generateShop(smallShop(300));
        WooCommerceClient woo(&f.caller(), &f.runtime(), wooConfig(f));
        const auto page = [&](int perPage, int* answered, bool* answeredFirst) -> WooPage {
            WooPage out;
            bool done = false;
            woo.listPage(
                u"/orders"_s, {}, 1, perPage, f.context(),
                [&](const ApiError& e, const QJsonArray& items, int total, int totalPages) {
                    out = {e, items, total, totalPages};
                    done = true;
                },
                [&] {
                    ++*answered;
                    *answeredFirst = !done;
                });
            if (!f.runUntil([&] { return done; }, 60'000))
                out.error = ApiError::make(ErrorClass::Timeout, u"test: no answer"_s);
            return out;
        };
        // A page: its place is given back once, before the page itself comes.
        int answered = 0;
        bool first = false;
        QCOMPARE(page(100, &answered, &first).items.size(), 100);
        QCOMPARE(answered, 1);
        QVERIFY(first);
        // A refused request never had a success to give back.
        answered = 0;
        QCOMPARE(page(101, &answered, &first).error.httpStatus, 400);
        QCOMPARE(answered, 0);
        // A page cut short and read again: given back at most once, and the page comes whole.
        answered = 0;
        f.sandbox()->setRouteFaults(u"woo"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"truncated"_s, u"ok"_s}}});
        QCOMPARE(page(100, &answered, &first).items.size(), 100);
        QVERIFY(answered <= 1);
    }

    void pageSizeFaultShortensPagesConsistently()
    {
        ApiFixture f(false, store());
        f.sandbox()->generateShop(smallShop(300));
        f.sandbox()->setRouteFaults(u"woo"_s, QJsonObject{{u"pageSize"_s, 40}});
        WooCommerceClient woo(&f.caller(), &f.runtime(), wooConfig(f));
        int pages = 0;
        QCOMPARE(allWoo(f, woo, u"/orders"_s, {}, 100, &pages).size(), 300);
        QCOMPARE(pages, 8);
    }

    void clockSkewShiftsTheStoresTimestamps()
    {
        ApiFixture f(false, store());
        f.sandbox()->generateShop(smallShop(100));
        f.sandbox()->setStoreClockSkew(-90);
        const auto ledger = f.sandbox()->ledger();
        WooCommerceClient woo(&f.caller(), &f.runtime(), wooConfig(f));
        const WooPage p = wooPage(f, woo, u"/orders"_s, {{u"orderby"_s, u"id"_s}, {u"order"_s, u"asc"_s}}, 1, 1);
        QVERIFY(!p.error.isError());
        const QString created = p.items.first().toObject().value(u"date_created_gmt"_s).toString();
        QCOMPARE(QDateTime::fromString(created + u'Z', Qt::ISODate).toSecsSinceEpoch(),
            ledger->orders().front().createdSecs - 90 * 60);
    }

    void shopifyCursorsGiveEveryOrderOnceAndThrottlingIsWaitedOut()
    {
        ApiFixture f(false, store());
        ShopData::Options options = smallShop(300);
        options.throttleRestoreRate = 2000; // throttled often, each wait short
        f.sandbox()->generateShop(options);
        const auto ledger = f.sandbox()->ledger();
        ShopifyClient shop(&f.caller(), &f.runtime(), shopifyConfig(f));
        QSet<QString> ids;
        qint64 gross = 0;
        QString cursor;
        int pages = 0;
        QString previousUpdate;
        for (bool more = true; more; ++pages) {
            const ShopifyPage p
                = shopifyPage(f, [&](auto cb) { shop.ordersPage(cursor, QDateTime(), 22, f.context(), cb); });
            QVERIFY2(!p.error.isError(), qPrintable(p.error.toString()));
            for (const QJsonValue& v : p.nodes) {
                const QJsonObject o = v.toObject();
                ids.insert(o.value(u"id"_s).toString());
                QVERIFY(o.value(u"updatedAt"_s).toString() >= previousUpdate);
                previousUpdate = o.value(u"updatedAt"_s).toString();
                const QString status = o.value(u"displayFinancialStatus"_s).toString();
                if (status != u"VOIDED" && status != u"PENDING")
                    gross += *Money::parse(o.value(u"totalPriceSet"_s)
                                               .toObject()
                                               .value(u"shopMoney"_s)
                                               .toObject()
                                               .value(u"amount"_s)
                                               .toString());
            }
            more = p.info.hasNextPage;
            cursor = p.info.endCursor;
        }
        QCOMPARE(ids.size(), 300);
        QCOMPARE(gross, ledger->totals().grossMinor);
        // More requests than pages: some were THROTTLED (HTTP 200) and repeated after the wait.
        QVERIFY2(f.sandbox()->requestCount(u"shopify"_s) > pages,
            qPrintable(u"%1 requests for %2 pages"_s.arg(f.sandbox()->requestCount(u"shopify"_s)).arg(pages)));
    }

    void shopifyNodesCarryMoneyBagsLineItemsAndInventory()
    {
        ApiFixture f(false, store());
        ShopData::Options options = smallShop(400);
        options.throttleRestoreRate = 2000;
        f.sandbox()->generateShop(options);
        const auto ledger = f.sandbox()->ledger();
        ShopifyClient shop(&f.caller(), &f.runtime(), shopifyConfig(f));
        // Only orders changed after a cutoff.
        const qint64 cutoff = ledger->orders()[ledger->ordersByUpdate()[380]].updatedSecs;
        const ShopifyPage recent = shopifyPage(f,
            [&](auto cb) { shop.ordersPage({}, QDateTime::fromSecsSinceEpoch(cutoff, Qt::UTC), 22, f.context(), cb); });
        QVERIFY2(!recent.error.isError(), qPrintable(recent.error.toString()));
        qsizetype expected = 0;
        for (const ShopData::Order& o : ledger->orders())
            expected += o.updatedSecs > cutoff;
        QCOMPARE(recent.nodes.size(), expected);
        const QJsonObject order = recent.nodes.first().toObject();
        const QJsonObject total = order.value(u"totalPriceSet"_s).toObject();
        QCOMPARE(total.value(u"shopMoney"_s).toObject().value(u"currencyCode"_s).toString(), u"EUR"_s);
        QVERIFY(total.value(u"presentmentMoney"_s).toObject().value(u"amount"_s).isString());
        QVERIFY(!order.value(u"lineItems"_s).toObject().value(u"nodes"_s).toArray().isEmpty());
        QVERIFY(!order.contains(u"processedAt"_s)); // only the fields asked for
        // The e-mail address and the billing and shipping countries the fraud agent weighs.
        QVERIFY(order.value(u"email"_s).isString() || order.value(u"email"_s).isNull());
        QCOMPARE(order.value(u"billingAddress"_s).toObject().value(u"countryCodeV2"_s).toString().size(), 2);
        QCOMPARE(order.value(u"shippingAddress"_s).toObject().value(u"countryCodeV2"_s).toString().size(), 2);

        const ShopifyPage products
            = shopifyPage(f, [&](auto cb) { shop.productsPage({}, QDateTime(), 10, f.context(), cb); });
        QVERIFY2(!products.error.isError(), qPrintable(products.error.toString()));
        QCOMPARE(products.nodes.size(), 10);
        QVERIFY(products.info.hasNextPage);
        const QJsonObject variant = products.nodes.first()
                                        .toObject()
                                        .value(u"variants"_s)
                                        .toObject()
                                        .value(u"nodes"_s)
                                        .toArray()
                                        .first()
                                        .toObject();
        const QJsonArray levels = variant.value(u"inventoryItem"_s)
                                      .toObject()
                                      .value(u"inventoryLevels"_s)
                                      .toObject()
                                      .value(u"nodes"_s)
                                      .toArray();
        QCOMPARE(levels.size(), 2);
        int stock = 0;
        for (const QJsonValue& l : levels)
            stock += l.toObject().value(u"quantities"_s).toArray().first().toObject().value(u"quantity"_s).toInt();
        QCOMPARE(stock, variant.value(u"inventoryQuantity"_s).toInt());

        const ShopifyPage customers
            = shopifyPage(f, [&](auto cb) { shop.customersPage({}, QDateTime(), 250, f.context(), cb); });
        QVERIFY(!customers.error.isError());
        QCOMPARE(customers.nodes.size(), static_cast<qsizetype>(ledger->customers().size()));
    }
};

QTEST_GUILESS_MAIN(TestStoreData)
#include "tst_storedata.moc"
