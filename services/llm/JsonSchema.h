#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// The subset of JSON Schema Quorum needs to check a model's answer on its own side: type (or a list
// of types), properties, required, additionalProperties: false, enum, minLength/maxLength,
// minItems/maxItems, items, minimum/maximum. Every violation names its path ("$.faq[2].answer").
namespace JsonSchema
{

struct Violation
{
    QString path;
    QString message;
    QString toString() const { return path + QStringLiteral(": ") + message; }
};

QList<Violation> validate(const QJsonValue& value, const QJsonObject& schema);
// True when the schema meets OpenAI's strict structured-output rules (every object lists all its
// properties as required and forbids additional ones).
bool isStrictCompatible(const QJsonObject& schema);
// The schema in the OpenAPI dialect Gemini's responseSchema takes (upper-case type names,
// no additionalProperties).
QJsonObject toGeminiSchema(const QJsonObject& schema);

// Builders for the schemas Quorum asks with: a string (length bounds, 0 = none), a string from a list, an
// integer range, an array (item bounds), and an object whose every property is required and nothing else is
// allowed (OpenAI strict mode).
QJsonObject str(int maxLength = 0, int minLength = 0);
QJsonObject oneOf(const QStringList& values);
QJsonObject integer(int minimum, int maximum);
QJsonObject arr(const QJsonObject& items, int minItems = 0, int maxItems = 0);
QJsonObject obj(const QList<std::pair<QString, QJsonObject>>& props);
// An obj() schema with one more required property.
QJsonObject withProperty(QJsonObject object, const QString& name, const QJsonObject& schema);

} // namespace JsonSchema
