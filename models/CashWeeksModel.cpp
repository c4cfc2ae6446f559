#include "CashWeeksModel.h"

#include "core/Money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

CashWeeksModel::CashWeeksModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CashWeeksModel::setWeeks(const QList<SalesReport::Week>& weeks, const QString& currency)
{
    beginResetModel();
    m_weeks = weeks;
    m_currency = currency;
    m_running = QList<qint64>(weeks.size(), 0);
    qint64 total = 0;
    for (qsizetype i = weeks.size() - 1; i >= 0; --i) {
        total += weeks.at(i).totals.netCents();
        m_running[i] = total;
    }
    endResetModel();
}

qint64 CashWeeksModel::value(int row, Column column) const
{
    if (row < 0 || row >= m_weeks.size())
        return 0;
    const SalesReport::Totals& t = m_weeks.at(row).totals;
    switch (column) {
    case MoneyIn:
        return t.revenueCents;
    case Refunds:
        return t.refundCents;
    case GoodsCost:
        return t.goodsCostCents;
    case AdSpend:
        return t.adSpendCents;
    case AiSpend:
        return t.aiSpendCents;
    case Net:
        return t.netCents();
    case Running:
        return m_running.at(row);
    default:
        return 0;
    }
}

int CashWeeksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_weeks.size());
}

int CashWeeksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CashWeeksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto column = static_cast<Column>(index.column());
    const SalesReport::Week& w = m_weeks.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant(column == Week ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawRole)
        return column == Week ? QVariant(w.start) : QVariant(value(index.row(), column));
    if (role != Qt::DisplayRole)
        return {};
    if (column == Week) {
        const QString span = u"%1 – %2"_s.arg(
            QLocale().toString(w.start, u"d MMM"_s), QLocale().toString(w.start.addDays(6), u"d MMM"_s));
        return index.row() == 0 ? tr("%1 (so far)").arg(span) : span;
    }
    // AI spend without a rate from US dollars is not nothing; nor is what depends on it.
    if (!w.totals.aiSpendKnown && (column == AiSpend || column == Net || column == Running))
        return tr("no USD rate");
    return Money::format(value(index.row(), column), m_currency);
}

QVariant CashWeeksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MoneyIn:
            return tr("Paid orders, on the day they were placed");
        case GoodsCost:
            return tr("The goods at their cost when sold (Quorum sees no supplier invoices)");
        case AiSpend:
            return tr("The AI providers' calls, from US dollars at your rate");
        case Net:
            return tr("Money in less refunds, goods, ad spend and AI spend");
        case Running:
            return tr("The weeks' nets added up from the oldest week shown");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Week:
        return tr("Week");
    case MoneyIn:
        return tr("Money in");
    case Refunds:
        return tr("Refunds");
    case GoodsCost:
        return tr("Goods");
    case AdSpend:
        return tr("Ads");
    case AiSpend:
        return tr("AI");
    case Net:
        return tr("Net");
    case Running:
        return tr("Running total");
    default:
        return {};
    }
}
