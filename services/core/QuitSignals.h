#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM, SIGINT and SIGHUP as a Qt signal: the handler only writes a byte to a socket pair (the one
// thing that is safe there), and the event loop turns it into quitRequested(signal) on the thread
// that made this object, where the program can stop at a safe point. One per process.
class QuitSignals final : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject* parent = nullptr);
    ~QuitSignals() override;
    bool isInstalled() const { return m_notifier != nullptr; }
    // "SIGTERM" for 15, ...
    static QString name(int signal);

signals:
    void quitRequested(int signal);

private:
    void onReadable();
    QSocketNotifier* m_notifier = nullptr;
};
