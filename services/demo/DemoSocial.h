#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The demo's social history: four weeks of posts at the demo accounts' posting times, published before the demo
// began (the first time only), so its Best times have something of the shop's own to learn from. Their figures
// are not written here: the sandbox's platforms hold the posts and the real sync reads them back.
namespace DemoSocial
{

// Inside the caller's transaction. Returns how many posts were recorded. Throws SqlError.
int seedHistory(const QSqlDatabase& db, const QList<qint64>& accountIds, bool dutch, qint64 now);

struct Published
{
    QString platform;
    QString remoteId;
    QString account; // the account's id on the platform
    QString text;
    QString link;
    qint64 publishedAt = 0;
};
// Every post of the workspace a platform made (published, and those deleted since: their ids stay taken), for the
// sandbox, which keeps nothing between runs.
QList<Published> published(const QSqlDatabase& db);

} // namespace DemoSocial
