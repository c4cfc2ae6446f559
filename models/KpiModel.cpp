#include "KpiModel.h"

#include "campaigns/DailySales.h"

#include "Format.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Money.h"
#include "storage/Dialect.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

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

QList<qint64> KpiModel::series(Kpi kpi) const
{
    return m_figures.at(kpi).series;
}

void KpiModel::reload()
{
    QVector<Figure> f(KpiCount);
    const qint64 nowMs = m_clock->nowMs();
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs).date();
    const QDate first = today.addDays(-(SeriesDays - 1));
    for (const Kpi kpi : {RevenueToday, ProfitToday, AutonomousActions, AiSpendToday})
        f[kpi].series = QList<qint64>(SeriesDays, 0); // a day without rows stays 0
    // Where an ISO day ("2026-11-20") falls in the series, or -1 outside it.
    const auto slot = [first](const QVariant& day) {
        const QDate date = QDate::fromString(day.toString(), Qt::ISODate);
        const qint64 i = date.isValid() ? first.daysTo(date) : -1;
        return i >= 0 && i < SeriesDays ? static_cast<int>(i) : -1;
    };
    // Timestamps are grouped by the local calendar day, as "today" is: SQLite's 'localtime' follows the
    // same time zone as QDateTime.
    const qint64 fromMs = first.startOfDay().toMSecsSinceEpoch();
    const qint64 untilMs = today.addDays(1).startOfDay().toMSecsSinceEpoch();
    try {
        m_currency = Settings::value(m_db, u"workspace.currency"_s, u"EUR"_s);
        m_costKnownToday = 1.0;
        for (const DailySales::Day& d : DailySales::between(m_db, first, today).days) {
            const int i = slot(d.day.toString(Qt::ISODate));
            if (i < 0)
                continue;
            f[RevenueToday].series[i] = d.revenueCents;
            f[ProfitToday].series[i] = d.profitCents();
            if (d.day == today)
                m_costKnownToday
                    = d.units > 0 ? static_cast<double>(d.costedUnits) / static_cast<double>(d.units) : 1.0;
        }
        // Each row's day is where it falls among the local days' starts (a DST day is 23 or 25 hours),
        // counted from the index: no per-row calendar conversion, which cost a dashboard refresh tens of
        // milliseconds with thousands of actions a day.
        QVariantList starts;
        QString slotOf;
        for (int i = 1; i < SeriesDays; ++i) {
            slotOf += (i > 1 ? u" + "_s : QString()) + u"CASE WHEN %1 >= ? THEN 1 ELSE 0 END"_s;
            starts.append(first.addDays(i).startOfDay().toMSecsSinceEpoch());
        }
        const auto series
            = [&](const QString& table, const QString& column, const QString& value, const QString& where, Kpi kpi) {
                  QVariantList binds = starts;
                  binds << fromMs << untilMs;
                  QSqlQuery q = Sql::exec(m_db,
                      u"SELECT %1 AS slot, %2 FROM %3 WHERE %4 %5 >= ? AND %5 < ? GROUP BY slot"_s.arg(
                          slotOf.arg(column), value, table, where, column),
                      binds);
                  while (q.next()) {
                      if (const int i = q.value(0).toInt(); i >= 0 && i < SeriesDays)
                          f[kpi].series[i] = q.value(1).toLongLong();
                  }
              };
        series(u"action_proposals"_s, u"decided_at"_s, u"COUNT(*)"_s, u"status = 'auto_approved' AND"_s,
            AutonomousActions);
        series(u"provider_calls"_s, u"at"_s, u"COALESCE(SUM(cost_micros), 0)"_s, QString(), AiSpendToday);
        f[PendingApprovals].today
            = Sql::scalar(m_db, u"SELECT COUNT(*) FROM action_proposals WHERE status = 'pending'"_s).toLongLong();
        f[PendingApprovals].yesterday = f[PendingApprovals].today;
        // The card counts a rolling 24 hours (its sparkline counts calendar days).
        const QString autoCount
            = u"SELECT COUNT(*) FROM action_proposals WHERE status = 'auto_approved' AND decided_at >= ? "
              u"AND decided_at < ?"_s;
        f[AutonomousActions].today = Sql::scalar(m_db, autoCount, {nowMs - 86'400'000, nowMs + 1}).toLongLong();
        f[AutonomousActions].yesterday
            = Sql::scalar(m_db, autoCount, {nowMs - 2 * 86'400'000, nowMs - 86'400'000}).toLongLong();
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "kpi query failed:" << e.message();
    }
    for (const Kpi kpi : {RevenueToday, ProfitToday, AiSpendToday}) {
        f[kpi].today = f[kpi].series.at(SeriesDays - 1);
        f[kpi].yesterday = f[kpi].series.at(SeriesDays - 2);
    }
    // Today so far is compared with yesterday up to the same time, not with all of yesterday.
    try {
        const qint64 sameTimeYesterday = nowMs - 86'400'000;
        const QDate yesterday = today.addDays(-1);
        f[RevenueToday].yesterday = 0;
        f[ProfitToday].yesterday = 0;
        for (const DailySales::Day& d : DailySales::between(m_db, yesterday, yesterday, sameTimeYesterday).days) {
            f[RevenueToday].yesterday += d.revenueCents;
            f[ProfitToday].yesterday += d.profitCents();
        }
        f[AiSpendToday].yesterday
            = Sql::scalar(m_db, u"SELECT COALESCE(SUM(cost_micros), 0) FROM provider_calls WHERE at >= ? AND at <= ?"_s,
                {yesterday.startOfDay().toMSecsSinceEpoch(), sameTimeYesterday})
                  .toLongLong();
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "kpi query failed:" << e.message();
    }
    m_figures = f;
    m_today = today;
    emit dataChanged(index(0), index(KpiCount - 1));
}

