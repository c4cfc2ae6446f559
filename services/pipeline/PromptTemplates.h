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
// Stores a new version; returns its number.
int save(const QSqlDatabase& db, const QString& name, const QString& body, const QString& author, qint64 now);

QString render(const QString& body, const QHash<QString, QString>& variables);
QStringList variablesIn(const QString& body);
// The variables the pipeline fills, with a one-line explanation each.
QList<std::pair<QString, QString>> knownVariables();

} // namespace PromptTemplates
