#include "ApiFixture.h"
#include "TestWorkspace.h"
#include "core/EventBus.h"
#include "llm/LlmClient.h"
#include "llm/ProviderSettings.h"
#include "llm/ProviderStore.h"
#include "publishing/ConnectionSettings.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A stored secret goes only where it was saved for. Every attempt to send one elsewhere — a viewer
// pressing Test on an edited address, an owner testing a changed address with the saved secrets, a
// mix of typed and saved secrets, a provider naming a store's secret, an address changed in the
// workspace behind Quorum's back — fails with a plain message, and the second server ("elsewhere")
// proves that no request reached it. Real keychain (gnome-keyring in a private D-Bus session).
class TestSecretBinding : public QObject
{
    Q_OBJECT

private:
    static SandboxServer::Options options()
    {
        SandboxServer::Options o;
        o.credentials.wooKey = u"ck_shop"_s;
        o.credentials.wooSecret = u"cs_shop_very_secret"_s;
        o.credentials.apiKey = u"sk-provider-key"_s;
        return o;
    }

    struct World
    {
        TestWorkspace tw;
        EventBus bus;
        ApiFixture api{false, options()};
        SandboxThread elsewhere{options()};
        SecretStore store{tw.db(), api.runtime().secrets(), Clock::system(), nullptr, u"QuorumTest"_s};
        UserSession session{Users::User{0, u"Olga"_s, Users::Role::Owner, true}, u"test"_s};
        ChangeDoor door{tw.db(), Clock::system(), &bus, &session};
        ConnectionSettings connections{door, &store, &api.runtime(), nullptr};
        ProviderSettings providers{door, &store};

        QString elsewhereUrl() const { return elsewhere.url().toString(); }
        int elsewhereRequests() const { return elsewhere.server()->requestCount(); }
        void become(Users::Role role) { session.setUser(Users::User{0, u"Someone"_s, role, true}); }

