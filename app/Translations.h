#pragma once

#include <QString>

class QCoreApplication;

// Installs Quorum's translator (compiled into the binary) and Qt's own for the language given on the
// command line, or the system's when none was given. Installing again replaces what an earlier call
// installed, so tests can switch languages.
namespace Translations
{

// Returns the language actually in use ("en" or "nl").
QString install(QCoreApplication& app, const QString& requested);
QStringList available();

} // namespace Translations
