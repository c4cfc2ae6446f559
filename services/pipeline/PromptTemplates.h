#pragma once

#include <QHash>
#include <QJsonObject>

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

// Prompt templates: defaults ship in resources/prompts, edits are stored in the workspace as new
// versions (never overwritten), and every content version records the template version that
// produced it. Variables are written {{name}}.
namespace PromptTemplates
{

struct Template
{
    QString name;
    int version = 0; // 0: the shipped default
    QString body;
    QString author;
    qint64 createdAt = 0;
};

// writer.system, writer.<piece kind>, reviewer.system, reviewer.review, writer.agreement
QStringList names();
QString displayName(const QString& name);
QString defaultBody(const QString& name);
Template current(const QSqlDatabase& db, const QString& name);
QList<Template> history(const QSqlDatabase& db, const QString& name);

// How a writer's template version has done in the gate: of the runs its first attempt was written with (and judged:
// the review's verdict or a failed check is in; a run still being judged is not counted yet), how
// many passed on that first attempt (checks, review and the writer's answer), and how many of those were kept
// unchanged (no person's edit of the piece since). Only the templates that write one kind of piece or site
// part have a record; the shared ones (system prompts, the reviewer's) serve every kind.
struct Record
{
    int runs = 0;
    int firstPass = 0;
    int keptUnchanged = 0;
};
bool hasRecord(const QString& name);
// By template version (0: the shipped default); since: only runs whose first attempt was written from then on.
QHash<int, Record> records(const QSqlDatabase& db, const QString& name, qint64 since = 0);
// One stored version (0: the shipped default).
Template version(const QSqlDatabase& db, const QString& name, int version);

// A trial of prompts (A/B): a new version writes a share of the runs beside the version in use, until the records
// of the runs since it began tell them apart. Only a template with a record can be tried (Settings key
// "prompts.trial.<name>"). Saving another version ends a trial.
struct Trial
{
    int control = 0; // the version in use before
    int variant = 0; // the version on trial (0: no trial)
    int sharePct = 50;
    qint64 startedAt = 0;
    QString startedBy;
    bool active() const { return variant > 0; }
};
Trial trial(const QSqlDatabase& db, const QString& name);
void setTrial(const QSqlDatabase& db, const QString& name, const Trial& trial);
void endTrial(const QSqlDatabase& db, const QString& name);
// Whether a run writes with the variant: by the run itself (its piece and run number), so a run resumed after a
// crash writes with the version it began with, and the share holds over many runs.
bool inVariantShare(const QString& name, qint64 pieceId, int runNo, int sharePct);

// What the runs since the trial began say: each version's record and the verdict of a sequential test on the
// first-attempt pass rates (none before 20 runs each and 5 passes and 5 failures in all).
struct TrialVerdict
{
    Record control;
    Record variant;
    std::optional<int> better; // the version the test finds better (none yet: empty)
    double pValue = 1;         // the variant against the control
    bool collecting = true;    // a version is below the floors
};
TrialVerdict judge(const QSqlDatabase& db, const QString& name, const Trial& trial);
// Stores a new version; returns its number.
int save(const QSqlDatabase& db, const QString& name, const QString& body, const QString& author, qint64 now);

QString render(const QString& body, const QHash<QString, QString>& variables);
QStringList variablesIn(const QString& body);
// The variables the pipeline fills, with a one-line explanation each.
QList<std::pair<QString, QString>> knownVariables();

} // namespace PromptTemplates
