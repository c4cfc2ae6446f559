#include "CustomersModel.h"

#include "ModelRoles.h"
#include "ThemeColors.h"
#include "core/Log.h"
#include "core/Money.h"
#include "shopagents/SegmentsAgent.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace
{
enum Field
{
    FId,
    FName,
    FEmail,
    FCountry,
    FStore,
    FOrders,
    FLastOrder,
    FErased,
    FSegment,
    FChurn
};
} // namespace

CustomersModel::CustomersModel(const QSqlDatabase& db, QObject* parent)
    : SqlTableModel(db, parent)
{
    reload();
}

void CustomersModel::setTextFilter(const QString& text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    filtersChanged();
}

QString CustomersModel::fromClause() const
{
    return u"customers c LEFT JOIN connections k ON k.id = c.connection_id"_s;
}

QString CustomersModel::idExpression() const
{
    return u"c.id"_s;
}

QStringList CustomersModel::fieldExpressions() const
{
    // Orders are counted per fetched page (by the store's customer id, which has an index).
    return {u"c.id"_s, u"c.name"_s, u"c.email"_s, u"c.country"_s, u"COALESCE(k.name, '')"_s,
        u"(SELECT COUNT(*) FROM orders o WHERE o.connection_id = c.connection_id AND o.customer_remote_id = "
        u"c.remote_id)"_s,
        u"(SELECT MAX(o.created_at) FROM orders o WHERE o.connection_id = c.connection_id AND o.customer_remote_id = "
        u"c.remote_id)"_s,
        u"c.erased_at IS NOT NULL"_s, u"c.segment"_s, u"c.churn_risk"_s};
}

QString CustomersModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Country:
        return tr("Country");
    case Store:
        return tr("Store");
    case Orders:
        return tr("Orders");
    case LastOrder:
        return tr("Last order");
    case Segment:
        return tr("Segment");
    case ChurnRisk:
        return tr("Churn risk");
    default:
        return {};
    }
}

QString CustomersModel::sortExpression(int column) const
{
    switch (column) {
    case Name:
        return u"c.name COLLATE NOCASE"_s;
    case Email:
        return u"c.email COLLATE NOCASE"_s;
    case Country:
        return u"c.country"_s;
    case Store:
        return u"k.name COLLATE NOCASE"_s;
    case LastOrder:
        return u"(SELECT MAX(o.created_at) FROM orders o WHERE o.connection_id = c.connection_id AND "
               u"o.customer_remote_id = c.remote_id)"_s;
    case Segment:
        return u"c.segment"_s;
    case ChurnRisk:
        return u"c.churn_risk"_s;
    default:
        return {};
    }
}

QString CustomersModel::defaultOrder() const
{
    return u"c.updated_at DESC"_s;
}

void CustomersModel::setSegmentFilter(const QString& segment)
{
    if (segment == m_segment)
        return;
    m_segment = segment;
    filtersChanged();
}

QList<SegmentsAgent::Size> CustomersModel::segmentSizes() const
{
    try {
        return SegmentsAgent::sizes(database());
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "segment sizes:" << e.message();
        return {};
    }
}

QString CustomersModel::segmentLabel(const QString& key)
{
    QString name = SegmentsAgent::segmentName(key);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString CustomersModel::sizeText(const SegmentsAgent::Size& size)
{
    QString text = tr("%Ln customer(s), %1 spent", nullptr, size.customers)
                       .arg(Money::format(size.spentCents, size.currency.isEmpty() ? u"EUR"_s : size.currency));
    if (size.customers > 0)
        text += u" ("_s
            + tr("%1 each").arg(
                Money::format(size.spentCents / size.customers, size.currency.isEmpty() ? u"EUR"_s : size.currency))
            + u")"_s;
    if (size.churning > 0)
        text += u", "_s + tr("%Ln at churn risk", nullptr, size.churning);
    return text;
}

void CustomersModel::filterConditions(QStringList* conditions, QVariantList* binds) const
{
    if (!m_segment.isEmpty()) {
        conditions->append(u"c.segment = ?"_s);
        binds->append(m_segment);
    }
    if (m_text.isEmpty())
        return;
    conditions->append(u"(c.name LIKE ? ESCAPE '\\' OR c.email LIKE ? ESCAPE '\\')"_s);
    binds->append(Sql::likePattern(m_text));
    binds->append(Sql::likePattern(m_text));
}

Qt::Alignment CustomersModel::columnAlignment(int column) const
{
    return column == Orders || column == ChurnRisk ? Qt::AlignRight | Qt::AlignVCenter
                                                   : Qt::AlignLeft | Qt::AlignVCenter;
}

QVariant CustomersModel::cellData(const Row& row, int column, int role) const
{
    const bool erased = row.at(FErased).toBool();
    switch (role) {
    case ModelRoles::IdRole:
        return row.at(FId);
    case ErasedRole:
        return erased;
    case Qt::ForegroundRole:
        return erased && (column == Name || column == Email) ? QVariant(Theme::Muted) : QVariant();
    case ModelRoles::RawValueRole:
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return erased && role == Qt::DisplayRole ? tr("(erased)") : row.at(FName);
        case Email:
            return row.at(FEmail);
        case Country:
            return row.at(FCountry);
        case Store:
            return row.at(FStore);
        case Orders:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(row.at(FOrders).toLongLong()))
                                           : row.at(FOrders);
        case LastOrder:
            if (row.at(FLastOrder).isNull())
                return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(
                       QDateTime::fromMSecsSinceEpoch(row.at(FLastOrder).toLongLong()).date(), QLocale::ShortFormat))
                                           : row.at(FLastOrder);
        case Segment:
            return role == Qt::DisplayRole && !row.at(FSegment).toString().isEmpty()
                ? QVariant(segmentLabel(row.at(FSegment).toString()))
                : row.at(FSegment);
        case ChurnRisk:
            if (row.at(FChurn).isNull())
                return role == Qt::DisplayRole ? QVariant(QStringLiteral("–")) : QVariant();
            return role == Qt::DisplayRole
                ? QVariant(QLocale().toString(row.at(FChurn).toDouble() * 100, 'f', 0) + u" %"_s)
                : row.at(FChurn);
        default:
            return {};
        }
    default:
        return {};
    }
}
