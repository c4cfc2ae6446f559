#include "FraudAgent.h"
#include "DemandAgent.h"

#include "approvals/ApprovalDesk.h"
#include "core/Json.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "Fraud Detection");
const char* const kRole
    = QT_TRANSLATE_NOOP("AgentRoles", "Scores new orders for fraud and proposes holding risky ones");
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kMedianWindowMs = 90 * kDayMs;

QString tr(const char* text)
{
    return QCoreApplication::translate("FraudAgent", text);
}

struct Order
{
    qint64 id = 0;
    qint64 connection = 0;
    QString number;
    QString customer;
    QString email;
    QString country; // billing
    QString shippingCountry;
    QString currency;
    qint64 total = 0;
    qint64 createdAt = 0;
};

std::optional<Order> loadOrder(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, COALESCE(connection_id, 0), number, customer_remote_id, lower(email), country, shipping_country, "
        u"shop_currency, shop_total_cents, created_at FROM orders WHERE id = ?"_s,
        {id});
    if (!q.next())
        return std::nullopt;
    return Order{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
        q.value(8).toLongLong(), q.value(9).toLongLong()};
}

// The median paid order in a currency over the 90 days before the start of the order's day (UTC), or
// nullopt when fewer than MinOrdersForMedian orders fall in it. Cached per currency and day.
class Medians
{
public:
    explicit Medians(const QSqlDatabase& db)
        : m_db(db)
    { }
    std::optional<qint64> at(const QString& currency, qint64 createdAt)
    {
        const qint64 dayStart = createdAt - createdAt % kDayMs;
        const QString key = currency + u'@' + QString::number(dayStart);
        const auto it = m_cache.constFind(key);
        if (it != m_cache.cend())
            return it.value();
        const QVariantList window{currency, dayStart - kMedianWindowMs, dayStart};
        const qint64 n = Sql::scalar(m_db,
            u"SELECT COUNT(*) FROM orders WHERE paid = 1 AND shop_currency = ? AND created_at >= ? AND created_at < ?"_s,
            window)
                             .toLongLong();
        std::optional<qint64> median;
        if (n >= FraudAgent::MinOrdersForMedian) {
            // The lower middle value for an even count: a conservative median for "3x the median".
            median = Sql::scalar(m_db,
                u"SELECT shop_total_cents FROM orders WHERE paid = 1 AND shop_currency = ? AND created_at >= ? AND "
                u"created_at < ? ORDER BY shop_total_cents LIMIT 1 OFFSET ?"_s,
                window + QVariantList{(n - 1) / 2})
                         .toLongLong();
        }
        m_cache.insert(key, median);
        return median;
    }

private:
    QSqlDatabase m_db;
    QHash<QString, std::optional<qint64>> m_cache;
};

// The paid orders of the e-mail addresses being scored, read in one pass over the orders per run. An
// index on the addresses would answer each look-up alone, but it cost a third of the store sync's
// ingest (a random index page dirtied by every order written); the agent scores a few hundred orders
// at a time, so one scan for all of them is the cheaper side.
class EmailHistory
{
public:
    EmailHistory(const QSqlDatabase& db, const QList<Order>& orders)
    {
        QVariantList emails;
        for (const Order& o : orders)
            if (!o.email.isEmpty() && !m_paid.contains(o.email)) {
                m_paid.insert(o.email, {});
                emails.append(o.email);
            }
        if (emails.isEmpty())
            return;
        const QString select = u"SELECT lower(email), created_at, id FROM orders WHERE paid = 1 AND email <> ''"_s;
        // A few hundred addresses are looked for in the scan; more are matched here, still in one scan.
        constexpr qsizetype kInList = 500;
        const bool inList = emails.size() <= kInList;
        QSqlQuery q = inList
            ? Sql::exec(db, select + u" AND lower(email) IN ("_s + Sql::placeholders(emails.size()) + u")"_s, emails)
            : Sql::exec(db, select);
        while (q.next()) {
            const auto it = m_paid.find(q.value(0).toString());
            if (it != m_paid.end())
                it->append({q.value(1).toLongLong(), q.value(2).toLongLong()});
        }
        for (QList<Paid>& paid : m_paid)
            std::sort(paid.begin(), paid.end(), [](const Paid& x, const Paid& y) { return x.createdAt < y.createdAt; });
    }
    // A paid order from the address before this one.
    bool earlier(const Order& o) const
    {
        const QList<Paid> paid = m_paid.value(o.email);
        // Sorted by time: any order before this one's time, other than this one.
        const auto end = std::lower_bound(
            paid.cbegin(), paid.cend(), o.createdAt, [](const Paid& p, qint64 at) { return p.createdAt < at; });
        return std::any_of(paid.cbegin(), end, [&o](const Paid& p) { return p.id != o.id; });
    }
    // The paid orders from the address in the day up to this one's time (this one included when paid).
    int withinDay(const Order& o) const
    {
        const QList<Paid> paid = m_paid.value(o.email);
        const auto from = std::upper_bound(paid.cbegin(), paid.cend(), o.createdAt - kDayMs,
            [](qint64 at, const Paid& p) { return at < p.createdAt; });
        const auto to = std::upper_bound(
            paid.cbegin(), paid.cend(), o.createdAt, [](qint64 at, const Paid& p) { return at < p.createdAt; });
        return static_cast<int>(std::max<qsizetype>(0, to - from));
    }

private:
    struct Paid
    {
        qint64 createdAt = 0;
        qint64 id = 0;
    };
    QHash<QString, QList<Paid>> m_paid;
};

