#include "TestWorkspace.h"
#include "approvals/ActionSchema.h"
#include "approvals/ApprovalRules.h"
#include "approvals/RiskEngine.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The default approval table of DESIGN.md section 3 at every boundary, the confidence rule, rules as
// versioned data, and the typed parameters of each action.
class TestRiskEngine : public QObject
{
    Q_OBJECT

private:
    static RiskEngine::Verdict judge(const QString& type, const QJsonObject& params, double confidence = 0.95,
        const QString& agent = u"Campaign Manager"_s)
    {
        RiskEngine::Context ctx;
        ctx.targetMargin = 0.55;
        ctx.priceOf = [](const QString& sku) -> std::optional<qint64> {
            if (sku == u"APP-009")
                return 15900;
            return std::nullopt;
        };
        return RiskEngine::evaluate(
            ApprovalRules::defaults(), {ActionTypes::fromKey(type), agent, params, confidence, u"EUR"_s}, ctx);
    }
    static QString level(const RiskEngine::Verdict& v) { return Risk::key(v.level); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void budgetChanges_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("99.99") << u"99.99"_s << u"low"_s;
        QTest::newRow("100") << u"100.00"_s << u"medium"_s;
        QTest::newRow("1,000") << u"1000.00"_s << u"medium"_s;
        QTest::newRow("1,000.01") << u"1000.01"_s << u"high"_s;
    }

    void budgetChanges()
    {
        QFETCH(QString, amount);
        QFETCH(QString, expected);
        const auto v = judge(u"budget_change"_s, QJsonObject{{u"campaign"_s, u"X"_s}, {u"amount"_s, amount}});
        QCOMPARE(level(v), expected);
        QCOMPARE(v.waits, expected == u"high");
        QCOMPARE(v.notify, expected == u"medium");
        QCOMPARE(v.ruleKey, u"budget_change"_s);
    }

    void budgetVerdictsExplainThemselves()
    {
        QCOMPARE(judge(u"budget_change"_s, QJsonObject{{u"amount"_s, u"1250"_s}}).explanation,
            u"HIGH: budget €1,250.00 > €1,000.00"_s);
        QCOMPARE(judge(u"budget_change"_s, QJsonObject{{u"amount"_s, u"85"_s}}).explanation,
            u"LOW: budget €85.00 < €100.00"_s);
        QCOMPARE(judge(u"budget_change"_s, QJsonObject{{u"amount"_s, u"100"_s}}).explanation,
            u"MEDIUM: budget €100.00 ≤ €1,000.00"_s);
    }

    void campaignLaunches()
    {
        QCOMPARE(level(judge(u"campaign_launch"_s, QJsonObject{{u"daily_budget"_s, u"500.00"_s}})), u"low"_s);
        QCOMPARE(level(judge(u"campaign_launch"_s, QJsonObject{{u"daily_budget"_s, u"500.01"_s}})), u"high"_s);
    }

    void priceChanges_data()
    {
        QTest::addColumn<QString>("oldPrice");
        QTest::addColumn<QString>("newPrice");
        QTest::addColumn<QString>("expected");
        QTest::newRow("19.99 % down") << u"100.00"_s << u"80.01"_s << u"medium"_s;
        QTest::newRow("20 % down") << u"100.00"_s << u"80.00"_s << u"high"_s;
        QTest::newRow("19.99 % up") << u"100.00"_s << u"119.99"_s << u"medium"_s;
        QTest::newRow("20 % up") << u"100.00"_s << u"120.00"_s << u"high"_s;
    }

    void priceChanges()
    {
        QFETCH(QString, oldPrice);
        QFETCH(QString, newPrice);
        QFETCH(QString, expected);
        const auto v = judge(
            u"price_change"_s, QJsonObject{{u"sku"_s, u"X"_s}, {u"old_price"_s, oldPrice}, {u"new_price"_s, newPrice}});
        QCOMPARE(level(v), expected);
    }

    void aPriceChangeWithoutThePriceBeforeLooksItUp()
    {
        // APP-009 costs 159.00 now: 124.00 is 22 % less.
        const auto v = judge(u"price_change"_s, QJsonObject{{u"sku"_s, u"APP-009"_s}, {u"new_price"_s, u"124.00"_s}});
        QCOMPARE(level(v), u"high"_s);
        QCOMPARE(v.explanation, u"HIGH: price change 22.0 % ≥ 20 %"_s);
        // Unknown product, unknown change: a person decides.
        QCOMPARE(level(judge(u"price_change"_s, QJsonObject{{u"sku"_s, u"NOPE"_s}, {u"new_price"_s, u"1.00"_s}})),
            u"high"_s);
    }

