#pragma once

#include "RowListModel.h"
#include "knowledge/KnowledgeBase.h"

class KnowledgeActions;

// Settings → Knowledge: the knowledge base's documents, read through its facade, and reloaded after a change.
class KnowledgeDocumentsModel final : public RowListModel<Knowledge::Document>
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        Topic,
        Version,
        Passages,
        CitedBy, // pieces citing the current version (and how many cite an older one: stale)
        Updated,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit KnowledgeDocumentsModel(KnowledgeActions* knowledge, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Knowledge::Document documentAt(int row) const { return m_rows.value(row); }
    int rowOf(qint64 id) const;
    void reload();

private:
    KnowledgeActions* m_knowledge;
};

// The ranking of a search over the knowledge base, best first: what a writer asking the same words would be given.
class KnowledgeSearchModel final : public RowListModel<Knowledge::Passage>
{
    Q_OBJECT
public:
    enum Column
    {
        Rank,
        Score,
        Ranks,  // its place by words and by meaning ("2 · 1"; "—" where a ranking does not hold it)
        Source, // the document › heading, with the passage's id
        Passage,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit KnowledgeSearchModel(KnowledgeActions* knowledge, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Knowledge::Passage passageAt(int row) const { return m_rows.value(row); }
    QString query() const { return m_query; }
    void search(const QString& query);
    // Whether the last search was ranked by meaning too (its scores are fused RRF scores).
    bool byMeaning() const;

private:
    KnowledgeActions* m_knowledge;
    QString m_query;
};
