#pragma once

#include "ApprovalTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The typed parameters of each kind of action proposal: what an action runs with, so that the
// Modify form can be generated and what a person enters can be checked before anything runs.
namespace ActionSchema
{

enum class FieldType
{
    Text,
    LongText,
    Money,    // a decimal amount in the proposal's currency ("1250.00")
    Currency, // ISO code
    Integer,
    Percent, // 0-100
    Enum,
    Date // yyyy-MM-dd
};

struct Field
{
    QString key;
    FieldType type = FieldType::Text;
    bool required = false;
    QStringList options;   // Enum
    bool readOnly = false; // shown, not edited (e.g. the price before the change)
    bool figure = false;   // a figure the agent worked from: read-only, shown in the detail, not in the Modify form
    // The label when the key's usual one does not fit this kind of action (translated in "ActionSchema").
    const char* labelText = nullptr;
    QString label() const;
};

QList<Field> fields(ActionType actionType);
const Field* field(ActionType actionType, const QString& key);

struct Problem
{
    QString field;
    QString message;
};
QList<Problem> validate(ActionType actionType, const QJsonObject& parameters);
// Canonical values: amounts as "1250.00", codes upper case, integers as numbers.
QJsonObject normalised(ActionType actionType, const QJsonObject& parameters);
// What an action runs with, in one line as a person reads it ("amount €1,250.00, until 2026-12-24"):
// the editable parameters, without the currency code. valuesOnly: only the amounts, percentages,
// counts and dates when there are any (what a person changes), not the names they apply to.
QString summary(ActionType actionType, const QJsonObject& parameters, const QString& currency, bool valuesOnly = false);
// A value as a person reads it ("€1,250.00", "30 %").
QString displayValue(const Field& field, const QJsonValue& value, const QString& currency);

} // namespace ActionSchema