    void refunds()
    {
        QCOMPARE(level(judge(u"refund"_s, QJsonObject{{u"amount"_s, u"50.00"_s}})), u"low"_s);
        QCOMPARE(level(judge(u"refund"_s, QJsonObject{{u"amount"_s, u"50.01"_s}})), u"high"_s);
    }

    void newProducts()
    {
        const QJsonObject good{{u"price"_s, u"100.00"_s}, {u"cost"_s, u"45.00"_s}}; // margin 55 %
        const QJsonObject thin{{u"price"_s, u"100.00"_s}, {u"cost"_s, u"45.01"_s}}; // just under target
        QCOMPARE(level(judge(u"new_product"_s, good, 0.90)), u"low"_s);
        QCOMPARE(level(judge(u"new_product"_s, good, 0.8999)), u"medium"_s);
        QCOMPARE(level(judge(u"new_product"_s, thin, 0.95)), u"medium"_s);
        QCOMPARE(level(judge(u"new_product"_s, thin, 0.75)), u"medium"_s);
        QCOMPARE(level(judge(u"new_product"_s, thin, 0.7499)), u"high"_s);
    }

    void someActionsAlwaysWaitForAPerson()
    {
        for (const QString& type : {u"new_supplier"_s, u"new_market"_s, u"strategic_pivot"_s, u"content_review"_s}) {
            const auto v = judge(type, QJsonObject{}, 0.99);
            QCOMPARE(level(v), u"high"_s);
            QVERIFY(v.waits);
            QVERIFY2(v.explanation.contains(u"always need"_s), qPrintable(v.explanation));
        }
        // The biggest decisions are the owner's.
        QCOMPARE(judge(u"new_market"_s, {}).approverRoles, QStringList{u"owner"_s});
        QCOMPARE(judge(u"budget_change"_s, {{u"amount"_s, u"5000"_s}}).approverRoles,
            (QStringList{u"owner"_s, u"approver"_s}));
    }

    void lowConfidenceRaisesTheLevelByOne()
    {
        const QJsonObject budget{{u"amount"_s, u"85.00"_s}};
        QCOMPARE(level(judge(u"budget_change"_s, budget, 0.60)), u"low"_s);
        const auto raised = judge(u"budget_change"_s, budget, 0.5999);
        QCOMPARE(level(raised), u"medium"_s);
        QVERIFY(!raised.waits);
        QCOMPARE(raised.explanation, u"MEDIUM: confidence 0.60 < 0.60, raised from LOW; budget €85.00 < €100.00"_s);
        const QJsonObject medium{{u"amount"_s, u"500.00"_s}};
        const auto high = judge(u"budget_change"_s, medium, 0.59);
        QCOMPARE(level(high), u"high"_s);
        QVERIFY(high.waits);
    }

    void rulesAreVersionedData()
    {
        TestWorkspace ws;
        ApprovalRules::ensureDefaults(ws.db(), 1);
        ApprovalRules::ensureDefaults(ws.db(), 2); // once only
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM approval_rules"_s), qint64(ApprovalRules::defaults().size()));
        auto rules = ApprovalRules::current(ws.db());
        auto budget = *ApprovalRules::match(rules, ActionType::BudgetChange, u"Campaign Manager"_s);
        QCOMPARE(budget.version, 1);
        budget.medium->max = 2000;
        QStringList errors;
        const auto saved = ApprovalRules::save(ws.db(), budget, u"Ann"_s, 5, &errors);
        QVERIFY2(saved, qPrintable(errors.join(u'\n')));
        QCOMPARE(saved->version, 2);
        rules = ApprovalRules::current(ws.db());
        RiskEngine::Context ctx;
        const auto v = RiskEngine::evaluate(
            rules, {ActionType::BudgetChange, u"X"_s, {{u"amount"_s, u"1500"_s}}, 0.9, u"EUR"_s}, ctx);
        QCOMPARE(Risk::key(v.level), u"medium"_s);
        QCOMPARE(v.ruleVersion, 2);
        QCOMPARE(ApprovalRules::history(ws.db(), u"budget_change"_s).size(), 2);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'rule.changed'"_s), 1);

        // An agent's own rule wins over the general one.
        ApprovalRule strict = budget;
        strict.key = u"budget_change_ceo"_s;
        strict.agent = u"CEO Orchestrator"_s;
        strict.requiresHuman = true;
        QVERIFY(ApprovalRules::save(ws.db(), strict, u"Ann"_s, 6, &errors));
        rules = ApprovalRules::current(ws.db());
        const auto ceo = RiskEngine::evaluate(
            rules, {ActionType::BudgetChange, u"CEO Orchestrator"_s, {{u"amount"_s, u"10"_s}}, 0.99, u"EUR"_s}, ctx);
        QCOMPARE(Risk::key(ceo.level), u"low"_s);
        QVERIFY(ceo.waits);
        QVERIFY(ceo.explanation.endsWith(u"wants a person for every proposal"_s));
    }

