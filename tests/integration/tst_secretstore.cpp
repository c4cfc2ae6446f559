#include "TestWorkspace.h"
#include "core/Redaction.h"
#include "secrets/SecretCache.h"
#include "secrets/SecretStore.h"
#include "storage/Sql.h"

#include <QSqlRecord>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace
{
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log.append(message);
}
} // namespace

// The keychain wrapper against a real Secret Service: gnome-keyring in a private D-Bus session,
// unlocked for the test (tests/support/with-keyring.sh). Secrets go to the keychain and only there:
// not into the workspace (every table is searched), not into a log line.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kSecret = "Qu0rum-very-secret-app-password";

    static qint64 addConnection(const QSqlDatabase& db)
    {
        return Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, account, created_at, updated_at) VALUES ('wordpress', "
            u"'Blog', 'http://127.0.0.1', 'quorum', 1, 1)"_s);
    }

    template <typename Fn> static QString wait(Fn&& start)
    {
        bool finished = false;
        QString error;
        start([&](const QString& e) {
            error = e;
            finished = true;
        });
        // Waits on the event loop for the keychain's answer (D-Bus), never by sleeping.
        if (!QTest::qWaitFor([&] { return finished; }, 15000))
            return u"timed out"_s;
        return error;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through with-keyring.sh");
        qInstallMessageHandler(capture);
    }
    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void storesReadsAndRemovesInTheKeychain()
    {
        TestWorkspace tw;
        const qint64 id = addConnection(tw.db());
        const QString key = u"connection/%1/app_password"_s.arg(id);
        SecretCache cache;
        SecretStore store(tw.db(), &cache, Clock::system(), nullptr, u"QuorumTest"_s);
        const QString origin = u"http://127.0.0.1:80"_s;
        QString error
            = wait([&](auto done) { store.writeFor(key, QString::fromLatin1(kSecret), origin, id, this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(store.keychainAvailable());
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM secret_index WHERE key = ? AND connection_id = ?"_s, {key, id}), 1);

        // A new session (new cache) reads it back from the keychain.
        SecretCache fresh;
        SecretStore again(tw.db(), &fresh, Clock::system(), nullptr, u"QuorumTest"_s);
        QString value;
        error = wait([&](auto done) {
            again.read(key, this, [&, done](const QString& e, const QString& v) {
                value = v;
                done(e);
            });
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(value, QString::fromLatin1(kSecret));
        QString resolveError;
        QCOMPARE(fresh
                     .resolveFor(u"keychain:"_s + key, QUrl(u"http://127.0.0.1/wp-json"_s), u"connection/%1/"_s.arg(id),
                         &resolveError)
                     .value_or(QString()),
            QString::fromLatin1(kSecret));
        QStringList problems{u"not run"_s};
        SecretCache third;
        SecretStore loader(tw.db(), &third, Clock::system(), nullptr, u"QuorumTest"_s);
        QVERIFY(QTest::qWaitFor(
            [&] {
                static bool started = false;
                if (!started) {
                    started = true;
                    loader.loadAll(this, [&](const QStringList& p) { problems = p; });
                }
                return problems != QStringList{u"not run"_s};
            },
            15000));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(third.contains(key));

        // Not in the workspace, not in any log line; redacted wherever it would be printed.
        for (const QString& v : TestWorkspace::everyValue(tw.db()))
            QVERIFY2(!v.contains(QString::fromLatin1(kSecret)), "the secret is in the workspace");
        for (const QString& line : g_log)
            QVERIFY2(!line.contains(QString::fromLatin1(kSecret)), qPrintable(line));
        QVERIFY(!Redaction::redact(u"password=%1"_s.arg(QString::fromLatin1(kSecret)))
                     .contains(QString::fromLatin1(kSecret)));

        // Removing the connection removes its secrets from the keychain and the index.
        error = wait([&](auto done) { store.removeConnection(id, this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM secret_index"_s), 0);
        SecretCache empty;
        SecretStore after(tw.db(), &empty, Clock::system(), nullptr, u"QuorumTest"_s);
        error = wait([&](auto done) { after.read(key, this, [done](const QString& e, const QString&) { done(e); }); });
        QVERIFY2(error.contains(u"holds no secret"_s), qPrintable(error));
    }

    // The keychain entry carries the origin it was entered for, so a new session (or someone who
    // edits the workspace's address) cannot point it elsewhere: it resolves only for that origin and
    // only for its owner.
    void aSecretResolvesOnlyForItsOriginAndItsOwner()
    {
        TestWorkspace tw;
        const qint64 id = addConnection(tw.db());
        const QString key = u"connection/%1/app_password"_s.arg(id);
        const QString prefix = u"connection/%1/"_s.arg(id);
        SecretCache cache;
        SecretStore store(tw.db(), &cache, Clock::system(), nullptr, u"QuorumTest"_s);
        QString error = wait([&](auto done) {
            store.writeFor(key, QString::fromLatin1(kSecret), u"https://shop.example:443"_s, id, this, done);
        });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The workspace's address is changed behind Quorum's back; the keychain still says where it goes.
        Sql::exec(tw.db(), u"UPDATE connections SET url = 'https://evil.example' WHERE id = ?"_s, {id});
        SecretCache fresh;
        SecretStore again(tw.db(), &fresh, Clock::system(), nullptr, u"QuorumTest"_s);
        error = wait([&](auto done) { again.read(key, this, [done](const QString& e, const QString&) { done(e); }); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(fresh.savedOrigin(key), u"https://shop.example:443"_s);
        QString why;
        QVERIFY(fresh.resolveFor(u"keychain:"_s + key, QUrl(u"https://shop.example/wp-json"_s), prefix, &why));
        QVERIFY(!fresh.resolveFor(u"keychain:"_s + key, QUrl(u"https://evil.example/wp-json"_s), prefix, &why));
        QVERIFY2(why.contains(u"only ever sent there"_s), qPrintable(why));
        QVERIFY(!fresh.resolveFor(u"keychain:"_s + key, QUrl(u"http://shop.example/"_s), prefix, &why));
        QVERIFY(!fresh.resolveFor(u"keychain:"_s + key, QUrl(u"https://shop.example:8443/"_s), prefix, &why));
        QVERIFY(!fresh.resolveFor(u"keychain:"_s + key, QUrl(u"https://shop.example/"_s), u"provider/"_s, &why));
        QVERIFY2(why.contains(u"belongs to something else"_s), qPrintable(why));
        QVERIFY(!fresh.resolveFor(
            u"env:QUORUM_SECRET_CONNECTION_1_APP_PASSWORD"_s, QUrl(u"https://shop.example/"_s), u"provider/"_s, &why));
        error = wait([&](auto done) { store.removeConnection(id, this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // A secret written before origins were kept is bound to its connection's address once, and the
    // keychain entry rewritten, so a later change of that address does not carry it along.
    void aSecretFromBeforeOriginsIsBoundOnce()
    {
        TestWorkspace tw;
        const qint64 id = addConnection(tw.db());
        const QString key = u"connection/%1/app_password"_s.arg(id);
        SecretCache cache;
        SecretStore store(tw.db(), &cache, Clock::system(), nullptr, u"QuorumTest"_s);
        QString error = wait([&](auto done) { store.write(key, QString::fromLatin1(kSecret), id, this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(cache.savedOrigin(key), QString());

        SecretCache first;
        SecretStore reader(tw.db(), &first, Clock::system(), nullptr, u"QuorumTest"_s);
        error = wait([&](auto done) { reader.read(key, this, [done](const QString& e, const QString&) { done(e); }); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(first.savedOrigin(key), u"http://127.0.0.1:80"_s);

        // The keychain entry now carries that origin: a later change of the workspace's address does
        // not move it.
        Sql::exec(tw.db(), u"UPDATE connections SET url = 'https://evil.example' WHERE id = ?"_s, {id});
        SecretCache later;
        SecretStore again(tw.db(), &later, Clock::system(), nullptr, u"QuorumTest"_s);
        error = wait([&](auto done) { again.read(key, this, [done](const QString& e, const QString&) { done(e); }); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(later.savedOrigin(key), u"http://127.0.0.1:80"_s);
        error = wait([&](auto done) { store.removeConnection(id, this, done); });
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
