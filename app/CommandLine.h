#pragma once

#include "core/Logging.h"

#include <QString>
#include <QStringList>

// Quorum's command line. Parsing is a pure function so it can be tested and so --help, --version
// and errors are answered before any window (or display) is needed.
//
//   quorum [--workspace DIR] [--demo] [--lang CODE] [--log-level LEVEL]
//   quorum run-pipeline --workspace DIR [--import FILE.csv]
//   quorum audit verify --workspace DIR
struct CommandLine
{
    enum class Mode
    {
        Gui,
        RunPipeline,
        AuditVerify,
        Help,
        Version,
        Error
    };

    Mode mode = Mode::Gui;
    QString workspace;
    bool demo = false;
    QString language; // empty: the system locale (main() then sets the language it installed)
    Logging::Level logLevel = Logging::Level::Info;
    QString importFile;
    QString error;    // Mode::Error
    QString helpText; // Mode::Help

    static CommandLine parse(const QStringList& arguments);
    // Exit code for a command line error.
    static constexpr int UsageError = 2;
    // The value of --lang if present, scanned without full parsing (translators load before parsing).
    static QString peekLanguage(const QStringList& arguments);
};
