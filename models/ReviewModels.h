#pragma once

#include "ModelRoles.h"
#include "RowListModel.h"
#include "SqlTableModel.h"
#include "shopagents/ReviewDesk.h"

class Clock;

// The product reviews the stores' sync brought in, as the Review Desk read them, for Settings →
// Reviews: when, which product, the stars, the sentiment and topics, where the reply stands (drafting,
// waiting for approval, left to a person and why), and the text. Searched, filtered and sorted in SQL.
class ReviewsModel final : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Date,
        Product,
        Stars,
        Sentiment,
        Reply,
        Topics,
        Text,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ReplyStateRole = ModelRoles::FirstCustomRole, // "", drafting, proposed, rejected, failed, or "read" / ""
        ProposalRole,                                 // the reply's proposal id, or null
    };

    explicit ReviewsModel(const QSqlDatabase& db, QObject* parent = nullptr);

    // Product name or review text containing the text (case-insensitive).
    void setTextFilter(const QString& text);
    // Only reviews that need a reply.
    void setNeedsReplyOnly(bool only);
    bool needsReplyOnly() const { return m_needsReply; }

protected:
    QString fromClause() const override;
    QString idExpression() const override;
    QStringList fieldExpressions() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString sortExpression(int column) const override;
    void filterConditions(QStringList* conditions, QVariantList* binds) const override;
    QVariant cellData(const Row& row, int column, int role) const override;
    Qt::Alignment columnAlignment(int column) const override;
    QString defaultOrder() const override;

private:
    QString m_text;
    bool m_needsReply = false;
};

// What customers said about each product in the last seven days (ReviewDesk::week): reviews, mean
// stars, what they praise and what they complain about, the most reviewed first.
class ReviewWeekModel final : public RowListModel<ReviewDesk::ProductWeek>
{
    Q_OBJECT
public:
    enum Column
    {
        Product,
        Reviews,
        Stars,
        Praised,
        Complaints,
        ColumnCount
    };
    Q_ENUM(Column)

    ReviewWeekModel(const QSqlDatabase& db, const Clock* clock, QObject* parent = nullptr);

    void reload();
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    const Clock* m_clock;
};
