#pragma once

#include "UiContext.h"
#include "approvals/ApprovalRules.h"

#include <QWidget>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Settings → Approval rules: the risk engine's table as data. Each rule's thresholds, confidence,
// who may decide and what happens at the deadline are edited here, checked, and saved as a new
// version (verdicts name the version they used); the history of the rule is listed below. Only an
// owner saves; everyone else reads.
class RulesPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RulesPage(const UiContext& context, QWidget* parent = nullptr);

    void selectRule(const QString& key);
    // The rule that judges this action (the agent's own first).
    void selectRuleFor(const QString& actionType, const QString& agent);
    QDoubleSpinBox* lowMax() const { return m_lowMax; }
    QDoubleSpinBox* mediumMax() const { return m_mediumMax; }
    QPushButton* saveButton() const { return m_save; }
    QString problems() const;
    bool save();

signals:
    void message(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void load();
    void showRule(int row);
    ApprovalRule edited() const;
    void updateState();

    UiContext m_context;
    QList<ApprovalRule> m_rules;
    QListWidget* m_list;
    QFormLayout* m_levelsForm = nullptr;
    QBoxLayout* m_groups = nullptr;
    QLineEdit* m_name;
    QLabel* m_metric;
    QComboBox* m_agent;
    QCheckBox* m_lowOn;
    QDoubleSpinBox* m_lowMax;
    QCheckBox* m_lowInclusive;
    QCheckBox* m_mediumOn;
    QDoubleSpinBox* m_mediumMax;
    QCheckBox* m_mediumInclusive;
    QDoubleSpinBox* m_lowConfidence;
    QDoubleSpinBox* m_mediumConfidence;
    QDoubleSpinBox* m_confidence;
    QCheckBox* m_autoApprove;
    QCheckBox* m_requiresHuman;
    QCheckBox* m_roleOwner;
    QCheckBox* m_roleApprover;
    QSpinBox* m_deadline;
    QComboBox* m_onExpiry;
    QSpinBox* m_warn;
    QSpinBox* m_undoWindow; // every decision, not one rule
    QLabel* m_problems;
    QLabel* m_readOnly;
    QTableWidget* m_history;
    QPushButton* m_save;
};
