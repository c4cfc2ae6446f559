#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What the owner sets for the autopilot (setting "autopilot", JSON): how often the stores and ad
// accounts sync and the health is checked, when the daily and weekly reports are made, and where
// alerts and reports go (e-mail over SMTP, a webhook; desktops show alerts as notifications).
// The SMTP password is a secret: the keychain entry SmtpPasswordKey, bound to the SMTP server's origin.
namespace AutopilotSettings
{

inline constexpr auto SmtpPasswordKey = "smtp/password";
inline constexpr auto SmtpOwnerPrefix = "smtp/";

struct Set
{
    int syncMinutes = 15;   // stores and ad accounts read every this many minutes
    int healthMinutes = 15; // health checked (and alerts judged) every this many minutes
    int reportHour = 7;     // the daily report of yesterday is made at this local hour; -1: none
    int weeklyDay = 1;      // the weekly report of the last Monday–Sunday, on this weekday (1 = Monday); 0: none
    QString emailTo;        // the owner's address(es), comma-separated; empty: no e-mail
    QString emailFrom;      // the sender; empty: quorum@<the SMTP host>
    QString smtpUrl;        // smtp://host:port or smtps://host:port
    QString smtpUser;       // empty: no login
    bool smtpStartTls
        = true; // with smtp://, upgrade to TLS when the server offers it (always required when a password is sent)
    QString webhookUrl; // POSTed a JSON body per alert and report; empty: none
    bool desktopAlerts = true;

    bool emails() const { return !emailTo.trimmed().isEmpty() && !smtpUrl.trimmed().isEmpty(); }
    bool webhook() const { return !webhookUrl.trimmed().isEmpty(); }
    QStringList recipients() const;
    QString sender() const;
};

Set load(const QSqlDatabase& db);
void save(const QSqlDatabase& db, const Set& s);
QJsonObject toJson(const Set& s);
Set fromJson(const QJsonObject& o);
// What is wrong with the settings, in the caller's language; empty when they can be saved.
QString validate(const Set& s);

} // namespace AutopilotSettings
