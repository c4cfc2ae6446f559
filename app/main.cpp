#include "Application.h"
#include "AuditVerifyRun.h"
#include "CommandLine.h"
#include "HeadlessRun.h"
#include "MigrateRun.h"
#include "ReportRun.h"
#include "ServerRun.h"
#include "StatusRun.h"
#include "Theme.h"
#include "Translations.h"
#include "core/Log.h"
#include "core/Logging.h"
#include "core/QuitSignals.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSessionManager>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace
{

void setIdentity()
{
    QCoreApplication::setOrganizationName(u"Quorum"_s);
    QCoreApplication::setApplicationName(u"Quorum"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(QUORUM_VERSION));
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList out;
    for (int i = 0; i < argc; ++i)
        out.append(QString::fromLocal8Bit(argv[i]));
    return out;
}

// --help, --version, command line errors, run-pipeline, serve, worker, status, report and audit verify need no
// window, so they work on a machine without a display. serve and report make PDF reports, which need fonts: they
// run under a QGuiApplication on the offscreen platform; the rest under a QCoreApplication.
int runWithoutWindow(int argc, char** argv, const QStringList& args, bool withFonts)
{
    if (withFonts)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application
        = withFonts ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    setIdentity();
    const QString language = Translations::install(app, CommandLine::peekLanguage(args));
    CommandLine cl = CommandLine::parse(args);
    cl.language = language; // the demo workspace is seeded in the language actually in use
    switch (cl.mode) {
    case CommandLine::Mode::Help:
        std::fputs(qPrintable(cl.helpText), stdout);
        return 0;
    case CommandLine::Mode::Version:
        std::printf("Quorum %s\n", QUORUM_VERSION);
        return 0;
    case CommandLine::Mode::Error:
        std::fprintf(stderr, "quorum: %s\n%s\n", qPrintable(cl.error),
            qPrintable(QCoreApplication::translate("CommandLine", "Run “quorum --help” to see the options.")));
        return CommandLine::UsageError;
    default:
        break;
    }
    if (cl.mode == CommandLine::Mode::Status) {
        Logging::install(Logging::Level::Warning, false);
        const int code = runStatus(cl);
        Logging::uninstall();
        return code;
    }
    if (cl.mode == CommandLine::Mode::Report) {
        Logging::install(Logging::Level::Warning, false);
        const int code = runReport(cl);
        Logging::uninstall();
        return code;
    }
    if (cl.mode == CommandLine::Mode::MigrateWorkspace) {
        Logging::install(cl.logLevel, false);
        const int code = runMigrateWorkspace(cl);
        Logging::uninstall();
        return code;
    }
    if (cl.mode == CommandLine::Mode::Serve || cl.mode == CommandLine::Mode::Worker) {
        // A service's log goes to the console (the journal, under systemd) and to the workspace's log.
        Logging::install(cl.logLevel, true);
        ServerRun server(cl, cl.mode == CommandLine::Mode::Serve ? ServerRun::Role::Serve : ServerRun::Role::Worker);
        if (QString error; !server.start(&error)) {
            std::fprintf(stderr, "quorum: %s\n", qPrintable(error));
            Logging::uninstall();
            return ServerRun::CannotRun;
        }
        QObject::connect(&server, &ServerRun::finished, &app, [](int code) { QCoreApplication::exit(code); });
        const int code = app.exec();
        Logging::uninstall();
        return code;
    }
    Logging::install(cl.logLevel, false);
    if (cl.mode == CommandLine::Mode::AuditVerify) {
        AuditVerifyRun verify(cl);
        if (!verify.start())
            return verify.exitCode();
        // The keychain answers on the event loop; the result is printed as soon as it has.
        QObject::connect(
            &verify, &AuditVerifyRun::finished, &app, [](int code) { QCoreApplication::exit(code); },
            Qt::QueuedConnection);
        const int code = app.exec();
        Logging::uninstall();
        return code;
    }
    HeadlessRun run(cl);
    if (!run.start())
        return run.exitCode();
    QObject::connect(&run, &HeadlessRun::finished, &app, [](int code) { QCoreApplication::exit(code); });
    const int code = app.exec();
    Logging::uninstall();
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList args = argumentsOf(argc, argv);
    {
        const CommandLine probe = CommandLine::parse(args);
        if (probe.mode != CommandLine::Mode::Gui)
            return runWithoutWindow(
                argc, argv, args, probe.mode == CommandLine::Mode::Serve || probe.mode == CommandLine::Mode::Report);
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(u"org.quorum.Quorum"_s);
    CommandLine cl = CommandLine::parse(args);
    Logging::install(cl.logLevel);
    cl.language = Translations::install(app, cl.language); // the demo workspace is seeded in it
    Theme::apply(app);

    Application quorum(cl);
    QString error;
    if (!quorum.start(&error)) {
        qCCritical(lcApp) << error;
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Quorum cannot start"), error);
        return 1;
    }
    // SIGTERM, SIGINT, SIGHUP and the end of the desktop session close Quorum the way its window's
    // Quit does: the workers give back what they hold at a safe point, the window keeps its state.
    QuitSignals quitSignals;
    QObject::connect(&quitSignals, &QuitSignals::quitRequested, &quorum, [&quorum](int signal) {
        qCInfo(lcApp) << QuitSignals::name(signal) << "received: stopping at a safe point";
        quorum.quit();
    });
    QObject::connect(&app, &QGuiApplication::commitDataRequest, &quorum, [&quorum](QSessionManager&) {
        qCInfo(lcApp) << "the desktop session is ending: stopping at a safe point";
        quorum.quit();
    });
    const int code = app.exec();
    Logging::uninstall();
    return code;
}
