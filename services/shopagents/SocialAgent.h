#pragma once

#include "agents/Agent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Social (marketing cluster): proposes posts about the products worth talking about now, written from the
// social posts the pipeline wrote and the agreement gate passed (no new AI call), at the hour the shop's
// customers buy. Daily, and after store syncs bring orders. Its proposal names no planned post: approved, it is
// recorded and a person posts it (Quorum's own posting is social/).
//
// A product qualifies when it is in the store (published, promoting or live, not archived), its social
// posts were accepted, and it is not out of stock (its SKUs' pooled stock, where the sync knows it). It is
// proposed when it is new in a store (first published in the last NewDays, never posted about) or rising
// (the Scout's momentum: at least MinUnits in the last 28 complete days and at least the Scout's rise factor
// times the 28 before). At most MaxPosts a run, rising ones first by their chance of a real rise; nothing
// for a product with a post waiting or decided in the last QuietDays. The time: the next whole hour, at
// least an hour from now, at the local hour most of the last HourDays' paid orders were placed (with at
// least MinHourOrders; DefaultHour otherwise, and the proposal says so). Confidence: the chance the rise
// is real for a rising product; ½ for a new one (whether a post sells is not measured).
class SocialAgent final : public Agent
{
public:
    static constexpr const char* Name = "Social";
    static constexpr int NewDays = 14;
    static constexpr int QuietDays = 14;
    static constexpr int MaxPosts = 3;
    static constexpr int MinUnits = 5;
    static constexpr int HourDays = 90;
    static constexpr int MinHourOrders = 20;
    static constexpr int DefaultHour = 19;

    // The local hour (0–23) with the most paid orders over the HourDays before now, and how many orders
    // that was read from; no hour below MinHourOrders. Throws SqlError.
    struct BuyingHour
    {
        std::optional<int> hour;
        int orders = 0; // in the window
        int atHour = 0; // of them, placed in that hour
    };
    static BuyingHour buyingHour(const QSqlDatabase& db, qint64 now);
    // The first time at `hour` o'clock (local) at least an hour after now.
    static qint64 nextSlot(qint64 now, int hour);

    // The texts of an accepted social piece, per platform, with the hashtags written as #tags.
    struct Post
    {
        QString instagram;
        QString hashtags;
        QString facebook;
        QString x;
    };
    static Post post(const QJsonObject& socialPiece);

    Spec spec() const override;
    Outcome run(const QSqlDatabase& db, qint64 now) const override;
};
