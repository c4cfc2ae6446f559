#include "DailyTrendModel.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "core/Money.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

DailyTrendModel::DailyTrendModel(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_clock(clock)
{
    reload();
}

int DailyTrendModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_points.size());
}

int DailyTrendModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QDate DailyTrendModel::day(int row) const
{
    return m_points.value(row).day;
}

qint64 DailyTrendModel::revenue(int row) const
{
    return m_points.value(row).revenue;
}

qint64 DailyTrendModel::profit(int row) const
{
    return m_points.value(row).profit;
}

qint64 DailyTrendModel::adSpend(int row) const
{
    return m_points.value(row).adSpend;
}

QVariant DailyTrendModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Point& p = m_points.at(index.row());
    const auto money
        = [&p](int column) { return column == Revenue ? p.revenue : (column == Profit ? p.profit : p.adSpend); };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Day)
            return QLocale().toString(p.day, QLocale::ShortFormat);
        return Money::format(money(index.column()), m_currency);
    case MinorUnitsRole:
        if (index.column() == Day)
            return p.day;
        return money(index.column());
    case ChartValueRole:
        if (index.column() == Day)
            return static_cast<double>(p.day.startOfDay().toMSecsSinceEpoch());
        return static_cast<double>(money(index.column())) / 100.0;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue((index.column() == Day ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant DailyTrendModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day:
        return tr("Day");
    case Revenue:
        return tr("Revenue");
    case Profit:
        return tr("Profit");
    case AdSpend:
        return tr("Ad spend");
    default:
        return {};
    }
}

void DailyTrendModel::reload()
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date();
    const QDate first = today.addDays(-(Days - 1));
    QVector<Point> points(Days);
    for (int i = 0; i < Days; ++i)
        points[i].day = first.addDays(i);
    bool any = false;
    try {
        m_currency = Settings::value(m_db, u"workspace.currency"_s, u"EUR"_s);
        // Profit as on the dashboard's card: revenue - ad spend - cost of the goods sold.
        QSqlQuery q = Sql::exec(m_db,
            u"SELECT m.day, COALESCE(SUM(m.revenue_cents), 0), COALESCE(SUM(m.spend_cents), 0), "
            u"COALESCE(SUM(m.conversions * COALESCE(p.cost_cents, 0)), 0) FROM campaign_metrics m "
            u"JOIN campaigns c ON c.id = m.campaign_id LEFT JOIN products p ON p.id = c.product_id "
            u"WHERE m.day >= ? AND m.day <= ? GROUP BY m.day"_s,
            {first.toString(Qt::ISODate), today.toString(Qt::ISODate)});
        while (q.next()) {
            const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            const qint64 i = date.isValid() ? first.daysTo(date) : -1;
            if (i < 0 || i >= Days)
                continue;
            Point& p = points[i];
            p.revenue = q.value(1).toLongLong();
            p.adSpend = q.value(2).toLongLong();
            p.profit = p.revenue - p.adSpend - q.value(3).toLongLong();
            any = true;
        }
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "daily trend query failed:" << e.message();
    }
    if (!any)
        points.clear();
    if (points == m_points)
        return;
    beginResetModel();
    m_points = std::move(points);
    endResetModel();
}
