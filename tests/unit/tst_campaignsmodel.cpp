#include "CampaignSeriesModel.h"
#include "CampaignsModel.h"
#include "Format.h"
#include "ModelChecks.h"
#include "ModelRoles.h"
#include "TestWorkspace.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// A rule that acted on an ad set of the Steel Bottle campaign, notify-only and then live.
void rulesOnTheChart(TestWorkspace& tw)
{
    const QSqlDatabase db = tw.db();
    const qint64 campaign = tw.count(u"SELECT id FROM campaigns WHERE name = 'Steel Bottle – Search'"_s);
    const qint64 connection = Sql::insert(db,
        u"INSERT INTO connections (kind, name, url, account, created_at, updated_at) VALUES ('meta_ads', 'Ads', "
        u"'', "
        u"'1234567890', 0, 0)"_s);
    Sql::exec(db,
        u"INSERT INTO ad_sets (connection_id, campaign_id, remote_id, name, status, updated_at) VALUES (?, ?, "
        u"'A1', "
        u"'Broad', 'ACTIVE', 0)"_s,
        {connection, campaign});
    const qint64 rule = Sql::insert(db,
        u"INSERT INTO ad_rules (connection_id, name, spec, live, created_at, updated_at) VALUES (?, 'Pause "
        u"losers', "
        u"'{}', 1, 0, 0)"_s,
        {connection});
    const QDate today = QDateTime::fromMSecsSinceEpoch(tw.clock().nowMs()).date();
    for (const int live : {0, 1})
        Sql::exec(db,
            u"INSERT INTO ad_rule_firings (rule_id, connection_id, object_id, object_name, action, fired, live, "
            u"summary, account_day, created_at) VALUES (?, ?, 'A1', 'Broad', 'pause', 1, ?, 'ROAS 0.8 over 3 days', "
            u"?, ?)"_s,
            {rule, connection, live, today.addDays(live - 3).toString(Qt::ISODate), live + 1});
    CampaignsModel model(tw.db(), &tw.clock());
    ModelChecks::attachTester(&model);
    const QModelIndex cell = model.index(model.indexForId(campaign).row(), CampaignsModel::LastRule);
    QVERIFY2(cell.data().toString().startsWith(u"Pause losers, "_s), qPrintable(cell.data().toString()));
    QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"ROAS 0.8"_s));
    // Campaigns no rule looked at say so.
    const qint64 other = tw.count(u"SELECT id FROM campaigns WHERE id <> ? LIMIT 1"_s, {campaign});
    QCOMPARE(model.index(model.indexForId(other).row(), CampaignsModel::LastRule).data().toString(), u"–"_s);
    CampaignSeriesModel series(tw.db(), &tw.clock());
    series.setCampaign(campaign);
    QCOMPARE(series.markers().size(), 2);
    QVERIFY(series.markers().first().text.contains(u"notify-only"_s));
    QVERIFY(series.markers().last().live);
    QVERIFY(series.markers().last().roas > 0);
}
} // namespace

