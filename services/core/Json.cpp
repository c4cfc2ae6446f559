#include "Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Json
{

std::optional<QJsonDocument> parse(const QByteArray& bytes, QString* error)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Json", "the body is empty");
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return doc;
    if (error) {
        const char first = trimmed.at(0);
        if (first != '{' && first != '[') {
            QString start = QString::fromUtf8(trimmed.left(24)).simplified();
            *error = QCoreApplication::translate("Json", "not JSON: the body starts with \u201c%1\u201d").arg(start);
        } else if (parseError.offset >= trimmed.size() - 1 || parseError.error == QJsonParseError::UnterminatedObject
            || parseError.error == QJsonParseError::UnterminatedArray
            || parseError.error == QJsonParseError::UnterminatedString) {
            *error = QCoreApplication::translate("Json", "the JSON ends early (%1 bytes): the response was cut off")
                         .arg(trimmed.size());
        } else {
            *error = QCoreApplication::translate("Json", "malformed JSON at byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        }
    }
    return std::nullopt;
}

std::optional<QJsonObject> parseObject(const QByteArray& bytes, QString* error)
{
    auto doc = parse(bytes, error);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        if (error)
            *error = QCoreApplication::translate("Json", "expected a JSON object");
        return std::nullopt;
    }
    return doc->object();
}

QByteArray canonical(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray canonical(const QJsonArray& array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(canonical(object));
}

QString compact(const QJsonArray& array)
{
    return QString::fromUtf8(canonical(array));
}

QJsonObject objectFromString(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QJsonArray arrayFromString(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

QStringList toStringList(const QJsonArray& array)
{
    QStringList out;
    out.reserve(array.size());
    for (const QJsonValue& v : array)
        out.append(v.toString());
    return out;
}

QJsonArray fromStringList(const QStringList& list)
{
    QJsonArray out;
    for (const QString& s : list)
        out.append(s);
    return out;
}

} // namespace Json
