#pragma once

#include <QDialog>

class GoalActions;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

// The owner's goals for the month: revenue, gross margin, ROAS, stock cover and the AI spend ceiling.
// A goal at 0 is not set. Saving asks the CEO to measure the month against them at once.
class GoalsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit GoalsDialog(GoalActions* goals, QWidget* parent = nullptr);

signals:
    void message(const QString& text);

private:
    void save();

    GoalActions* m_goals;
    QDoubleSpinBox* m_revenue;
    QDoubleSpinBox* m_margin;
    QDoubleSpinBox* m_roas;
    QSpinBox* m_cover;
    QDoubleSpinBox* m_ai;
    QLabel* m_error;
};