        std::pair<bool, QString> test(const Connections::Connection& c, const QHash<QString, QString>& typed)
        {
            bool finished = false;
            std::pair<bool, QString> out;
            connections.test(c, typed, [&](bool ok, const QString& message) {
                out = {ok, message};
                finished = true;
            });
            if (!api.runUntil([&] { return finished; }, 30'000))
                out = {false, u"test: no answer"_s};
            return out;
        }
        std::pair<qint64, QString> save(const Connections::Connection& c, const QHash<QString, QString>& typed)
        {
            bool finished = false;
            std::pair<qint64, QString> out;
            connections.save(c, typed, api.context(), [&](qint64 id, const QString& error) {
                out = {id, error};
                finished = true;
            });
            if (!api.runUntil([&] { return finished; }, 30'000))
                out = {0, u"save: no answer"_s};
            return out;
        }
        QString saveKey(const QString& provider, const QString& key)
        {
            bool finished = false;
            QString out;
            providers.saveKey(provider, key, api.context(), [&](const QString& error) {
                out = error;
                finished = true;
            });
            if (!api.runUntil([&] { return finished; }, 30'000))
                out = u"saveKey: no answer"_s;
            return out;
        }
        // A WooCommerce store on the first sandbox, saved with both secrets.
        Connections::Connection shop()
        {
            Connections::Connection c;
            c.kind = Connections::Kind::WooCommerce;
            c.name = u"Shop"_s;
            c.url = api.url().toString();
            auto [id, error]
                = save(c, {{u"consumer_key"_s, u"ck_shop"_s}, {u"consumer_secret"_s, u"cs_shop_very_secret"_s}});
            if (!error.isEmpty())
                qWarning() << error;
            c.id = id;
            return c;
        }
        void cleanUp(qint64 connection)
        {
            bool finished = false;
            store.removeConnection(connection, api.context(), [&](const QString&) { finished = true; });
            api.runUntil([&] { return finished; }, 30'000);
        }
    };

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
    }

    void savedSecretsAreTestedOnlyAtTheSavedAddress()
    {
        World w;
        QVERIFY(w.elsewhere.isRunning());
        Connections::Connection c = w.shop();
        QVERIFY(c.id > 0);
        // The saved connection, as saved: it works.
        auto [ok, message] = w.test(c, {});
        QVERIFY2(ok, qPrintable(message));

        // An owner edits the address and presses Test: the saved secrets do not go there.
        Connections::Connection moved = c;
        moved.url = w.elsewhereUrl();
        std::tie(ok, message) = w.test(moved, {});
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"only ever sent to"_s), qPrintable(message));
        // A mix of a typed key and the saved secret does not either.
        std::tie(ok, message) = w.test(moved, {{u"consumer_key"_s, u"ck_shop"_s}});
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"never mixed"_s), qPrintable(message));
        QCOMPARE(w.elsewhereRequests(), 0);
        // Everything typed for the new address: that is a test of what was typed, and may go there.
        std::tie(ok, message)
            = w.test(moved, {{u"consumer_key"_s, u"ck_typed"_s}, {u"consumer_secret"_s, u"cs_typed"_s}});
        QVERIFY(!ok); // the elsewhere server refuses those credentials, which is fine: they were typed for it
        QVERIFY(w.elsewhereRequests() > 0);
        const QByteArray basic = QByteArray("ck_shop:cs_shop_very_secret").toBase64();
        for (const auto& r : w.elsewhere.server()->requests()) {
            QVERIFY2(!r.query.contains(u"cs_shop_very_secret"_s) && !r.body.contains("cs_shop_very_secret"),
                "the saved secret reached the other server");
            for (const auto& [name, value] : r.headers)
                QVERIFY2(!value.contains("cs_shop_very_secret") && !value.contains(basic),
                    "the saved secret reached the other server");
        }
        w.elsewhere.server()->clearRequests();

        // A viewer may not test at all (and so cannot make Quorum send the saved secrets anywhere).
        w.become(Users::Role::Viewer);
        std::tie(ok, message) = w.test(c, {});
        QVERIFY(!ok);
        QVERIFY2(!message.isEmpty(), "no reason given");
        std::tie(ok, message) = w.test(moved, {});
        QVERIFY(!ok);
        QCOMPARE(w.elsewhereRequests(), 0);
        w.cleanUp(c.id);
    }

    void aChangedAddressNeedsTheSecretsAgain()
    {
        World w;
        Connections::Connection c = w.shop();
        QVERIFY(c.id > 0);
        Connections::Connection moved = c;
        moved.url = w.elsewhereUrl();
        // Saving the new address without the secrets is refused; the old address stays.
        auto [id, error] = w.save(moved, {});
        QVERIFY2(error.contains(u"address changed"_s), qPrintable(error));
        QCOMPARE(Connections::find(w.tw.db(), c.id)->url, c.url);
        // With every secret entered for it, the secrets are bound to the new address.
        std::tie(id, error)
            = w.save(moved, {{u"consumer_key"_s, u"ck_shop"_s}, {u"consumer_secret"_s, u"cs_shop_very_secret"_s}});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString key = Connections::secretKey(c.id, u"consumer_secret"_s);
        QCOMPARE(w.api.runtime().secrets()->savedOrigin(key), SecretCache::originOf(w.elsewhere.url()));
        QString why;
        QVERIFY(!w.api.runtime().secrets()->resolveFor(
            u"keychain:"_s + key, w.api.url(), Connections::secretPrefix(c.id), &why));
        w.cleanUp(c.id);
    }

    void anAddressChangedBehindQuorumsBackDoesNotCarryTheSecrets()
    {
        World w;
        Connections::Connection c = w.shop();
        QVERIFY(c.id > 0);
        // Someone with the workspace file points the connection elsewhere.
        Sql::exec(w.tw.db(), u"UPDATE connections SET url = ? WHERE id = ?"_s, {w.elsewhereUrl(), c.id});
        Connections::Connection tampered = *Connections::find(w.tw.db(), c.id);
        auto [ok, message] = w.test(tampered, {});
        QVERIFY(!ok);
        QVERIFY2(message.contains(u"only ever sent there"_s), qPrintable(message));
        QCOMPARE(w.elsewhereRequests(), 0);
        w.cleanUp(c.id);
    }

    void aProviderCanNameOnlyAProvidersKey()
    {
        World w;
        Connections::Connection c = w.shop();
        QVERIFY(c.id > 0);
        ProviderConfig p = w.api.provider(u"openai"_s, u"thief"_s);
        p.baseUrl = QUrl(w.elsewhereUrl() + u"/v1"_s);
        QString error;
        for (const QString& ref : QStringList{Connections::secretRef(c.id, u"consumer_secret"_s),
                 u"env:"_s + SecretStore::environmentName(Connections::secretKey(c.id, u"consumer_secret"_s))}) {
            p.secretRef = ref;
            QVERIFY2(!w.providers.save(p, &error), qPrintable(ref));
            QVERIFY2(!error.isEmpty(), qPrintable(ref));
        }
        // Forced into the workspace anyway: the call is refused before anything is sent.
        p.secretRef = Connections::secretRef(c.id, u"consumer_secret"_s);
        ProviderStore::save(w.tw.db(), p);
        ApiFixture& api = w.api;
        LlmClient client(&api.caller(), &api.runtime());
        LlmRequest request;
        request.purpose = u"write:copy"_s;
        request.addUser(u"Say hello."_s);
        request.maxTokens = 20;
        LlmResult result;
        bool done = false;
        client.complete({p}, request, api.context(), [&](const LlmResult& r) {
            result = r;
            done = true;
        });
        QVERIFY(api.runUntil([&] { return done; }));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.message.contains(u"belongs to something else"_s), qPrintable(result.error.toString()));
        QCOMPARE(w.elsewhereRequests(), 0);
        w.cleanUp(c.id);
    }

