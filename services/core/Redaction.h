#pragma once

#include <QString>

// Masks secrets in text before it reaches a log line, an error message shown to the user or a
// database row. Two layers: patterns (auth headers, key-shaped tokens, secret query parameters and
// JSON fields) and the exact values of secrets this process has loaded (registerSecret), so a key
// that matches no pattern is still caught.
namespace Redaction
{

inline constexpr QLatin1StringView Mask{"***"};

QString redact(const QString& text);
QByteArray redact(const QByteArray& text);

// Remembers a secret value for the lifetime of the process (thread-safe). Values shorter than
// 6 characters are ignored: masking them would mangle ordinary words.
void registerSecret(const QString& value);
void clearRegisteredSecrets();

} // namespace Redaction
