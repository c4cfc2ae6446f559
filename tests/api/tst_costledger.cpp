#include "LlmTestSupport.h"
#include "TestWorkspace.h"
#include "resilience/Pricing.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace LlmTest;

// Prices, the cost of each call from the usage the API reports, a provider_calls row per attempt,
// and the daily budget's bookkeeping.
class TestCostLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("QUORUM_TEST_KEY", kKey); }

    void pricesByExactNameThenLongestPrefix()
    {
        PriceTable t = PriceTable::defaults();
        QCOMPARE(t.find(u"openai"_s, u"gpt-4o-mini-2024-07-18"_s).inputPerMillion, 150'000);
        QCOMPARE(t.find(u"openai"_s, u"gpt-4o-2024-08-06"_s).inputPerMillion, 2'500'000);
        QCOMPARE(t.find(u"anthropic"_s, u"claude-sonnet-4-5"_s).outputPerMillion, 15'000'000);
        QCOMPARE(t.find(u"ollama"_s, u"llama3.1:8b"_s).inputPerMillion, 0);
        QCOMPARE(t.find(u"openai"_s, u"unknown-model"_s).inputPerMillion, 0);
        t.set({u"openai"_s, u"gpt-4o-mini-2024-07-18"_s, 100, 200, 0});
        QCOMPARE(t.find(u"openai"_s, u"gpt-4o-mini-2024-07-18"_s).inputPerMillion, 100);
        // 1,000 input and 500 output tokens of gpt-4o-mini: 150 + 300 micro-dollars.
        QCOMPARE(PriceTable::defaults().cost(u"openai"_s, u"gpt-4o-mini"_s, 1000, 500), 450);
        QCOMPARE(PriceTable::defaults().cost(u"openai"_s, u"gpt-4o-mini"_s, 1, 0), 1); // rounded up
    }

    void editedPricesPersist()
    {
        TestWorkspace tw;
        PriceTable t = PriceTable::defaults();
        t.set({u"openai"_s, u"my-fine-tune"_s, 777, 888, 0});
        t.save(tw.db());
        const PriceTable loaded = PriceTable::load(tw.db());
        QCOMPARE(loaded.find(u"openai"_s, u"my-fine-tune"_s).outputPerMillion, 888);
        QCOMPARE(loaded.prices().size(), t.prices().size());
    }

    void everyAttemptIsRecorded()
    {
        TestWorkspace tw;
        ApiFixture f(true, withKey());
        f.sandbox()->setRouteFaults(
            u"anthropic.messages"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"529"_s, u"ok"_s}}});
        LlmClient client(&f.caller(), &f.runtime());
        client.setCallLog(tw.db());
        LlmRequest request = titleRequest();
        request.productId = 7;
        request.jobId = 11;
        const LlmResult r = complete(f, client, {f.provider(u"anthropic"_s)}, request);
        QVERIFY(r.ok());
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM provider_calls"_s), 2);
        QSqlQuery q = Sql::exec(tw.db(),
            u"SELECT attempt, outcome, error_class, cost_micros, input_tokens, output_tokens, purpose, provider, "
            u"model, product_id, "
            u"job_id FROM provider_calls ORDER BY attempt"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), u"error"_s);
        QCOMPARE(q.value(2).toString(), u"overloaded"_s);
        QCOMPARE(q.value(3).toLongLong(), 0); // a 529 costs nothing
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toString(), u"ok"_s);
        QCOMPARE(q.value(3).toLongLong(), r.costMicros);
        QCOMPARE(q.value(4).toInt(), r.inputTokens);
        QCOMPARE(q.value(5).toInt(), r.outputTokens);
        QCOMPARE(q.value(6).toString(), u"write:seo"_s);
        QCOMPARE(q.value(7).toString(), f.provider(u"anthropic"_s).id);
        QCOMPARE(q.value(9).toLongLong(), 7);
        QCOMPARE(q.value(10).toLongLong(), 11);
        QCOMPARE(r.costMicros,
            f.runtime().prices().cost(u"anthropic"_s, u"sandbox-anthropic"_s, r.inputTokens, r.outputTokens));
        QCOMPARE(f.runtime().spend()->spentToday(), r.costMicros);
    }

    void spendGuardReservesAndSettles()
    {
        ManualClock clock;
        SpendGuard guard(&clock);
        guard.setDailyBudget(1000);
        QString why;
        const quint64 a = guard.reserve(600, &why);
        QVERIFY(a != 0);
        QCOMPARE(guard.reserve(600, &why), 0u); // 600 reserved + 600 > 1000
        QVERIFY(why.contains(u"$0.00"_s));
        guard.settle(a, 200); // cost less than feared
        QCOMPARE(guard.spentToday(), 200);
        QVERIFY(guard.reserve(600, &why) != 0);
        // A new day starts with nothing spent.
        clock.advance(24 * 3'600'000LL);
        QCOMPARE(guard.spentToday(), 0);
        guard.setDailyBudget(0);
        QVERIFY(guard.reserve(1'000'000'000, &why) != 0); // no budget: never refused
    }

    void spentTodayComesFromTheLedger()
    {
        TestWorkspace tw;
        const qint64 now = tw.clock().nowMs();
        Sql::exec(tw.db(),
            u"INSERT INTO provider_calls (at, purpose, provider, cost_micros, outcome) VALUES (?, 'x', 'p', 1500, "
            u"'ok'), "
            u"(?, 'x', 'p', 2500, 'ok'), (?, 'x', 'p', 9999, 'ok')"_s,
            {now, now - 1000, now - 2 * 86'400'000LL});
        SpendGuard guard(&tw.clock());
        guard.loadSpentToday(tw.db());
        QCOMPARE(guard.spentToday(), 4000);
    }
};

QTEST_GUILESS_MAIN(TestCostLedger)
#include "tst_costledger.moc"
