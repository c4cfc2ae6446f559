#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

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

// How a writer's template version has done in the gate: of the runs its first attempt was written with, how
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
// By template version (0: the shipped default).
QHash<int, Record> records(const QSqlDatabase& db, const QString& name);
// Stores a new version; returns its number.
int save(const QSqlDatabase& db, const QString& name, const QString& body, const QString& author, qint64 now);

QString render(const QString& body, const QHash<QString, QString>& variables);
QStringList variablesIn(const QString& body);
// The variables the pipeline fills, with a one-line explanation each.
QList<std::pair<QString, QString>> knownVariables();

} // namespace PromptTemplates
