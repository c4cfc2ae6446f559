#pragma once

#include "SiteChecks.h"
#include "autopilot/Mailer.h"
#include "pipeline/ContentStore.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Outreach to leads (the site factory's Pitcher): one e-mail per lead offering the concept site written for its
// business. The text is the writer model's, judged by the agreement gate (outreach_emails, outreach_versions,
// outreach_validations: the shape of content pieces) against the lead's listing: nothing about the business that
// the listing does not say. The sender's name, postal address and an unsubscribe line are added to every message,
// never left to the model. A person approves it; it is sent once by SMTP through the mail server of Settings →
// Notifications, within a daily cap, never to an address on the suppression list.
namespace Outreach
{

inline constexpr QLatin1StringView Kind{"email"};
inline constexpr QLatin1StringView PromptName{"outreach.email"};
const ContentStore::Tables& tables();

// Who the e-mails come from (Settings key "outreach.sender", JSON).
struct Sender
{
    QString name;    // a person's or the business's name
    QString address; // the From address; replies and unsubscribe requests come here
    QString postal;  // the sender's postal address (the law in most countries asks for it)
    int dailyCap = 20;

    // What is missing before anything can be sent, or empty.
    QString whyIncomplete() const;
    QJsonObject toJson() const;
    static Sender fromJson(const QJsonObject& o);
    static Sender load(const QSqlDatabase& db);
    void save(const QSqlDatabase& db) const;
};

// Where an e-mail's sending stands (outreach_emails.send_state).
namespace SendState
{
inline constexpr QLatin1StringView Queued{"queued"};
inline constexpr QLatin1StringView Sending{"sending"};     // handed to the mail server
inline constexpr QLatin1StringView Sent{"sent"};           // the server confirmed it
inline constexpr QLatin1StringView Uncertain{"uncertain"}; // taken but not confirmed: never sent again by itself
inline constexpr QLatin1StringView Bounced{"bounced"};     // the server refused the address
inline constexpr QLatin1StringView Failed{"failed"};
inline constexpr QLatin1StringView Stopped{"stopped"};   // the lead or address was suppressed after approval
inline constexpr QLatin1StringView Rejected{"rejected"}; // a person rejected it (send_error: their reason)
QString displayName(const QString& state);
} // namespace SendState

struct Email
{
    qint64 id = 0;
    qint64 leadId = 0;
    QString state; // the gate's (ContentStore::PieceState)
    int attempts = 0;
    qint64 acceptedVersionId = 0;
    qint64 currentVersionId = 0;
    QString lastError;
    QString instruction;
    qint64 siteId = 0;
    qint64 proposalId = 0;
    QString sendState;
    QString sentTo;
    QString sentSubject;
    QString sendError;
    qint64 sentAt = 0;
};
std::optional<Email> byId(const QSqlDatabase& db, qint64 id);
std::optional<Email> forLead(const QSqlDatabase& db, qint64 leadId);
// Where the lead's e-mail stands, in words ("Waiting for approval", "Sent 6 Dec"): empty when there is none.
QString statusText(const Email& email);

// The writer's answer: subject, greeting, body, closing.
QJsonObject schema();
// The e-mail as the reviewer reads it.
QString render(const QJsonObject& body);
// What the gate checks: lengths, no links, and nothing about the business its listing does not say (numbers,
// rating, reviews, whether it has a website) or that no one can check (promised results).
QList<ContentChecks::Problem> checks(const QJsonObject& body, const SiteChecks::Facts& facts, bool conceptAttached);

// Addresses.
QString normalisedAddress(const QString& address);
bool isValidAddress(const QString& address);

// The suppression list: addresses never written to.
struct Suppression
{
    QString address;
    QString reason; // unsubscribed, bounced, do_not_contact, added
    QString note;
    QString addedBy;
    qint64 addedAt = 0;
};
QString reasonDisplayName(const QString& reason);
QList<Suppression> suppressions(const QSqlDatabase& db);
std::optional<Suppression> suppression(const QSqlDatabase& db, const QString& address);
// Adds (or keeps) an address; false when it is not an address.
bool suppress(const QSqlDatabase& db, const QString& address, const QString& reason, const QString& note,
    const QString& by, qint64 now);
bool unsuppress(const QSqlDatabase& db, const QString& address);

// Why the lead may not be written to now (do not contact, bounced, no address, suppressed, written to already),
// or empty.
QString whyNotContact(const QSqlDatabase& db, qint64 leadId);

// How many e-mails went to the mail server on the local calendar day of now, and when the next day begins.
int handedOverToday(const QSqlDatabase& db, qint64 now);
qint64 nextDayStart(qint64 now);

// The message as it is sent: the accepted text, the sender's signature with postal address, the unsubscribe line
// (in the language the shop writes in), a List-Unsubscribe header and the concept's screenshot when there is one.
Mailer::Message compose(const QString& subject, const QString& letter, const Sender& sender, const QString& to,
    qint64 emailId, bool dutch, const QByteArray& conceptPng = {});
// The accepted text as one letter: greeting, body and closing.
QString letter(const QJsonObject& text);

} // namespace Outreach
