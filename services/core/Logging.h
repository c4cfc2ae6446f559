#pragma once

#include <QString>

#include <functional>

// One Qt message handler that forwards every qDebug/qCInfo/... to spdlog: a rotating file in the
// workspace (logs/quorum.log) and the console. Every line passes through Redaction first.
namespace Logging
{

enum class Level
{
    Trace,
    Debug,
    Info,
    Warning,
    Error
};

// Parses "trace", "debug", "info", "warning"/"warn", "error"; false for anything else.
bool parseLevel(const QString& text, Level* level);
QString levelNames();

// Installs the handler with a console sink. Safe to call more than once.
void install(Level level, bool console = true);
// Adds (or moves) the rotating file sink to dir/quorum.log.
void setLogDirectory(const QString& dir);
void setLevel(Level level);
// Extra observer, for the in-app activity log and for tests that search the output for secrets.
// Receives the already-redacted line. Pass nullptr to remove.
void setObserver(std::function<void(const QString& line)> observer);
void flush();
void uninstall();

} // namespace Logging
