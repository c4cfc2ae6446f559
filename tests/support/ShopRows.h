#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

// A shop's rows written straight into a test workspace, for the agents' tests whose figures are worked
// out by hand: a store, paid orders and a Meta ad account. Amounts in EUR minor units.
namespace ShopRows
{
// A WooCommerce store connection; with syncedAt, its orders synced then (sync_state).
qint64 store(const QSqlDatabase& db, qint64 syncedAt = 0);
// A paid order placed at `when`, a line of one unit per (SKU, cents); with utmCampaign, brought by that
// campaign from Facebook.
qint64 order(const QSqlDatabase& db, qint64 connection, qint64 when, const QList<std::pair<QString, qint64>>& lines,
    const QString& utmCampaign = {});
// A Meta ad account connection (and its ad_accounts row) in EUR, synced through syncedThrough.
qint64 metaAccount(
    const QSqlDatabase& db, const QString& name, const QString& timeZone, const QDate& syncedThrough, qint64 now);
} // namespace ShopRows
