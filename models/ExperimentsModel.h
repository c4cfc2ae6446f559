#pragma once

#include "RowListModel.h"
#include "campaigns/ExperimentActions.h"

// The Campaigns pane's Experiments tab: every A/B test with its metric, how far it is and its state.
// Read through the tests' facade (ExperimentActions); reload() after a change.
class ExperimentsModel final : public RowListModel<Experiments::Experiment>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Arms,
        Metric,
        Started,
        Days,
        State,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ExperimentsModel(ExperimentActions* actions, QObject* parent = nullptr);
    void reload();
    std::optional<Experiments::Experiment> experimentAt(const QModelIndex& index) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Winner found: “B”", "Proposed: declare “B”", "Collecting data".
    static QString stateText(const Experiments::Experiment& e);

private:
    ExperimentActions* m_actions;
};

// The selected test's arms at its last look: the traffic each got against what was registered, the
// counts, the rate, and each variant against the control (lift, always-valid interval, p-value). The
// looks themselves (one per day) are there for the chart.
class ExperimentArmsModel final : public RowListModel<Experiments::Arm>
{
    Q_OBJECT
public:
    enum Column
    {
        Arm,
        Share,
        Visitors,
        Conversions,
        Rate,
        Lift,
        Interval,
        PValue,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ExperimentArmsModel(ExperimentActions* actions, QObject* parent = nullptr);
    void setExperiment(qint64 id);
    void reload();
    const std::optional<Experiments::Experiment>& experiment() const { return m_experiment; }
    const QList<Experiments::Look>& looks() const { return m_looks; }
    // The first day every arm met the floors (invalid: not yet).
    QDate floorsMetOn() const;
    // A warning when an arm got a share of the traffic far from the one registered (empty: none).
    QString splitWarning() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void looksChanged();

private:
    double actualShare(int arm) const;

    ExperimentActions* m_actions;
    qint64 m_id = 0;
    std::optional<Experiments::Experiment> m_experiment;
    QList<Experiments::Look> m_looks;
};
