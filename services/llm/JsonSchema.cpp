#include "JsonSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace JsonSchema
{

namespace
{

QString typeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 9.0e15 ? u"integer"_s : u"number"_s;
    }
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"undefined"_s;
    }
}

bool typeMatches(const QString& actual, const QString& expected)
{
    return actual == expected || (expected == u"number" && actual == u"integer");
}

void check(const QJsonValue& value, const QJsonObject& schema, const QString& path, QList<Violation>* out)
{
    const QString actual = typeOf(value);
    if (schema.contains(u"type"_s)) {
        QStringList allowed;
        const QJsonValue t = schema.value(u"type"_s);
        if (t.isArray()) {
            for (const QJsonValue& x : t.toArray())
                allowed.append(x.toString());
        } else {
            allowed.append(t.toString());
        }
        const bool ok
            = std::any_of(allowed.begin(), allowed.end(), [&](const QString& e) { return typeMatches(actual, e); });
        if (!ok) {
            out->append({path,
                QCoreApplication::translate("JsonSchema", "expected %1, got %2").arg(allowed.join(u" or "_s), actual)});
            return;
        }
    }
    if (schema.contains(u"enum"_s)) {
        const QJsonArray options = schema.value(u"enum"_s).toArray();
        if (!options.contains(value))
            out->append({path,
                QCoreApplication::translate("JsonSchema", "must be one of %1")
                    .arg(QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)))});
    }
    if (actual == u"string") {
        const qsizetype len = value.toString().size();
        if (schema.contains(u"minLength"_s) && len < schema.value(u"minLength"_s).toInteger())
            out->append({path,
                QCoreApplication::translate("JsonSchema", "is %1 characters, shorter than the minimum %2")
                    .arg(len)
                    .arg(schema.value(u"minLength"_s).toInteger())});
        if (schema.contains(u"maxLength"_s) && len > schema.value(u"maxLength"_s).toInteger())
            out->append({path,
                QCoreApplication::translate("JsonSchema", "is %1 characters, longer than the maximum %2")
                    .arg(len)
                    .arg(schema.value(u"maxLength"_s).toInteger())});
    }
    if (actual == u"integer" || actual == u"number") {
        const double d = value.toDouble();
        if (schema.contains(u"minimum"_s) && d < schema.value(u"minimum"_s).toDouble())
            out->append({path,
                QCoreApplication::translate("JsonSchema", "%1 is below the minimum %2")
                    .arg(d)
                    .arg(schema.value(u"minimum"_s).toDouble())});
        if (schema.contains(u"maximum"_s) && d > schema.value(u"maximum"_s).toDouble())
            out->append({path,
                QCoreApplication::translate("JsonSchema", "%1 is above the maximum %2")
                    .arg(d)
                    .arg(schema.value(u"maximum"_s).toDouble())});
    }
    if (actual == u"array") {
        const QJsonArray items = value.toArray();
        if (schema.contains(u"minItems"_s) && items.size() < schema.value(u"minItems"_s).toInteger())
            out->append({path,
                QCoreApplication::translate("JsonSchema", "has %1 items, fewer than the minimum %2")
                    .arg(items.size())
                    .arg(schema.value(u"minItems"_s).toInteger())});
        if (schema.contains(u"maxItems"_s) && items.size() > schema.value(u"maxItems"_s).toInteger())
            out->append({path,
                QCoreApplication::translate("JsonSchema", "has %1 items, more than the maximum %2")
                    .arg(items.size())
                    .arg(schema.value(u"maxItems"_s).toInteger())});
        if (schema.value(u"items"_s).isObject()) {
            const QJsonObject itemSchema = schema.value(u"items"_s).toObject();
            for (qsizetype i = 0; i < items.size(); ++i)
                check(items.at(i), itemSchema, path + u'[' + QString::number(i) + u']', out);
        }
    }
    if (actual == u"object") {
        const QJsonObject obj = value.toObject();
        const QJsonObject props = schema.value(u"properties"_s).toObject();
        for (const QJsonValue& r : schema.value(u"required"_s).toArray()) {
            if (!obj.contains(r.toString()))
                out->append(
                    {path + u'.' + r.toString(), QCoreApplication::translate("JsonSchema", "is required but missing")});
        }
        const bool closed = schema.value(u"additionalProperties"_s) == QJsonValue(false);
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            if (props.contains(it.key()))
                check(it.value(), props.value(it.key()).toObject(), path + u'.' + it.key(), out);
            else if (closed)
                out->append({path + u'.' + it.key(), QCoreApplication::translate("JsonSchema", "is not allowed here")});
        }
    }
}

} // namespace

