#include "ImportPreviewModel.h"

#include "Markup.h"
#include "ThemeColors.h"
#include "core/Money.h"

#include <QLocale>

using namespace Qt::StringLiterals;

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : RowListModel(ColumnCount, parent)
{ }

void ImportPreviewModel::setPreview(const CatalogImport::Preview& preview)
{
    m_summaries.clear();
    replaceRows(preview.items);
}

const CatalogImport::Item::Summary& ImportPreviewModel::summaryAt(int row) const
{
    // The rows on screen are unpacked once each; a long scroll does not keep every row unpacked.
    auto it = m_summaries.constFind(row);
    if (it != m_summaries.cend())
        return *it;
    if (m_summaries.size() > 1000)
        m_summaries.clear();
    return *m_summaries.insert(row, m_rows.at(row).summary());
}

const CatalogImport::Item* ImportPreviewModel::itemAt(const QModelIndex& index) const
{
    return rowPtr(index);
}

QString ImportPreviewModel::actionName(CatalogImport::Action action)
{
    switch (action) {
    case CatalogImport::Action::Create:
        return tr("New");
    case CatalogImport::Action::Update:
        return tr("Update");
    case CatalogImport::Action::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogImport::Item& item = m_rows.at(index.row());
    if (role == ActionRole)
        return static_cast<int>(item.action);
    if (role == Qt::ForegroundRole && index.column() == Action) {
        if (item.action == CatalogImport::Action::Create)
            return Theme::Success;
        if (item.action == CatalogImport::Action::Unchanged)
            return Theme::Muted;
        return Theme::Accent;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Line || index.column() == Price))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Name)
        return Markup::toolTip(item.facts().description.left(400));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line:
        return item.line;
    case Action:
        return actionName(item.action);
    case Name:
        return summaryAt(index.row()).name;
    case Sku: {
        const CatalogImport::Item::Summary& s = summaryAt(index.row());
        return s.sku.isEmpty() ? s.handle : s.sku;
    }
    case Price:
        return Money::format(item.priceCents, summaryAt(index.row()).currency);
    case Category:
        return summaryAt(index.row()).category;
    case Details: {
        const CatalogImport::Item::Summary& s = summaryAt(index.row());
        QStringList parts;
        if (!s.sizes.isEmpty())
            parts.append(tr("sizes %1").arg(s.sizes.join(u", "_s)));
        if (!s.material.isEmpty())
            parts.append(s.material);
        if (s.images > 0)
            parts.append(tr("%n image(s)", nullptr, s.images));
        return parts.join(u" · "_s);
    }
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Action:
        return tr("Import as");
    case Name:
        return tr("Product");
    case Sku:
        return tr("SKU / handle");
    case Price:
        return tr("Price");
    case Category:
        return tr("Category");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

ImportIssuesModel::ImportIssuesModel(QObject* parent)
    : RowListModel(ColumnCount, parent)
{ }

void ImportIssuesModel::setIssues(const QList<CatalogImport::Issue>& issues)
{
    replaceRows(issues);
}

QVariant ImportIssuesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CatalogImport::Issue& issue = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Result)
        return issue.skipped ? Theme::Danger : Theme::Warning;
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignTop);
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return Markup::toolTip(issue.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Line:
        return issue.line > 0 ? QVariant(issue.line) : QVariant();
    case Result:
        if (!issue.skipped)
            return tr("Imported, with a warning");
        // The same count the summary adds up, row by row.
        return issue.rows == 0 ? tr("Not read") : tr("%n row(s) not imported", nullptr, issue.rows);
    case Reason:
        return issue.reason;
    default:
        return {};
    }
}

QVariant ImportIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Result:
        return tr("Result");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}
