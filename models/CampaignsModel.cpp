#include "CampaignsModel.h"

#include "Format.h"
#include "Markup.h"
#include "ModelRoles.h"
#include "campaigns/CampaignOrders.h"
#include "core/Clock.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace
{
enum Field
{
    FId,
    FName,
    FPlatform,
    FStatus,
    FBudget,
    FCurrency,
    FSpend,
    FRevenue,
    FTarget,
    FRuleName,
    FRuleDay,
    FRuleLive,
    FRuleSummary,
    FStoreSales,
    FStoreOrders
};

// The newest finding that acted (or, notify-only, would have) on an ad set of the campaign.
QString lastFiring(const QString& column)
{
    return u"(SELECT "_s + column
        + u" FROM ad_rule_firings f JOIN ad_rules r ON r.id = f.rule_id JOIN ad_sets s ON s.connection_id = "
          u"f.connection_id AND s.remote_id = f.object_id WHERE s.campaign_id = c.id AND f.fired = 1 ORDER BY "
          u"f.created_at DESC, f.id DESC LIMIT 1)"_s;
}
// The store's paid orders in the period that the campaign brought (CampaignOrders).
QString storeOrders(const QString& aggregate, qint64 sinceMs)
{
    return u"(SELECT "_s + aggregate + u" FROM orders o WHERE "_s + CampaignOrders::matches()
        + u" AND o.created_at >= "_s + QString::number(sinceMs) + u")"_s;
}
} // namespace

CampaignsModel::CampaignsModel(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : SqlTableModel(db, parent)
    , m_clock(clock)
{
    sort(Spend, Qt::DescendingOrder);
}

QString CampaignsModel::fromClause() const
{
    // The period start is a date computed here, never user text, so it is inlined.
    const QString since
        = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date().addDays(-(m_days - 1)).toString(Qt::ISODate);
    return u"campaigns c LEFT JOIN (SELECT campaign_id, SUM(spend_cents) AS spend, SUM(revenue_cents) AS revenue "
           u"FROM campaign_metrics WHERE day >= '"_s
        + since + u"' GROUP BY campaign_id) m ON m.campaign_id = c.id"_s;
}

QString CampaignsModel::idExpression() const
{
    return u"c.id"_s;
}

QStringList CampaignsModel::fieldExpressions() const
{
    return {u"c.id"_s, u"c.name"_s, u"c.platform"_s, u"c.status"_s, u"c.daily_budget_cents"_s, u"c.currency"_s,
        u"COALESCE(m.spend, 0)"_s, u"COALESCE(m.revenue, 0)"_s, u"c.target_roas"_s, lastFiring(u"r.name"_s),
        lastFiring(u"f.account_day"_s), lastFiring(u"f.live"_s), lastFiring(u"f.summary"_s),
        storeOrders(u"COALESCE(SUM(o.shop_total_cents), 0)"_s, sinceMs()), storeOrders(u"COUNT(*)"_s, sinceMs())};
}

qint64 CampaignsModel::sinceMs() const
{
    return QDateTime::fromMSecsSinceEpoch(m_clock->nowMs())
        .date()
        .addDays(-(m_days - 1))
        .startOfDay()
        .toMSecsSinceEpoch();
}

QString CampaignsModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Campaign");
    case Platform:
        return tr("Platform");
    case Status:
        return tr("Status");
    case DailyBudget:
        return tr("Budget / day");
    case Spend:
        return tr("Spend (%n d)", nullptr, m_days);
    case Revenue:
        return tr("Revenue (%n d)", nullptr, m_days);
    case StoreSales:
        return tr("UTM sales");
    case Roas:
        return tr("ROAS", "return on ad spend");
    case TargetRoas:
        return tr("Target ROAS");
    case LastRule:
        return tr("Last rule");
    }
    return {};
}

QString CampaignsModel::sortExpression(int column) const
{
    switch (column) {
    case Name:
        return u"c.name COLLATE NOCASE"_s;
    case Platform:
        return u"c.platform"_s;
    case Status:
        return u"c.status"_s;
    case DailyBudget:
        return u"c.daily_budget_cents"_s;
    case Spend:
        return u"COALESCE(m.spend, 0)"_s;
    case Revenue:
        return u"COALESCE(m.revenue, 0)"_s;
    case StoreSales:
        return storeOrders(u"COALESCE(SUM(o.shop_total_cents), 0)"_s, sinceMs());
    case Roas:
        return u"COALESCE(CAST(m.revenue AS DOUBLE PRECISION) / NULLIF(m.spend, 0), 0)"_s;
    case TargetRoas:
        return u"c.target_roas"_s;
    case LastRule:
        return lastFiring(u"f.created_at"_s);
    }
    return {};
}

void CampaignsModel::filterConditions(QStringList* conditions, QVariantList* binds) const
{
    if (!m_text.isEmpty()) {
        conditions->append(u"c.name LIKE ? ESCAPE '\\'"_s);
        binds->append(Sql::likePattern(m_text));
    }
    if (!m_platform.isEmpty()) {
        conditions->append(u"c.platform = ?"_s);
        binds->append(m_platform);
    }
}

