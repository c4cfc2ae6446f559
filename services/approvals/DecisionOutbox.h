#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// The offline outbox of a desk on a team workspace: decisions taken while the team server could not be
// reached, kept in a file on this computer (never in the team's shared folder) and applied when the
// server answers again — each exactly once: applying one records its key in applied_decisions in the
// same transaction as the decision, so a desk that dies between the commit and forgetting the entry
// finds it applied next time and does nothing again. A proposal someone else decided meanwhile keeps
// their decision; the person is told who decided and how.
class DecisionOutbox
{
public:
    struct Entry
    {
        QString key; // a UUID, the decision's identity
        qint64 proposal = 0;
        QString decision;       // approve, reject, modify
        QString note;           // the note, or the rejection's reason
        QJsonObject parameters; // modify: the new parameters
        QString user;
        QString machine;
        qint64 decidedAt = 0;
        QString title; // the proposal's title, to say what it was about
        bool asOnlyApprover = false;
    };

    enum class Result
    {
        Applied,
        AlreadyApplied, // an earlier try got through (the desk stopped before it forgot the entry)
        Superseded,     // someone else decided it meanwhile: theirs stands
        Refused         // not allowed any more (the person's role changed, the deadline passed, ...)
    };
    struct Applied
    {
        Entry entry;
        Result result = Result::Applied;
        QString message; // what the person is told (translated)
    };

    // file: a JSON file on this computer (fileFor gives the usual place).
    explicit DecisionOutbox(const QString& file);

    // AppLocalDataLocation/outbox/<a hash of the workspace's location>.json
    static QString fileFor(const QString& workspaceLocation);

    QList<Entry> entries() const { return m_entries; }
    int size() const { return static_cast<int>(m_entries.size()); }
    QSet<qint64> proposals() const;
    QString file() const { return m_file; }
    // Written to disk before it returns true (atomically: the old file or the new, never half).
    bool add(Entry entry, QString* error);
    bool remove(const QString& key, QString* error = nullptr);
    // The entries of these proposals taken back (the undo while offline). How many.
    int removeProposals(const QList<qint64>& ids);
    // The file again (another desk process of the same person may have written it).
    void reload();

    // Applies one entry on db, in one transaction with its key. holdMs: the undo window. Throws SqlError
    // (the server went away again: the entry stays, nothing was done).
    static Applied apply(const QSqlDatabase& db, const Entry& entry, qint64 now, qint64 holdMs);

private:
    bool write(QString* error) const;

    QString m_file;
    QList<Entry> m_entries;
};

Q_DECLARE_METATYPE(DecisionOutbox::Applied)
