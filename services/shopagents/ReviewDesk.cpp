#include "ReviewDesk.h"

#include "AiBudget.h"
#include "ReviewReading.h"
#include "ReviewReply.h"
#include "agents/AgentRuns.h"
#include "core/Json.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
[[maybe_unused]] const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "Review Desk");
const char* const kRole
    = QT_TRANSLATE_NOOP("AgentRoles", "Reads product reviews for sentiment and topics and drafts replies for approval");

// The Quorum product each store product is, by "connection/remote id": the product published to that
// store under the id, or else the product (or variant) whose SKU the store's orders sold under it.
// Read once per run in two statements: a lookup per review would search the sales keys each time.
QHash<QString, qint64> storeProducts(const QSqlDatabase& db)
{
    QHash<QString, qint64> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT k.connection, k.product_remote_id, MIN(COALESCE(pr.id, v.product_id)) FROM sales_keys k LEFT JOIN "
        u"products pr ON pr.sku = k.sku LEFT JOIN product_variants v ON v.sku = k.sku WHERE k.sku <> '' GROUP BY "
        u"k.connection, k.product_remote_id"_s);
    while (q.next())
        if (!q.value(2).isNull())
            out.insert(u"%1/%2"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toString()), q.value(2).toLongLong());
    q = Sql::exec(db,
        u"SELECT connection_id, external_id, product_id FROM publications WHERE target = 'product' AND product_id IS "
        u"NOT NULL AND external_id <> ''"_s);
    while (q.next())
        out.insert(u"%1/%2"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toString()), q.value(2).toLongLong());
    return out;
}

QString topicList(const QStringList& keys, int most)
{
    QStringList names;
    for (const QString& k : keys.mid(0, most))
        names.append(ReviewReading::topicName(k));
    return names.join(u", "_s);
}

// Topic keys by how often they were named with this tone, the most first (ties in topic order).
QStringList ranked(const QHash<QString, int>& counts)
{
    QStringList keys;
    for (const QString& k : ReviewReading::topicKeys())
        if (counts.value(k) > 0)
            keys.append(k);
    std::stable_sort(keys.begin(), keys.end(),
        [&counts](const QString& a, const QString& b) { return counts.value(a) > counts.value(b); });
    return keys;
}
} // namespace

int ReviewDesk::readNew(const QSqlDatabase& db, qint64 now)
{
    struct Row
    {
        qint64 id;
        QString store; // connection/remote id of its product
        int rating;
        QString body;
    };
    QList<Row> fresh;
    QList<Row> unmatched; // read before their product could be matched (the orders came later)
    QSqlQuery q = Sql::exec(db,
        u"SELECT r.id, r.connection_id, r.product_remote_id, r.rating, r.body, i.review_id IS NOT NULL FROM "
        u"product_reviews r LEFT JOIN review_insights i ON i.review_id = r.id WHERE i.review_id IS NULL OR "
        u"i.product_id IS NULL ORDER BY r.id"_s);
    while (q.next()) {
        Row r{q.value(0).toLongLong(), u"%1/%2"_s.arg(q.value(1).toLongLong()).arg(q.value(2).toString()),
            q.value(3).toInt(), q.value(4).toString()};
        (q.value(5).toBool() ? unmatched : fresh).append(r);
    }
    q.finish();
    if (fresh.isEmpty() && unmatched.isEmpty())
        return 0;
    const QHash<QString, qint64> products = storeProducts(db);
    Sql::Prepared match(db, u"UPDATE review_insights SET product_id = ? WHERE review_id = ?"_s);
    for (const Row& r : std::as_const(unmatched))
        if (const auto it = products.constFind(r.store); it != products.cend())
            match.exec({it.value(), r.id});
    Sql::Prepared insert(db,
        u"INSERT INTO review_insights (review_id, product_id, sentiment, score, topics, needs_reply, analysed_at) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Row& r : std::as_const(fresh)) {
        const ReviewReading::Reading reading = ReviewReading::read(r.body, r.rating);
        QJsonObject topics;
        for (auto it = reading.topics.cbegin(); it != reading.topics.cend(); ++it)
            topics.insert(it.key(), it.value());
        const auto product = products.constFind(r.store);
        insert.exec({r.id, product == products.cend() ? QVariant() : QVariant(product.value()),
            ReviewReading::sentimentKey(reading.sentiment), std::round(reading.score * 1000) / 1000,
            Json::compact(topics), reading.needsReply, now});
    }
    return static_cast<int>(fresh.size());
}

