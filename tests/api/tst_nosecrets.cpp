#include "LlmTestSupport.h"
#include "TestWorkspace.h"
#include "commerce/MetaAdsClient.h"
#include "commerce/ShopifyClient.h"
#include "commerce/WooCommerceClient.h"
#include "commerce/WordPressClient.h"
#include "core/Logging.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace LlmTest;

// Every client runs, successes and failures, with debug logging into a real log file; afterwards no
// secret may appear in the file, in any error message or in any database row.
class TestNoSecrets : public QObject
{
    Q_OBJECT

private:
    QStringList m_secrets;

private slots:
    void initTestCase()
    {
        qputenv("QUORUM_TEST_KEY", kKey);
        m_secrets = {QString::fromLatin1(kKey), u"ck_77aa88bb99cc00dd11ee22ff33aa44bb55cc66dd"_s,
            u"cs_1234fedcba9876543210fedcba98765432100000"_s, u"Zq9X wP3e Lm7K aB2c Rt6Y uI8o"_s,
            u"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"_s, u"EAAGsecretMetaToken42abcdef0123"_s};
    }

    void nothingLeaks()
    {
        QTemporaryDir logs;
        Logging::install(Logging::Level::Debug, false);
        Logging::setLogDirectory(logs.path());
        QStringList errors;

        TestWorkspace tw;
        SandboxServer::Options options = withKey();
        options.credentials.wooKey = m_secrets.at(1);
        options.credentials.wooSecret = m_secrets.at(2);
        options.credentials.wpUser = u"editor"_s;
        options.credentials.wpPassword = m_secrets.at(3);
        options.credentials.shopifyToken = m_secrets.at(4);
        options.credentials.metaToken = m_secrets.at(5);
        ApiFixture f(true, options);
        // Some calls fail on the way (and are logged as failures).
        f.sandbox()->setFaults(
            QJsonObject{{u"routes"_s, QJsonObject{{u"*"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"500"_s}}}}}}});

        LlmClient llm(&f.caller(), &f.runtime());
        llm.setCallLog(tw.db());
        for (const QString& kind : Llm::kinds()) {
            const LlmResult ok = complete(f, llm, {f.provider(kind)}, titleRequest(true));
            if (!ok.ok())
                errors << ok.error.toString();
        }
        ProviderConfig wrong = f.provider(u"openai"_s);
        wrong.secretRef = u"env:QUORUM_WRONG_KEY"_s;
        qputenv("QUORUM_WRONG_KEY", "sk-wrong-key-9876543210abcdef");
        m_secrets << u"sk-wrong-key-9876543210abcdef"_s;
        errors << complete(f, llm, {wrong}, titleRequest()).error.toString(); // 401 with the wrong key

        int pending = 0;
        const auto collect = [&](const ApiError& e) {
            if (e.isError())
                errors << e.toString();
            --pending;
        };
        WooCommerceClient woo(&f.caller(), &f.runtime(), {f.url(), m_secrets.at(1), m_secrets.at(2), false});
        WooCommerceClient wooWrong(
            &f.caller(), &f.runtime(), {f.url(), m_secrets.at(1), u"cs_wrong_secret_value_00"_s, false});
        WordPressClient wp(&f.caller(), &f.runtime(), {f.url(), u"editor"_s, m_secrets.at(3), {}});
        ShopifyClient::Config sc;
        sc.accessToken = m_secrets.at(4);
        sc.endpoint = QUrl(f.url().toString() + u"/admin/api/2025-01/graphql.json"_s);
        ShopifyClient shop(&f.caller(), &f.runtime(), sc);
        MetaAdsClient::Config mc;
        mc.graphUrl = f.url();
        mc.accessToken = m_secrets.at(5);
        mc.adAccountId = u"1"_s;
        MetaAdsClient meta(&f.caller(), &f.runtime(), mc);
        pending = 6;
        woo.createProduct(QJsonObject{{u"name"_s, u"Mug"_s}, {u"sku"_s, u"M1"_s}}, f.context(),
            [&](const ApiError& e, const QJsonObject&) { collect(e); });
        wooWrong.testConnection(f.context(), collect);
        wp.create(u"posts"_s, QJsonObject{{u"title"_s, u"Hello"_s}}, f.context(),
            [&](const ApiError& e, const QJsonObject&) { collect(e); });
        shop.productSet(u"mug"_s, QJsonObject{{u"title"_s, u"Mug"_s}}, f.context(),
            [&](const ApiError& e, const QJsonObject&) { collect(e); });
        meta.updateAdSet(u"9"_s, u"PAUSED"_s, 1500, f.context(), collect);
        meta.insights(u"adset"_s, QDate(2026, 11, 1), QDate(2026, 11, 2), f.context(),
            [&](const ApiError& e, const QList<MetaAdsClient::InsightRow>&) { collect(e); });
        QVERIFY(f.runUntil([&] { return pending == 0; }));
        Logging::flush();

        QFile file(QDir(logs.path()).filePath(u"quorum.log"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString log = QString::fromUtf8(file.readAll());
        QVERIFY2(log.count(u'\n') > 20, "the log should hold the calls at debug level");
        QVERIFY(log.contains(u"oauth_signature=***"_s)); // the signed Woo URL was logged, masked
        QVERIFY(errors.size() >= 2);

        QStringList rows;
        for (const QString& table : tw.db().tables()) {
            QSqlQuery q = Sql::exec(tw.db(), u"SELECT * FROM "_s + table);
            while (q.next()) {
                for (int c = 0; c < q.record().count(); ++c)
                    rows << q.value(c).toString();
            }
        }
        QVERIFY(tw.count(u"SELECT COUNT(*) FROM provider_calls"_s) >= 5);
        for (const QString& secret : std::as_const(m_secrets)) {
            const QString compact = QString(secret).remove(u' ');
            for (const QString& s : {secret, compact, QString::fromLatin1(secret.toUtf8().toBase64())}) {
                QVERIFY2(!log.contains(s), qPrintable(u"the log contains %1"_s.arg(s.left(6))));
                for (const QString& e : std::as_const(errors))
                    QVERIFY2(!e.contains(s), qPrintable(u"an error message contains %1"_s.arg(s.left(6))));
                for (const QString& r : std::as_const(rows))
                    QVERIFY2(!r.contains(s), qPrintable(u"a database row contains %1"_s.arg(s.left(6))));
            }
        }
        Logging::uninstall();
    }
};

QTEST_GUILESS_MAIN(TestNoSecrets)
#include "tst_nosecrets.moc"
