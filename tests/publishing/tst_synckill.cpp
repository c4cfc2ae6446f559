#include "PipelineFixture.h"
#include "QuorumProcess.h"
#include "publishing/Connections.h"
#include "sandbox/ShopGenerator.h"
#include "secrets/SecretStore.h"
#include "storage/Sql.h"
#include "storesync/StoreSync.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// kill -9 during a store sync: `quorum run-pipeline` (a real child process that runs the queued jobs
// until none is left) reads the sandbox shop's orders, customers and reviews page by page and is
// killed at random moments, many times. After a last run the workspace holds the shop's ledger
// exactly: every order, line and refund once, and the same money per currency.
class TestSyncKill : public QObject
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
    void killNineDuringASyncCountsEveryOrderOnce()
    {
        PipelineFixture f;
        f.setSetting(u"pipeline.lease_ms"_s, u"2000"_s);
        f.setSetting(u"pipeline.poll_ms"_s, u"100"_s);
        ShopData::Options shop;
        shop.seed = 9;
        shop.products = 80;
        shop.orders = 12000;
        shop.endDate = QDate(2026, 11, 30);
        f.sandbox()->generateShop(shop);
        const auto ledger = f.sandbox()->ledger();

        // The store's secrets are indexed as keychain entries, and there is no keychain: the child reads
        // them from QUORUM_SECRET_* as its message says.
        Connections::Connection c;
        c.kind = Connections::Kind::WooCommerce;
        c.name = u"Shop"_s;
        c.url = f.sandbox()->url().toString();
        c.account = u"quorum"_s;
        const qint64 id = saveConnectionWithEnvironmentSecrets(f.db(), c, &m_secretEnv);
        // Slow pages, so that kills land between a page's request, its answer and its write.
        f.sandbox()->setRouteFaults(u"woo"_s,
            QJsonObject{{u"latency"_s, QJsonObject{{u"kind"_s, u"uniform"_s}, {u"min"_s, 100}, {u"max"_s, 300}}}});

        // The sync is queued (as the desktop queues it every 15 minutes); the child runs what is queued.
        {
            Transaction tx(f.db());
            QCOMPARE(StoreSync::queue(f.db(), id, Clock::system()->nowMs()), 4); // orders, customers, reviews, stock
            tx.commit();
        }
        QRandomGenerator rng(20261202);
        int kills = 0;
        qint64 lastCount = 0;
        bool grew = false;
        for (int i = 0; i < 12; ++i) {
            QProcess* p = spawn(f.ws().path());
            QVERIFY(p->waitForStarted(10'000));
            const int after = 2000 + static_cast<int>(rng.bounded(2000u));
            if (p->waitForFinished(after)) {
                QVERIFY2(p->exitCode() == 0, p->readAll().constData());
                delete p;
                break;
            }
            p->kill(); // SIGKILL
            QVERIFY(p->waitForFinished(10'000));
            delete p;
            ++kills;
            QCOMPARE(Sql::scalar(f.db(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            // Never more orders than the shop has, at any moment.
            const qint64 now = f.count(u"SELECT COUNT(*) FROM orders"_s);
            QVERIFY(now <= static_cast<qint64>(ledger->orders().size()));
            qInfo("killed after %d ms: %lld orders in", after, static_cast<long long>(now));
            grew = grew || now > lastCount;
            lastCount = now;
        }
        QVERIFY2(kills >= 3, qPrintable(QString::number(kills)));
        QVERIFY2(grew, "the killed runs made progress");
        QProcess* p = spawn(f.ws().path());
        QVERIFY(p->waitForFinished(180'000));
        const QByteArray output = p->readAll();
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, output.constData());
        delete p;

        // Exactly the ledger.
        qint64 lines = 0;
        qint64 refunds = 0;
        for (const ShopData::Order& o : ledger->orders()) {
            lines += o.lineCount;
            refunds += o.refundCount;
        }
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM orders"_s), static_cast<qint64>(ledger->orders().size()));
        QCOMPARE(
            f.count(u"SELECT COUNT(DISTINCT remote_id) FROM orders"_s), static_cast<qint64>(ledger->orders().size()));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM order_lines"_s), lines);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM order_refunds"_s), refunds);
        QHash<QString, qint64> gross;
        QSqlQuery q
            = Sql::exec(f.db(), u"SELECT currency, SUM(total_cents) FROM orders WHERE paid = 1 GROUP BY currency"_s);
        while (q.next())
            gross.insert(q.value(0).toString(), q.value(1).toLongLong());
        QCOMPARE(gross, ledger->grossByCurrency());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM customers"_s), static_cast<qint64>(ledger->customers().size()));
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE state = 'dead'"_s), 0);
        qInfo("killed %d times during the sync; %lld requests to WooCommerce", kills,
            static_cast<long long>(f.sandbox()->requestCount(u"woo"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
