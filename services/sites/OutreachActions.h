#pragma once

#include "Outreach.h"
#include "users/ChangeDoor.h"

#include <QObject>

#include <functional>

class UserSession;

// Outreach from the desktop, through one door. Writing a lead's e-mail (again, with an instruction) queues it for
// the writer and the gate; the sender and the daily cap are an owner's settings; the suppression list and the
// answer to an e-mail that may have been sent are for those who decide. Viewers change nothing; every change is in
// the audit trail.
class OutreachActions final : public QObject
{
    Q_OBJECT
public:
    OutreachActions(const ChangeDoor& door, const UserSession* session, QObject* parent = nullptr);

    // A lead's e-mail as the outreach dialog shows it.
    struct Draft
    {
        std::optional<Outreach::Email> email;
        QString leadName;
        QString to;
        QString subject;
        QString preview;      // the whole message as it is sent: the words, the signature, the unsubscribe line
        QString conceptName;  // the concept site it offers (its name), or empty
        QStringList problems; // why the last attempt failed the gate (a person's turn), in the checks' words
    };
    Draft draft(qint64 leadId) const;
    // The mail server the e-mails go through (Settings → Autopilot), or empty when none is set.
    QString mailServer() const;

    QString whyNot() const;
    // Why the session's user may not change the sender and the cap (an owner's setting), or empty.
    QString whyNotSender() const { return m_door.whyNot(); }
    // Why the lead's e-mail cannot be written now, or empty.
    QString whyNotWrite(qint64 leadId) const;
    bool write(qint64 leadId, const QString& instruction, QString* error);

    Outreach::Sender sender() const;
    bool saveSender(const Outreach::Sender& sender, QString* error);

    bool suppress(const QString& address, const QString& note, QString* error);
    bool unsuppress(const QString& address, QString* error);
    QList<Outreach::Suppression> suppressions() const;

    // An e-mail the server took without confirming: a person checked their sent mail and says what happened.
    bool markSent(qint64 emailId, QString* error);
    bool sendAgain(qint64 emailId, QString* error);

private:
    using Change = std::function<bool(const QSqlDatabase& db, qint64 now, QJsonObject* details, QString* error)>;
    bool change(const QString& action, const QString& subject, const Change& change, QString* error);
    std::optional<Outreach::Email> uncertain(const QSqlDatabase& db, qint64 emailId, QString* error) const;

    ChangeDoor m_door;
    const UserSession* m_session;
};
