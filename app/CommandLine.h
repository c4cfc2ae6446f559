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
//   quorum serve --workspace DIR         (or --demo)
//   quorum worker --workspace DIR
//   quorum status --workspace DIR
//   quorum migrate-workspace --workspace DIR --to postgresql://user@host:5432/db
//   quorum report --workspace DIR [--weekly] [--day YYYY-MM-DD] [--out FILE.pdf]
struct CommandLine
{
    enum class Mode
    {
        Gui,
        RunPipeline,
        AuditVerify,
        Serve,
        Worker,
        Status,
        MigrateWorkspace,
        Report,
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
    QString target;      // migrate-workspace --to
    bool weekly = false; // report --weekly
    QString day;         // report --day: a day of the period (default: yesterday, or last week)
    QString outFile;     // report --out
    QString error;       // Mode::Error
    QString helpText;    // Mode::Help

    static CommandLine parse(const QStringList& arguments);
    // Exit code for a command line error.
    static constexpr int UsageError = 2;
    // The value of --lang if present, scanned without full parsing (translators load before parsing).
    static QString peekLanguage(const QStringList& arguments);
};
