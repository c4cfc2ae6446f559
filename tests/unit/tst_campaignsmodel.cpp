#include "CampaignSeriesModel.h"
#include "CampaignsModel.h"
#include "ModelChecks.h"
#include "ModelRoles.h"
#include "TestWorkspace.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCampaignsModel : public QObject
{
    Q_OBJECT

private slots:
    void aggregatesThePeriodInSql()
    {
        TestWorkspace tw(true);
        CampaignsModel model(tw.db(), &tw.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 6);
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
        model.setPlatformFilter(u"meta"_s);
        QCOMPARE(model.rowCount(), 3);
        model.setTextFilter(u"Rosehip"_s);
        QCOMPARE(model.rowCount(), 1);
        // Below its target ROAS: shown in red.
        QVERIFY(model.index(0, CampaignsModel::Roas).data(Qt::ForegroundRole).isValid());
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
};

QTEST_GUILESS_MAIN(TestCampaignsModel)
#include "tst_campaignsmodel.moc"
