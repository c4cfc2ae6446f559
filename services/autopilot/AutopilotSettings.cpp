#include "AutopilotSettings.h"

#include "core/Json.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace AutopilotSettings
{
namespace
{
const QString kSetting = u"autopilot"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("AutopilotSettings", text);
}

bool isAddress(const QString& a)
{
    static const QRegularExpression re(u"^[^@\\s<>,]+@[^@\\s<>,]+\\.[^@\\s<>,]+$"_s);
    return re.match(a).hasMatch();
}
} // namespace

QStringList Set::recipients() const
{
    QStringList out;
    for (const QString& part : emailTo.split(u',', Qt::SkipEmptyParts))
        if (const QString a = part.trimmed(); !a.isEmpty())
            out.append(a);
    return out;
}

QString Set::sender() const
{
    if (!emailFrom.trimmed().isEmpty())
        return emailFrom.trimmed();
    const QString host = QUrl(smtpUrl.trimmed()).host();
    return u"quorum@"_s + (host.contains(u'.') ? host : u"localhost.localdomain"_s);
}

QJsonObject toJson(const Set& s)
{
    return QJsonObject{{u"sync_minutes"_s, s.syncMinutes}, {u"health_minutes"_s, s.healthMinutes},
        {u"report_hour"_s, s.reportHour}, {u"weekly_day"_s, s.weeklyDay}, {u"email_to"_s, s.emailTo},
        {u"email_from"_s, s.emailFrom}, {u"smtp_url"_s, s.smtpUrl}, {u"smtp_user"_s, s.smtpUser},
        {u"smtp_starttls"_s, s.smtpStartTls}, {u"webhook_url"_s, s.webhookUrl}, {u"desktop_alerts"_s, s.desktopAlerts}};
}

Set fromJson(const QJsonObject& o)
{
    Set s;
    s.syncMinutes = std::clamp(o.value(u"sync_minutes"_s).toInt(s.syncMinutes), 1, 24 * 60);
    s.healthMinutes = std::clamp(o.value(u"health_minutes"_s).toInt(s.healthMinutes), 1, 24 * 60);
    s.reportHour = std::clamp(o.value(u"report_hour"_s).toInt(s.reportHour), -1, 23);
    s.weeklyDay = std::clamp(o.value(u"weekly_day"_s).toInt(s.weeklyDay), 0, 7);
    s.emailTo = o.value(u"email_to"_s).toString();
    s.emailFrom = o.value(u"email_from"_s).toString();
    s.smtpUrl = o.value(u"smtp_url"_s).toString();
    s.smtpUser = o.value(u"smtp_user"_s).toString();
    s.smtpStartTls = o.value(u"smtp_starttls"_s).toBool(true);
    s.webhookUrl = o.value(u"webhook_url"_s).toString();
    s.desktopAlerts = o.value(u"desktop_alerts"_s).toBool(true);
    return s;
}

Set load(const QSqlDatabase& db)
{
    return fromJson(Json::objectFromString(Settings::value(db, kSetting)));
}

void save(const QSqlDatabase& db, const Set& s)
{
    Settings::setValue(db, kSetting, Json::compact(toJson(s)));
}

QString validate(const Set& s)
{
    if (s.syncMinutes < 1 || s.healthMinutes < 1)
        return tr("Syncs and health checks run at least once a minute apart.");
    for (const QString& a : s.recipients())
        if (!isAddress(a))
            return tr("“%1” is not an e-mail address.").arg(a);
    if (!s.emailFrom.trimmed().isEmpty() && !isAddress(s.emailFrom.trimmed()))
        return tr("“%1” is not an e-mail address.").arg(s.emailFrom.trimmed());
    if (!s.smtpUrl.trimmed().isEmpty()) {
        const QUrl url(s.smtpUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"smtp" && url.scheme() != u"smtps") || url.host().isEmpty())
            return tr("The mail server must be written as smtp://host:port or smtps://host:port.");
    }
    if (!s.recipients().isEmpty() && s.smtpUrl.trimmed().isEmpty())
        return tr("Alerts and reports cannot be e-mailed without a mail server.");
    if (!s.webhookUrl.trimmed().isEmpty()) {
        const QUrl url(s.webhookUrl.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return tr("The webhook must be an http:// or https:// address.");
    }
    return {};
}

} // namespace AutopilotSettings
