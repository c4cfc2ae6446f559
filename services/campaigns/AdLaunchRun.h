#pragma once

#include "AdJobs.h"
#include "resilience/ApiError.h"

#include <QJsonObject>

// One claimed "ads.launch" job: an approved campaign launch carried out on Meta. The campaign, its
// ad set, the creative and the ad are created paused, then the ad set, the ad and last the campaign
// are switched on, so nothing spends before everything is in place.
//
// Idempotent across lost answers, retries and a killed process: every object's id is written to the
// proposal as soon as Meta gives it, and a step whose answer never came looks before it creates
// again: the ad set and ad by name under their parent (which only this launch made), the creative by
// its name that carries the proposal's number, and the campaign by name among those Meta made since
// this launch first tried to create it (a same-named campaign of the shop's own is never adopted).
// Done, the campaign and ad set are in the workspace at once and a sync of the account is queued.
class AdLaunchRun final : public AdJobRun
{
    Q_OBJECT
public:
    AdLaunchRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent = nullptr);

    // The steps, in order; each records the id Meta gave under its key in the proposal's "launch".
    enum class Step
    {
        Campaign,
        AdSet,
        Creative,
        Ad,
        Activate,
        Done
    };

private:
    void run() override;
    Step nextStep() const;
    void next();
    void look(Step step);
    void create(Step step);
    void activate(int index);
    void complete();
    void saved(Step step, const QString& id);
    bool save(const QJsonObject& state);
    QString nameOf(Step step) const;
    void fail(const ApiError& error, const QString& doing);
    void fail(const QString& message, bool retryable, qint64 retryAfterMs = 0);

    QJsonObject m_spec;  // name, daily_budget (minor units), countries, link, text
    QJsonObject m_state; // the proposal's "launch": ids so far, when the campaign was first tried
};
