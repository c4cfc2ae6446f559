#pragma once

#include "users/ChangeDoor.h"

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class UserSession;

// The site factory from the desktop, through one door: generate a site for a product, write one of its units
// again with an instruction (the others stay), lock or unlock a unit. Viewers change nothing; every change is
// in the audit trail and reaches the workers as a job on the durable queue.
class SiteActions final : public QObject
{
    Q_OBJECT
public:
    SiteActions(const ChangeDoor& door, const UserSession* session, QObject* parent = nullptr);

    QString whyNot() const;
    // The new site's id, or 0 with *error.
    qint64 generateForProduct(qint64 productId, QString* error);
    // A concept site for a lead's business, written from its listing's facts.
    qint64 generateForLead(qint64 leadId, QString* error);
    // A page for a collection (the products of one category) or, with an empty collection, the whole shop.
    qint64 generateForCatalog(const QString& collection, QString* error);
    bool regenerate(qint64 unitId, const QString& instruction, QString* error);
    bool setLocked(qint64 unitId, bool locked, QString* error);
    // Runs the chain again from where it stands (after a failure or a person's fix elsewhere).
    bool resume(qint64 siteId, QString* error);

private:
    // What a change did, for its audit entry and the views.
    struct Done
    {
        qint64 siteId = 0;
        QString action;
        QJsonObject details;
        bool queued = false; // a job was queued
    };
    // write(db, now, done, error) inside one durable transaction with its audit entry; false (with *error) when
    // the person may not, the change refuses, or the database fails (nothing is written then).
    using Write = std::function<bool(const QSqlDatabase& db, qint64 now, Done* done, QString* error)>;
    bool write(const Write& change, QString* error);
    qint64 generate(qint64 productId, qint64 leadId, QString* error);
    bool enqueue(qint64 siteId, qint64 unitId, const QString& instruction, QString* error);
    ChangeDoor m_door;
    const UserSession* m_session;
};
