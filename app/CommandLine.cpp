#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

using namespace Qt::StringLiterals;

QString CommandLine::peekLanguage(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--lang="_s))
            return a.mid(7);
    }
    return {};
}

CommandLine CommandLine::parse(const QStringList& arguments)
{
    CommandLine cl;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine",
            "Quorum: a command center for running an online shop with AI agents under human control.\n\n"
            "Commands:\n"
            "  (none)          open the desktop application\n"
            "  run-pipeline    run the product pipeline without a window and print a summary")
        + u'\n'
        + QCoreApplication::translate(
            "CommandLine", "  audit verify    check the audit trail against its checkpoints and say what was changed")
        + u'\n'
        + QCoreApplication::translate("CommandLine",
            "  serve           run the workspace without a window: workers, agents, syncs, deadlines\n"
            "  worker          join a workspace as extra workers only\n"
            "  status          say what runs, the queue and the syncs; exit 1 when something needs attention\n"
            "  migrate-workspace  copy a workspace to PostgreSQL (--to postgresql://user@host/db) and check it")
        + u'\n'
        + QCoreApplication::translate("CommandLine",
            "  report          make the daily report of yesterday (or --weekly, of last week) and keep it"));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(
        {u"h"_s, u"help"_s}, QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version(
        {u"v"_s, u"version"_s}, QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption workspace(u"workspace"_s,
        QCoreApplication::translate("CommandLine", "Open the workspace in folder <dir> (created if missing)."),
        QCoreApplication::translate("CommandLine", "dir"));
    const QCommandLineOption demo(u"demo"_s,
        QCoreApplication::translate("CommandLine", "Open the demo workspace, creating and filling it if needed."));
    const QCommandLineOption lang(u"lang"_s,
        QCoreApplication::translate("CommandLine", "User interface language: en or nl (default: the system language)."),
        QCoreApplication::translate("CommandLine", "code"));
    const QCommandLineOption logLevel(u"log-level"_s,
        QCoreApplication::translate("CommandLine", "Log detail: %1 (default: info).").arg(Logging::levelNames()),
        QCoreApplication::translate("CommandLine", "level"), u"info"_s);
    const QCommandLineOption import(u"import"_s,
        QCoreApplication::translate("CommandLine", "run-pipeline: import this Shopify or WooCommerce CSV first."),
        QCoreApplication::translate("CommandLine", "file"));
    const QCommandLineOption to(u"to"_s,
        QCoreApplication::translate(
            "CommandLine", "migrate-workspace: the PostgreSQL database to copy the workspace to."),
        QCoreApplication::translate("CommandLine", "url"));
    const QCommandLineOption weekly(
        u"weekly"_s, QCoreApplication::translate("CommandLine", "report: the weekly report (Monday to Sunday)."));
    const QCommandLineOption day(u"day"_s,
        QCoreApplication::translate("CommandLine", "report: a day of the period to report (default: the last one)."),
        QCoreApplication::translate("CommandLine", "YYYY-MM-DD"));
    const QCommandLineOption out(u"out"_s,
        QCoreApplication::translate("CommandLine", "report: also write the PDF to this file."),
        QCoreApplication::translate("CommandLine", "file"));
    for (const auto& o : {help, version, workspace, demo, lang, logLevel, import, to, weekly, day, out})
        parser.addOption(o);
    parser.addPositionalArgument(
        u"command"_s, QCoreApplication::translate("CommandLine", "Optional command (see above)."), u"[command]"_s);
    cl.helpText = parser.helpText();

    const auto fail = [&cl](const QString& message) {
        cl.mode = Mode::Error;
        cl.error = message;
        return cl;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        cl.mode = Mode::Help;
        return cl;
    }
    if (parser.isSet(version)) {
        cl.mode = Mode::Version;
        return cl;
    }
    cl.workspace = parser.value(workspace);
    cl.demo = parser.isSet(demo);
    cl.importFile = parser.value(import);
    cl.target = parser.value(to).trimmed();
    cl.weekly = parser.isSet(weekly);
    cl.day = parser.value(day).trimmed();
    cl.outFile = parser.value(out).trimmed();
    const bool reporting = !parser.positionalArguments().isEmpty() && parser.positionalArguments().first() == u"report";
    if ((cl.weekly || parser.isSet(day) || parser.isSet(out)) && !reporting)
        return fail(QCoreApplication::translate("CommandLine", "--weekly, --day and --out are only used with report."));
    if (parser.isSet(day) && !QDate::fromString(cl.day, Qt::ISODate).isValid())
        return fail(QCoreApplication::translate(
            "CommandLine", "--day needs a date written as YYYY-MM-DD, such as 2026-11-30."));
    if (parser.isSet(lang)) {
        cl.language = parser.value(lang).trimmed().toLower();
        if (cl.language != u"en" && cl.language != u"nl")
            return fail(QCoreApplication::translate("CommandLine", "Unsupported language \u201c%1\u201d: use en or nl.")
                            .arg(parser.value(lang)));
    }
    if (!Logging::parseLevel(parser.value(logLevel), &cl.logLevel))
        return fail(QCoreApplication::translate("CommandLine", "Unknown log level \u201c%1\u201d: use one of %2.")
                        .arg(parser.value(logLevel), Logging::levelNames()));
    if (parser.isSet(workspace) && cl.workspace.trimmed().isEmpty())
        return fail(QCoreApplication::translate("CommandLine", "--workspace needs a folder."));

    const QStringList positional = parser.positionalArguments();
    const bool audit = !positional.isEmpty() && positional.first() == u"audit";
    if (positional.size() > (audit ? 2 : 1))
        return fail(QCoreApplication::translate("CommandLine", "Too many arguments: %1").arg(positional.join(u' ')));
    if (audit) {
        if (positional.size() < 2 || positional.at(1) != u"verify")
            return fail(QCoreApplication::translate(
                "CommandLine", "Unknown audit command. Use: quorum audit verify --workspace DIR"));
        cl.mode = Mode::AuditVerify;
        if (cl.workspace.isEmpty())
            return fail(QCoreApplication::translate("CommandLine", "audit verify needs --workspace DIR."));
        if (!cl.importFile.isEmpty())
            return fail(QCoreApplication::translate("CommandLine", "--import is only used with run-pipeline."));
        return cl;
    }
    if (!cl.target.isEmpty() && (positional.isEmpty() || positional.first() != u"migrate-workspace"))
        return fail(QCoreApplication::translate("CommandLine", "--to is only used with migrate-workspace."));
    if (positional.size() == 1 && positional.first() != u"run-pipeline") {
        const QString command = positional.first();
        if (command == u"serve")
            cl.mode = Mode::Serve;
        else if (command == u"worker")
            cl.mode = Mode::Worker;
        else if (command == u"status")
            cl.mode = Mode::Status;
        else if (command == u"migrate-workspace")
            cl.mode = Mode::MigrateWorkspace;
        else if (command == u"report")
            cl.mode = Mode::Report;
        else
            return fail(QCoreApplication::translate("CommandLine",
                "Unknown command \u201c%1\u201d. The commands are run-pipeline, serve, worker, status, "
                "migrate-workspace, report and audit verify.")
                            .arg(command));
        if (!cl.importFile.isEmpty())
            return fail(QCoreApplication::translate("CommandLine", "--import is only used with run-pipeline."));
        if (cl.workspace.isEmpty() && !(cl.demo && cl.mode == Mode::Serve))
            return fail(QCoreApplication::translate("CommandLine", "%1 needs --workspace DIR.").arg(command));
        if (cl.mode == Mode::MigrateWorkspace && !cl.target.startsWith(u"postgresql://"_s))
            return fail(QCoreApplication::translate(
                "CommandLine", "migrate-workspace needs --to postgresql://user@host:5432/database."));
        return cl;
    }
    if (positional.size() == 1) {
        cl.mode = Mode::RunPipeline;
        if (cl.workspace.isEmpty() && !cl.demo)
            return fail(QCoreApplication::translate("CommandLine", "run-pipeline needs --workspace DIR (or --demo)."));
        if (!cl.importFile.isEmpty() && !QFileInfo(cl.importFile).isFile())
            return fail(
                QCoreApplication::translate("CommandLine", "The file to import does not exist: %1").arg(cl.importFile));
    } else if (!cl.importFile.isEmpty()) {
        return fail(QCoreApplication::translate("CommandLine", "--import is only used with run-pipeline."));
    }
    return cl;
}
