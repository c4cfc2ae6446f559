#include "TeamPassword.h"

#include "core/Redaction.h"
#include "storage/Dialect.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace TeamPassword
{
namespace
{
const QString kService = u"Quorum"_s;
}

QString keyFor(const QString& location)
{
    return u"team/"_s + Dialect::displayLocation(location);
}

void read(const QString& location, QObject* context, std::function<void(const QString&, const QString&)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(keyFor(location));
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError) {
            const QString password = static_cast<QKeychain::ReadPasswordJob*>(j)->textData();
            Redaction::registerSecret(password);
            done(password, {});
        } else if (j->error() == QKeychain::EntryNotFound) {
            done({}, {});
        } else {
            done({}, j->errorString());
        }
    });
    job->start();
}

void write(const QString& location, const QString& password, QObject* context, std::function<void(const QString&)> done)
{
    Redaction::registerSecret(password);
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(keyFor(location));
    job->setInsecureFallback(false);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job* j) {
        done(j->error() == QKeychain::NoError ? QString()
                                              : QCoreApplication::translate("TeamPassword",
                                                  "The keychain did not keep the server's password (%1): Quorum asks "
                                                  "for it again next time.")
                                                    .arg(j->errorString()));
    });
    job->start();
}
} // namespace TeamPassword
