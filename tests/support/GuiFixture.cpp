#include "GuiFixture.h"

#include "TestDatabase.h"

#include "Theme.h"

#include "Translations.h"
#include "llm/ProviderStore.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QDialog>
#include <QDir>
#include <QMetaMethod>
#include <QRandomGenerator>
#include <QSettings>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
QTemporaryDir& processDir()
{
    static QTemporaryDir dir;
    return dir;
}
} // namespace

void GuiFixture::setUpProcess()
{
    // Machine-local state (geometry, last pane) goes to a throwaway folder, never the user's.
    qputenv("XDG_CONFIG_HOME", processDir().filePath(u"config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", processDir().filePath(u"data"_s).toUtf8());
    QCoreApplication::setOrganizationName(u"QuorumTest"_s);
    QCoreApplication::setApplicationName(u"QuorumTest"_s);
    // The window as a person sees it: the app's own palette and style sheet, as main() applies them.
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        Theme::apply(*app);
}

bool GuiFixture::start(const Options& options, QString* error)
{
    stop();
    m_options = options;
    // Machine-local state (last pane, geometry, last workspace) starts empty for every test.
    QSettings().clear();
    qputenv("QUORUM_USER", options.user.toUtf8());
    m_options.language = Translations::install(*qApp, options.language);
    m_workspace = std::make_unique<QTemporaryDir>();
    if (!TestDatabase::prepare(m_workspace->path(), error))
        return false;
    if (!options.demo) {
        m_sandbox = std::make_unique<SandboxThread>();
        if (!m_sandbox->isRunning()) {
            *error = u"the sandbox did not start: "_s + m_sandbox->errorString();
            return false;
        }
        auto ws = Workspace::open(m_workspace->path(), error);
        if (!ws)
            return false;
        ProviderStore::useSandbox(ws->db(), m_sandbox->url());
        Settings::setValue(ws->db(), u"pipeline.poll_ms"_s, u"200"_s);
        Settings::setValue(ws->db(), u"workspace.currency"_s, u"EUR"_s);
    }
    CommandLine cl;
    cl.demo = options.demo;
    cl.workspace = m_workspace->path();
    cl.language = m_options.language;
    m_app = std::make_unique<Application>(cl);
    if (!m_app->start(error))
        return false;
    if (!window() || !QTest::qWaitForWindowExposed(window())) {
        *error = u"the main window did not show"_s;
        return false;
    }
    return true;
}

void GuiFixture::stop()
{
    // Dialogs a test left open go with the window.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != window() && w->isVisible() && qobject_cast<QDialog*>(w))
            w->close();
    }
    m_app.reset();
    m_sandbox.reset();
    if (m_workspace)
        TestDatabase::release(m_workspace->path());
    m_workspace.reset();
}

bool GuiFixture::restart(QString* error, const QString& language)
{
    if (window())
        window()->close();
    m_app.reset();
    if (!language.isEmpty())
        m_options.language = Translations::install(*qApp, language);
    CommandLine cl;
    cl.demo = m_options.demo;
    cl.workspace = m_workspace->path();
    cl.language = m_options.language;
    m_app = std::make_unique<Application>(cl);
    if (!m_app->start(error))
        return false;
    return window() && QTest::qWaitForWindowExposed(window());
}

QSqlDatabase GuiFixture::db() const
{
    return m_app->workspace()->db();
}

QVariant GuiFixture::value(const QString& sql, const QVariantList& binds) const
{
    return Sql::scalar(db(), sql, binds);
}

bool GuiFixture::activate(QWidget* w)
{
    if (!QTest::qWaitFor([w] { return w->isVisible(); }))
        return false;
    QApplication::setActiveWindow(w);
    return QTest::qWaitFor([w] { return w->isActiveWindow(); });
}

void GuiFixture::key(Qt::Key k, Qt::KeyboardModifiers modifiers) const
{
    // A closed dialog hands activation back to the main window.
    if (!QApplication::activeModalWidget() && window() && !window()->isActiveWindow())
        QApplication::setActiveWindow(window());
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window();
    QTest::keyClick(target, k, modifiers);
}

void GuiFixture::shot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("QUORUM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    // Layouts asked for by the last change settle first (they are posted, not immediate).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w->grab().save(QDir(dir).filePath(name + u".png"_s));
}

namespace GuiTest
{

int run(QObject* test, int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("QUORUM_TEST_SHUFFLE").toUInt(&ok);
    // Functions named on the command line run as asked; otherwise, with a seed, in a shuffled order.
    const bool namesGiven
        = std::any_of(args.begin() + 1, args.end(), [](const QString& a) { return !a.startsWith(u'-'); });
    if (ok && !namesGiven) {
        QStringList functions;
        const QMetaObject* mo = test->metaObject();
        for (int i = mo->methodOffset(); i < mo->methodCount(); ++i) {
            const QMetaMethod m = mo->method(i);
            const QString name = QString::fromLatin1(m.name());
            if (m.methodType() == QMetaMethod::Slot && m.access() == QMetaMethod::Private && m.parameterCount() == 0
                && !name.startsWith(u"init"_s) && !name.startsWith(u"cleanup"_s) && !name.endsWith(u"_data"_s))
                functions.append(name);
        }
        QRandomGenerator rng(seed);
        for (qsizetype i = functions.size() - 1; i > 0; --i)
            functions.swapItemsAt(i, rng.bounded(static_cast<int>(i + 1)));
        std::fprintf(stderr, "QUORUM_TEST_SHUFFLE=%u: %s\n", seed, qPrintable(functions.join(u' ')));
        args += functions;
    }
    return QTest::qExec(test, args);
}

} // namespace GuiTest
