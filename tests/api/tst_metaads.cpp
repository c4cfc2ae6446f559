#include "ApiFixture.h"
#include "commerce/MetaAdsClient.h"
#include "core/Json.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// Meta Marketing API against the sandbox: insights with numbers as strings and paging, ad set
// updates with budgets in minor units, rate limits in the body at HTTP 400.
class TestMetaAds : public QObject
{
    Q_OBJECT

private:
    static SandboxServer::Options account()
    {
        SandboxServer::Options o;
        o.credentials.metaToken = u"EAAGsandboxTOKEN0123456789abcdef"_s;
        return o;
    }

    static MetaAdsClient::Config config(ApiFixture& f)
    {
        MetaAdsClient::Config c;
        c.graphUrl = f.url();
        c.accessToken = account().credentials.metaToken;
        c.adAccountId = u"1234"_s;
        return c;
    }

private slots:
    void parsesStringNumbersAndPicksOnePurchaseType()
    {
        const QJsonObject row
            = Json::objectFromString(uR"({"adset_id":"7","spend":"2447.55","impressions":"64243","clicks":"5474",
            "actions":[{"action_type":"purchase","value":"9"},{"action_type":"omni_purchase","value":"12"}],
            "action_values":[{"action_type":"omni_purchase","value":"23.05"},{"action_type":"purchase","value":"99"}],
            "purchase_roas":[{"action_type":"omni_purchase","value":"3.21"}],"date_start":"2025-07-15","date_stop":"2025-07-15"})"_s);
        const MetaAdsClient::InsightRow r = MetaAdsClient::parseRow(row, u"adset"_s);
        QCOMPARE(r.id, u"7"_s);
        QCOMPARE(r.spendCents, 244755);
        QCOMPARE(r.purchases, 12); // omni_purchase, not purchase: no double counting
        QCOMPARE(r.purchaseValueCents, 2305);
        QCOMPARE(r.purchaseRoas, 3.21);
        QCOMPARE(r.impressions, 64243);
        QCOMPARE(r.dateStart, QDate(2025, 7, 15));
    }

    void insightsFollowPaging()
    {
        ApiFixture f(false, account());
        MetaAdsClient meta(&f.caller(), &f.runtime(), config(f));
        QList<MetaAdsClient::InsightRow> rows;
        ApiError error;
        bool done = false;
        // 3 ad sets x 300 days = 900 rows in pages of 500.
        meta.insights(u"adset"_s, QDate(2026, 1, 1), QDate(2026, 10, 27), f.context(),
            [&](const ApiError& e, const QList<MetaAdsClient::InsightRow>& r) {
                error = e;
                rows = r;
                done = true;
            });
        QVERIFY(f.runUntil([&] { return done; }));
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(rows.size(), 900);
        QCOMPARE(f.sandbox()->requestCount(u"meta"_s), 2);
        QVERIFY(rows.first().spendCents > 0);
        const auto request = f.sandbox()->requests(u"meta"_s).first();
        QCOMPARE(request.path, u"/v21.0/act_1234/insights"_s);
        QCOMPARE(request.header("authorization"), "Bearer " + account().credentials.metaToken.toUtf8());
        QVERIFY(!request.query.contains(account().credentials.metaToken)); // the token stays out of URLs
    }

    void budgetsGoInMinorUnits()
    {
        ApiFixture f(false, account());
        MetaAdsClient meta(&f.caller(), &f.runtime(), config(f));
        bool done = false;
        meta.updateAdSet(u"6001"_s, u"PAUSED"_s, 2000, f.context(), [&](const ApiError& e) {
            QVERIFY(!e.isError());
            done = true;
        });
        QVERIFY(f.runUntil([&] { return done; }));
        const QJsonObject adSet = f.sandbox()->adSet(u"6001"_s);
        QCOMPARE(adSet.value(u"status"_s).toString(), u"PAUSED"_s);
        QCOMPARE(adSet.value(u"daily_budget"_s).toString(), u"2000"_s); // 20.00 in the account currency
        const auto request = f.sandbox()->requests(u"meta"_s).last();
        QCOMPARE(request.header("content-type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(u"daily_budget"_s), u"2000"_s);
    }

    void rateLimitInTheBodyIsRetried()
    {
        ApiFixture f(true, account());
        f.sandbox()->setRouteFaults(u"meta"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"meta_17"_s, u"ok"_s}}});
        MetaAdsClient meta(&f.caller(), &f.runtime(), config(f));
        ApiError error = ApiError::make(ErrorClass::Timeout, u"not done"_s);
        bool done = false;
        meta.updateAdSet(u"6002"_s, u"ACTIVE"_s, std::nullopt, f.context(), [&](const ApiError& e) {
            error = e;
            done = true;
        });
        QVERIFY(f.runUntil([&] { return done; }));
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(f.sandbox()->requestCount(u"meta"_s), 2);
        // The classification itself: code 17 at HTTP 400 is a rate limit, code 190 is auth.
        HttpResponse r;
        r.status = 400;
        r.body
            = R"({"error":{"message":"User request limit reached","type":"OAuthException","code":17,"error_subcode":2446079}})";
        QCOMPARE(meta.classify(r).cls, ErrorClass::RateLimited);
        r.body = R"({"error":{"message":"Session has expired","type":"OAuthException","code":190}})";
        QCOMPARE(meta.classify(r).cls, ErrorClass::Auth);
        r.body = R"({"error":{"message":"Limit","code":80004}})";
        QCOMPARE(meta.classify(r).cls, ErrorClass::RateLimited);
    }
};

QTEST_GUILESS_MAIN(TestMetaAds)
#include "tst_metaads.moc"
