#include "CampaignSeriesModel.h"

#include "Format.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

CampaignSeriesModel::CampaignSeriesModel(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
{ }

int CampaignSeriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int CampaignSeriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignSeriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point& p = m_points.at(index.row());
    const double roas = p.spend > 0 ? static_cast<double>(p.revenue) / p.spend : 0.0;
    if (role == ChartValueRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Day:
            return static_cast<double>(p.dayMs);
        case Spend:
            return static_cast<double>(p.spend) / 100.0;
        case Revenue:
            return static_cast<double>(p.revenue) / 100.0;
        case Roas:
            return roas;
        case TargetRoas:
            return m_target;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((index.column() == Day ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Day:
        return QLocale().toString(QDate::fromString(p.day, Qt::ISODate), QLocale::ShortFormat);
    case Spend:
        return Money::format(p.spend, m_currency);
    case Revenue:
        return Money::format(p.revenue, m_currency);
    case Roas:
        return Format::roas(roas);
    case TargetRoas:
        return Format::roas(m_target);
    }
    return {};
}

QVariant CampaignSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("Day");
    case Spend:
        return tr("Spend");
    case Revenue:
        return tr("Revenue");
    case Roas:
        return tr("ROAS");
    case TargetRoas:
        return tr("Target");
    }
    return {};
}

void CampaignSeriesModel::setCampaign(qint64 campaignId)
{
    if (campaignId == m_campaignId)
        return;
    m_campaignId = campaignId;
    reload();
}

void CampaignSeriesModel::setDays(int days)
{
    m_days = std::clamp(days, 1, 730);
    reload();
}

void CampaignSeriesModel::reload()
{
    QVector<Point> points;
    QList<Marker> markers;
    m_target = 0;
    m_currency.clear();
    if (m_campaignId >= 0) {
        try {
            QSqlQuery c
                = Sql::exec(m_db, u"SELECT target_roas, currency FROM campaigns WHERE id = ?"_s, {m_campaignId});
            if (c.next()) {
                m_target = c.value(0).toDouble();
                m_currency = c.value(1).toString();
            }
            const QString since
                = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date().addDays(-(m_days - 1)).toString(Qt::ISODate);
            QSqlQuery q = Sql::exec(m_db,
                u"SELECT day, spend_cents, revenue_cents FROM campaign_metrics WHERE campaign_id = ? AND day >= ? "
                u"ORDER BY day"_s,
                {m_campaignId, since});
            while (q.next()) {
                Point p;
                p.day = q.value(0).toString();
                p.dayMs = QDate::fromString(p.day, Qt::ISODate).startOfDay().toMSecsSinceEpoch();
                p.spend = q.value(1).toLongLong();
                p.revenue = q.value(2).toLongLong();
                points.append(p);
            }
            q.finish();
            QSqlQuery f = Sql::exec(m_db,
                u"SELECT f.account_day, r.name, f.object_name, f.summary, f.live FROM ad_rule_firings f JOIN ad_rules "
                u"r "
                u"ON r.id = f.rule_id JOIN ad_sets s ON s.connection_id = f.connection_id AND s.remote_id = "
                u"f.object_id WHERE s.campaign_id = ? AND f.fired = 1 AND f.account_day >= ? ORDER BY f.account_day, "
                u"f.id"_s,
                {m_campaignId, since});
            while (f.next()) {
                Marker m;
                const QString day = f.value(0).toString();
                m.dayMs = QDate::fromString(day, Qt::ISODate).startOfDay().toMSecsSinceEpoch();
                for (const Point& p : points)
                    if (p.day == day && p.spend > 0)
                        m.roas = static_cast<double>(p.revenue) / static_cast<double>(p.spend);
                m.live = f.value(4).toBool();
                m.text = (m.live ? tr("%1 on “%2”: %3") : tr("%1 (notify-only, would have acted) on “%2”: %3"))
                             .arg(f.value(1).toString(), f.value(2).toString(), f.value(3).toString());
                markers.append(m);
            }
        } catch (const SqlError& e) {
            qCWarning(lcModels) << "campaign series query failed:" << e.message();
        }
    }
    beginResetModel();
    m_points = std::move(points);
    m_markers = std::move(markers);
    endResetModel();
}

double CampaignSeriesModel::maxRoas() const
{
    double m = m_target;
    for (const Point& p : m_points) {
        if (p.spend > 0)
            m = std::max(m, static_cast<double>(p.revenue) / p.spend);
    }
    return m;
}
