#pragma once

#include "SqlTableModel.h"
#include "approvals/ApprovalTypes.h" // Platform::displayName

class Clock;

// The Campaigns pane: spend, revenue and ROAS per campaign over a period ending today.
class CampaignsModel final : public SqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Platform,
        Status,
        DailyBudget,
        Spend,
        Revenue,
        StoreSales, // the store's paid orders whose UTM parameters name the campaign (last click)
        Roas,
        TargetRoas,
        LastRule, // the ad rule that last acted on one of its ad sets (or would have, notify-only)
        ColumnCount
    };
    Q_ENUM(Column)

    struct Campaign
    {
        qint64 id = -1;
        QString name;
        QString platform;
        QString status;
        qint64 dailyBudgetCents = 0;
        QString currency;
        qint64 spendCents = 0;
        qint64 revenueCents = 0;
        double targetRoas = 0;
        double roas() const { return spendCents > 0 ? static_cast<double>(revenueCents) / spendCents : 0.0; }
    };

    CampaignsModel(const QSqlDatabase& db, Clock* clock, QObject* parent = nullptr);

    Campaign campaignAt(const QModelIndex& index) const;
    void setPeriodDays(int days);
    int periodDays() const { return m_days; }
    void setTextFilter(const QString& text);
    void setPlatformFilter(const QString& platform);

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

private:
    qint64 sinceMs() const; // the period's first moment
    Clock* m_clock;
    int m_days = 30;
    QString m_text;
    QString m_platform;
};
