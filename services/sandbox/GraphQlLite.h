#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// Just enough GraphQL for the sandbox's Shopify data queries: one query operation, fields with
// aliases and arguments (literals or $variables), nested selections, inline and named fragments
// (merged into the selection). Directives are read and ignored. Used to answer only the fields a client asked for and
// to price a query as Shopify does (objects 1, connections 2 + first x node).
namespace GraphQlLite
{

struct Field
{
    QString name;
    QString alias;
    QHash<QString, QJsonValue> args; // variables resolved
    QList<Field> children;

    QString key() const { return alias.isEmpty() ? name : alias; }
    const Field* child(const QString& childName) const;
    QJsonValue arg(const QString& argName, const QJsonValue& fallback = {}) const;
};

// The top-level selection of the document; an empty list with *error set when it cannot be read.
QList<Field> parse(const QString& document, const QJsonObject& variables, QString* error);

// Keeps only what the selection asked for (with aliases), from a value that holds at least that.
QJsonValue project(const QJsonValue& full, const Field& field);

// Shopify-style cost. Scalars and objects holding only scalars are free, other objects cost 1,
// a connection (a field with first/last) costs 2 + n x (1 + its node's cost), n = first when
// `answer` is null (the requested cost) or the number of nodes the answer holds (the actual cost).
double cost(const Field& field, const QJsonValue* answer = nullptr);

} // namespace GraphQlLite