QList<ReviewDesk::ProductWeek> ReviewDesk::week(const QSqlDatabase& db, qint64 now)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT COALESCE(i.product_id, 0), COALESCE(pr.name, (SELECT k.name FROM sales_keys k WHERE k.connection = "
        u"r.connection_id AND k.product_remote_id = r.product_remote_id LIMIT 1), r.product_remote_id), r.rating, "
        u"i.sentiment, i.topics, r.connection_id, r.product_remote_id FROM review_insights i JOIN product_reviews r ON "
        u"r.id = i.review_id LEFT JOIN products pr ON pr.id = i.product_id WHERE r.created_at > ? AND r.created_at <= "
        u"? ORDER BY r.created_at"_s,
        {now - WeekMs, now});
    struct Acc
    {
        ProductWeek week;
        qint64 starSum = 0;
        QHash<QString, int> praise;
        QHash<QString, int> complain;
    };
    QList<Acc> acc;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        const qint64 product = q.value(0).toLongLong();
        const QString key = product > 0 ? QString::number(product)
                                        : u"%1/%2"_s.arg(q.value(5).toLongLong()).arg(q.value(6).toString());
        auto it = index.constFind(key);
        if (it == index.cend()) {
            it = index.insert(key, acc.size());
            Acc a;
            a.week.productId = product;
            a.week.product = q.value(1).toString();
            acc.append(a);
        }
        Acc& a = acc[it.value()];
        ++a.week.reviews;
        a.starSum += q.value(2).toInt();
        if (q.value(3).toString() == u"negative")
            ++a.week.negative;
        const QJsonObject topics = Json::objectFromString(q.value(4).toString());
        for (auto t = topics.begin(); t != topics.end(); ++t) {
            if (t.value().toInt() > 0)
                ++a.praise[t.key()];
            else if (t.value().toInt() < 0)
                ++a.complain[t.key()];
        }
    }
    QList<ProductWeek> out;
    for (Acc& a : acc) {
        a.week.stars = static_cast<double>(a.starSum) / a.week.reviews;
        a.week.praised = ranked(a.praise);
        a.week.complaints = ranked(a.complain);
        out.append(a.week);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const ProductWeek& a, const ProductWeek& b) { return a.reviews > b.reviews; });
    return out;
}

Agent::Spec ReviewDesk::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(Name);
    s.cluster = u"customer_service"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"reviews"_s, u"products"_s};
    s.proposes = {u"review_reply"_s};
    s.intervalMs = 6LL * 3600 * 1000;
    s.dailyBudgetMicros = DailyBudgetMicros;
    s.onNewOrders = true; // the store sync that brings orders brings reviews
    return s;
}

