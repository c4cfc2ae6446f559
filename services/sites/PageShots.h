#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QProcess;
class QTemporaryDir;
class QTimer;

// Screenshots of a generated page, taken by headless Chromium (Debian's chromium package): the gallery's
// thumbnails and the in-app preview at a phone's, a tablet's and a desktop's width. Each width is one
// Chromium run (its own profile), all started at once, under one time limit; a run past it is killed and the
// page is said not to render. Asynchronous: done() is called once, in the calling thread, when every width is
// written or one failed (the others are stopped then).
class PageShots final : public QObject
{
    Q_OBJECT
public:
    struct Shot
    {
        int width = 1280;
        int height = 800;
        QString png; // absolute path to write
    };
    static QList<int> widths(); // 390 (phone), 768 (tablet), 1280 (desktop)
    static int heightFor(int width);

    explicit PageShots(QObject* parent = nullptr);
    ~PageShots() override;

    // The browser's path, or empty when none is installed (QUORUM_CHROMIUM overrides the search).
    static QString browser();
    void setTimeLimitMs(int ms) { m_limitMs = ms; }

    // error is empty when every shot was written.
    void render(const QString& htmlFile, const QList<Shot>& shots, std::function<void(const QString& error)> done);

private:
    void start(const Shot& shot);
    void finish(const QString& error);

    QString m_html;
    int m_running = 0;
    int m_limitMs = 20'000;
    QList<QProcess*> m_processes;
    QTimer* m_limit = nullptr;
    bool m_timedOut = false;
    QTemporaryDir* m_profiles = nullptr;
    std::function<void(const QString&)> m_done;
};