    void aProvidersKeyIsBoundToItsAddressAndGoesWhenItMoves()
    {
        World w;
        ProviderConfig p = w.api.provider(u"openai"_s, u"main"_s);
        p.secretRef.clear();
        QString error;
        QVERIFY2(w.providers.save(p, &error), qPrintable(error));
        QCOMPARE(w.saveKey(p.id, u"sk-provider-key"_s), QString());
        p = *ProviderStore::find(w.tw.db(), p.id);
        QCOMPARE(p.secretRef, u"keychain:provider/main"_s);
        LlmClient client(&w.api.caller(), &w.api.runtime());
        LlmRequest request;
        request.purpose = u"write:copy"_s;
        request.addUser(u"Say hello."_s);
        request.maxTokens = 20;
        auto call = [&](const ProviderConfig& config) {
            LlmResult result;
            bool done = false;
            client.complete({config}, request, w.api.context(), [&](const LlmResult& r) {
                result = r;
                done = true;
            });
            if (!w.api.runUntil([&] { return done; }))
                result.error = ApiError::make(ErrorClass::Timeout, u"test: no answer"_s);
            return result;
        };
        LlmResult result = call(p);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));

        // The provider is pointed elsewhere: its key was entered for the old address, so it goes.
        p.baseUrl = QUrl(w.elsewhereUrl() + u"/v1"_s);
        QVERIFY2(w.providers.save(p, &error), qPrintable(error));
        QVERIFY(w.api.runUntil([&] { return !w.api.runtime().secrets()->contains(u"provider/main"_s); }));
        result = call(*ProviderStore::find(w.tw.db(), p.id));
        QVERIFY(!result.ok());
        QCOMPARE(w.elsewhereRequests(), 0);
        QCOMPARE(w.tw.count(u"SELECT COUNT(*) FROM secret_index WHERE key = 'provider/main'"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretBinding)
#include "tst_secretbinding.moc"
