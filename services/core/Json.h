#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace Json
{

// Parses a JSON document, explaining failures in words a person can act on ("the body ends in the
// middle of an object: the response was cut off", "not JSON: the body starts with '<html'").
std::optional<QJsonDocument> parse(const QByteArray& bytes, QString* error);
std::optional<QJsonObject> parseObject(const QByteArray& bytes, QString* error);

// Canonical form for hashing: compact, keys sorted (QJsonObject keeps them sorted), UTF-8.
QByteArray canonical(const QJsonObject& object);
QByteArray canonical(const QJsonArray& array);

QString compact(const QJsonObject& object);
QString compact(const QJsonArray& array);
QJsonObject objectFromString(const QString& text);
QJsonArray arrayFromString(const QString& text);
QStringList toStringList(const QJsonArray& array);
QJsonArray fromStringList(const QStringList& list);

} // namespace Json
