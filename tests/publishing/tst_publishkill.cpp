#include "PipelineFixture.h"
#include "QuorumProcess.h"
#include "approvals/ApprovalDesk.h"
#include "publishing/Connections.h"
#include "publishing/PublishPayloads.h"
#include "secrets/SecretStore.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

// kill -9 during a publish batch: `quorum run-pipeline` (a real child process, no keychain, its
// secrets from the environment variables the message names) publishes 12 approved products to the
// sandbox's WooCommerce, WordPress and Shopify and is killed at random moments, many times. After a
// last run every product exists exactly once on every platform and every publication is published.
class TestPublishKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QHash<QString, QString> m_secretEnv;

    QProcess* spawn(const QString& workspace)
    {
        QHash<QString, QString> env = m_secretEnv;
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/quorum-no-bus"_s);
        return startQuorum(this, m_home, {u"run-pipeline"_s, u"--workspace"_s, workspace}, env);
    }

private slots:
    void killNineDuringAPublishBatchPublishesEachOnce()
    {
        PipelineFixture f;
        f.setSetting(u"pipeline.lease_ms"_s, u"2000"_s);
        f.setSetting(u"pipeline.poll_ms"_s, u"100"_s);
        f.startPool();
        QList<qint64> ids;
        for (int i = 0; i < 12; ++i)
            ids.append(f.addProduct(PipelineFixture::facts(u"Batch Product %1"_s.arg(i))));
        f.run(ids);
        QVERIFY(f.waitUntilIdle());
        f.stopPool();
        for (qint64 id : ids)
            QCOMPARE(f.stageOf(id), u"ready"_s);

        // Three connections; their secrets are indexed as keychain entries, and there is no keychain:
        // the child reads them from QUORUM_SECRET_* as the message says.
        for (auto [kind, name] :
            {std::pair{Connections::Kind::WooCommerce, u"Shop"_s}, std::pair{Connections::Kind::WordPress, u"Blog"_s},
                std::pair{Connections::Kind::Shopify, u"Shopify"_s}}) {
            Connections::Connection c;
            c.kind = kind;
            c.name = name;
            c.url = f.sandbox()->url().toString();
            c.account = u"quorum"_s;
            saveConnectionWithEnvironmentSecrets(f.db(), c, &m_secretEnv);
        }
        // Every product approved for publishing.
        const qint64 now = Clock::system()->nowMs();
        Users::signIn(f.db(), u"Ann"_s, now);
        const Users::User ann = *Users::find(f.db(), u"Ann"_s);
        for (qint64 id : ids) {
            ApprovalDesk::Proposal p;
            p.agent = u"Publisher"_s;
            p.actionType = ActionTypes::fromKey(u"publish_product"_s);
            p.title = u"Publish %1"_s.arg(id);
            p.productId = id;
            const qint64 proposal = ApprovalDesk::propose(f.db(), p, u"test"_s, now);
            QVERIFY(ApprovalDesk::approve(f.db(), proposal, ann, {}, u"test"_s, now).ok);
        }
        // Slow enough that kills land mid-request, including between a write and its answer.
        f.sandbox()->setFaults(QJsonObject{{u"seed"_s, 5},
            {u"routes"_s,
                QJsonObject{{u"*"_s,
                    QJsonObject{
                        {u"latency"_s, QJsonObject{{u"kind"_s, u"uniform"_s}, {u"min"_s, 100}, {u"max"_s, 400}}}}}}}});

        QRandomGenerator rng(20261122);
        int kills = 0;
        for (int i = 0; i < 15; ++i) {
            QProcess* p = spawn(f.ws().path());
            QVERIFY(p->waitForStarted(10'000));
            const int after = 400 + static_cast<int>(rng.bounded(3600u));
            if (p->waitForFinished(after)) {
                QVERIFY2(p->exitCode() == 0, p->readAll().constData());
                delete p;
                break;
            }
            p->kill(); // SIGKILL
            QVERIFY(p->waitForFinished(10'000));
            delete p;
            ++kills;
            if (!Dialect::isPostgres(f.db())) // PostgreSQL keeps its own files whole
                QCOMPARE(Sql::scalar(f.db(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        }
        QVERIFY2(kills >= 3, qPrintable(QString::number(kills)));
        QProcess* p = spawn(f.ws().path());
        QVERIFY(p->waitForFinished(120'000));
        const QByteArray output = p->readAll();
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, output.constData());
        delete p;

        // Exactly once everywhere.
        QSet<QString> skus;
        for (const QJsonObject& product : f.sandbox()->wooProducts())
            skus.insert(product.value(u"sku"_s).toString());
        QCOMPARE(f.sandbox()->wooProducts().size(), ids.size());
        QCOMPARE(skus.size(), ids.size());
        QCOMPARE(f.sandbox()->shopifyProducts().size(), ids.size());
        QCOMPARE(f.sandbox()->wordpressItems(u"posts"_s).size(), ids.size());
        QCOMPARE(f.sandbox()->wordpressItems(u"pages"_s).size(), ids.size());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM publications WHERE status = 'published'"_s), 4 * ids.size());
        QVERIFY2(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'dead'"_s) == 0,
            qPrintable(
                Sql::scalar(f.db(), u"SELECT kind || ': ' || last_error FROM jobs WHERE state = 'dead'"_s).toString()));
        for (qint64 id : ids)
            QCOMPARE(f.stageOf(id), u"published"_s);
        // The child used the documented way out: the secrets came from the environment.
        QVERIFY(f.sandbox()->requestCount(u"woo"_s) > 0);
        qInfo("killed %d times during the publish batch; %lld requests to WooCommerce", kills,
            static_cast<long long>(f.sandbox()->requestCount(u"woo"_s)));
    }
};

QTEST_GUILESS_MAIN(TestPublishKill)
#include "tst_publishkill.moc"
