#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// How the approval gateway is hosted (setting "gateway", JSON): off by default; on the loopback address
// until the owner opens it to the network; TLS when a certificate and its private key (PEM files) are set.
namespace GatewaySettings
{
struct Set
{
    bool enabled = false;
    int port = 8787;
    bool openToNetwork = false; // listen on every address, not only this machine's loopback
    QString certificatePath;
    QString privateKeyPath;
    int ratePerSecond = 20; // messages a second per key, sustained (bursts of five times that)
};
Set load(const QSqlDatabase& db);
void save(const QSqlDatabase& db, const Set& s);
QJsonObject toJson(const Set& s);
// What is wrong, in the caller's language; empty when they can be saved.
QString validate(const Set& s);
} // namespace GatewaySettings
