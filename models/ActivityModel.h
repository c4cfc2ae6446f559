#pragma once

#include "SqlTableModel.h"

class Clock;

// One timeline of what happened, read from the audit trail: proposals, auto-executed actions,
// decisions and overrides. The dashboard shows it filtered to autonomous actions.
class ActivityModel final : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Actor,
        Event,
        Subject,
        Risk,
        Detail,
        ColumnCount
    };
    Q_ENUM(Column)

    ActivityModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    // Only these audit actions ("proposal.auto_executed", ...); empty for all.
    void setActions(const QStringList& actions);
    void setTextFilter(const QString& text);
    static QString actionDisplayName(const QString& action);
    static QString gatewayDisplayName(const QString& action);

protected:
    QString fromClause() const override;
    QString idExpression() const override;
    QStringList fieldExpressions() const override;
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString sortExpression(int column) const override;
    QString defaultOrder() const override;
    void filterConditions(QStringList* conditions, QVariantList* binds) const override;
    QVariant cellData(const Row& row, int column, int role) const override;

private:
    static QString subject(const Row& row);
    Clock* m_clock;
    QStringList m_actions;
    QString m_text;
};
