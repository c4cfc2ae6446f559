#pragma once

#include "agents/Agent.h"

#include <QList>
#include <QStringList>

// Review Desk (customer service cluster): reads the product reviews the store sync brings in — the
// sentiment and topics of each (ReviewReading), the Quorum product it is about — and queues a reply
// draft (ReviewReply, through the gate, proposed for approval) for each recent review that needs one:
// negative, 3 stars or less, or a question, of a product Quorum knows (the draft is checked against
// its facts), written in the last ReplyWindowMs, at most MaxDraftsPerRun a run and none once the day's
// AI budget is spent. Its weekly summary says what customers praise and complain about per product.
//
// A review's product is the product published to that store under the review's product id, or else
// the product (or variant) whose SKU the store's orders sold under that product id.
class ReviewDesk final : public Agent
{
public:
    static constexpr const char* Name = "Review Desk";
    static constexpr qint64 DailyBudgetMicros = 1'000'000; // $1.00 of AI calls a day
    static constexpr qint64 ReplyWindowMs = 30LL * 24 * 3600 * 1000;
    static constexpr qint64 StaleAfterMs = 24LL * 3600 * 1000;
    static constexpr qint64 WeekMs = 7LL * 24 * 3600 * 1000;
    static constexpr int MaxDraftsPerRun = 10;

    // What customers said about one product in the week before `now`.
    struct ProductWeek
    {
        qint64 productId = 0; // 0: a product of the store that Quorum does not know
        QString product;
        int reviews = 0;
        double stars = 0; // the mean rating
        int negative = 0;
        QStringList praised;    // topic keys, most mentioned first
        QStringList complaints; // topic keys, most mentioned first
    };
    // Products with reviews in the week, the most reviewed first.
    static QList<ProductWeek> week(const QSqlDatabase& db, qint64 now);

    // Reads the reviews not read yet; returns how many.
    static int readNew(const QSqlDatabase& db, qint64 now);

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
