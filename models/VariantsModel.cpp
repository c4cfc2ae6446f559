#include "VariantsModel.h"

#include "Format.h"
#include "ThemeColors.h"
#include "core/Money.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

VariantsModel::VariantsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void VariantsModel::setFacts(const ProductFacts& facts)
{
    if (facts.optionNames == m_optionNames && facts.variants == m_variants && facts.currency == m_currency)
        return;
    // The same variants in the same order under the same options: the values change in place and a
    // selection in the view stays. Anything else (another product, a variant added) resets.
    bool same = facts.optionNames == m_optionNames && facts.variants.size() == m_variants.size();
    for (qsizetype i = 0; same && i < m_variants.size(); ++i)
        same = facts.variants.at(i).id == m_variants.at(i).id
            && facts.variants.at(i).options == m_variants.at(i).options;
    if (same) {
        m_variants = facts.variants;
        m_currency = facts.currency;
        if (!m_variants.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_optionNames = facts.optionNames;
    m_variants = facts.variants;
    m_currency = facts.currency;
    endResetModel();
}

void VariantsModel::clear()
{
    if (m_variants.isEmpty() && m_optionNames.isEmpty())
        return;
    beginResetModel();
    m_optionNames.clear();
    m_variants.clear();
    m_storeStock.clear();
    endResetModel();
}

const ProductVariant* VariantsModel::variantAt(const QModelIndex& index) const
{
    // No checkIndex: a view asks with an invalid index (nothing selected) and gets null, quietly.
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.row() < m_variants.size()
        ? &m_variants.at(index.row())
        : nullptr;
}

int VariantsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_variants.size());
}

int VariantsModel::columnCount(const QModelIndex& parent) const
{
    // Without variants there is nothing to show, not even the option columns.
    return parent.isValid() || m_variants.isEmpty() ? 0 : optionCount() + ColumnCount;
}

QString VariantsModel::compareText(const ProductVariant& v) const
{
    // As a shop shows them, and as narrow: the "was" price struck through (FontRole), the sale price
    // in the colour of a good deal; the tooltip says which it is and a sale's dates.
    if (v.compareAtCents)
        return Money::format(*v.compareAtCents, m_currency);
    if (v.salePriceCents)
        return Money::format(*v.salePriceCents, m_currency);
    return {};
}

QString VariantsModel::compareToolTip(const ProductVariant& v) const
{
    if (v.compareAtCents)
        return tr("The compare-at price the store shows struck through beside the price");
    if (!v.salePriceCents)
        return {};
    if (v.saleFrom > 0 && v.saleTo > 0)
        return tr("On sale from %1 to %2").arg(Format::day(v.saleFrom), Format::day(v.saleTo));
    if (v.saleTo > 0)
        return tr("On sale until %1").arg(Format::day(v.saleTo));
    if (v.saleFrom > 0)
        return tr("On sale from %1").arg(Format::day(v.saleFrom));
    return tr("The sale price the store charges instead of the regular price");
}

QVariant VariantsModel::data(const QModelIndex& index, int role) const
{
    const ProductVariant* v = variantAt(index);
    if (!v || index.column() >= columnCount())
        return {};
    if (role == VariantIdRole)
        return v->id;
    if (role == TitleRole)
        return v->title();
    const int kind = columnKind(index.column());
    if (kind < 0) {
        if (role == Qt::DisplayRole || role == RawRole)
            return v->options.value(index.column());
        return {};
    }
    if (role == RawRole) {
        switch (kind) {
        case Sku:
            return v->sku;
        case Price:
            return v->priceCents;
        case CompareAt:
            return v->compareAtCents ? QVariant(*v->compareAtCents)
                : v->salePriceCents  ? QVariant(*v->salePriceCents)
                                     : QVariant();
        case Stock:
            return v->stock ? QVariant(*v->stock) : QVariant();
        case Stores:
            return m_storeStock.value(v->sku);
        case Cost:
            return v->costCents ? QVariant(*v->costCents) : QVariant();
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && kind == CompareAt && v->compareAtCents) {
        QFont font;
        font.setStrikeOut(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && kind != Sku && kind != Stores)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (kind == Stock && v->stock && *v->stock <= 0)
            return Theme::Danger;
        if ((kind == Stock && !v->stock) || (kind == Cost && !v->costCents))
            return Theme::Muted;
        if (kind == CompareAt && v->salePriceCents && !v->compareAtCents)
            return Theme::Success;
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (kind == CompareAt)
            return compareToolTip(*v);
        if (kind == Sku)
            return v->sku;
        if (kind == Stock && !v->stock)
            return tr("The store does not track this variant's stock");
        if (kind == Stock && *v->stock <= 0)
            return tr("Sold out");
        if (kind == Stock)
            return tr("As the store export had it when it was imported");
        if (kind == Stores)
            return m_storeStock.contains(v->sku) ? tr("What each connected store has now, as its last sync read it")
                                                 : tr("No connected store has this SKU");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (kind) {
    case Sku:
        return v->sku;
    case Price:
        return Money::format(v->priceCents, m_currency);
    case CompareAt:
        return compareText(*v);
    case Stock:
        return v->stock ? QLocale().toString(*v->stock) : u"–"_s;
    case Stores:
        return m_storeStock.value(v->sku, u"–"_s);
    case Cost:
        return v->costCents ? Money::format(*v->costCents, m_currency) : u"–"_s;
    default:
        return {};
    }
}

QVariant VariantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    switch (columnKind(section)) {
    case -1:
        return m_optionNames.value(section);
    case Sku:
        return tr("SKU");
    case Price:
        return tr("Price");
    case CompareAt: {
        // Shopify has compare-at prices, WooCommerce sale prices: the header names what there is.
        const bool was = std::any_of(m_variants.cbegin(), m_variants.cend(),
            [](const ProductVariant& v) { return v.compareAtCents.has_value(); });
        const bool sale = std::any_of(m_variants.cbegin(), m_variants.cend(),
            [](const ProductVariant& v) { return v.salePriceCents.has_value() && !v.compareAtCents; });
        return was && sale ? tr("Was / sale") : sale ? tr("Sale") : tr("Was", "a compare-at price");
    }
    case Stock:
        return tr("Stock");
    case Stores:
        return tr("In the stores");
    case Cost:
        return tr("Cost");
    default:
        return {};
    }
}

void VariantsModel::setStoreStock(const QHash<QString, QString>& textBySku)
{
    if (textBySku == m_storeStock)
        return;
    m_storeStock = textBySku;
    if (!m_variants.isEmpty())
        emit dataChanged(index(0, column(Stores)), index(rowCount() - 1, column(Stores)));
}