class TestCampaignsModel : public QObject
{
    Q_OBJECT

private slots:
    void aggregatesThePeriodInSql()
    {
        TestWorkspace tw(true);
        CampaignsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        // The demo's Google Ads and TikTok campaigns, from their report exports (its Meta ones come from
        // the sandbox's ad account once it syncs).
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.periodDays(), 30);
        // Default order: spend over the period, highest first.
        const QList<qint64> spend
            = ModelChecks::columnAs<qint64>(&model, CampaignsModel::Spend, ModelRoles::RawValueRole);
        QVERIFY(std::is_sorted(spend.rbegin(), spend.rend()));
        const CampaignsModel::Campaign top = model.campaignAt(model.index(0, 0));
        const qint64 expected = tw.count(
            u"SELECT SUM(spend_cents) FROM campaign_metrics WHERE campaign_id = ? AND day >= '2026-10-22'"_s, {top.id});
        QCOMPARE(top.spendCents, expected);
        QVERIFY(top.roas() > 0);
        model.setPeriodDays(7);
        QCOMPARE(model.headerData(CampaignsModel::Spend, Qt::Horizontal).toString(), u"Spend (7 d)"_s);
        const CampaignsModel::Campaign week = model.campaignAt(model.indexForId(top.id));
        QCOMPARE(week.spendCents,
            tw.count(u"SELECT SUM(spend_cents) FROM campaign_metrics WHERE campaign_id = ? AND day >= '2026-11-14'"_s,
                {top.id}));
    }

    void sortsByRoasAndFilters()
    {
        TestWorkspace tw(true);
        CampaignsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        model.sort(CampaignsModel::Roas, Qt::AscendingOrder);
        const QList<double> roas
            = ModelChecks::columnAs<double>(&model, CampaignsModel::Roas, ModelRoles::RawValueRole);
        QVERIFY(std::is_sorted(roas.begin(), roas.end()));
        model.setPlatformFilter(u"google"_s);
        QCOMPARE(model.rowCount(), 2);
        model.setTextFilter(u"Steel"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CampaignsModel::Roas).data(Qt::ForegroundRole).value<QColor>(),
            Format::statusColor(u"active"_s));
        // Below its target ROAS: shown in red.
        model.setTextFilter({});
        model.setPlatformFilter(u"tiktok"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CampaignsModel::Roas).data(Qt::ForegroundRole).value<QColor>(),
            Format::statusColor(u"error"_s));
    }

    void seriesFeedsTheChart()
    {
        TestWorkspace tw(true);
        CampaignsModel campaigns(tw.db(), &tw.clock());
        CampaignSeriesModel series(tw.db(), &tw.clock());
        ModelChecks::attachTester(&series);
        QCOMPARE(series.rowCount(), 0);
        const qint64 id = campaigns.idAt(0);
        series.setCampaign(id);
        QCOMPARE(series.rowCount(), 60);
        series.setDays(30);
        QCOMPARE(series.rowCount(), 30);
        const QModelIndex last = series.index(29, CampaignSeriesModel::Roas);
        const double roas = last.data(CampaignSeriesModel::ChartValueRole).toDouble();
        QSqlQuery q = Sql::exec(tw.db(),
            u"SELECT revenue_cents * 1.0 / spend_cents FROM campaign_metrics WHERE campaign_id = ? AND day = '2026-11-20'"_s,
            {id});
        QVERIFY(q.next());
        QVERIFY(qAbs(q.value(0).toDouble() - roas) < 1e-9);
        QVERIFY(series.index(29, CampaignSeriesModel::Day).data(CampaignSeriesModel::ChartValueRole).toDouble()
            > series.index(0, CampaignSeriesModel::Day).data(CampaignSeriesModel::ChartValueRole).toDouble());
        QVERIFY(series.maxRoas() >= roas);
        series.setCampaign(-1);
        QCOMPARE(series.rowCount(), 0);
    }

    // The rule that last acted on a campaign's ad set: in the list (notify-only said so), and as a
    // marker on the chart at that day's ROAS with what it did.
    void showsTheRuleThatLastActed()
    {
        TestWorkspace tw(true);
        try {
            rulesOnTheChart(tw);
        } catch (const SqlError& e) {
            QFAIL(qPrintable(e.message()));
        }
    }

    // The store's own figure beside the platform's: paid orders of the period whose UTM parameters name
    // the campaign (its ID or its name, case aside) from one of the platform's sources.
    void showsTheStoresSalesByUtm()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        const qint64 now = tw.clock().nowMs();
        const qint64 meta = Sql::insert(db,
            u"INSERT INTO campaigns (name, platform, external_id, currency, created_at, updated_at) VALUES ('Winter "
            u"Layers', 'meta', '120210000000009', 'EUR', 0, 0)"_s);
        const qint64 google = Sql::insert(db,
            u"INSERT INTO campaigns (name, platform, currency, created_at, updated_at) VALUES ('Winter Layers "
            u"Search', 'google', 'EUR', 0, 0)"_s);
        int n = 0;
        const auto order = [&](const QString& source, const QString& campaign, qint64 cents, bool paid = true,
                               const QString& currency = u"EUR"_s, qint64 age = kDayMs) {
            Sql::exec(db,
                u"INSERT INTO orders (source, remote_id, paid, currency, total_cents, shop_currency, shop_total_cents, "
                u"created_at, updated_at, synced_at, utm_source, utm_medium, utm_campaign) VALUES ('woocommerce', ?, "
                u"?, ?, ?, ?, ?, ?, ?, 0, ?, 'paid_social', ?)"_s,
                {QString::number(++n), paid, currency, cents, currency, cents, now - age, now - age, source, campaign});
        };
        order(u"facebook"_s, u"120210000000009"_s, 5000);                            // by its id
        order(u"Instagram"_s, u"winter layers"_s, 3000);                             // by its name, in other letters
        order(QString(), u"Winter Layers"_s, 1000);                                  // no source: still the campaign's
        order(u"google"_s, u"Winter Layers"_s, 7000);                                // Google's, not Meta's
        order(u"facebook"_s, u"Winter Layers"_s, 9000, false);                       // not paid
        order(u"facebook"_s, u"Winter Layers"_s, 9000, true, u"USD"_s);              // another currency
        order(u"facebook"_s, u"Winter Layers"_s, 9000, true, u"EUR"_s, 40 * kDayMs); // before the period
        order(u"facebook"_s, u"Summer"_s, 9000);                                     // another campaign
        CampaignsModel model(db, &tw.clock());
        ModelChecks::attachTester(&model);
        const QModelIndex metaSales = model.index(model.indexForId(meta).row(), CampaignsModel::StoreSales);
        QCOMPARE(metaSales.data(ModelRoles::RawValueRole).toLongLong(), 9000);
        QVERIFY2(metaSales.data(Qt::ToolTipRole).toString().startsWith(u"3 paid order"_s),
            qPrintable(metaSales.data(Qt::ToolTipRole).toString()));
        // The Google campaign is named differently: none of these orders are its.
        const QModelIndex googleSales = model.index(model.indexForId(google).row(), CampaignsModel::StoreSales);
        QCOMPARE(googleSales.data().toString(), u"–"_s);
        QVERIFY(googleSales.data(Qt::ToolTipRole).toString().contains(u"No paid order"_s));
        // Sorted in SQL like the other figures.
        model.sort(CampaignsModel::StoreSales, Qt::DescendingOrder);
        QCOMPARE(model.campaignAt(model.index(0, 0)).id, meta);
        // A longer period takes the older order in.
        model.setPeriodDays(60);
        QCOMPARE(model.index(model.indexForId(meta).row(), CampaignsModel::StoreSales)
                     .data(ModelRoles::RawValueRole)
                     .toLongLong(),
            18000);
        QCOMPARE(model.headerData(CampaignsModel::StoreSales, Qt::Horizontal).toString(), u"UTM sales"_s);
    }
};

QTEST_GUILESS_MAIN(TestCampaignsModel)
#include "tst_campaignsmodel.moc"
