#pragma once

#include "UiContext.h"
#include "campaigns/ExperimentActions.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

// Registers an A/B test over a Meta ad account's ad sets: the control and the variants, the primary
// metric, the traffic split, the control's expected rate (suggested from its last 28 days), the
// smallest lift worth finding, the error rate, the floors and the longest it may run. Checked as it
// is typed; nothing of it changes once saved. Saving goes through the tests' facade (owners, audited).
class ExperimentDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExperimentDialog(const UiContext& context, QWidget* parent = nullptr);
    Experiments::Experiment experiment() const;

signals:
    void message(const QString& text);

private:
    void fillAdSets();
    void fillVariants();
    void adaptToMetric();
    void suggestBaseline();
    void check();
    void save();

    UiContext m_context;
    QLineEdit* m_name;
    QLineEdit* m_hypothesis;
    QComboBox* m_account;
    QComboBox* m_control;
    QListWidget* m_variants;
    QComboBox* m_metric;
    QLineEdit* m_split;
    QDoubleSpinBox* m_baseline;
    QLabel* m_baselineNote;
    QDoubleSpinBox* m_mde;
    QDoubleSpinBox* m_alpha;
    QSpinBox* m_minVisitors;
    QSpinBox* m_minConversions;
    QDateEdit* m_start;
    QSpinBox* m_maxDays;
    QLabel* m_verdict;
    QPushButton* m_save;
};
