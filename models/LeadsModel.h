#pragma once

#include "ModelRoles.h"
#include "SqlTableModel.h"
#include "sites/Leads.h"
#include "sites/Outreach.h"

#include <optional>

// The leads imported for outreach, best score first: who, what kind of business, where, their website,
// rating and reviews, and what Quorum may do with them (new, contacted, do not contact, bounced). Searched,
// filtered by status and sorted in SQL; a lead's score factors are its typed accessor's.
class LeadsModel final : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Score,
        Name,
        Category,
        Address,
        Website,
        Rating,
        Reviews,
        Status,
        EmailState, // where the lead's e-mail stands
        ColumnCount
    };
    Q_ENUM(Column)

    explicit LeadsModel(const QSqlDatabase& db, QObject* parent = nullptr);

    // Name, category, address or website containing the text (case-insensitive).
    void setTextFilter(const QString& text);
    // One status's leads (its key; empty: all).
    void setStatusFilter(const QString& status);
    // The lead on a row with its factors, or one with id -1.
    Leads::Lead leadAt(const QModelIndex& index) const;
    // The lead's outreach e-mail as the row knows it (its id, states, proposal, when it was sent), if it has one.
    std::optional<Outreach::Email> outreachAt(const QModelIndex& index) const;

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
    static Outreach::Email emailOf(const Row& row);
    QString m_text;
    QString m_status;
};
