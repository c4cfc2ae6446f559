#pragma once

#include "Connections.h"
#include "resilience/ApiError.h"

#include <QHash>
#include <QObject>

#include <functional>

class ApiCaller;
class ApiRuntime;
class Clock;
class HttpClient;

// "Test connection": tries the address and credentials as they are typed (saved or not) and answers
// in words a shop owner can act on: the address cannot be found (DNS), nothing answers there, the
// secure connection failed (TLS), it is not a WordPress site or a WooCommerce store, the credentials
// are wrong, or they work but may not publish.
class ConnectionTester final : public QObject
{
    Q_OBJECT
public:
    ConnectionTester(ApiRuntime* runtime, const Clock* clock, QObject* parent = nullptr);
    ~ConnectionTester() override;

    // secrets: field -> value (see Connections::secretFields).
    void test(const Connections::Connection& connection, const QHash<QString, QString>& secrets,
        std::function<void(bool ok, const QString& message)> done);

    static QString explain(const ApiError& error, Connections::Kind kind, const QString& address);

private:
    ApiRuntime* m_runtime;
    HttpClient* m_http;
    ApiCaller* m_caller;
};
