#pragma once

#include "AuditAnchor.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

class Clock;

// Writes the audit anchor's checkpoints as the chain grows (see AuditAnchor.h): at start, whenever
// EveryEntries entries were added or, if anything was added, EveryMs passed since the last one, and
// at a clean close (finish()). It looks at the chain's head every TickMs on the GUI thread's
// connection: one indexed read, outside every write transaction, so appends never wait for it.
//
// The key comes from the OS keychain. Where there is none, nothing is written and the verifier says
// "not anchored: no keychain" rather than pretending: an unsigned checkpoint proves nothing.
class AuditCheckpoints final : public QObject
{
    Q_OBJECT
public:
    // The keychain, as the composition root provides it (SecretStore; see keychainOf()). audit/
    // sits below secrets/ and so does not include it.
    struct Keychain
    {
        std::function<void(const QString& name, QObject* context,
            std::function<void(const QString& error, const QString& value)> done)>
            read;
        std::function<void(const QString& name, const QString& value, QObject* context,
            std::function<void(const QString& error)> done)>
            write;
        std::function<bool()> available;
    };
    template <typename Store> static Keychain keychainOf(Store* store)
    {
        return {[store](const QString& name, QObject* context, auto done) { store->read(name, context, done); },
            [store](const QString& name, const QString& value, QObject* context, auto done) {
                store->write(name, value, 0, context, done);
            },
            [store] { return store->keychainAvailable(); }};
    }

    static constexpr qint64 EveryEntries = 1000;
    static constexpr qint64 EveryMs = 5 * 60 * 1000;
    static constexpr qint64 TickMs = 30 * 1000;

    AuditCheckpoints(const QSqlDatabase& db, const QString& workspaceRoot, Keychain keychain, const Clock* clock,
        QObject* parent = nullptr);

    // Reads the workspace's anchor key from the keychain (making one the first time), then writes a
    // checkpoint and starts looking at the chain every TickMs.
    void start();
    // A last checkpoint (a clean close): call once the workers have stopped appending.
    void finish();
    // Writes a checkpoint now if the chain grew since the last one. False when nothing was written
    // (no key, nothing new, or the chain no longer holds what the last checkpoint saw).
    bool checkpointNow();

    // Reads the key of the workspace's anchor without making one or writing anything (for a verifier
    // that is not the desktop session, like `quorum audit verify`). The key comes back with whyNoKey
    // set when there is none; done runs on context's thread.
    static void readKey(const QSqlDatabase& db, const QString& workspaceRoot, const Keychain& keychain,
        QObject* context, std::function<void(const AuditAnchor::Key& key)> done);

    // The keychain has answered (with the key, or with why there is none).
    bool isSettled() const { return m_settled; }
    // For the verifier: the key, or why there is none.
    AuditAnchor::Key key() const;
    qint64 checkpointsWritten() const { return m_last.n; }

signals:
    void settled();

private:
    void useKey(const QString& anchorId, const QByteArray& key);
    void noKey(const QString& why);
    void tick();
    bool due() const;

    QSqlDatabase m_db;
    QString m_root;
    Keychain m_keychain;
    const Clock* m_clock;
    QString m_anchorId;
    QByteArray m_key;
    QString m_whyNoKey;
    bool m_settled = false;
    bool m_finished = false;
    bool m_damaged = false; // the anchor file is not as written: left for Verify to name
    AuditAnchor::Checkpoint m_last;
};
