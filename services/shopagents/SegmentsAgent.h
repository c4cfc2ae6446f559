#pragma once

#include "agents/Agent.h"

// Customer Segments (customer service cluster): RFM segments from the paid orders of each store's
// customers, and churn risk against each customer's own rhythm. Proposes nothing; the segments are
// what email copy and campaigns can target.
//
// Recency, frequency and monetary value each score 1-5 by percentile rank within the store (ties score
// alike, so the many one-order customers all have F = 1). Segments: champions (R >= 4, F >= 4), loyal
// (R >= 3, F >= 3), new (R >= 4, one order), promising (R >= 4), at risk (R <= 2, F >= 3),
// hibernating (R <= 2), needs attention (the rest). Churn risk needs two orders: the days since the
// last order divided by the customer's average days between orders; 0 at or below one rhythm, rising
// linearly to 1 at three rhythms.
class SegmentsAgent final : public Agent
{
public:
    struct Rfm
    {
        int r = 0;
        int f = 0;
        int m = 0;
    };
    static QString segment(const Rfm& rfm, qint64 orders);
    static int score(double percentRank); // 1..5
    // nullopt with fewer than two orders.
    static std::optional<double> churnRisk(qint64 orders, qint64 firstAt, qint64 lastAt, qint64 now);
    static QString segmentName(const QString& key);
    // The segments' keys, best customers first.
    static QStringList segmentKeys();

    // Each segment's size and value per store currency, for the customers view and the exports: how many
    // customers, what they spent (paid orders, the store's currency), how many are at churn risk 0.5 or more.
    struct Size
    {
        QString segment;
        QString currency;
        int customers = 0;
        qint64 spentCents = 0;
        int churning = 0;
    };
    static QList<Size> sizes(const QSqlDatabase& db);

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
