#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// A file a person picked to import (a report, a price list), read whole: nothing when it cannot be
// opened or is larger than maxBytes, with *error saying which for that person (the file's name, the
// system's reason or the limit, then hint: what to do instead).
namespace SmallFile
{
std::optional<QByteArray> read(const QString& path, qint64 maxBytes, const QString& hint, QString* error);
} // namespace SmallFile
