#pragma once

#include <QString>

class QCoreApplication;

// Installs Quorum's translator (compiled into the binary) and Qt's own for the language given on the
// command line, or the system's when none was given. English needs no translator.
namespace Translations
{

// Returns the language actually in use ("en" or "nl").
QString install(QCoreApplication& app, const QString& requested);
QStringList available();

} // namespace Translations