FraudAgent::Score scoreOrder(const QSqlDatabase& db, const Order& o, Medians& medians, const EmailHistory& emails)
{
    FraudAgent::Score s;
    s.orderId = o.id;
    const bool knownEmail = !o.email.isEmpty();
    const bool knownCustomer = !o.customer.isEmpty() && o.connection > 0;
    if (knownEmail || knownCustomer) {
        const bool earlier = (knownEmail && emails.earlier(o))
            || (knownCustomer
                && Sql::scalar(db,
                    u"SELECT EXISTS (SELECT 1 FROM orders WHERE connection_id = ? AND customer_remote_id = ? AND "
                    u"created_at < ? AND paid = 1 AND id <> ?)"_s,
                    {o.connection, o.customer, o.createdAt, o.id})
                       .toBool());
        const auto median = medians.at(o.currency, o.createdAt);
        if (!earlier && median && *median > 0 && o.total >= 3 * *median) {
            s.factors.append({u"first_order_high_value"_s, 40,
                QCoreApplication::translate(
                    "FraudAgent", "First order from this customer, %1: %2× the median order (%3)")
                    .arg(Money::format(o.total, o.currency),
                        QLocale().toString(static_cast<double>(o.total) / static_cast<double>(*median), 'f', 1),
                        Money::format(*median, o.currency))});
        }
    }
    if (knownCustomer && !o.country.isEmpty()) {
        const QString onFile = Sql::scalar(db,
            u"SELECT country FROM customers WHERE connection_id = ? AND remote_id = ? AND erased_at IS NULL"_s,
            {o.connection, o.customer})
                                   .toString();
        if (!onFile.isEmpty() && onFile.compare(o.country, Qt::CaseInsensitive) != 0)
            s.factors.append({u"country_mismatch"_s, 25,
                QCoreApplication::translate(
                    "FraudAgent", "Billing country %1 differs from the customer's country on file (%2)")
                    .arg(o.country, onFile)});
    }
    if (!o.country.isEmpty() && !o.shippingCountry.isEmpty()
        && o.country.compare(o.shippingCountry, Qt::CaseInsensitive) != 0)
        s.factors.append({u"shipping_mismatch"_s, 20,
            QCoreApplication::translate("FraudAgent", "Billed in %1 and shipped to %2")
                .arg(o.country, o.shippingCountry)});
    if (knownEmail) {
        const int within = emails.withinDay(o);
        if (within >= 3)
            s.factors.append({u"velocity"_s, 35,
                QCoreApplication::translate(
                    "FraudAgent", "Order %n from the same e-mail address within 24 hours", nullptr, within)});
    }
    for (const FraudAgent::Factor& f : s.factors)
        s.score += f.points;
    return s;
}
} // namespace

FraudAgent::Score FraudAgent::score(const QSqlDatabase& db, qint64 orderId)
{
    const auto o = loadOrder(db, orderId);
    if (!o)
        return {};
    Medians medians(db);
    return scoreOrder(db, *o, medians, EmailHistory(db, {*o}));
}

