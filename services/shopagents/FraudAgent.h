#pragma once

#include "agents/Agent.h"

#include <QList>
#include <QString>

// Fraud Detection (finance cluster): scores each new paid order by rules with explained factors and
// proposes holding the orders that score high. The hold is a proposal: nothing touches the order
// without a person's approval, and Quorum does not change orders in the store.
//
// Factors (points add up; HoldScore or more proposes a hold):
//  - first order from the customer (by e-mail address or store customer) and at least 3x the median
//    paid order of the last 90 days in the shop's currency (needs MinOrdersForMedian orders): 40
//  - the order's billing country differs from the customer's country on file: 25
//  - the order's billing country differs from its shipping country (a gift sent abroad scores this
//    alone, and is not held): 20
//  - the third (or later) paid order from the same e-mail address within 24 hours: 35
// The stores' APIs as Quorum reads them report no failed payment attempts, so that factor is not used.
class FraudAgent final : public Agent
{
public:
    static constexpr int HoldScore = 60;
    static constexpr int MinOrdersForMedian = 20;
    static constexpr qint64 LookBackMs = 3LL * 24 * 3600 * 1000; // orders created this recently are scored

    struct Factor
    {
        QString key; // first_order_high_value, country_mismatch, shipping_mismatch, velocity
        int points = 0;
        QString detail;
    };
    struct Score
    {
        qint64 orderId = 0;
        int score = 0;
        QList<Factor> factors;
    };
    // Scores one order against the workspace's orders as they are now (no writes).
    static Score score(const QSqlDatabase& db, qint64 orderId);

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