QString KpiModel::formatValue(Kpi kpi, qint64 value) const
{
    switch (kpi) {
    case RevenueToday:
    case ProfitToday:
        return Money::format(value, m_currency);
    case AiSpendToday:
        return Format::aiCost(value);
    default:
        return QLocale().toString(value);
    }
}

QString KpiModel::seriesToolTip(Kpi kpi) const
{
    const QList<qint64>& series = m_figures.at(kpi).series;
    if (series.isEmpty())
        return {};
    if (std::all_of(series.cbegin(), series.cend(), [](qint64 v) { return v == 0; }))
        return tr("Last %1 days: nothing recorded").arg(QLocale().toString(SeriesDays));
    // The most recent of equally high days.
    qsizetype best = 0;
    for (qsizetype i = 1; i < series.size(); ++i) {
        if (series.at(i) >= series.at(best))
            best = i;
    }
    const QDate day = m_today.addDays(best - (series.size() - 1));
    return tr("Last %1 days: highest %2 on %3")
        .arg(QLocale().toString(SeriesDays), formatValue(kpi, series.at(best)), QLocale().toString(day, u"d MMM"_s));
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
            return tr("Gross profit today");
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
        return formatValue(kpi, fig.today);
    case Qt::ToolTipRole: {
        QString tip = seriesToolTip(kpi);
        const QList<qint64>& series = fig.series;
        const bool recorded = std::any_of(series.cbegin(), series.cend(), [](qint64 v) { return v != 0; });
        if (recorded && (kpi == RevenueToday || kpi == ProfitToday || kpi == AiSpendToday))
            tip += u'\n'
                + tr("Today so far is compared with yesterday until %1.")
                      .arg(QLocale().toString(
                          QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).time(), QLocale::ShortFormat));
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case DeltaTextRole: {
        // A profit without the cost of most goods sold would be revenue under another name.
        if (kpi == ProfitToday && m_costKnownToday < 0.95)
            return tr("Cost known for %1 % of items")
                .arg(QLocale().toString(std::floor(100.0 * m_costKnownToday), 'f', 0));
        if (kpi == PendingApprovals)
            return fig.today == 0 ? tr("Nothing waiting") : tr("Waiting for a decision");
        const qint64 diff = fig.today - fig.yesterday;
        if (fig.yesterday == 0)
            return diff == 0 ? tr("Same as yesterday") : tr("Yesterday: none");
        const double pct = 100.0 * static_cast<double>(diff) / std::abs(static_cast<double>(fig.yesterday));
        return tr("%1%2 % vs yesterday").arg(pct >= 0 ? u"+"_s : QString()).arg(QLocale().toString(pct, 'f', 1));
    }
    case TrendRole: {
        if (kpi == PendingApprovals || (kpi == ProfitToday && m_costKnownToday < 0.95))
            return 0;
        const qint64 diff = fig.today - fig.yesterday;
        const int sign = diff > 0 ? 1 : (diff < 0 ? -1 : 0);
        return kpi == AiSpendToday ? -sign : sign; // spending more on AI is not "better"
    }
    case ValueRole:
        return fig.today;
    case PreviousValueRole:
        return fig.yesterday;
    case SeriesRole:
        return QVariant::fromValue(fig.series);
    default:
        return {};
    }
}
