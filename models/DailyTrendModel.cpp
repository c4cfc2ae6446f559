#include "DailyTrendModel.h"

#include "campaigns/DailySales.h"

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
    const QString currencyBefore = m_currency;
    try {
        m_currency = Settings::value(m_db, u"workspace.currency"_s, u"EUR"_s);
        for (const DailySales::Day& d : DailySales::between(m_db, first, today).days) {
            const qint64 i = first.daysTo(d.day);
            if (i < 0 || i >= Days)
                continue;
            Point& p = points[i];
            p.revenue = d.revenueCents;
            p.adSpend = d.adSpendCents;
            p.profit = d.profitCents();
            any = true;
        }
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "daily trend query failed:" << e.message();
    }
    if (!any)
        points.clear();
    if (points == m_points && m_currency == currencyBefore) // the axis names the currency too
        return;
    beginResetModel();
    m_points = std::move(points);
    endResetModel();
}