    void invalidRulesAreRefusedWithReasons()
    {
        TestWorkspace ws;
        ApprovalRule r = ApprovalRules::defaults().first();
        r.low->max = 5000; // above the MEDIUM band
        r.approverRoles = {u"viewer"_s};
        r.onExpiry = u"maybe"_s;
        QStringList errors;
        QVERIFY(!ApprovalRules::save(ws.db(), r, u"Ann"_s, 1, &errors));
        QCOMPARE(errors.size(), 3);
        QCOMPARE(ws.count(u"SELECT COUNT(*) FROM approval_rules"_s), 0);
    }

    void parametersAreTypedAndChecked()
    {
        QVERIFY(ActionSchema::validate(ActionType::BudgetChange,
            {{u"campaign"_s, u"Merino"_s}, {u"amount"_s, u"1250.00"_s}, {u"currency"_s, u"EUR"_s}})
                    .isEmpty());
        const auto problems
            = ActionSchema::validate(ActionType::BudgetChange, {{u"amount"_s, u"lots"_s}, {u"currency"_s, u"E"_s}});
        QCOMPARE(problems.size(), 3); // campaign missing, amount unreadable, currency code
        QCOMPARE(ActionSchema::validate(ActionType::CampaignLaunch,
                     {{u"platform"_s, u"myspace"_s}, {u"daily_budget"_s, u"5"_s}, {u"currency"_s, u"EUR"_s}})
                     .size(),
            1);
        QCOMPARE(ActionSchema::validate(ActionType::StrategicPivot,
                     {{u"from_category"_s, u"A"_s}, {u"to_category"_s, u"B"_s}, {u"share_pct"_s, 130}})
                     .size(),
            1);
        const QJsonObject n = ActionSchema::normalised(
            ActionType::BudgetChange, {{u"amount"_s, u"1.250,5"_s}, {u"currency"_s, u"eur"_s}});
        QCOMPARE(n.value(u"amount"_s).toString(), u"1250.50"_s);
        QCOMPARE(n.value(u"currency"_s).toString(), u"EUR"_s);
        QVERIFY(!ActionSchema::validate(ActionType::Unknown, {}).isEmpty());
        // Amounts are digits with separators and at most a currency sign or code, nothing else.
        const auto amount = [](const QString& text) {
            return ActionSchema::validate(
                ActionType::Refund, {{u"order"_s, u"LH-1"_s}, {u"amount"_s, text}, {u"currency"_s, u"EUR"_s}})
                .isEmpty();
        };
        QVERIFY(amount(u"50"_s));
        QVERIFY(amount(u"€ 1,250.00"_s));
        QVERIFY(amount(u"80 EUR"_s));
        QVERIFY(!amount(u"50x"_s));
        QVERIFY(!amount(u"5O"_s));
        QVERIFY(!amount(u"-5"_s));
        QVERIFY(!amount(u"12abc34"_s));
    }

    void aKeyIsLabelledForItsKindOfAction()
    {
        // "link" is where an ad leads in a launch, and the product's page in a social post.
        QCOMPARE(ActionSchema::field(ActionType::CampaignLaunch, u"link"_s)->label(), u"Link of the ad"_s);
        QCOMPARE(ActionSchema::field(ActionType::SocialPost, u"link"_s)->label(), u"Link to the product"_s);
        QCOMPARE(ActionSchema::field(ActionType::BudgetChange, u"amount"_s)->label(), u"Amount"_s);
    }
};

QTEST_GUILESS_MAIN(TestRiskEngine)
#include "tst_riskengine.moc"
