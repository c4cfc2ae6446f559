#include "Logging.h"

#include "Redaction.h"

#include <QDir>
#include <QLoggingCategory>
#include <QMutex>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace
{

struct State
{
    QMutex mutex;
    std::shared_ptr<spdlog::logger> logger;
    std::shared_ptr<spdlog::sinks::sink> fileSink;
    std::function<void(const QString&)> observer;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

State& state()
{
    static State s;
    return s;
}

spdlog::level::level_enum toSpd(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

spdlog::level::level_enum toSpd(Logging::Level level)
{
    switch (level) {
    case Logging::Level::Trace:
        return spdlog::level::trace;
    case Logging::Level::Debug:
        return spdlog::level::debug;
    case Logging::Level::Info:
        return spdlog::level::info;
    case Logging::Level::Warning:
        return spdlog::level::warn;
    case Logging::Level::Error:
        return spdlog::level::err;
    }
    return spdlog::level::info;
}

void handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString category = context.category ? QString::fromLatin1(context.category) : u"default"_s;
    const QString line = Redaction::redact(message);
    State& s = state();
    std::function<void(const QString&)> observer;
    std::shared_ptr<spdlog::logger> logger;
    {
        QMutexLocker lock(&s.mutex);
        observer = s.observer;
        logger = s.logger;
    }
    if (logger)
        logger->log(toSpd(type), "[{}] {}", category.toStdString(), line.toStdString());
    if (observer)
        observer(category + u": "_s + line);
    if (type == QtFatalMsg) {
        if (logger)
            logger->flush();
        std::abort();
    }
}

void applyFilterRules(Logging::Level level)
{
    // Qt drops debug messages of categories declared with QtInfoMsg unless a rule enables them.
    const bool debug = level == Logging::Level::Debug || level == Logging::Level::Trace;
    QLoggingCategory::setFilterRules(debug ? u"quorum.*.debug=true"_s : u"quorum.*.debug=false"_s);
}

} // namespace

namespace Logging
{

bool parseLevel(const QString& text, Level* level)
{
    const QString t = text.trimmed().toLower();
    if (t == u"trace")
        *level = Level::Trace;
    else if (t == u"debug")
        *level = Level::Debug;
    else if (t == u"info")
        *level = Level::Info;
    else if (t == u"warning" || t == u"warn")
        *level = Level::Warning;
    else if (t == u"error")
        *level = Level::Error;
    else
        return false;
    return true;
}

QString levelNames()
{
    return u"trace, debug, info, warning, error"_s;
}

void install(Level level, bool console)
{
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (!s.logger) {
            std::vector<spdlog::sink_ptr> sinks;
            if (console)
                sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
            s.logger = std::make_shared<spdlog::logger>("quorum", sinks.begin(), sinks.end());
            s.logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
            s.logger->flush_on(spdlog::level::warn);
        }
        s.logger->set_level(toSpd(level));
        if (!s.installed) {
            s.previous = qInstallMessageHandler(handler);
            s.installed = true;
        }
    }
    applyFilterRules(level);
}

void setLogDirectory(const QString& dir)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.logger)
        return;
    QDir().mkpath(dir);
    auto& sinks = s.logger->sinks();
    if (s.fileSink) {
        sinks.erase(std::remove(sinks.begin(), sinks.end(), s.fileSink), sinks.end());
        s.fileSink.reset();
    }
    const std::string path = QDir(dir).filePath(u"quorum.log"_s).toStdString();
    try {
        s.fileSink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path, 5 * 1024 * 1024, 3);
        sinks.push_back(s.fileSink);
    } catch (const spdlog::spdlog_ex& e) {
        s.logger->warn("[quorum.app] cannot open log file {}: {}", path, e.what());
    }
}

void setLevel(Level level)
{
    State& s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.logger)
            s.logger->set_level(toSpd(level));
    }
    applyFilterRules(level);
}

void setObserver(std::function<void(const QString&)> observer)
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    s.observer = std::move(observer);
}

void flush()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.logger)
        s.logger->flush();
}

void uninstall()
{
    State& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.installed) {
        qInstallMessageHandler(s.previous);
        s.installed = false;
    }
    if (s.logger)
        s.logger->flush();
    s.logger.reset();
    s.fileSink.reset();
    s.observer = nullptr;
}

} // namespace Logging
