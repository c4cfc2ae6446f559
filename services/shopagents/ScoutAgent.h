#pragma once

#include "agents/Agent.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The Scout (product cluster): ranks the catalog's products by momentum and proposes putting forward what
// is rising, taking out of the range what is falling and does not earn, and bundling what customers buy
// together. Daily, and after store syncs bring orders.
//
// Momentum compares a product's units in the last Window complete days with the Window days before
// (ProductPnl, every store). Featuring: at least MinUnits now, at least RiseFactor times as many as
// before, a gross margin at least the catalog's and at most MaxFeatureRefunds of its sales refunded. Retiring: at
// least MinUnits before, at most FallFactor of them now, and either a gross margin under LowMargin or at
// least HighRefunds of its sales refunded. Each proposal's confidence is the chance that the units really
// rose (or fell): with the two windows' units a and b, under equal rates a is Binomial(a + b, ½).
// Bundling: two products in at least MinPairOrders of the same paid orders over the last BundleDays, at
// least MinLift times as often as chance would put them together (lift = together × orders / (orders with
// one × orders with the other)); proposed as a new product at 90 % of the two prices (ending as the
// pricing rules say) with their costs added. Whether a bundle will sell is not measured: confidence ½.
// Nothing is proposed for a product with a proposal of the kind waiting or decided in the last 30 days.
class ScoutAgent final : public Agent
{
public:
    static constexpr const char* Name = "Scout";
    static constexpr int Window = 28;
    static constexpr int MinUnits = 10;
    static constexpr double RiseFactor = 1.5;
    static constexpr double FallFactor = 0.5;
    static constexpr double MaxFeatureRefunds = 0.10;
    static constexpr double LowMargin = 0.15;
    static constexpr double HighRefunds = 0.20;
    static constexpr int BundleDays = 90;
    static constexpr int MinPairOrders = 5;
    static constexpr double MinLift = 3.0;
    static constexpr int MaxFeatures = 3;

    struct Momentum
    {
        qint64 productId = 0;
        QString name;
        QString sku;
        qint64 unitsNow = 0;
        qint64 unitsBefore = 0;
        qint64 costedNow = 0;
        qint64 netNow = 0;
        qint64 refundNow = 0;
        qint64 profitNow = 0;
        double change() const;                // (now − before) / before; +∞ as 10 when nothing sold before
        std::optional<double> margin() const; // gross profit / net sales, when the costs of 80 % of units are known
        double refundShare() const;
        double chanceRose() const; // P(the rate now is higher than before)
        double chanceFell() const;
    };
    struct Pair
    {
        qint64 a = 0;
        qint64 b = 0;
        int together = 0;
        int withA = 0;
        int withB = 0;
        int orders = 0; // orders with any catalog product
        double lift() const;
    };
    struct Reading
    {
        QDate first; // the window now
        QDate last;
        std::optional<double> catalogMargin;
        QList<Momentum> products; // by momentum, highest first
        QList<Pair> pairs;        // passing the bundle bounds, most orders first
    };
    // Throws SqlError.
    static Reading read(const QSqlDatabase& db, qint64 now);
    // P(X ≥ k) for X ~ Binomial(n, ½).
    static double binomialUpper(qint64 k, qint64 n);

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
