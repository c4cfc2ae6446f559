#include "TestWorkspace.h"
#include "campaigns/AdReportImport.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Ad reports as the networks export them, read by their format's mapping: a Google Ads export with a
// title, a date range, ad groups and total rows in Dutch number style; a TikTok export; a renamed
// column; rows that cannot be read; and importing the same file twice.
class TestAdReportImport : public QObject
{
    Q_OBJECT

    // A Google Ads "Campaign report" as downloaded from a Dutch-language account: semicolons,
    // decimal commas and thousands dots, the currency in the header, "--" for nothing.
    static QByteArray google()
    {
        return QByteArrayLiteral("Campagnerapport\n"
                                 "1 november 2026 - 3 november 2026\n"
                                 "Dag;Campagne;Advertentiegroep;Kosten (EUR);Vert.;Klikken;Conversies;Conv.waarde\n"
                                 "2026-11-01;Search – Brand;Exact;1.234,56;10.400;512;12,5;3.702,00\n"
                                 "2026-11-01;Search – Brand;Broad;100,44;2.000;80;1;150,00\n"
                                 "2026-11-02;Search – Brand;Exact;980,00;9.800;470;10;2.940,00\n"
                                 "2026-11-01;Shopping – All;All products;55,10;3.100;40;--;--\n"
                                 "Totaal: Campagnes;--;--;2.370,10;25.300;1.102;23,5;6.792,00\n"
                                 "Totaal: Account;--;--;2.370,10;25.300;1.102;23,5;6.792,00\n");
    }

