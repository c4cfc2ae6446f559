#include "KpiModel.h"

#include "Format.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Money.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

KpiModel::KpiModel(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_clock(clock)
    , m_figures(KpiCount)
{
    reload();
}

int KpiModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : KpiCount;
}

qint64 KpiModel::value(Kpi kpi) const
{
    return m_figures.at(kpi).today;
}

void KpiModel::reload()
{
    QVector<Figure> f(KpiCount);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs());
    const QString today = now.date().toString(Qt::ISODate);
    const QString yesterday = now.date().addDays(-1).toString(Qt::ISODate);
    const qint64 startToday = now.date().startOfDay().toMSecsSinceEpoch();
    const qint64 startYesterday = now.date().addDays(-1).startOfDay().toMSecsSinceEpoch();
    try {
        m_currency = Settings::value(m_db, u"workspace.currency"_s, u"EUR"_s);
        // Profit = revenue - ad spend - cost of the goods sold (conversions x product cost).
        const QString dayTotals
            = u"SELECT COALESCE(SUM(m.revenue_cents), 0), COALESCE(SUM(m.spend_cents), 0), "
              u"COALESCE(SUM(m.conversions * COALESCE(p.cost_cents, 0)), 0) FROM campaign_metrics m "
              u"JOIN campaigns c ON c.id = m.campaign_id LEFT JOIN products p ON p.id = c.product_id WHERE m.day = ?"_s;
        for (int which = 0; which < 2; ++which) {
            QSqlQuery q = Sql::exec(m_db, dayTotals, {which == 0 ? today : yesterday});
            if (q.next()) {
                const qint64 revenue = q.value(0).toLongLong();
                const qint64 profit = revenue - q.value(1).toLongLong() - q.value(2).toLongLong();
                (which == 0 ? f[RevenueToday].today : f[RevenueToday].yesterday) = revenue;
                (which == 0 ? f[ProfitToday].today : f[ProfitToday].yesterday) = profit;
            }
        }
        f[PendingApprovals].today
            = Sql::scalar(m_db, u"SELECT COUNT(*) FROM action_proposals WHERE status = 'pending'"_s).toLongLong();
        f[PendingApprovals].yesterday = f[PendingApprovals].today;
        const QString autoCount
            = u"SELECT COUNT(*) FROM action_proposals WHERE status = 'auto_approved' AND decided_at >= ? "
              u"AND decided_at < ?"_s;
        f[AutonomousActions].today
            = Sql::scalar(m_db, autoCount, {m_clock->nowMs() - 86'400'000, m_clock->nowMs() + 1}).toLongLong();
        f[AutonomousActions].yesterday
            = Sql::scalar(m_db, autoCount, {m_clock->nowMs() - 2 * 86'400'000, m_clock->nowMs() - 86'400'000})
                  .toLongLong();
        const QString spend = u"SELECT COALESCE(SUM(cost_micros), 0) FROM provider_calls WHERE at >= ? AND at < ?"_s;
        f[AiSpendToday].today = Sql::scalar(m_db, spend, {startToday, startToday + 86'400'000}).toLongLong();
        f[AiSpendToday].yesterday = Sql::scalar(m_db, spend, {startYesterday, startToday}).toLongLong();
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "kpi query failed:" << e.message();
    }
    m_figures = f;
    emit dataChanged(index(0), index(KpiCount - 1));
}

QVariant KpiModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kpi kpi = static_cast<Kpi>(index.row());
    const Figure& fig = m_figures.at(kpi);
    switch (role) {
    case Qt::DisplayRole:
        switch (kpi) {
        case RevenueToday:
            return tr("Revenue today");
        case ProfitToday:
            return tr("Profit today");
        case PendingApprovals:
            return tr("Pending approvals");
        case AutonomousActions:
            return tr("Auto-executed (24 h)");
        case AiSpendToday:
            return tr("AI spend today");
        case KpiCount:
            break;
        }
        return {};
    case ValueTextRole:
        switch (kpi) {
        case RevenueToday:
        case ProfitToday:
            return Money::format(fig.today, m_currency);
        case AiSpendToday:
            return Format::aiCost(fig.today);
        default:
            return QLocale().toString(fig.today);
        }
    case DeltaTextRole: {
        if (kpi == PendingApprovals)
            return fig.today == 0 ? tr("Nothing waiting") : tr("Waiting for a decision");
        const qint64 diff = fig.today - fig.yesterday;
        if (fig.yesterday == 0)
            return diff == 0 ? tr("Same as yesterday") : tr("Yesterday: none");
        const double pct = 100.0 * static_cast<double>(diff) / std::abs(static_cast<double>(fig.yesterday));
        return tr("%1%2 % vs yesterday").arg(pct >= 0 ? u"+"_s : QString()).arg(QLocale().toString(pct, 'f', 1));
    }
    case TrendRole: {
        if (kpi == PendingApprovals)
            return 0;
        const qint64 diff = fig.today - fig.yesterday;
        const int sign = diff > 0 ? 1 : (diff < 0 ? -1 : 0);
        return kpi == AiSpendToday ? -sign : sign; // spending more on AI is not "better"
    }
    case ValueRole:
        return fig.today;
    case PreviousValueRole:
        return fig.yesterday;
    default:
        return {};
    }
}
