#include "QuorumProcess.h"
#include "TestDatabase.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "demo/DemoSeeder.h"
#include "storage/Connection.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

// `quorum migrate-workspace` (the real binary) moving a SQLite workspace full of the demo's data to the
// real PostgreSQL: every row and the audit chain arrive, the folder becomes the team workspace, a second
// run only checks; a copy that fails halfway leaves nothing on the server and nothing changed in the
// folder; a database holding another workspace, and a workspace Quorum is working on, are refused.
class TestMigrateWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QStringList m_databases;

    QString newDatabase()
    {
        const QString name = u"qm_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(m_databases.size());
        QString error;
        if (!TestDatabase::admin(u"CREATE DATABASE %1"_s.arg(name), &error))
            qFatal("%s", qPrintable(error));
        m_databases.append(name);
        QUrl url(TestDatabase::server());
        url.setPath(u"/"_s + name);
        return url.toString();
    }

    // A SQLite workspace with the demo's catalog, orders, proposals and audit trail.
    static bool seedSqlite(const QString& dir)
    {
        QString error;
        auto ws = Workspace::open(dir, &error);
        if (!ws || !DemoSeeder::seed(*ws, *Clock::system(), &error, u"en"_s)) {
            qWarning() << error;
            return false;
        }
        return true;
    }

    struct Run
    {
        int code = -1;
        QString output;
    };
    Run migrate(const QString& dir, const QString& target)
    {
        std::unique_ptr<QProcess> p(
            startQuorum(this, m_home, {u"migrate-workspace"_s, u"--workspace"_s, dir, u"--to"_s, target}));
        if (!p->waitForFinished(300'000))
            return {};
        return {p->exitCode(), QString::fromUtf8(p->readAll())};
    }

    static qint64 count(const QSqlDatabase& db, const QString& table)
    {
        return Sql::scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(table)).toLongLong();
    }

private slots:
    void initTestCase()
    {
        if (!TestDatabase::usePostgres() || TestDatabase::server().isEmpty())
            QSKIP("needs the test PostgreSQL cluster (tst_migrateworkspace_pg)");
    }

    void cleanupTestCase()
    {
        for (const QString& name : std::as_const(m_databases))
            TestDatabase::admin(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name), nullptr);
    }

    void everyRowAndTheAuditChainArriveAndASecondRunOnlyChecks()
    {
        QTemporaryDir dir;
        QVERIFY(seedSqlite(dir.path()));
        QHash<QString, qint64> before;
        qint64 maxProduct = 0;
        {
            Connection c(dir.filePath(u"quorum.db"_s), u"before"_s);
            for (const QString& t : {u"products"_s, u"orders"_s, u"audit_log"_s, u"action_proposals"_s, u"settings"_s})
                before.insert(t, count(c.db(), t));
            maxProduct = Sql::scalar(c.db(), u"SELECT MAX(id) FROM products"_s).toLongLong();
        }
        QVERIFY(before.value(u"products"_s) > 0 && before.value(u"audit_log"_s) > 0);

        const QString target = newDatabase();
        const Run first = migrate(dir.path(), target);
        QVERIFY2(first.code == 0, qPrintable(first.output));
        QVERIFY2(
            first.output.contains(u"audit trail"_s) && first.output.contains(u"verifies"_s), qPrintable(first.output));
        QVERIFY(QFileInfo::exists(dir.filePath(u"team.json"_s)));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"quorum.db"_s)));
        QVERIFY(QFileInfo::exists(dir.filePath(u"quorum-sqlite.db"_s)));

        // The folder opens as the team workspace, with everything in it.
        {
            QString error;
            auto ws = Workspace::open(dir.path(), &error);
            QVERIFY2(ws && ws->isTeam(), qPrintable(error));
            for (auto it = before.cbegin(); it != before.cend(); ++it) {
                const qint64 extra = it.key() == u"settings" ? 1 : 0; // where it was copied from
                QCOMPARE(count(ws->db(), it.key()), it.value() + extra);
            }
            QVERIFY(AuditLog::verify(ws->db()).ok);
            // New rows get ids past the copied ones.
            const qint64 id = Sql::insert(ws->db(),
                u"INSERT INTO products (name, stage, price_cents, created_at, updated_at) VALUES ('After the move', "
                u"'draft', "
                u"100, 1, 1)"_s);
            QVERIFY2(id > maxProduct, qPrintable(u"%1 <= %2"_s.arg(id).arg(maxProduct)));
            Sql::exec(ws->db(), u"DELETE FROM products WHERE id = ?"_s, {id});
        }

        // Again: checked, nothing changed.
        const Run second = migrate(dir.path(), target);
        QVERIFY2(second.code == 0 && second.output.contains(u"copied before"_s), qPrintable(second.output));
        // To another server: refused, it is a team workspace already.
        const Run elsewhere = migrate(dir.path(), newDatabase());
        QVERIFY2(elsewhere.code == 3 && elsewhere.output.contains(u"already"_s), qPrintable(elsewhere.output));
    }

    void aCopyThatFailsHalfwayLeavesNothingAndRunsAgain()
    {
        QTemporaryDir dir;
        QVERIFY(seedSqlite(dir.path()));
        {
            // SQLite keeps a text in a number column; PostgreSQL refuses it: the copy stops in products,
            // after the tables before it were written.
            Connection c(dir.filePath(u"quorum.db"_s), u"spoil"_s);
            Sql::exec(
                c.db(), u"UPDATE products SET price_cents = 'twelve' WHERE id = (SELECT MAX(id) FROM products)"_s);
        }
        const QString target = newDatabase();
        const Run failed = migrate(dir.path(), target);
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.output.contains(u"Copying products"_s) && failed.output.contains(u"Nothing changed"_s),
            qPrintable(failed.output));
        QVERIFY(QFileInfo::exists(dir.filePath(u"quorum.db"_s)));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"team.json"_s)));
        {
            Connection server(target, u"look"_s);
            QVERIFY(server.isOpen());
            QCOMPARE(count(server.db(), u"products"_s), 0); // the transaction took everything back
            QCOMPARE(count(server.db(), u"audit_log"_s), 0);
        }
        {
            Connection c(dir.filePath(u"quorum.db"_s), u"mend"_s);
            Sql::exec(c.db(), u"UPDATE products SET price_cents = 1200 WHERE price_cents = 'twelve'"_s);
        }
        const Run again = migrate(dir.path(), target);
        QVERIFY2(again.code == 0 && again.output.contains(u"Copied"_s), qPrintable(again.output));
    }

    void anotherWorkspacesDatabaseAndARunningQuorumAreRefused()
    {
        QTemporaryDir first, second;
        QVERIFY(seedSqlite(first.path()) && seedSqlite(second.path()));
        const QString target = newDatabase();
        QVERIFY(migrate(first.path(), target).code == 0);
        const Run other = migrate(second.path(), target);
        QCOMPARE(other.code, 3);
        QVERIFY2(other.output.contains(u"holds another workspace"_s), qPrintable(other.output));
        QVERIFY(QFileInfo::exists(second.filePath(u"quorum.db"_s)));

        // A desk beating on the workspace right now.
        {
            Connection c(second.filePath(u"quorum.db"_s), u"desk"_s);
            const qint64 now = Clock::system()->nowMs();
            Sql::exec(c.db(),
                u"INSERT INTO processes (owner, role, host, pid, started_at, seen_at, beat_ms) VALUES ('desk:1', "
                u"'desktop', 'desk', 1, ?, ?, 10000)"_s,
                {now, now});
        }
        const Run busy = migrate(second.path(), newDatabase());
        QVERIFY2(busy.code != 0 && busy.output.contains(u"stop it first"_s), qPrintable(busy.output));
    }
};

QTEST_GUILESS_MAIN(TestMigrateWorkspace)
#include "tst_migrateworkspace.moc"
