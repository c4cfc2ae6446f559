#pragma once

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class Clock;

// The processes working on a workspace (schema 33): each beats every few seconds with what it runs,
// so that `quorum status` and other desks can say what runs where, and notice a process that stopped
// without a word (killed, its machine gone: not seen for three beats).
namespace ProcessRegistry
{

struct Entry
{
    QString owner; // host:pid
    QString role;  // desktop, serve, worker, run-pipeline
    QString host;
    qint64 pid = 0;
    QString version;
    qint64 startedAt = 0;
    qint64 seenAt = 0;
    qint64 beatMs = 0;
    int workers = 0;
    int runningJobs = 0;
    QStringList openBreakers;
    qint64 stoppedAt = 0; // 0: has not said it stopped

    bool stoppedCleanly() const { return stoppedAt > 0; }
    // Beating: not stopped, and seen within three beats.
    bool isAlive(qint64 now) const { return stoppedAt == 0 && now - seenAt <= 3 * beatMs; }
};

// "host:pid", the prefix of the lease owners of its workers (JobQueue::ownerName).
QString ownerOf(const QString& host, qint64 pid);
// Records a beat (the first one registers the process).
void beat(const QSqlDatabase& db, const Entry& entry, qint64 now);
// A clean stop.
void stopped(const QSqlDatabase& db, const QString& owner, qint64 now);
// Every process seen in the last day, the ones that beat most recently first; older ones are forgotten
// by forgetBefore().
QList<Entry> list(const QSqlDatabase& db, qint64 now);
int forgetBefore(const QSqlDatabase& db, qint64 before);

inline constexpr qint64 DefaultBeatMs = 10'000;
inline constexpr qint64 RememberMs = 24LL * 3600 * 1000;

} // namespace ProcessRegistry

// Beats for this process on its clock: now, then every beatMs; say() tells what it runs at each beat.
// A beat that cannot be written (the database busy or gone for a moment) is tried at the next one.
class ProcessBeat final : public QObject
{
    Q_OBJECT
public:
    ProcessBeat(const QSqlDatabase& db, const Clock* clock, ProcessRegistry::Entry self,
        std::function<void(ProcessRegistry::Entry*)> say, QObject* parent = nullptr);
    // Writes the clean stop.
    ~ProcessBeat() override;

    void start();
    const ProcessRegistry::Entry& self() const { return m_self; }

signals:
    // After each beat written: how many processes of the workspace are alive and run workers (this one
    // included when it does).
    void workingProcesses(int count);

private:
    void beat();

    QSqlDatabase m_db;
    const Clock* m_clock;
    ProcessRegistry::Entry m_self;
    std::function<void(ProcessRegistry::Entry*)> m_say;
    bool m_started = false;
};