Agent::Spec FraudAgent::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(kName);
    s.cluster = u"finance"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"orders"_s, u"customers"_s};
    s.proposes = {u"order_hold"_s};
    s.intervalMs = 15 * 60'000;
    s.onNewOrders = true;
    return s;
}

Agent::Outcome FraudAgent::run(const QSqlDatabase& db, qint64 now) const
{
    if (Sql::scalar(db, u"SELECT COUNT(*) FROM orders"_s).toLongLong() == 0)
        return Outcome::needs(tr("Needs orders: connect a store (Settings → Connections) or import an orders export."));
    // A hold on an order read days ago may come after it shipped or was cancelled: the orders must be current.
    if (const auto stale = DemandAgent::staleOrders(db, now))
        return Outcome::needs(*stale + u" "_s + tr("Sync the stores, then it scores the new orders."));
    QList<qint64> ids;
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT id FROM orders WHERE paid = 1 AND created_at >= ? AND id NOT IN (SELECT order_id FROM order_risk) "
            u"ORDER BY created_at"_s,
            {now - LookBackMs});
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    QList<Order> orders;
    orders.reserve(ids.size());
    for (const qint64 id : std::as_const(ids))
        if (const auto o = loadOrder(db, id))
            orders.append(*o);
    Medians medians(db);
    const EmailHistory emails(db, orders);
    int holds = 0;
    for (const Order& order : std::as_const(orders)) {
        const Score s = scoreOrder(db, order, medians, emails);
        QJsonArray factors;
        QStringList reasons;
        for (const Factor& f : s.factors) {
            factors.append(QJsonObject{{u"factor"_s, f.key}, {u"points"_s, f.points}, {u"detail"_s, f.detail}});
            reasons.append(u"%1 (+%2)"_s.arg(f.detail).arg(f.points));
        }
        QVariant proposal;
        if (s.score >= HoldScore) {
            const QString store = order.connection > 0
                ? Sql::scalar(db, u"SELECT name FROM connections WHERE id = ?"_s, {order.connection}).toString()
                : QString();
            ApprovalDesk::Proposal p;
            p.agent = QString::fromLatin1(kName);
            p.actionType = ActionType::OrderHold;
            p.title = QCoreApplication::translate("FraudAgent", "Hold order %1 (risk score %2)")
                          .arg(order.number)
                          .arg(s.score);
            p.description = QCoreApplication::translate("FraudAgent",
                "Order %1 of %2 scores %3 of 100 for fraud risk. Approve when you have put it on hold in the store: "
                "Quorum records the hold and does not change orders in the store.")
                                .arg(order.number, Money::format(order.total, order.currency))
                                .arg(s.score);
            p.reasoning = reasons.join(u"; "_s);
            p.dataSources = {QCoreApplication::translate("FraudAgent", "order %1").arg(order.number),
                QCoreApplication::translate("FraudAgent", "paid orders of the 90 days before it"),
                QCoreApplication::translate("FraudAgent", "the customer's record")};
            p.confidence = std::min(1.0, s.score / 100.0);
            p.currency = order.currency;
            p.riskFactors = reasons;
            p.parameters = QJsonObject{{u"order"_s, order.number}, {u"order_id"_s, order.id}, {u"store"_s, store},
                {u"total"_s, Money::toDecimalString(order.total)}, {u"currency"_s, order.currency},
                {u"score"_s, s.score}, {u"factors"_s, factors}};
            proposal = ApprovalDesk::propose(db, p, QString(), now);
            ++holds;
        }
        Sql::exec(db,
            u"INSERT INTO order_risk (order_id, score, factors, proposal_id, scored_at) VALUES (?, ?, ?, ?, ?)"_s,
            {order.id, s.score, Json::compact(factors), proposal, now});
    }
    if (orders.isEmpty())
        return Outcome::done(tr("No new paid orders to score."));
    const int scored = static_cast<int>(orders.size());
    return Outcome::done(QCoreApplication::translate("FraudAgent", "Scored %n new order(s)", nullptr, scored) + u"; "_s
            + QCoreApplication::translate("FraudAgent", "proposed %n hold(s).", nullptr, holds),
        holds);
}
