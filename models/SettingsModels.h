#pragma once

#include "RowListModel.h"
#include "llm/LlmTypes.h"
#include "pipeline/PromptTemplates.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// The prompt templates of the workspace for the Prompt editor: each with its current version.
class PromptTemplatesModel final : public RowListModel<PromptTemplates::Template>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Version,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        TemplateNameRole = Qt::UserRole + 100
    };

    explicit PromptTemplatesModel(const QSqlDatabase& db, QObject* parent = nullptr);
    void reload();
    QString nameAt(int row) const;
    int rowOf(const QString& name) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
};

// The AI providers of the workspace (never their secrets, only where those live).
class ProvidersModel final : public RowListModel<ProviderConfig>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Kind,
        Model,
        Address,
        Key,
        Concurrency,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ProviderIdRole = Qt::UserRole + 100
    };

    explicit ProvidersModel(const QSqlDatabase& db, QObject* parent = nullptr);
    void reload();
    ProviderConfig providerAt(int row) const;
    int rowOf(const QString& id) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
};
