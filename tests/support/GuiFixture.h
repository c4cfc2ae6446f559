#pragma once

#include "Application.h"
#include "MainWindow.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

// The real desktop application for GUI tests, on the offscreen platform. Every test gets a fresh
// workspace (the demo shop, or an empty workspace whose AI providers are an in-process sandbox) and
// a fresh main window from the real composition root, so no test depends on what another did before
// it: the functions of a test pass in any order (QUORUM_TEST_SHUFFLE runs them shuffled).
class GuiFixture
{
public:
    struct Options
    {
        bool demo = true;                     // the demo workspace; otherwise an empty one
        QString user = QStringLiteral("Ann"); // the OS account at the desk (the first person owns it)
        QString language = QStringLiteral("en");
    };

    // Once per test process: throwaway config and data folders, the application's names.
    static void setUpProcess();

    // A fresh workspace and main window; QVERIFY-style failures are reported through *error.
    bool start(const Options& options, QString* error);
    bool start(QString* error) { return start(Options{}, error); }
    // Closes the window and the workspace, as quitting would.
    void stop();
    // Quits and opens the same workspace again (a restart), in another language when one is given.
    bool restart(QString* error, const QString& language = QString());

    Application* app() const { return m_app.get(); }
    MainWindow* window() const { return m_app ? m_app->mainWindow() : nullptr; }
    const UiContext& context() const { return m_app->context(); }
    QSqlDatabase db() const;
    QString workspacePath() const { return m_workspace ? m_workspace->path() : QString(); }
    SandboxThread* sandbox() const { return m_sandbox.get(); }
    QVariant value(const QString& sql, const QVariantList& binds = {}) const;
    qint64 count(const QString& sql, const QVariantList& binds = {}) const { return value(sql, binds).toLongLong(); }

    // The visible top-level dialog of type T, or null.
    template <typename T> static T* dialog()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
                return d;
        }
        return nullptr;
    }
    // What the window manager does for a new window: it becomes the active window.
    static bool activate(QWidget* window);
    // A key to the focused widget of the active window (the main window when no dialog is open).
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;
    // Saves a screenshot when QUORUM_SCREENSHOT_DIR is set.
    static void shot(QWidget* widget, const QString& name);

private:
    Options m_options;
    std::unique_ptr<QTemporaryDir> m_workspace;
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<Application> m_app;
};

// main() for a GUI test class: QTEST_MAIN, but with QUORUM_TEST_SHUFFLE=<seed> the test functions
// run in an order shuffled by that seed (unless functions are named on the command line).
namespace GuiTest
{
int run(QObject* test, int argc, char** argv);
}

#define QUORUM_GUI_TEST_MAIN(TestClass)                                                                                \
    int main(int argc, char** argv)                                                                                    \
    {                                                                                                                  \
        QApplication app(argc, argv);                                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        GuiFixture::setUpProcess();                                                                                    \
        TestClass test;                                                                                                \
        return GuiTest::run(&test, argc, argv);                                                                        \
    }
