#pragma once

#include "RowListModel.h"
#include "campaigns/AdRuleActions.h"

class Clock;

// The Campaigns pane's Rules tab: every ad rule with its condition, action, mode and what it found
// in the last 30 days. Read through the rules' facade (AdRuleActions); reload() after a change.
class AdRulesModel final : public RowListModel<AdRuleActions::Entry>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Account,
        Condition,
        Action,
        Mode,
        Findings,
        LastFinding,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        LiveRole = Qt::UserRole + 100 // bool
    };

    AdRulesModel(AdRuleActions* actions, const Clock* clock, QObject* parent = nullptr);
    void reload();
    std::optional<AdRuleActions::Entry> entryAt(const QModelIndex& index) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "ROAS below 1.50 over the last 3 complete days".
    static QString conditionText(const AdRules::Rule& rule, const QString& currency);
    // "Pause; resume above 2.20", "Budget +20 %, at most €100.00 a day".
    static QString actionText(const AdRules::Rule& rule, const QString& currency);

private:
    AdRuleActions* m_actions;
    const Clock* m_clock;
};

// The activity log of one rule (or all): what it found, when, and what became of it.
class RuleFindingsModel final : public RowListModel<AdRuleActions::Finding>
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Rule,
        AdSet,
        Finding,
        Outcome,
        ColumnCount
    };
    Q_ENUM(Column)

    RuleFindingsModel(AdRuleActions* actions, const Clock* clock, QObject* parent = nullptr);
    void setRule(qint64 ruleId);
    void reload();

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    static QString outcomeText(const AdRuleActions::Finding& f);

private:
    AdRuleActions* m_actions;
    const Clock* m_clock;
    qint64 m_ruleId = 0;
};
