#pragma once

#include "SqlTableModel.h"

class Clock;
class QTimer;

// The Approvals pane: proposals waiting for a decision (or any status), ordered by priority and
// deadline, with a live countdown.
class ApprovalsModel final : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Priority,
        Risk,
        Title,
        Agent,
        Action,
        Revenue,
        Cost,
        Confidence,
        Value, // expected value: (revenue − cost) × confidence, the CEO's ranking
        Deadline,
        ColumnCount
    };
    Q_ENUM(Column)

    struct Summary
    {
        qint64 id = -1;
        QString title;
        QString agent;
        QString cluster;
        QString actionType;
        QString risk;
        QString status;
        QString verdict;
        int priority = 0;
        double confidence = 0;
        QVariant deadline; // ms since epoch, or null
        QString proposedBy;
    };

    ApprovalsModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    Summary summaryAt(const QModelIndex& index) const;

    // default "pending"; empty for all; FailedFilter: approved work that failed to run
    void setStatusFilter(const QString& status);
    static constexpr QLatin1StringView FailedFilter{"failed_to_run"};
    void setClusterFilter(const QString& cluster);
    void setAgentFilter(const QString& agent);
    void setRiskFilter(const QString& risk);
    void setActionTypeFilter(const QString& type);
    void setTextFilter(const QString& text);
    QStringList agents() const;

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
    Qt::Alignment columnAlignment(int column) const override;

private:
    template <typename T> void setFilter(T* member, const T& value);

    Clock* m_clock;
    QTimer* m_ticker;
    QString m_status;
    QString m_cluster;
    QString m_agent;
    QString m_risk;
    QString m_actionType;
    QString m_text;
};
