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

    static inline const QString kAgent = QStringLiteral("Publisher");

private:
    bool mayChange(QString* why) const;
    void changed(qint64 productId, bool proposals);

    QSqlDatabase m_db;
    const Clock* m_clock;
    EventBus* m_bus;
    WorkerPool* m_pool;
    UserSession* m_session;
};
