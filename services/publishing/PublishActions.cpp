#include "PublishActions.h"

#include "Connections.h"
#include "Publications.h"
#include "agents/AgentRuns.h"
#include "approvals/ApprovalDesk.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/WorkerPool.h"
#include "pipeline/ProductFacts.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

PublishActions::PublishActions(
    const QSqlDatabase& db, const Clock* clock, EventBus* bus, WorkerPool* pool, UserSession* session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_bus(bus)
    , m_pool(pool)
    , m_session(session)
{ }

void PublishActions::recordRun(const QString& note, qint64 now)
{
    // The publisher is an agent: the proposal is its run. A failure to note it leaves the proposal be.
    try {
        AgentRuns::record(m_db, kAgent, now, now, Agent::Outcome::done(note, 1));
    } catch (const SqlError& e) {
        qCWarning(lcPublish) << "cannot record the publisher's run:" << e.message();
    }
}

bool PublishActions::mayChange(QString* why) const
{
    *why = m_session->whyViewer();
    return why->isEmpty();
}

void PublishActions::changed(qint64 productId, bool proposals)
{
    if (m_pool)
        m_pool->wake();
    if (!m_bus)
        return;
    m_bus->publishChanged(EventBus::Topic::Publications, {}, true);
    m_bus->publishChanged(EventBus::Topic::Products, {productId});
    if (proposals)
        m_bus->publishChanged(EventBus::Topic::Proposals, {}, true);
    m_bus->publishChanged(EventBus::Topic::Audit, {}, true);
}

QString PublishActions::publishProduct(qint64 productId, bool* ok)
{
    *ok = false;
    QString why;
    if (!mayChange(&why))
        return why;
    try {
        const auto facts = ProductFacts::load(m_db, productId);
        if (!facts)
            return QCoreApplication::translate("PublishActions", "The product no longer exists.");
        const int connections = static_cast<int>(Connections::all(m_db).size());
        if (connections == 0)
            return QCoreApplication::translate("PublishActions",
                "There is nowhere to publish to yet: add a store or a site in Settings → Connections.");
        const qint64 now = m_clock->nowMs();
        // Already approved and unchanged since: publish (again) at once.
        if (Publications::productApproved(m_db, productId, &why)) {
            Transaction tx(m_db, Transaction::Durable);
            const QList<qint64> queued = Publications::queueProduct(m_db, productId, false, now, &why);
            tx.commit();
            changed(productId, false);
            *ok = !queued.isEmpty();
            const int places = static_cast<int>(queued.size()); // lupdate cannot read a cast in translate()
            return *ok ? QCoreApplication::translate("PublishActions", "Publishing %1 to %n place(s).", nullptr, places)
                             .arg(facts->name)
                       : why;
        }
        // Asked once: a waiting proposal is not asked again.
        const qint64 waiting = Sql::scalar(m_db,
            u"SELECT COUNT(*) FROM action_proposals WHERE product_id = ? AND action_type = 'publish_product' AND "
            u"status = 'pending'"_s,
            {productId})
                                   .toLongLong();
        if (waiting > 0)
            return QCoreApplication::translate(
                "PublishActions", "Publishing %1 already waits for a decision in Approvals.")
                .arg(facts->name);
        ApprovalDesk::Proposal p;
        p.agent = kAgent;
        p.proposedBy = kAgent;
        p.actionType = ActionType::PublishProduct;
        p.productId = productId;
        p.title = QCoreApplication::translate("PublishActions", "Publish %1 to %n place(s)", nullptr, connections)
                      .arg(facts->name);
        p.description = QCoreApplication::translate("PublishActions",
            "Put the accepted listing, blog post and landing page live on every connected store and site.");
        p.reasoning = QCoreApplication::translate("PublishActions", "%1 asked for it; its content passed the gate.")
                          .arg(m_session->name());
        p.confidence = 1.0;
        p.parameters = QJsonObject{{u"sku"_s, facts->sku},
            {u"targets"_s, QJsonArray::fromStringList(Publications::productDestinations(m_db))}};
        ApprovalDesk::propose(m_db, p, m_session->machine(), now);
        recordRun(p.title, now);
        changed(productId, true);
        *ok = true;
        return QCoreApplication::translate(
            "PublishActions", "Publishing %1 is waiting for approval (Approvals); it goes live once approved.")
            .arg(facts->name);
    } catch (const SqlError& e) {
        return e.message();
    }
}

QString PublishActions::unpublishProduct(qint64 productId, bool* ok)
{
    *ok = false;
    QString why;
    if (!mayChange(&why))
        return why;
    try {
        Transaction tx(m_db, Transaction::Durable);
        const QList<qint64> queued = Publications::queueProduct(m_db, productId, true, m_clock->nowMs(), &why);
        tx.commit();
        changed(productId, false);
        *ok = !queued.isEmpty();
        return *ok ? QCoreApplication::translate(
                   "PublishActions", "Taking it down to a draft in %n place(s).", nullptr, int(queued.size()))
                   : why;
    } catch (const SqlError& e) {
        return e.message();
    }
}

QString PublishActions::publishSite(qint64 siteId, bool* ok)
{
    *ok = false;
    QString why;
    if (!mayChange(&why))
        return why;
    try {
        const qint64 now = m_clock->nowMs();
        if (!Publications::siteApproved(m_db, siteId, &why)) {
            const qint64 product
                = Sql::scalar(m_db, u"SELECT COALESCE(product_id, 0) FROM sites WHERE id = ?"_s, {siteId}).toLongLong();
            if (product > 0)
                return publishProduct(product, ok); // a product's page goes live with the product
            QSqlQuery site = Sql::exec(
                m_db, u"SELECT name, stage, page_version, COALESCE(lead_id, 0) FROM sites WHERE id = ?"_s, {siteId});
            if (!site.next())
                return QCoreApplication::translate("PublishActions", "That site no longer exists.");
            const QString name = site.value(0).toString();
            if (site.value(3).toLongLong() > 0)
                return QCoreApplication::translate("PublishActions",
                    "“%1” is a concept for a lead's business: it is shown to them, not published on your site.")
                    .arg(name);
            const QString stage = site.value(1).toString();
            const int version = site.value(2).toInt();
            // A generated site is approved as the page version its chain assembled and checked.
            if (!stage.isEmpty() && stage != u"ready")
                return QCoreApplication::translate("PublishActions",
                    "“%1” is not ready for approval: its chain has not finished or a part needs a person.")
                    .arg(name);
            ApprovalDesk::Proposal p;
            p.agent = kAgent;
            p.proposedBy = kAgent;
            p.actionType = ActionType::PublishProduct;
            p.title = QCoreApplication::translate("PublishActions", "Publish the page “%1”").arg(name);
            p.description = QCoreApplication::translate(
                "PublishActions", "Put the generated page live as a page on every connected WordPress site.");
            p.confidence = 1.0;
            p.parameters = QJsonObject{{u"site"_s, siteId}};
            if (version > 0) {
                p.parameters.insert(u"page_version"_s, version);
                p.title = QCoreApplication::translate("PublishActions", "Publish the page “%1” (version %2)")
                              .arg(name)
                              .arg(version);
            }
            ApprovalDesk::propose(m_db, p, m_session->machine(), now);
            recordRun(p.title, now);
            changed(0, true);
            *ok = true;
            return QCoreApplication::translate("PublishActions", "Publishing “%1” is waiting for approval (Approvals).")
                .arg(name);
        }
        QList<qint64> queued;
        Transaction tx(m_db, Transaction::Durable);
        for (const Connections::Connection& c : Connections::all(m_db)) {
            if (c.kind == Connections::Kind::WordPress)
                queued += Publications::queueSite(m_db, siteId, c.id, false, now, &why);
        }
        tx.commit();
        if (queued.isEmpty()) {
            if (why.isEmpty())
                why = QCoreApplication::translate(
                    "PublishActions", "Add a WordPress site in Settings → Connections to publish pages.");
            return why;
        }
        changed(0, false);
        *ok = true;
        return QCoreApplication::translate(
            "PublishActions", "Publishing the page to %n WordPress site(s).", nullptr, int(queued.size()));
    } catch (const SqlError& e) {
        return e.message();
    }
}

QList<PublishActions::Placement> PublishActions::placements(qint64 productId) const
{
    QList<Placement> out;
    try {
        QList<Publications::Publication> pubs = Publications::forProduct(m_db, productId);
        const qint64 site
            = Sql::scalar(m_db, u"SELECT COALESCE(MIN(id), 0) FROM sites WHERE product_id = ?"_s, {productId})
                  .toLongLong();
        if (site > 0)
            pubs += Publications::forSite(m_db, site);
        QHash<qint64, Connections::Connection> connections;
        for (const Connections::Connection& c : Connections::all(m_db))
            connections.insert(c.id, c);
        for (const Publications::Publication& p : std::as_const(pubs))
            out.append({p, connections.value(p.connectionId)});
    } catch (const SqlError& e) {
        qCWarning(lcPublish) << "cannot read where product" << productId << "is published:" << e.message();
    }
    return out;
}

QList<Publications::StorePreview> PublishActions::storePreviews(qint64 productId) const
{
    try {
        return Publications::storePreviews(m_db, productId);
    } catch (const SqlError& e) {
        qCWarning(lcPublish) << "cannot read the store previews of product" << productId << ":" << e.message();
        return {};
    }
}

int PublishActions::readStores(qint64 productId)
{
    int queued = 0;
    try {
        Transaction tx(m_db);
        queued = Publications::queueStorePreviews(m_db, productId, m_clock->nowMs());
        tx.commit();
    } catch (const SqlError& e) {
        qCWarning(lcPublish) << "cannot queue reading the stores for product" << productId << ":" << e.message();
        return 0;
    }
    if (queued > 0) {
        if (m_pool)
            m_pool->wake();
        // The views show "Reading …" at once, not when the first read is done.
        if (m_bus)
            m_bus->publishChanged(EventBus::Topic::Publications, {productId});
    }
    return queued;
}

int PublishActions::readStoresIfStale(qint64 proposalId)
{
    qint64 productId = 0;
    qint64 updatedAt = 0;
    try {
        QSqlQuery q = Sql::exec(m_db,
            u"SELECT COALESCE(product_id, 0), updated_at FROM action_proposals WHERE id = ? AND action_type = "
            u"'publish_product'"_s,
            {proposalId});
        if (!q.next())
            return 0;
        productId = q.value(0).toLongLong();
        updatedAt = q.value(1).toLongLong();
    } catch (const SqlError& e) {
        qCWarning(lcPublish) << "cannot read proposal" << proposalId << ":" << e.message();
        return 0;
    }
    if (productId <= 0)
        return 0;
    const QList<Publications::StorePreview> previews = storePreviews(productId);
    const bool stale = std::any_of(previews.cbegin(), previews.cend(),
        [updatedAt](const Publications::StorePreview& p) { return !p.reading && p.readAt < updatedAt; });
    return stale ? readStores(productId) : 0;
}
