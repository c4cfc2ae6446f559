#pragma once

#include "RowListModel.h"
#include "pipeline/ContentStore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

// The content set of one product for the Pipeline pane's detail panel: each piece with its state,
// attempts and the reviewer's scores on its current version.
struct PieceRow
{
    ContentStore::Piece piece;
    QVariant quality;
    QVariant seo;
};

class PiecesModel final : public RowListModel<PieceRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Piece,
        State,
        Attempts,
        Quality,
        Seo,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        PieceIdRole = Qt::UserRole + 100,
        KindRole,
        StateKeyRole,
        ErrorRole
    };

    using Row = PieceRow;

    explicit PiecesModel(const QSqlDatabase& db, QObject* parent = nullptr);

    void setProduct(qint64 productId);
    qint64 productId() const { return m_productId; }
    void reload();
    Row rowAt(const QModelIndex& index) const;
    int rowOfPiece(qint64 pieceId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_productId = 0;
};

// The versions of one piece, newest first: who wrote each (which attempt of which model, or which
// person), with what instruction, and what the gate said.
struct VersionRow
{
    ContentStore::Version version;
    QList<ContentStore::Validation> verdicts;
    bool accepted = false;
};

class VersionsModel final : public RowListModel<VersionRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Version,
        Source,
        Verdict,
        Created,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        VersionIdRole = Qt::UserRole + 100,
        PassedRole // true, false, or invalid while undecided
    };

    using Row = VersionRow;

    explicit VersionsModel(const QSqlDatabase& db, QObject* parent = nullptr);

    void setPiece(qint64 pieceId);
    qint64 pieceId() const { return m_pieceId; }
    void reload();
    Row rowAt(const QModelIndex& index) const;
    int rowOfVersion(qint64 versionId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Accepted", "Failed the checks", "Below the pass marks", ... for a version and its verdicts.
    static QString verdictText(const Row& row);
    static QVariant passed(const Row& row);

private:
    QSqlDatabase m_db;
    qint64 m_pieceId = 0;
    qint64 m_acceptedId = 0;
};
