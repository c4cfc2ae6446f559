#include "QuorumProcess.h"

#include "publishing/Connections.h"
#include "secrets/SecretStore.h"
#include "storage/Sql.h"

#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

QProcess* startQuorum(QObject* parent, const QTemporaryDir& home, const QStringList& arguments,
    const QHash<QString, QString>& environment)
{
    auto* p = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::MergedChannels);
    p->start(QDir(qEnvironmentVariable("QUORUM_BINARY_DIR")).filePath(u"bin/quorum"_s), arguments);
    return p;
}

qint64 saveConnectionWithEnvironmentSecrets(
    const QSqlDatabase& db, const Connections::Connection& connection, QHash<QString, QString>* environment)
{
    const qint64 id = Connections::save(db, connection, 1);
    for (const QString& field : Connections::secretFields(connection.kind)) {
        const QString key = Connections::secretKey(id, field);
        Sql::exec(db, QStringLiteral("INSERT INTO secret_index (key, connection_id, created_at) VALUES (?, ?, 1)"),
            {key, id});
        environment->insert(SecretStore::environmentName(key), QStringLiteral("env-") + field);
    }
    return id;
}
