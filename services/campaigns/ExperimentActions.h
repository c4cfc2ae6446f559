#pragma once

#include "Experiments.h"
#include "users/ChangeDoor.h"

#include <QList>
#include <QString>

#include <optional>

// The Campaigns pane's door to A/B tests: the tests with their looks, the ad sets a test may compare,
// the control's rate to register, and registering, stopping and declaring. Owners run tests (a
// declared winner pauses ad sets); approvers and viewers see them. Every change is audited.
class ExperimentActions
{
public:
    explicit ExperimentActions(const ChangeDoor& door);

    QList<Experiments::Experiment> experiments() const;
    std::optional<Experiments::Experiment> experiment(qint64 id) const;
    QList<Experiments::Look> looks(qint64 id) const;

    struct AdSet
    {
        QString id;
        QString name;
        QString campaign;
        QString status;
    };
    // The ad account's ad sets that are not archived or deleted, by campaign.
    QList<AdSet> adSets(qint64 connectionId) const;
    // The ad account's last complete day (invalid: not synced yet).
    QDate syncedThrough(qint64 connectionId) const;
    // The control's rate over the 28 complete days before `start` (or the last 28 synced days).
    std::optional<double> suggestedBaseline(
        qint64 connectionId, const QString& adSetId, Experiments::Metric metric, QDate start) const;

    QString whyNot() const;
    // What keeps it from being registered: its own problems, an ad set in another open test, and a start on
    // a day already synced (a test registered after its data was seen is not registered in advance).
    QStringList problems(const Experiments::Experiment& e) const;
    // Registers the test; its id, or 0 with *error.
    qint64 create(const Experiments::Experiment& e, QString* error);
    bool stop(qint64 id, QString* error);
    // Proposes declaring the winner again (after a rejected proposal); the proposal's id, or 0 with *error.
    qint64 proposeWinner(qint64 id, QString* error);

private:
    ChangeDoor m_door;
};
