#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// The demo's decisions by a person: a seasonal sale some weeks ago, its markdowns and the prices put back
// afterwards, each a price change a person had to decide (20 % or more waits for one). Decision learning
// reads them like any decided proposals; the CEO finds that people approved almost all of them unchanged
// and proposes a threshold change. Signed "Demo example": no agent made them. Every price ends where the
// catalogue has it now.
namespace DemoDecisions
{

// `sale` as in demo.json ("decisions"): the sales (their SKUs, the markdown in percent, when each started,
// in days ago, and how long it ran), who decided, a markdown approved at another percentage, one rejected,
// and the texts (%1 the product, %2 and %3 prices; the verdict's %1 the change). Inside the caller's
// transaction.
void seedSale(const QSqlDatabase& db, const QJsonObject& sale, qint64 now, const QString& currency,
    const QHash<QString, qint64>& idBySku);

} // namespace DemoDecisions
