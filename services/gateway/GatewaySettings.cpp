#include "GatewaySettings.h"

#include "core/Json.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace GatewaySettings
{

namespace
{
constexpr QLatin1StringView kKey{"gateway"};
}

Set load(const QSqlDatabase& db)
{
    const QJsonObject o = Json::objectFromString(Settings::value(db, QString(kKey), u"{}"_s));
    Set s;
    s.enabled = o.value(u"enabled"_s).toBool(s.enabled);
    s.port = o.value(u"port"_s).toInt(s.port);
    s.openToNetwork = o.value(u"open"_s).toBool(s.openToNetwork);
    s.certificatePath = o.value(u"certificate"_s).toString();
    s.privateKeyPath = o.value(u"private_key"_s).toString();
    s.ratePerSecond = o.value(u"rate_per_second"_s).toInt(s.ratePerSecond);
    return s;
}

QJsonObject toJson(const Set& s)
{
    return QJsonObject{{u"enabled"_s, s.enabled}, {u"port"_s, s.port}, {u"open"_s, s.openToNetwork},
        {u"certificate"_s, s.certificatePath}, {u"private_key"_s, s.privateKeyPath},
        {u"rate_per_second"_s, s.ratePerSecond}};
}

void save(const QSqlDatabase& db, const Set& s)
{
    Settings::setValue(db, QString(kKey), Json::compact(toJson(s)));
}

QString validate(const Set& s)
{
    if (s.port < 1024 || s.port > 65535)
        return QCoreApplication::translate("GatewaySettings", "The port is a number from 1024 to 65535.");
    if (s.ratePerSecond < 1 || s.ratePerSecond > 10'000)
        return QCoreApplication::translate("GatewaySettings", "The rate limit is from 1 to 10,000 messages a second.");
    if (s.certificatePath.isEmpty() != s.privateKeyPath.isEmpty())
        return QCoreApplication::translate(
            "GatewaySettings", "For TLS, give both the certificate and its private key (PEM files).");
    for (const QString& path : {s.certificatePath, s.privateKeyPath}) {
        if (!path.isEmpty() && !QFileInfo(path).isReadable())
            return QCoreApplication::translate("GatewaySettings", "%1 cannot be read.").arg(path);
    }
    if (s.openToNetwork && s.certificatePath.isEmpty())
        return QCoreApplication::translate("GatewaySettings",
            "Open to the network only with TLS: agents send their keys, which must not cross a network in the clear.");
    return {};
}

} // namespace GatewaySettings
