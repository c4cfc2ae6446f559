#include "PromptTrialAgent.h"

#include "approvals/ApprovalDesk.h"
#include "core/Json.h"
#include "pipeline/PromptTemplates.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace
{
[[maybe_unused]] const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "Prompt trials");
const char* const kRole = QT_TRANSLATE_NOOP(
    "AgentRoles", "Watches the prompts on trial and proposes keeping the version that passes the gate more often");
const QString kPrefix = u"prompts.trial."_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("PromptTrialAgent", text);
}

// "version 3", or the shipped default's name as the Prompts page says it.
QString versionName(int version)
{
    return version == 0 ? QCoreApplication::translate("PromptTrialAgent", "the Quorum default")
                        : QCoreApplication::translate("PromptTrialAgent", "version %1").arg(version);
}

// "31 of 40 runs (78 %)"
QString recordText(const PromptTemplates::Record& r)
{
    const QLocale locale;
    return QCoreApplication::translate("PromptTrialAgent", "%1 of %n run(s) (%2 %)", nullptr, r.runs)
        .arg(r.firstPass)
        .arg(locale.toString(r.runs > 0 ? 100.0 * r.firstPass / r.runs : 0.0, 'f', 0));
}

// Whether this trial (the template, its variant, when it began) was proposed already, whatever became of it: a
// rejected verdict is not proposed again; a person ends that trial on the Prompts page.
bool proposedBefore(const QSqlDatabase& db, const QString& name, const PromptTemplates::Trial& t)
{
    QSqlQuery q = Sql::exec(db, u"SELECT parameters FROM action_proposals WHERE action_type = 'prompt_trial'"_s);
    while (q.next()) {
        const QJsonObject p = Json::objectFromString(q.value(0).toString());
        if (p.value(u"prompt_name"_s).toString() == name && p.value(u"variant"_s).toInt() == t.variant
            && p.value(u"started_at"_s).toInteger() == t.startedAt)
            return true;
    }
    return false;
}
} // namespace

Agent::Spec PromptTrialAgent::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(Name);
    s.cluster = u"product"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"prompts"_s, u"content"_s};
    s.proposes = {u"prompt_trial"_s};
    s.intervalMs = 3'600'000;
    return s;
}

Agent::Outcome PromptTrialAgent::run(const QSqlDatabase& db, qint64 now) const
{
    QStringList names;
    {
        QSqlQuery q = Sql::exec(db, u"SELECT key FROM settings WHERE key LIKE 'prompts.trial.%' ORDER BY key"_s);
        while (q.next())
            names.append(q.value(0).toString().mid(kPrefix.size()));
    }
    int running = 0;
    int collecting = 0;
    int proposed = 0;
    for (const QString& name : std::as_const(names)) {
        const PromptTemplates::Trial t = PromptTemplates::trial(db, name);
        if (!t.active())
            continue;
        ++running;
        const PromptTemplates::TrialVerdict v = PromptTemplates::judge(db, name, t);
        if (!v.better) {
            ++collecting;
            continue;
        }
        if (proposedBefore(db, name, t))
            continue;
        const int keep = *v.better;
        const bool variantWins = keep == t.variant;
        const PromptTemplates::Record& kept = variantWins ? v.variant : v.control;
        const PromptTemplates::Record& other = variantWins ? v.control : v.variant;
        const QString shown = PromptTemplates::displayName(name);
        const QString p = QLocale().toString(v.pValue, 'g', 2);
        ApprovalDesk::Proposal proposal;
        proposal.agent = QString::fromLatin1(Name);
        proposal.actionType = ActionType::PromptTrial;
        const QString keptName = versionName(keep);
        const QString otherName = versionName(variantWins ? t.control : t.variant);
        proposal.title = tr("Keep %1 of the prompt “%2”: it passes the gate more often").arg(keptName, shown);
        proposal.description = variantWins
            ? tr("End the trial and let %1 write every run from now on.").arg(keptName)
            : tr("End the trial and go back to %1 for every run; %2 stays in the history.").arg(keptName, otherName);
        proposal.reasoning
            = tr("Since the trial began, %1 passed the gate on its first attempt in %2; %3 in %4. A sequential test "
                 "that allows for looking at the records as they grow finds the difference real (p = %5). Approved "
                 "unchanged afterwards: %6 against %7.")
                  .arg(keptName, recordText(kept), otherName, recordText(other), p, QString::number(kept.keptUnchanged),
                      QString::number(other.keptUnchanged));
        proposal.confidence = std::clamp(1.0 - v.pValue, 0.0, 1.0);
        proposal.dataSources = {tr("The gate's verdicts on the runs since the trial began")};
        proposal.riskFactors = {tr("A pass rate is measured on the runs of the trial: pieces of another kind or a "
                                   "changed gate can behave otherwise")};
        proposal.alternatives = QJsonArray{QJsonObject{{u"description"_s, tr("Let the trial run on for more runs")}},
            QJsonObject{{u"description"_s, tr("End it on the Prompts page and keep either version")}}};
        proposal.parameters = QJsonObject{{u"prompt"_s, shown}, {u"prompt_name"_s, name}, {u"keep"_s, keep},
            {u"kept"_s, keptName}, {u"kept_record"_s, recordText(kept)}, {u"other_record"_s, recordText(other)},
            {u"p_value"_s, p}, {u"control"_s, t.control}, {u"variant"_s, t.variant}, {u"started_at"_s, t.startedAt}};
        proposed += ApprovalDesk::propose(db, proposal, QString(), now) > 0 ? 1 : 0;
    }
    if (running == 0)
        return Outcome::done(tr("No prompt is on trial. Start one on Settings → Prompts."));
    QStringList notes{QCoreApplication::translate("PromptTrialAgent", "%n prompt(s) on trial.", nullptr, running)};
    if (collecting > 0)
        notes.append(QCoreApplication::translate("PromptTrialAgent", "%n without a verdict yet.", nullptr, collecting));
    if (proposed > 0)
        notes.append(QCoreApplication::translate("PromptTrialAgent", "Proposed %n verdict(s).", nullptr, proposed));
    return Outcome::done(notes.join(u' '), proposed);
}

ActionEffects::Result PromptTrialAgent::keep(
    const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const QString name = params.value(u"prompt_name"_s).toString();
    const int keep = params.value(u"keep"_s).toInt();
    const PromptTemplates::Trial t = PromptTemplates::trial(db, name);
    if (!t.active() || t.variant != params.value(u"variant"_s).toInt()
        || t.startedAt != params.value(u"started_at"_s).toInteger() || (keep != t.control && keep != t.variant))
        return ActionEffects::Result::failed(tr(
            "That trial has ended or changed since: nothing was changed. The Prompts page shows the version in use."));
    // Going back to the control stores its words again as the newest version, so the history says who chose it.
    if (keep == t.control)
        PromptTemplates::save(db, name, PromptTemplates::version(db, name, t.control).body,
            p.decidedBy.isEmpty() ? QString::fromLatin1(Name) : p.decidedBy, now);
    PromptTemplates::endTrial(db, name);
    params.insert(u"note"_s,
        tr("“%1” is written by %2 from now on; the trial has ended.")
            .arg(params.value(u"prompt"_s).toString(), versionName(keep)));
    return ActionEffects::Result::done(params);
}
