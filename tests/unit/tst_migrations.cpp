#include "storage/Connection.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Fresh databases, upgrades from every earlier schema version with data in it, statement splitting,
// and refusal of a database written by a newer Quorum.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static QStringList schemaOf(const QSqlDatabase& db)
    {
        QStringList out;
        QSqlQuery q = Sql::exec(db,
            u"SELECT type, name, COALESCE(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
        while (q.next())
            out.append(
                q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString().simplified());
        return out;
    }

    // Representative rows that are valid at the given schema version; each later migration must keep them.
    static void seedAt(const QSqlDatabase& db, int version)
    {
        if (version >= 1) {
            Sql::exec(db,
                u"INSERT INTO products (id, sku, name, price_cents, currency, category, stage, created_at, updated_at) "
                u"VALUES (1, 'SKU-1', 'Mug', 1500, 'EUR', 'Home', 'ready', 1, 1)"_s);
            Sql::exec(db,
                u"INSERT INTO action_proposals (id, agent, action_type, title, risk_level, status, created_at, "
                u"updated_at) "
                u"VALUES (1, 'Pricing Optimizer', 'price_change', 'Cut price', 'high', 'pending', 1, 1)"_s);
            // The Pricing agent's reason was stored under "rule" before schema 28.
            Sql::exec(db,
                version < 28
                    ? u"UPDATE action_proposals SET parameters = '{\"sku\":\"SKU-1\",\"rule\":\"elastic\"}' WHERE id = 1"_s
                    : u"UPDATE action_proposals SET parameters = '{\"sku\":\"SKU-1\",\"reason\":\"elastic\"}' WHERE id = 1"_s);
            Sql::exec(db, u"INSERT INTO agents (name, cluster, updated_at) VALUES ('Scout', 'product', 1)"_s);
            Sql::exec(db,
                u"INSERT INTO jobs (kind, subject_id, idempotency_key, created_at, updated_at) VALUES ('enhance', 1, 'k1', 1, 1)"_s);
            Sql::exec(db,
                u"INSERT INTO content_pieces (id, product_id, kind, state, updated_at) VALUES (1, 1, 'faq', 'accepted', 1)"_s);
            Sql::exec(db,
                u"INSERT INTO content_versions (piece_id, version_no, attempt, author, body, idempotency_key, "
                u"created_at) "
                u"VALUES (1, 1, 1, 'model', '{}', 'gen:1:1', 1)"_s);
        }
        if (version >= 2) {
            Sql::exec(db,
                u"INSERT INTO providers (id, name, kind, base_url, model, created_at, updated_at) "
                u"VALUES ('p1', 'P', 'openai', 'http://localhost/v1', 'm', 1, 1)"_s);
        }
        if (version >= 3)
            Sql::exec(db,
                u"INSERT INTO prompt_templates (name, version, body, created_at) VALUES ('writer.faq', 1, 'x', 1)"_s);
        if (version >= 4) {
            Sql::exec(db,
                u"INSERT INTO approval_rules (rule_key, version, data, created_at) VALUES ('budget_change', 1, '{}', 1)"_s);
            Sql::exec(db, u"INSERT INTO users (name, role, created_at) VALUES ('Ann', 'owner', 1)"_s);
        }
        if (version >= 5) {
            Sql::exec(db,
                u"INSERT INTO connections (id, kind, name, url, created_at, updated_at) VALUES (1, 'wordpress', "
                u"'Blog', "
                u"'http://127.0.0.1', 1, 1)"_s);
            Sql::exec(db,
                u"INSERT INTO publications (product_id, connection_id, target, status, updated_at) VALUES (1, 1, "
                u"'post', 'published', 1)"_s);
        }
        if (version >= 10) {
            // A paid order of the first store with two lines and a refund, counted by schema 13's backfill.
            Sql::exec(db,
                u"INSERT INTO orders (id, connection_id, source, remote_id, paid, currency, total_cents, "
                u"shop_currency, "
                u"shop_total_cents, created_at, updated_at, synced_at) VALUES (1, 1, 'woocommerce', '7', 1, 'EUR', "
                u"5000, 'EUR', 5000, 1764590400000, 1764590400000, 1)"_s);
            Sql::exec(db,
                u"INSERT INTO order_lines (order_id, product_remote_id, variant_remote_id, sku, name, quantity, "
                u"unit_price_cents, total_cents) VALUES (1, '11', '11', 'SKU-1', 'Mug', 2, 1500, 3000), (1, '12', "
                u"'12', '', 'Bowl', 1, 2000, 2000)"_s);
            Sql::exec(db,
                u"INSERT INTO order_refunds (order_id, remote_id, amount_cents, shop_cents, created_at) VALUES (1, "
                u"'r1', 1000, 1000, 1764590400000)"_s);
            // The first store's orders were read through a day; its customers too.
            Sql::exec(db,
                u"INSERT INTO sync_state (connection_id, resource, since, run, updated_at) VALUES (1, 'orders', "
                u"'2026-11-30T00:00:00Z', '{\"pages\": 3}', 1), (1, 'customers', '2026-11-30T00:00:00Z', '{}', 1)"_s);
        }
    }

private slots:
    void freshDatabaseReachesLatest()
    {
        QTemporaryDir dir;
        Connection c(dir.filePath(u"fresh.db"_s), u"test"_s);
        QVERIFY(c.isOpen());
        QCOMPARE(Migrator::currentVersion(c.db()), 0);
        QString error;
        QVERIFY2(Migrator::migrate(c.db(), &error), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(c.db()), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 1);
        const QStringList tables = c.db().tables();
        for (const QString& t : {u"products"_s, u"content_pieces"_s, u"content_versions"_s, u"validations"_s,
                 u"action_proposals"_s, u"audit_log"_s, u"agents"_s, u"jobs"_s, u"campaigns"_s, u"campaign_metrics"_s,
                 u"sites"_s, u"provider_calls"_s, u"settings"_s, u"schema_version"_s})
            QVERIFY2(tables.contains(t), qPrintable(t));
        // Running again is a no-op.
        QVERIFY(Migrator::migrate(c.db(), &error));
        QCOMPARE(Sql::scalar(c.db(), u"SELECT COUNT(*) FROM schema_version"_s).toInt(), Migrator::latestVersion());
    }

    void migrationsAreNumberedWithoutGaps()
    {
        const auto list = Migrator::migrations();
        for (int i = 0; i < list.size(); ++i)
            QCOMPARE(list.at(i).version, i + 1);
    }

    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrator::latestVersion(); ++v)
            QTest::newRow(qPrintable(u"from v%1"_s.arg(v))) << v;
    }

    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        Connection fresh(dir.filePath(u"fresh.db"_s), u"fresh"_s);
        QString error;
        QVERIFY(Migrator::migrate(fresh.db(), &error));

        Connection old(dir.filePath(u"old.db"_s), u"old"_s);
        QVERIFY2(Migrator::migrate(old.db(), &error, from), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(old.db()), from);
        seedAt(old.db(), from);
        QVERIFY2(Migrator::migrate(old.db(), &error), qPrintable(error));
        QCOMPARE(Migrator::currentVersion(old.db()), Migrator::latestVersion());
        QCOMPARE(schemaOf(old.db()), schemaOf(fresh.db()));
        if (from >= 1) {
            QCOMPARE(Sql::scalar(old.db(), u"SELECT name FROM products WHERE id = 1"_s).toString(), u"Mug"_s);
            QCOMPARE(
                Sql::scalar(old.db(), u"SELECT status FROM action_proposals WHERE id = 1"_s).toString(), u"pending"_s);
            QCOMPARE(Sql::scalar(old.db(), u"SELECT COUNT(*) FROM jobs"_s).toInt(), 1);
            // Versions written before runs were counted belong to run 0 and stay valid.
            QCOMPARE(
                Sql::scalar(old.db(), u"SELECT run_no || '/' || valid FROM content_versions"_s).toString(), u"0/1"_s);
        }
        if (from >= 2)
            QCOMPARE(Sql::scalar(old.db(), u"SELECT model FROM providers WHERE id = 'p1'"_s).toString(), u"m"_s);
        if (from >= 1) {
            // Proposals from before the approver's desk expire to a rejection; old jobs belong to no agent.
            QCOMPARE(Sql::scalar(old.db(), u"SELECT on_expiry FROM action_proposals WHERE id = 1"_s).toString(),
                u"reject"_s);
            QCOMPARE(Sql::scalar(old.db(), u"SELECT agent FROM jobs"_s).toString(), QString());
        }
        if (from >= 5)
            QCOMPARE(Sql::scalar(old.db(), u"SELECT status FROM publications"_s).toString(), u"published"_s);
        if (from >= 10 && from < 13) {
            // The orders already in are in the sales rollup (schema 13): the mug's two units, 60 % of the refund.
            QCOMPARE(Sql::scalar(old.db(),
                         u"SELECT s.units || '/' || s.net_micro || '/' || s.refund_micro FROM sales_lines_daily s JOIN "
                         u"sales_keys k ON k.id = s.key_id WHERE k.sku = 'SKU-1'"_s)
                         .toString(),
                u"2/3000000000/600000000"_s);
            QCOMPARE(Sql::scalar(old.db(),
                         u"SELECT revenue_cents || '/' || orders || '/' || units || '/' || "
                         u"refund_cents FROM sales_days"_s)
                         .toString(),
                u"5000/1/3/1000"_s);
        }
        if (from >= 10 && from < 19) {
            // Orders read before schema 19 have no UTM parameters: the next sync reads them all again (not the
            // customers).
            QCOMPARE(
                Sql::scalar(old.db(), u"SELECT since || run FROM sync_state WHERE resource = 'orders'"_s).toString(),
                u"{}"_s);
            QCOMPARE(Sql::scalar(old.db(), u"SELECT since FROM sync_state WHERE resource = 'customers'"_s).toString(),
                u"2026-11-30T00:00:00Z"_s);
            QCOMPARE(Sql::scalar(old.db(), u"SELECT utm_campaign FROM orders WHERE id = 1"_s).toString(), QString());
        }
        if (from >= 1) // the reason under its own key, whatever the version it was stored at
            QCOMPARE(Sql::scalar(old.db(), u"SELECT parameters FROM action_proposals WHERE id = 1"_s).toString(),
                u"{\"sku\":\"SKU-1\",\"reason\":\"elastic\"}"_s);
        // Products from before archiving are in use, not archived.
        if (from >= 1)
            QVERIFY(Sql::scalar(old.db(), u"SELECT archived_at FROM products WHERE id = 1"_s).isNull());
        QCOMPARE(Sql::scalar(old.db(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(Sql::scalar(old.db(), u"PRAGMA foreign_key_check"_s).toString(), QString());
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        Connection c(dir.filePath(u"newer.db"_s), u"newer"_s);
        QString error;
        QVERIFY(Migrator::migrate(c.db(), &error));
        Sql::exec(c.db(), u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, 'future', 0)"_s,
            {Migrator::latestVersion() + 5});
        QVERIFY(!Migrator::migrate(c.db(), &error));
        QVERIFY2(error.contains(u"newer version of Quorum"_s), qPrintable(error));
    }

    void splitsStatementsWithTriggersAndQuotes()
    {
        const QString script = uR"(-- comment; with a semicolon
CREATE TABLE a (x TEXT DEFAULT 'semi;colon');
CREATE TRIGGER t BEFORE DELETE ON a
BEGIN
    SELECT RAISE(ABORT, 'no; really');
END;
INSERT INTO a VALUES ('x');)"_s;
        const QStringList statements = Migrator::splitStatements(script);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).startsWith(u"CREATE TABLE a"_s));
        QVERIFY(statements.at(1).startsWith(u"CREATE TRIGGER t"_s));
        QVERIFY(statements.at(1).endsWith(u"END;"_s));
        QVERIFY(statements.at(2).startsWith(u"INSERT INTO a"_s));
    }

    void failedMigrationLeavesDatabaseAtPreviousVersion()
    {
        QTemporaryDir dir;
        Connection c(dir.filePath(u"broken.db"_s), u"broken"_s);
        QString error;
        // A table that the first migration is about to create makes it fail half-way.
        Sql::exec(c.db(), u"CREATE TABLE agents (x INTEGER)"_s);
        QVERIFY(!Migrator::migrate(c.db(), &error));
        QVERIFY(error.contains(u"Upgrading the workspace database failed"_s));
        QCOMPARE(Migrator::currentVersion(c.db()), 0);
        // Nothing of the half-applied migration stayed behind.
        QVERIFY(!c.db().tables().contains(u"products"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
