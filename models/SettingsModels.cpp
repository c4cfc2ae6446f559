#include "SettingsModels.h"

#include "Format.h"
#include "Markup.h"
#include "core/Log.h"
#include "llm/ProviderStore.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

PromptTemplatesModel::PromptTemplatesModel(const QSqlDatabase& db, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_db(db)
{
    reload();
}

void PromptTemplatesModel::reload()
{
    QList<PromptTemplates::Template> rows;
    try {
        for (const QString& name : PromptTemplates::names())
            rows.append(PromptTemplates::current(m_db, name));
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "cannot read the prompt templates:" << e.message();
        rows.clear();
    }
    replaceRows(rows, [](const auto& a, const auto& b) { return a.name == b.name; });
}

QString PromptTemplatesModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int PromptTemplatesModel::rowOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return static_cast<int>(i);
    }
    return -1;
}

QVariant PromptTemplatesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PromptTemplates::Template& t = m_rows.at(index.row());
    if (role == TemplateNameRole)
        return t.name;
    if (role == Qt::ToolTipRole)
        return t.name;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return PromptTemplates::displayName(t.name);
    case Version:
        return t.version == 0 ? tr("default") : tr("v%1").arg(t.version);
    default:
        return {};
    }
}

QVariant PromptTemplatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Template") : section == Version ? tr("Version") : QVariant();
}

ProvidersModel::ProvidersModel(const QSqlDatabase& db, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_db(db)
{
    reload();
}

void ProvidersModel::reload()
{
    QList<ProviderConfig> rows;
    try {
        rows = ProviderStore::all(m_db);
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "cannot read the providers:" << e.message();
        rows.clear();
    }
    replaceRows(rows);
}

ProviderConfig ProvidersModel::providerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : ProviderConfig{};
}

int ProvidersModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return static_cast<int>(i);
    }
    return -1;
}

QVariant ProvidersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProviderConfig& p = m_rows.at(index.row());
    if (role == ProviderIdRole)
        return p.id;
    if (role == Qt::ToolTipRole)
        return Markup::toolTip(p.id);
    if (role == Qt::TextAlignmentRole && index.column() == Concurrency)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return p.name.isEmpty() ? p.id : p.name;
    case Kind:
        return Llm::kindDisplayName(p.kind);
    case Model:
        return p.model;
    case Address:
        return p.baseUrl.toString();
    case Key:
        return p.secretRef.isEmpty() ? tr("none") : p.secretRef;
    case Concurrency:
        return p.maxConcurrency;
    default:
        return {};
    }
}

QVariant ProvidersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Provider");
    case Kind:
        return tr("API");
    case Model:
        return tr("Model");
    case Address:
        return tr("Address");
    case Key:
        return tr("Key from");
    case Concurrency:
        return tr("Max parallel");
    default:
        return {};
    }
}
