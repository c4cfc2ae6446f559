#include "ApiFixture.h"
#include "publishing/ConnectionTester.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

// "Test connection" gives a specific, human answer: found and signed in, the address cannot be
// found, nothing answers, TLS failed, not a WordPress site / WooCommerce store, wrong credentials,
// missing permission. Against the sandbox with credentials it checks.
class TestConnectionTester : public QObject
{
    Q_OBJECT

private:
    static SandboxServer::Options options()
    {
        SandboxServer::Options o;
        o.credentials.wpUser = u"editor"_s;
        o.credentials.wpPassword = u"abcd EFGH 1234 ijkl MNOP 5678"_s;
        o.credentials.wooKey = u"ck_test"_s;
        o.credentials.wooSecret = u"cs_test"_s;
        o.credentials.shopifyToken = u"shpat_test"_s;
        return o;
    }

    static std::pair<bool, QString> run(ApiFixture& f, Connections::Kind kind, const QString& url,
        const QHash<QString, QString>& secrets, const QString& account = u"editor"_s)
    {
        ConnectionTester tester(&f.runtime(), Clock::system());
        Connections::Connection c;
        c.kind = kind;
        c.name = u"Test"_s;
        c.url = url;
        c.account = account;
        bool finished = false;
        std::pair<bool, QString> out;
        tester.test(c, secrets, [&](bool ok, const QString& message) {
            out = {ok, message};
            finished = true;
        });
        if (!f.runUntil([&] { return finished; }, 30'000))
            out = {false, u"test: no answer"_s};
        return out;
    }

private slots:
    void wordPress()
    {
        ApiFixture f(false, options());
        const QString url = f.url().toString();
        auto [ok, message]
            = run(f, Connections::Kind::WordPress, url, {{u"app_password"_s, u"abcd EFGH 1234 ijkl MNOP 5678"_s}});
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(u"Connected"_s) && message.contains(u"administrator"_s), qPrintable(message));

        std::tie(ok, message) = run(f, Connections::Kind::WordPress, url, {{u"app_password"_s, u"nope"_s}});
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"refused the user and application password"_s), qPrintable(message));

        std::tie(ok, message) = run(f, Connections::Kind::WordPress, url + u"/__sandbox/health"_s,
            {{u"app_password"_s, u"abcd EFGH 1234 ijkl MNOP 5678"_s}});
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"does not look like a WordPress site"_s), qPrintable(message));
    }

    void wooCommerceAndShopify()
    {
        ApiFixture f(false, options());
        const QString url = f.url().toString();
        auto [ok, message] = run(f, Connections::Kind::WooCommerce, url,
            {{u"consumer_key"_s, u"ck_test"_s}, {u"consumer_secret"_s, u"cs_test"_s}});
        QVERIFY2(ok, qPrintable(message));
        std::tie(ok, message) = run(f, Connections::Kind::WooCommerce, url,
            {{u"consumer_key"_s, u"ck_test"_s}, {u"consumer_secret"_s, u"cs_wrong"_s}});
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"refused the consumer key and secret"_s), qPrintable(message));

        std::tie(ok, message) = run(f, Connections::Kind::Shopify, url, {{u"access_token"_s, u"shpat_test"_s}});
        QVERIFY2(ok, qPrintable(message));
        std::tie(ok, message) = run(f, Connections::Kind::Shopify, url, {{u"access_token"_s, u"shpat_wrong"_s}});
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"refused the access token"_s), qPrintable(message));
    }

    void networkTroubleIsNamed()
    {
        ApiFixture f(false, options());
        const QHash<QString, QString> secrets{{u"app_password"_s, u"x"_s}};
        // DNS: a name that cannot exist (.invalid is reserved for exactly this).
        auto [ok, message] = run(f, Connections::Kind::WordPress, u"http://no-such-shop.invalid"_s, secrets);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"could not be found (DNS)"_s), qPrintable(message));
        // Nothing listening: a port that was free a moment ago.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        std::tie(ok, message) = run(f, Connections::Kind::WordPress, u"http://127.0.0.1:%1"_s.arg(port), secrets);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"connection refused"_s), qPrintable(message));
        // TLS: https to a server that answers in plain text.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        QObject::connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket* s = plain.nextPendingConnection()) {
                s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                s->disconnectFromHost();
            }
        });
        std::tie(ok, message)
            = run(f, Connections::Kind::WordPress, u"https://127.0.0.1:%1"_s.arg(plain.serverPort()), secrets);
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"(TLS)"_s), qPrintable(message));
    }

    void missingPermissionIsSaid()
    {
        ApiError e = ApiError::make(ErrorClass::Permission, u"rest_forbidden"_s, 403);
        QVERIFY(ConnectionTester::explain(e, Connections::Kind::WooCommerce, u"x"_s).contains(u"read and write"_s));
        QVERIFY(ConnectionTester::explain(e, Connections::Kind::Shopify, u"x"_s).contains(u"write_products"_s));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
