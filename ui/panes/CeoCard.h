#pragma once

#include <QFrame>

class BusinessHealthModel;
class GoalActions;
class QLabel;
class QPushButton;
class QTableView;

// The dashboard's CEO panel: the month against the owner's goals as the CEO agent last measured it
// (so far, the forecast to the month's end, the target, on track or not) and, for the selected goal,
// the reasons traced to products, campaigns and variants. Goals… sets the goals (owners). Below, the
// CEO's "decide first": the waiting proposals with the largest expected value, each a link to it.
class CeoCard final : public QFrame
{
    Q_OBJECT
public:
    CeoCard(BusinessHealthModel* model, GoalActions* goals, QWidget* parent = nullptr);

signals:
    void message(const QString& text);
    void proposalRequested(qint64 id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    void showReasons();
    void editGoals();
    void showRanking();

    BusinessHealthModel* m_model;
    GoalActions* m_goals;
    QLabel* m_subtitle;
    QTableView* m_table;
    QLabel* m_reasons;
    QLabel* m_decide;
    QPushButton* m_edit;
};
