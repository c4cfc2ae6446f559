#pragma once

#include "UiContext.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

// The Campaigns pane's Rules tab: the ad rules (condition, action, notify-only or live, what they
// found), buttons to add, edit, switch and remove them, and the selected rule's activity log: what
// it saw, when, and what became of it ("why did this change").
class AdRulesTab final : public QWidget
{
    Q_OBJECT
public:
    explicit AdRulesTab(const UiContext& context, QWidget* parent = nullptr);
    QTableView* rulesView() const { return m_rules; }
    QTableView* findingsView() const { return m_findings; }
    void addRule();
    void editRule();
    void switchMode();

signals:
    void message(const QString& text);
    // A finding's proposal was asked for (Enter or a double click in the activity log).
    void proposalRequested(qint64 id);

private:
    void showCurrent();
    qint64 currentId() const;

    UiContext m_context;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_mode;
    QTableView* m_rules;
    QLabel* m_logTitle;
    QTableView* m_findings;
};
