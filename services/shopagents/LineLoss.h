#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A product line that loses money after its ad spend, and the pause of its ads the CEO proposes.
//
// Over the last WindowDays complete local days: a line is a category of the catalog (a product without one
// is a line of its own). Its gross profit is its products' net sales less refunds and the cost of goods
// (ProductPnl). A Meta campaign advertises a line when it was launched for one of its products, or when
// at least MinShare of the net sales of the store orders it brought (CampaignOrders, at least
// MinOrders of them) are that line's products (by SKU). The line's ad spend is its campaigns' spend.
//
// It loses money when its gross profit less that spend is below zero and the ads do not pay for
// themselves even counted generously: the line's gross margin times the larger of Meta's purchase value
// and the store's own count of the orders they brought is below the spend. Then the CEO proposes pausing
// each active ad set of those campaigns, with the chance that the ads' true return is below break-even
// (purchases as Poisson counts, RuleEngine::probabilityBelow) as its confidence.
//
// Not judged: orders stale for more than a day, an ad account whose figures end more than two days ago
// or whose currency has no rate, a line with less than MinSpendUnits of ad spend or with costs known for
// fewer than MinCostedShare of its units.
namespace LineLoss
{

inline constexpr int WindowDays = 28;
inline constexpr double MinShare = 0.6;
inline constexpr int MinOrders = 3;
inline constexpr qint64 MinSpendUnits = 100;
inline constexpr double MinCostedShare = 0.8;
inline constexpr int MaxStaleDays = 2;

struct Campaign
{
    qint64 id = 0;
    qint64 connection = 0;
    QString currency; // the ad account's
    double rate = 1;  // from it to the reporting currency
    QString name;
    bool launchedForProduct = false; // else linked by the orders it brought
    int orders = 0;                  // store orders it brought in the window
    double share = 0;                // of their net sales, the line's
    qint64 spendCents = 0;           // in the reporting currency
    qint64 valueCents = 0;           // Meta's purchase value, in the reporting currency
    qint64 purchases = 0;            // Meta's count
    qint64 storeNetCents = 0;        // the line's net sales in the orders it brought, reporting currency
    struct AdSet
    {
        QString remoteId;
        QString name;
        qint64 spendCents = 0; // in the window, reporting currency
    };
    QList<AdSet> activeAdSets;
};

struct Line
{
    QString key; // "c:<category>" or "p:<product id>"
    QString name;
    int products = 0;
    qint64 units = 0;
    qint64 costedUnits = 0;
    qint64 netSalesCents = 0;
    qint64 refundCents = 0;
    qint64 goodsCostCents = 0;
    QList<Campaign> campaigns;

    qint64 grossProfitCents() const { return netSalesCents - refundCents - goodsCostCents; }
    double margin() const; // gross profit / net sales (0 when nothing sold)
    qint64 spendCents() const;
    qint64 valueCents() const;    // Meta's count
    qint64 storeNetCents() const; // the store's count
    qint64 purchases() const;
    qint64 afterAdsCents() const { return grossProfitCents() - spendCents(); }
    // What the ads brought at the line's margin, counted generously.
    qint64 adsReturnCents() const;
    bool losing() const { return afterAdsCents() < 0 && adsReturnCents() < spendCents(); }
    double confidence() const; // that the ads' true return is below break-even
};

struct Finding
{
    QDate first;
    QDate last;
    QString currency;          // the reporting currency
    QList<Line> lines;         // judged lines with ad spend, the ones losing money first
    int unlinkedCampaigns = 0; // campaigns with spend that could not be tied to a line
    QStringList notJudged;     // why something was not judged, for the agent's note
    QList<Line> losing() const;
};

// Throws SqlError.
Finding find(const QSqlDatabase& db, qint64 now);

// Proposes pausing the active ad sets of each losing line's campaigns (AdProposals::proposePause: not twice),
// inside the caller's transaction. Returns how many were proposed.
int propose(const QSqlDatabase& db, const Finding& finding, const QString& agent, qint64 now);

// "Home & Kitchen lost €312.00 over the last 28 days after ads: …" (the reasoning of its proposals).
QString reasoning(const Line& line, const Finding& finding);

} // namespace LineLoss
