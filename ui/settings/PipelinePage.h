#pragma once

#include "UiContext.h"

#include <QHash>
#include <QWidget>

class QDoubleSpinBox;
class QPushButton;
class QSpinBox;
class QTableWidget;

// How the pipeline runs: the worker pool's size, the agreement gate's pass marks and attempts, the
// daily AI budget and the price table costs are computed from.
class PipelinePage final : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinePage(const UiContext& context, QWidget* parent = nullptr);
    QSpinBox* workersBox() const { return m_workers; }
    QSpinBox* passMark(const QString& score) const { return m_marks.value(score); }
    QPushButton* saveButton() const { return m_save; }
    bool save();

signals:
    void message(const QString& text);

private:
    void load();

    UiContext m_context;
    QSpinBox* m_workers;
    QSpinBox* m_perWorker;
    QHash<QString, QSpinBox*> m_marks;
    QSpinBox* m_attempts;
    QDoubleSpinBox* m_budget;
    QTableWidget* m_prices;
    QPushButton* m_save;
};