    static QString text(const TestWorkspace& tw, const QString& sql, const QVariantList& binds = {})
    {
        return Sql::scalar(tw.db(), sql, binds).toString();
    }

private slots:
    void readsAGoogleAdsExportAsPeopleDownloadIt()
    {
        const AdReportImport::Parsed p = AdReportImport::parse(google());
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.format.key, u"google_ads"_s);
        QCOMPARE(p.rows.size(), 4);
        QCOMPARE(p.totalRows, 2);
        QVERIFY2(p.problems.isEmpty(), qPrintable(p.problems.join(u'\n')));
        const AdReportImport::Row& first = p.rows.first();
        QCOMPARE(first.line, 4); // as the owner sees it in the file, title lines counted
        QCOMPARE(first.day, QDate(2026, 11, 1));
        QCOMPARE(first.campaign, u"Search – Brand"_s);
        QCOMPARE(first.spendCents, 123456);
        QCOMPARE(first.impressions, 10400);
        QCOMPARE(first.clicks, 512);
        QCOMPARE(first.conversions, 12.5);
        QCOMPARE(first.valueCents, 370200);
        QCOMPARE(first.currency, u"EUR"_s);
        QCOMPARE(p.rows.at(3).valueCents, 0);
    }

    void numbersAsTheyAreWritten()
    {
        QCOMPARE(AdReportImport::number(u"1.234,56 €"_s, u','), 1234.56);
        QCOMPARE(AdReportImport::number(u"€1,234.56"_s, u'.'), 1234.56);
        QCOMPARE(AdReportImport::number(u"1 234,5"_s, u','), 1234.5);
        QCOMPARE(AdReportImport::number(u"--"_s, u'.'), 0.0);
        QCOMPARE(AdReportImport::number(u"-12.50"_s, u'.'), -12.5);
        QVERIFY(!AdReportImport::number(u"n/a"_s, u'.'));
    }

    void writesCampaignDaysAndReplacesThemOnASecondImport()
    {
        TestWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const AdReportImport::Parsed p = AdReportImport::parse(google());
        const auto once = AdReportImport::write(tw.db(), p, u"EUR"_s, tw.clock().nowMs());
        QCOMPARE(once.campaigns, 2);
        QCOMPARE(once.created, 2);
        QCOMPARE(once.days, 3);
        // The two ad groups of 1 November add up to the campaign's day.
        const QString brand = u"SELECT id FROM campaigns WHERE platform = 'google' AND name = 'Search – Brand'"_s;
        QCOMPARE(text(tw,
                     u"SELECT spend_cents FROM campaign_metrics WHERE day = '2026-11-01' AND campaign_id = ("_s + brand
                         + u")"_s),
            u"133500"_s);
        QCOMPARE(text(tw,
                     u"SELECT conversions FROM campaign_metrics WHERE day = '2026-11-01' AND campaign_id = ("_s + brand
                         + u")"_s),
            u"14"_s); // 13.5 rounded
        // The same file again: the same figures, nothing counted twice.
        const auto twice = AdReportImport::write(tw.db(), p, u"EUR"_s, tw.clock().nowMs());
        QCOMPARE(twice.created, 0);
        QCOMPARE(text(tw, u"SELECT COUNT(*) FROM campaigns"_s), u"2"_s);
        QCOMPARE(text(tw, u"SELECT SUM(spend_cents) FROM campaign_metrics"_s), u"237010"_s);
        // (Plurals come from the translation, which this test does not load.)
        const QString summary = AdReportImport::summary(p, twice);
        QVERIFY2(summary.startsWith(u"Google Ads report: 2 campaign"_s) && summary.contains(u"3 campaign day"_s)
                && summary.contains(u"2 total row"_s) && !summary.contains(u"new"_s),
            qPrintable(summary));
    }

    // A budget column is the campaign's daily budget: the newest day's, taken only from a file at least as
    // new as what the workspace has; a budget that cannot be read keeps the day's figures.
    void takesTheBudgetFromTheNewestDay()
    {
        TestWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const auto import = [&tw](const QByteArray& csv) {
            const AdReportImport::Parsed p = AdReportImport::parse(csv);
            QVERIFY2(p.error.isEmpty() && p.problems.isEmpty(), qPrintable(p.error + p.problems.join(u' ')));
            AdReportImport::write(tw.db(), p, u"EUR"_s, tw.clock().nowMs());
        };
        const QString budget = u"SELECT daily_budget_cents FROM campaigns WHERE name = 'Search – Brand'"_s;
        import(QByteArrayLiteral("Day,Campaign,Budget,Cost,Impr.,Clicks,Conversions,Conv. value\n"
                                 "2026-11-01,Search – Brand,40.00,30.00,900,20,1,60.00\n"
                                 "2026-11-02,Search – Brand,55.00,41.00,950,22,2,90.00\n"));
        QCOMPARE(text(tw, budget), u"5500"_s);
        // An older file does not take the budget back; an unreadable budget is not taken.
        import(QByteArrayLiteral("Day,Campaign,Budget,Cost,Impr.,Clicks,Conversions,Conv. value\n"
                                 "2026-10-31,Search – Brand,35.00,28.00,880,19,1,50.00\n"));
        QCOMPARE(text(tw, budget), u"5500"_s);
        import(QByteArrayLiteral("Day,Campaign,Budget,Cost,Impr.,Clicks,Conversions,Conv. value\n"
                                 "2026-11-03,Search – Brand,lots,44.00,990,23,2,95.00\n"));
        QCOMPARE(text(tw, budget), u"5500"_s);
        QCOMPARE(text(tw, u"SELECT COUNT(*) FROM campaign_metrics"_s), u"4"_s);
        // A campaign first seen without a budget column has none (the list shows "–", not 0.00).
        import(QByteArrayLiteral("Day,Campaign,Cost,Impr.,Clicks,Conversions,Conv. value\n"
                                 "2026-11-03,Shopping – All,12.00,300,9,0,0\n"));
        QCOMPARE(text(tw, u"SELECT daily_budget_cents FROM campaigns WHERE name = 'Shopping – All'"_s), u"0"_s);
    }

    void readsATikTokExport()
    {
        const QByteArray csv = QByteArrayLiteral(
            "By Day,Campaign name,Ad group name,Currency,Cost,Impressions,Clicks (destination),Complete payment,"
            "Total complete payment value\n"
            "2026-11-01,Desk Set – Test,Broad,USD,\"1,020.40\",\"88,100\",901,17,\"2,310.00\"\n"
            "2026-11-02,Desk Set – Test,Broad,USD,998.00,\"85,300\",870,15,\"2,010.50\"\n"
            "Total,,,,\"2,018.40\",\"173,400\",\"1,771\",32,\"4,320.50\"\n");
        const AdReportImport::Parsed p = AdReportImport::parse(csv);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.format.key, u"tiktok_ads"_s);
        QCOMPARE(p.format.platform, u"tiktok"_s);
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.totalRows, 1);
        QCOMPARE(p.rows.first().spendCents, 102040);
        QCOMPARE(p.rows.first().impressions, 88100);
        QCOMPARE(p.rows.first().currency, u"USD"_s);
        QCOMPARE(p.rows.last().valueCents, 201050);
    }

    void aRenamedColumnIsSaidByName()
    {
        const QByteArray csv = QByteArrayLiteral("Day,Campaign,Ad group,Amount paid,Impr.,Clicks\n"
                                                 "2026-11-01,Search – Brand,Exact,12.00,100,5\n");
        const AdReportImport::Parsed p = AdReportImport::parse(csv);
        QCOMPARE(p.error,
            u"The Google Ads report has no cost column (it may have been renamed; looked for: Cost, Kosten, Spend). "
            u"Its columns are: Day, Campaign, Ad group, Amount paid, Impr., Clicks."_s);
        QVERIFY(p.rows.isEmpty());
        const AdReportImport::Parsed other = AdReportImport::parse(QByteArrayLiteral("name,price\nMug,12.00\n"));
        QVERIFY2(other.error.startsWith(u"This is not an ad report Quorum reads"_s), qPrintable(other.error));
    }

    void rowsThatCannotBeReadAreNamedAndTheRestComeIn()
    {
        const QByteArray csv = QByteArrayLiteral("Day,Campaign,Cost,Impr.,Clicks\n"
                                                 "2026-11-01,Search – Brand,12.00,100,5\n"
                                                 "yesterday,Search – Brand,13.00,100,5\n"
                                                 "2026-11-03,Search – Brand,twelve,100,5\n"
                                                 "2026-11-04,Search – Brand,14.50,120,6\n");
        const AdReportImport::Parsed p = AdReportImport::parse(csv);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.problems,
            (QStringList{u"line 3: “yesterday” is not a date"_s, u"line 4: the Cost “twelve” is not a number"_s}));
    }

    // Review findings: whole-euro Dutch amounts and grouped counts, a campaign whose name starts like a
    // total, a UTF-16 export, and a day with an unreadable ad group left as it was.
    void whatPeopleActuallyExport()
    {
        const QByteArray dutch = QByteArrayLiteral("Dag;Campagne;Kosten;Vert.;Klikken\n"
                                                   "2026-11-01;Totaalactie winter;1.234;10.400;512\n"
                                                   "2026-11-02;Totaalactie winter;980;9.800;470\n"
                                                   "Totaal;--;2.214;20.200;982\n");
        const AdReportImport::Parsed p = AdReportImport::parse(dutch);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.totalRows, 1);
        QCOMPARE(p.rows.first().campaign, u"Totaalactie winter"_s);
        QCOMPARE(p.rows.first().spendCents, 123400);
        QCOMPARE(p.rows.first().impressions, 10400);

        QByteArray utf16("\xFF\xFE");
        const QString wideText = u"Day\tCampaign\tCost\n2026-11-01\tSearch – Brand\t12.50\n"_s;
        utf16.append(reinterpret_cast<const char*>(wideText.utf16()), wideText.size() * 2);
        const AdReportImport::Parsed wide = AdReportImport::parse(utf16);
        QVERIFY2(wide.error.isEmpty(), qPrintable(wide.error));
        QCOMPARE(wide.rows.size(), 1);
        QCOMPARE(wide.rows.first().spendCents, 1250);

        TestWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        const QByteArray good = QByteArrayLiteral("Day,Campaign,Ad group,Cost\n"
                                                  "2026-11-01,Brand,Exact,10.00\n"
                                                  "2026-11-01,Brand,Broad,5.00\n"
                                                  "2026-11-02,Brand,Exact,7.00\n");
        AdReportImport::write(tw.db(), AdReportImport::parse(good), u"EUR"_s, 0);
        // The same report again with one ad group of 1 November unreadable: that day stays 15.00.
        const QByteArray broken = QByteArrayLiteral("Day,Campaign,Ad group,Cost\n"
                                                    "2026-11-01,Brand,Exact,11.00\n"
                                                    "2026-11-01,Brand,Broad,five\n"
                                                    "2026-11-02,Brand,Exact,8.00\n");
        const AdReportImport::Parsed b = AdReportImport::parse(broken);
        QCOMPARE(b.problems.size(), 1);
        QCOMPARE(b.problems.first(), u"line 3: the Cost “five” is not a number"_s);
        const auto w = AdReportImport::write(tw.db(), b, u"EUR"_s, 0);
        QCOMPARE(w.incomplete, 1);
        QCOMPARE(text(tw, u"SELECT spend_cents FROM campaign_metrics WHERE day = '2026-11-01'"_s), u"1500"_s);
        QCOMPARE(text(tw, u"SELECT spend_cents FROM campaign_metrics WHERE day = '2026-11-02'"_s), u"800"_s);
    }
};

QTEST_GUILESS_MAIN(TestAdReportImport)
#include "tst_adreportimport.moc"