QList<Violation> validate(const QJsonValue& value, const QJsonObject& schema)
{
    QList<Violation> out;
    check(value, schema, u"$"_s, &out);
    return out;
}

bool isStrictCompatible(const QJsonObject& schema)
{
    if (schema.value(u"type"_s).toString() == u"object") {
        const QJsonObject props = schema.value(u"properties"_s).toObject();
        const QJsonArray required = schema.value(u"required"_s).toArray();
        if (schema.value(u"additionalProperties"_s) != QJsonValue(false) || required.size() != props.size())
            return false;
        for (auto it = props.begin(); it != props.end(); ++it) {
            if (!required.contains(it.key()) || !isStrictCompatible(it.value().toObject()))
                return false;
        }
    }
    if (schema.value(u"type"_s).toString() == u"array" && schema.value(u"items"_s).isObject())
        return isStrictCompatible(schema.value(u"items"_s).toObject());
    return true;
}

QJsonObject toGeminiSchema(const QJsonObject& schema)
{
    QJsonObject out;
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const QString key = it.key();
        if (key == u"additionalProperties" || key == u"$schema")
            continue;
        if (key == u"type") {
            out.insert(key, it.value().toString().toUpper());
        } else if (key == u"properties") {
            QJsonObject props;
            const QJsonObject in = it.value().toObject();
            for (auto p = in.begin(); p != in.end(); ++p)
                props.insert(p.key(), toGeminiSchema(p.value().toObject()));
            out.insert(key, props);
        } else if (key == u"items" && it.value().isObject()) {
            out.insert(key, toGeminiSchema(it.value().toObject()));
        } else {
            out.insert(key, it.value());
        }
    }
    return out;
}

QJsonObject str(int maxLength, int minLength)
{
    QJsonObject o{{u"type"_s, u"string"_s}};
    if (maxLength > 0)
        o.insert(u"maxLength"_s, maxLength);
    if (minLength > 0)
        o.insert(u"minLength"_s, minLength);
    return o;
}

QJsonObject oneOf(const QStringList& values)
{
    return QJsonObject{{u"type"_s, u"string"_s}, {u"enum"_s, QJsonArray::fromStringList(values)}};
}

QJsonObject integer(int minimum, int maximum)
{
    return QJsonObject{{u"type"_s, u"integer"_s}, {u"minimum"_s, minimum}, {u"maximum"_s, maximum}};
}

QJsonObject arr(const QJsonObject& items, int minItems, int maxItems)
{
    QJsonObject o{{u"type"_s, u"array"_s}, {u"items"_s, items}};
    if (minItems > 0)
        o.insert(u"minItems"_s, minItems);
    if (maxItems > 0)
        o.insert(u"maxItems"_s, maxItems);
    return o;
}

QJsonObject obj(const QList<std::pair<QString, QJsonObject>>& props)
{
    QJsonObject properties;
    QJsonArray required;
    for (const auto& [name, schema] : props) {
        properties.insert(name, schema);
        required.append(name);
    }
    return QJsonObject{{u"type"_s, u"object"_s}, {u"properties"_s, properties}, {u"required"_s, required},
        {u"additionalProperties"_s, false}};
}

QJsonObject withProperty(QJsonObject object, const QString& name, const QJsonObject& schema)
{
    QJsonObject properties = object.value(u"properties"_s).toObject();
    properties.insert(name, schema);
    object.insert(u"properties"_s, properties);
    QJsonArray required = object.value(u"required"_s).toArray();
    if (!required.contains(name))
        required.append(name);
    object.insert(u"required"_s, required);
    return object;
}

} // namespace JsonSchema
