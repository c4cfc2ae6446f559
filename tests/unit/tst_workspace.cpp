#include "TestWorkspace.h"
#include "storage/Connection.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestWorkspaceFolder : public QObject
{
    Q_OBJECT

private slots:
    void createsFoldersAndDatabase()
    {
        TestWorkspace tw;
        QVERIFY2(tw.isValid(), qPrintable(tw.error()));
        for (const QString& sub : {u"images"_s, u"sites"_s, u"logs"_s, u"exports"_s})
            QVERIFY(QDir(tw.path()).exists(sub));
        QVERIFY(QFile::exists(QDir(tw.path()).filePath(u"quorum.db"_s)));
        QCOMPARE(Sql::scalar(tw.db(), u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(Sql::scalar(tw.db(), u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(Sql::scalar(tw.db(), u"PRAGMA busy_timeout"_s).toInt() >= 5000);
        QVERIFY(!tw.workspace().isDemo());
        QVERIFY(!tw.workspace().hasProducts());
    }

    void refusesAFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"not-a-folder"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString error;
        QVERIFY(!Workspace::open(file, &error));
        QVERIFY2(error.contains(u"is a file, not a folder"_s), qPrintable(error));
    }

    void settingsRoundTrip()
    {
        TestWorkspace tw;
        Settings::setValue(tw.db(), u"workspace.name"_s, u"Shop"_s);
        QCOMPARE(tw.workspace().displayName(), u"Shop"_s);
        Settings::setValue(tw.db(), u"pipeline.workers"_s, qint64(6));
        QCOMPARE(Settings::intValue(tw.db(), u"pipeline.workers"_s, 2), 6);
        QCOMPARE(Settings::intValue(tw.db(), u"missing"_s, 2), 2);
        QVERIFY(!Settings::boolValue(tw.db(), u"missing"_s, false));
        Settings::remove(tw.db(), u"workspace.name"_s);
        QCOMPARE(tw.workspace().displayName(), QDir(tw.path()).dirName());
    }

    void eachThreadGetsItsOwnConnection()
    {
        TestWorkspace tw;
        const QString path = tw.workspace().databasePath();
        QString workerName;
        QString workerMode;
        bool sameAsMain = true;
        QThread* thread = QThread::create([&] {
            Connection worker(path, u"worker"_s);
            workerName = worker.name();
            workerMode = Sql::scalar(worker.db(), u"PRAGMA journal_mode"_s).toString();
            Sql::exec(worker.db(), u"INSERT INTO settings (key, value) VALUES ('from.worker', '1')"_s);
            sameAsMain = worker.name() == tw.db().connectionName();
        });
        thread->start();
        QVERIFY(thread->wait(10'000));
        delete thread;
        QVERIFY(!workerName.isEmpty());
        QVERIFY(!sameAsMain);
        QCOMPARE(workerMode, u"wal"_s);
        // The worker's commit is visible to the main connection, and its connection was removed.
        QCOMPARE(Settings::value(tw.db(), u"from.worker"_s), u"1"_s);
        QVERIFY(!QSqlDatabase::contains(workerName));
    }

    void transactionRollsBackOnException()
    {
        TestWorkspace tw;
        try {
            Transaction tx(tw.db());
            Sql::exec(tw.db(), u"INSERT INTO settings (key, value) VALUES ('a', '1')"_s);
            Sql::exec(tw.db(), u"INSERT INTO no_such_table VALUES (1)"_s);
            tx.commit();
            QFAIL("expected an SqlError");
        } catch (const SqlError& e) {
            QVERIFY(e.message().contains(u"no_such_table"_s));
        }
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM settings WHERE key = 'a'"_s), 0);
    }

    void nullTextBindsAsEmptyAndInvalidVariantAsNull()
    {
        TestWorkspace tw;
        Sql::exec(tw.db(), u"INSERT INTO settings (key, value) VALUES (?, ?)"_s, {u"k"_s, QString()});
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM settings WHERE value = ''"_s), 1);
        Sql::exec(tw.db(),
            u"INSERT INTO products (name, price_cents, sku, created_at, updated_at) VALUES ('A', 1, ?, 0, 0)"_s,
            {QVariant()});
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM products WHERE sku IS NULL"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFolder)
#include "tst_workspace.moc"
