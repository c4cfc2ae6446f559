#pragma once

#include "Connections.h"
#include "Publications.h"

#include <QObject>
#include <QSqlDatabase>

class Clock;
class EventBus;
class UserSession;
class WorkerPool;

// What a person asks of publishing from the desktop. Publishing is an agent's proposal that a
// person approves (the Publisher proposes; nobody approves their own), unless the product is already
// approved and unchanged, when the jobs are queued at once. Unpublishing needs no approval: taking
// something down is always allowed to those who may change things.
class PublishActions final : public QObject
{
    Q_OBJECT
public:
    PublishActions(const QSqlDatabase& db, const Clock* clock, EventBus* bus, WorkerPool* pool, UserSession* session,
        QObject* parent = nullptr);

    // Returns what happened, in a sentence for the status bar; *ok false when nothing could be done.
    QString publishProduct(qint64 productId, bool* ok);
    QString unpublishProduct(qint64 productId, bool* ok);
    QString publishSite(qint64 siteId, bool* ok);

    // Where a product (and its generated landing page) is published, with each connection.
    struct Placement
    {
        Publications::Publication publication;
        Connections::Connection connection;
    };
    QList<Placement> placements(qint64 productId) const;

    // What each store (WooCommerce, Shopify) has now against what publishing the product would write,
    // as last read for the approver; empty when the product has no store connection.
    QList<Publications::StorePreview> storePreviews(qint64 productId) const;
    // Reads every store's copy of the product again, in the background (a publish.preview job per
    // store; one already waiting is not asked twice). Reading writes nothing anywhere, so anyone at
    // the desk may ask. Returns how many reads were queued.
    int readStores(qint64 productId);
    // Reads the stores whose copy of a publish proposal's product is missing or older than the
    // proposal's last change, unless a read is already on its way. Returns how many were queued.
    int readStoresIfStale(qint64 proposalId);

    static inline const QString kAgent = QStringLiteral("Publisher");

private:
    bool mayChange(QString* why) const;
    void recordRun(const QString& note, qint64 now);
    void changed(qint64 productId, bool proposals);

    QSqlDatabase m_db;
    const Clock* m_clock;
    EventBus* m_bus;
    WorkerPool* m_pool;
    UserSession* m_session;
};
