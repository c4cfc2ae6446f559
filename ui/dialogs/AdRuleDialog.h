#pragma once

#include "UiContext.h"
#include "campaigns/AdRuleActions.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Adds or edits an ad rule: its condition, its action and every brake, checked as it is typed
// (problems and conflicts with the account's other rules) and replayed on the account's history
// (Backtest) before it is saved. Saving goes through the rules' facade (owners only, audited).
class AdRuleDialog final : public QDialog
{
    Q_OBJECT
public:
    AdRuleDialog(const UiContext& context, std::optional<AdRuleActions::Entry> existing, QWidget* parent = nullptr);

signals:
    void message(const QString& text);

private:
    AdRules::Rule rule() const;
    qint64 connectionId() const;
    QString currency() const;
    void adaptToMetric();
    void check();
    void backtest();
    void save();
    void remove();

    UiContext m_context;
    std::optional<AdRuleActions::Entry> m_existing;
    QList<AdRuleActions::Account> m_accounts; // read once: currency() runs at every keystroke
    QLineEdit* m_name;
    QComboBox* m_account;
    QLineEdit* m_scope;
    QComboBox* m_metric;
    QComboBox* m_compare;
    QDoubleSpinBox* m_threshold;
    QSpinBox* m_days;
    QSpinBox* m_settle;
    QComboBox* m_action;
    QDoubleSpinBox* m_change;
    QDoubleSpinBox* m_resume;
    QDoubleSpinBox* m_breakEven;
    QDoubleSpinBox* m_probability;
    QDoubleSpinBox* m_minSpend;
    QSpinBox* m_minPurchases;
    QSpinBox* m_minClicks;
    QSpinBox* m_cooldown;
    QDoubleSpinBox* m_maxStep;
    QDoubleSpinBox* m_objectCeiling;
    QDoubleSpinBox* m_accountCeiling;
    QSpinBox* m_perDay;
    QCheckBox* m_skipLearning;
    QSpinBox* m_quiet;
    QCheckBox* m_live;
    QLabel* m_verdict;
};