Qt::Alignment CampaignsModel::columnAlignment(int column) const
{
    return column >= DailyBudget && column != LastRule ? Qt::AlignRight : Qt::AlignLeft;
}

QVariant CampaignsModel::cellData(const Row& row, int column, int role) const
{
    const qint64 spend = row.at(FSpend).toLongLong();
    const qint64 revenue = row.at(FRevenue).toLongLong();
    const double roas = spend > 0 ? static_cast<double>(revenue) / spend : 0.0;
    const QString currency = row.at(FCurrency).toString();
    switch (role) {
    case ModelRoles::IdRole:
        return row.at(FId);
    case ModelRoles::StatusKeyRole:
        return row.at(FStatus);
    case Qt::ToolTipRole:
        if (column == LastRule && !row.at(FRuleName).isNull())
            return Markup::toolTip(
                cellData(row, column, Qt::DisplayRole).toString() + u": "_s + row.at(FRuleSummary).toString());
        if (column == StoreSales) {
            const int orders = row.at(FStoreOrders).toInt();
            return Markup::toolTip(orders == 0
                    ? tr("No paid order of the last %n day(s) names this campaign (its name or ID) in its UTM campaign "
                         "parameter, as the store recorded the visit that ended in it.",
                        nullptr, m_days)
                    : tr("%n paid order(s) whose visit named this campaign (its name or ID) in its UTM campaign "
                         "parameter (the last click, as the store recorded it), beside the %1 the platform attributes "
                         "to it.",
                        nullptr, orders)
                          .arg(Money::format(revenue, currency)));
        }
        return {};
    case Qt::ForegroundRole:
        if (column == LastRule && !row.at(FRuleName).isNull() && !row.at(FRuleLive).toBool())
            return Format::statusColor(u"paused"_s); // notify-only: what it would have done
        if (column == Roas)
            return Format::statusColor(roas >= row.at(FTarget).toDouble() ? u"active"_s : u"error"_s);
        if (column == Status)
            return Format::statusColor(row.at(FStatus).toString());
        return {};
    case ModelRoles::RawValueRole:
        switch (column) {
        case Name:
            return row.at(FName);
        case Platform:
            return row.at(FPlatform);
        case Status:
            return row.at(FStatus);
        case DailyBudget:
            return row.at(FBudget);
        case Spend:
            return spend;
        case Revenue:
            return revenue;
        case StoreSales:
            return row.at(FStoreSales);
        case Roas:
            return roas;
        case TargetRoas:
            return row.at(FTarget);
        case LastRule:
            return row.at(FRuleName);
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return row.at(FName);
        case Platform:
            return Platform::displayName(row.at(FPlatform).toString());
        case Status: {
            const QString s = row.at(FStatus).toString();
            if (s == u"active")
                return tr("Active");
            if (s == u"paused")
                return tr("Paused");
            if (s == u"learning")
                return tr("Learning");
            return s;
        }
        case DailyBudget:
            // A report export without a budget column does not say it: not known, rather than nothing.
            return row.at(FBudget).toLongLong() > 0 ? Money::format(row.at(FBudget).toLongLong(), currency) : u"–"_s;
        case Spend:
            return Money::format(spend, currency);
        case Revenue:
            return Money::format(revenue, currency);
        case StoreSales:
            return row.at(FStoreOrders).toInt() > 0 ? Money::format(row.at(FStoreSales).toLongLong(), currency)
                                                    : u"–"_s;
        case Roas:
            return spend > 0 ? Format::roas(roas) : u"–"_s;
        case TargetRoas:
            return Format::roas(row.at(FTarget).toDouble());
        case LastRule: {
            if (row.at(FRuleName).isNull())
                return u"–"_s;
            const QDate day = QDate::fromString(row.at(FRuleDay).toString(), Qt::ISODate);
            return (row.at(FRuleLive).toBool() ? tr("%1, %2") : tr("%1 (would), %2"))
                .arg(row.at(FRuleName).toString(), QLocale().toString(day, u"d MMM"_s));
        }
        }
        return {};
    default:
        return {};
    }
}

CampaignsModel::Campaign CampaignsModel::campaignAt(const QModelIndex& index) const
{
    Campaign c;
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return c;
    c.id = row->at(FId).toLongLong();
    c.name = row->at(FName).toString();
    c.platform = row->at(FPlatform).toString();
    c.status = row->at(FStatus).toString();
    c.dailyBudgetCents = row->at(FBudget).toLongLong();
    c.currency = row->at(FCurrency).toString();
    c.spendCents = row->at(FSpend).toLongLong();
    c.revenueCents = row->at(FRevenue).toLongLong();
    c.targetRoas = row->at(FTarget).toDouble();
    return c;
}

void CampaignsModel::setPeriodDays(int days)
{
    days = std::clamp(days, 1, 365);
    if (days == m_days)
        return;
    m_days = days;
    emit headerDataChanged(Qt::Horizontal, Spend, StoreSales);
    filtersChanged();
}

void CampaignsModel::setTextFilter(const QString& text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    filtersChanged();
}

void CampaignsModel::setPlatformFilter(const QString& platform)
{
    if (platform == m_platform)
        return;
    m_platform = platform;
    filtersChanged();
}