Agent::Outcome ReviewDesk::run(const QSqlDatabase& db, qint64 now) const
{
    if (Sql::scalar(db, u"SELECT COUNT(*) FROM product_reviews"_s).toLongLong() == 0)
        return Outcome::needs(QCoreApplication::translate("ReviewDesk",
            "Needs product reviews: connect a WooCommerce store (Settings → Connections). "
            "Shopify's API gives no product reviews."));
    const QVariant synced
        = Sql::scalar(db, u"SELECT MAX(updated_at) FROM sync_state WHERE resource = 'reviews' AND last_error = ''"_s);
    if (!synced.isNull() && now - synced.toLongLong() > StaleAfterMs) {
        const int days = static_cast<int>((now - synced.toLongLong()) / StaleAfterMs);
        return Outcome::needs(
            QCoreApplication::translate("ReviewDesk", "The reviews were last synced %n day(s) ago.", nullptr, days)
            + u" "_s + QCoreApplication::translate("ReviewDesk", "Sync the stores, then it reads them."));
    }
    const int read = readNew(db, now);
    // A draft whose job ended without settling it (given up after too many claims, removed) failed: its
    // review says so instead of "drafting" for ever.
    Sql::exec(db,
        u"UPDATE review_insights SET reply_state = 'failed', reply_note = ? WHERE reply_state = 'drafting' AND NOT "
        u"EXISTS (SELECT 1 FROM jobs j WHERE j.kind = ? AND j.subject_id = review_insights.review_id AND j.state IN "
        u"('queued', 'running'))"_s,
        {QCoreApplication::translate("ReviewDesk", "The draft's job ended without an answer."),
            ReviewReply::Draft.key()});

    // Replies: recent reviews that need one, of products Quorum knows, newest first, within the budget.
    int drafting = 0;
    // Its budget is its share of today's when the CEO shares out a monthly ceiling, else its own.
    const qint64 budget = AiBudget::budgetFor(db, QString::fromLatin1(Name), DailyBudgetMicros, now);
    const bool overBudget = AgentRuns::spentToday(db, QString::fromLatin1(Name), now) >= budget;
    if (!overBudget) {
        QSqlQuery q = Sql::exec(db,
            u"SELECT i.review_id FROM review_insights i JOIN product_reviews r ON r.id = i.review_id WHERE "
            u"i.needs_reply = 1 AND i.reply_state = '' AND i.product_id IS NOT NULL AND r.created_at > ? ORDER BY "
            u"r.created_at DESC, r.id DESC LIMIT ?"_s,
            {now - ReplyWindowMs, MaxDraftsPerRun});
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        q.finish();
        for (const qint64 id : std::as_const(ids)) {
            if (!ReviewReply::enqueue(db, id, now))
                continue;
            Sql::exec(db, u"UPDATE review_insights SET reply_state = 'drafting' WHERE review_id = ?"_s, {id});
            ++drafting;
        }
    }
    const int unknown = Sql::scalar(db,
        u"SELECT COUNT(*) FROM review_insights i JOIN product_reviews r ON r.id = i.review_id WHERE i.needs_reply = 1 "
        u"AND i.reply_state = '' AND i.product_id IS NULL AND r.created_at > ?"_s,
        {now - ReplyWindowMs})
                            .toInt();

    QStringList parts;
    parts.append(QCoreApplication::translate("ReviewDesk", "Read %n new review(s).", nullptr, read));
    const QList<ProductWeek> weeks = week(db, now);
    if (weeks.isEmpty()) {
        parts.append(QCoreApplication::translate("ReviewDesk", "No reviews this week."));
    } else {
        int reviews = 0;
        QHash<QString, int> praise;
        QHash<QString, int> complain;
        for (const ProductWeek& w : weeks) {
            reviews += w.reviews;
            for (int i = 0; i < w.praised.size(); ++i)
                praise[w.praised.at(i)] += w.praised.size() - i;
            for (int i = 0; i < w.complaints.size(); ++i)
                complain[w.complaints.at(i)] += w.complaints.size() - i;
        }
        QString week = QCoreApplication::translate("ReviewDesk", "This week %n review(s)", nullptr, reviews);
        if (!praise.isEmpty())
            week
                += u"; "_s + QCoreApplication::translate("ReviewDesk", "praised: %1").arg(topicList(ranked(praise), 2));
        if (!complain.isEmpty())
            week += u"; "_s
                + QCoreApplication::translate("ReviewDesk", "complaints: %1").arg(topicList(ranked(complain), 2));
        parts.append(week + u"."_s);
    }
    if (drafting > 0)
        parts.append(QCoreApplication::translate("ReviewDesk", "Drafting %n repl(y/ies).", nullptr, drafting));
    if (overBudget && budget == 0)
        parts.append(QCoreApplication::translate("ReviewDesk",
            "The CEO's plan gives it no AI budget today (its detail in the Agents pane says why): replies wait until "
            "there is budget."));
    else if (overBudget)
        parts.append(QCoreApplication::translate(
            "ReviewDesk", "Today's AI budget is spent: replies wait until there is budget."));
    if (unknown > 0)
        parts.append(QCoreApplication::translate("ReviewDesk",
            "%n review(s) needing a reply are of products Quorum does not know: import them to "
            "draft replies.",
            nullptr, unknown));
    // The proposals come from the drafts, each recorded as a run of its own.
    return Outcome::done(parts.join(u" "_s));
}
