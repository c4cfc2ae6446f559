#include "SocialAgent.h"

#include "DemandAgent.h"
#include "ScoutAgent.h"
#include "approvals/ApprovalDesk.h"
#include "core/Json.h"
#include "social/SocialPlatforms.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace
{
[[maybe_unused]] const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "Social");
const char* const kRole = QT_TRANSLATE_NOOP(
    "AgentRoles", "Proposes posts about new and rising products, at the hour the shop's customers buy");
constexpr qint64 kDay = 86'400'000;

QString tr(const char* text)
{
    return QCoreApplication::translate("SocialAgent", text);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 0) + u" %"_s;
}

struct Candidate
{
    qint64 productId = 0;
    QString name;
    QString sku;
    QString url;
    std::optional<qint64> firstPublished;
    std::optional<qint64> stock; // pooled, where the sync knows it
    SocialAgent::Post post;
    const ScoutAgent::Momentum* rising = nullptr;
};

// Products in the store with accepted social posts, by id.
QHash<qint64, Candidate> inStore(const QSqlDatabase& db)
{
    QHash<qint64, Candidate> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT p.id, p.name, COALESCE(p.sku, ''), v.body, (SELECT MIN(published_at) FROM publications u WHERE "
        u"u.product_id = p.id AND u.target = 'product' AND u.status = 'published'), (SELECT url FROM publications u "
        u"WHERE u.product_id = p.id "
        u"AND u.target = 'product' AND u.status = 'published' AND u.url <> '' ORDER BY u.id LIMIT 1) FROM products p "
        u"JOIN content_pieces c ON "
        u"c.product_id = p.id AND c.kind = 'social' JOIN content_versions v ON v.id = c.accepted_version_id WHERE "
        u"p.stage IN ('published', 'promoting', 'live') AND p.archived_at IS NULL ORDER BY p.id"_s);
    while (q.next()) {
        Candidate c;
        c.productId = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.sku = q.value(2).toString();
        c.post = SocialAgent::post(Json::objectFromString(q.value(3).toString()));
        if (!q.value(4).isNull())
            c.firstPublished = q.value(4).toLongLong();
        c.url = q.value(5).toString();
        out.insert(c.productId, c);
    }
    // Pooled stock over the product's SKUs (its own and its variants'), where the sync knows any.
    q = Sql::exec(db,
        u"SELECT s.product_id, SUM(k.available) FROM (SELECT id AS product_id, sku FROM products WHERE sku IS NOT NULL "
        u"AND sku <> '' UNION SELECT product_id, sku FROM product_variants WHERE sku IS NOT NULL AND sku <> '') s JOIN "
        u"stock_pool k ON k.sku = s.sku GROUP BY s.product_id"_s);
    while (q.next())
        if (auto it = out.find(q.value(0).toLongLong()); it != out.end())
            it->stock = q.value(1).toLongLong();
    return out;
}

bool quiet(const QSqlDatabase& db, qint64 productId, qint64 now)
{
    return Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM action_proposals WHERE action_type = 'social_post' AND product_id = ? AND "
        u"(status = 'pending' OR COALESCE(decided_at, 0) > ?))"_s,
        {productId, now - SocialAgent::QuietDays * kDay})
        .toBool();
}

bool everPosted(const QSqlDatabase& db, qint64 productId)
{
    return Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM action_proposals WHERE action_type = 'social_post' AND product_id = ?)"_s,
        {productId})
        .toBool();
}
} // namespace

SocialAgent::BuyingHour SocialAgent::buyingHour(const QSqlDatabase& db, qint64 now)
{
    std::array<int, 24> byHour{};
    BuyingHour out;
    QSqlQuery q
        = Sql::exec(db, u"SELECT created_at FROM orders WHERE paid = 1 AND created_at >= ? AND created_at < ?"_s,
            {now - HourDays * kDay, now});
    while (q.next()) {
        const int hour = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()).time().hour();
        ++byHour[static_cast<size_t>(hour)];
        ++out.orders;
    }
    if (out.orders < MinHourOrders)
        return out;
    const auto best = std::max_element(byHour.cbegin(), byHour.cend()); // the earliest of equal hours
    out.hour = static_cast<int>(best - byHour.cbegin());
    out.atHour = *best;
    return out;
}

qint64 SocialAgent::nextSlot(qint64 now, int hour)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(now + 3'600'000);
    const auto at = [hour](const QDate& day) {
        const QDateTime t(day, QTime(hour, 0));
        // The hour the clocks skip on the night summer time starts: as many hours after midnight.
        return t.isValid() ? t : QDateTime(day, QTime(0, 0)).addSecs(hour * 3600LL);
    };
    QDateTime slot = at(from.date());
    if (slot < from)
        slot = at(from.date().addDays(1));
    return slot.toMSecsSinceEpoch();
}

SocialAgent::Post SocialAgent::post(const QJsonObject& piece)
{
    Post p;
    const QJsonObject instagram = piece.value(u"instagram"_s).toObject();
    p.instagram = instagram.value(u"caption"_s).toString().trimmed();
    p.hashtags = SocialPlatforms::hashtagLine(instagram.value(u"hashtags"_s).toArray());
    p.facebook = piece.value(u"facebook"_s).toObject().value(u"post"_s).toString().trimmed();
    p.x = piece.value(u"x"_s).toObject().value(u"post"_s).toString().trimmed();
    return p;
}

Agent::Spec SocialAgent::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(Name);
    s.cluster = u"marketing"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"products"_s, u"content"_s, u"orders"_s, u"stock"_s, u"decisions"_s};
    s.proposes = {u"social_post"_s};
    s.intervalMs = 24 * 3'600'000LL;
    s.onNewOrders = true;
    return s;
}

Agent::Outcome SocialAgent::run(const QSqlDatabase& db, qint64 now) const
{
    QHash<qint64, Candidate> products = inStore(db);
    if (products.isEmpty())
        return Outcome::needs(tr("Needs products in a store with accepted social posts: publish a product the "
                                 "pipeline wrote."));
    // Rising products come from the orders, when they are there and fresh; new ones need no orders.
    std::optional<ScoutAgent::Reading> reading;
    QString ordersNote;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    const QVariant firstDay = Sql::scalar(db, u"SELECT MIN(day) FROM sales_lines_daily"_s);
    if (firstDay.isNull())
        ordersNote = tr("No orders yet: only new products are posted about.");
    else if (const auto stale = DemandAgent::staleOrders(db, now))
        ordersNote = *stale + u" "_s + tr("Only new products are posted about until they are synced.");
    else if (QDate::fromJulianDay(firstDay.toLongLong()) > today.addDays(-2 * ScoutAgent::Window))
        ordersNote
            = tr("Fewer than %1 days of orders: only new products are posted about.").arg(2 * ScoutAgent::Window);
    else
        reading = ScoutAgent::read(db, now);
    QList<Candidate> chosen;
    int outOfStock = 0;
    const auto consider = [&](Candidate& c) {
        if (chosen.size() >= MaxPosts || quiet(db, c.productId, now))
            return;
        if (c.stock && *c.stock <= 0) {
            ++outOfStock;
            return;
        }
        chosen.append(c);
    };
    if (reading) {
        QList<const ScoutAgent::Momentum*> rising;
        for (const ScoutAgent::Momentum& m : reading->products)
            if (products.contains(m.productId) && m.unitsNow >= MinUnits
                && static_cast<double>(m.unitsNow) >= ScoutAgent::RiseFactor * static_cast<double>(m.unitsBefore))
                rising.append(&m);
        std::stable_sort(rising.begin(), rising.end(),
            [](const auto* a, const auto* b) { return a->chanceRose() > b->chanceRose(); });
        for (const ScoutAgent::Momentum* m : rising) {
            Candidate& c = products[m->productId];
            c.rising = m;
            consider(c);
        }
    }
    QList<qint64> ids = products.keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : ids) {
        Candidate& c = products[id];
        if (!c.rising && c.firstPublished && *c.firstPublished > now - NewDays * kDay && !everPosted(db, id))
            consider(c);
    }
    const BuyingHour buying = buyingHour(db, now);
    const int hour = buying.hour.value_or(DefaultHour);
    const qint64 slot = nextSlot(now, hour);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(slot);
    const QString when = QLocale().toString(at, QLocale::ShortFormat);
    const QString timing = buying.hour
        ? QCoreApplication::translate("SocialAgent",
            "Of the last %1 days' %Ln paid order(s), the most were placed in the hour from %2 (%L3).", nullptr,
            buying.orders)
              .arg(HourDays)
              .arg(QLocale().toString(QTime(hour, 0), QLocale::ShortFormat))
              .arg(buying.atHour)
        : tr("Fewer than %1 paid orders in the last %2 days to read when customers buy: the evening, %3.")
              .arg(MinHourOrders)
              .arg(HourDays)
              .arg(QLocale().toString(QTime(hour, 0), QLocale::ShortFormat));
    const QString name = QString::fromLatin1(Name);
    int proposed = 0;
    for (const Candidate& c : std::as_const(chosen)) {
        ApprovalDesk::Proposal p;
        p.agent = name;
        p.actionType = ActionType::SocialPost;
        p.productId = c.productId;
        QString why;
        if (c.rising) {
            const ScoutAgent::Momentum& m = *c.rising;
            p.confidence = m.chanceRose();
            p.title = tr("Post about “%1”: it is selling more").arg(c.name);
            why = tr("%1 sold %L2 units in the last %3 days against %L4 in the %3 days before; chance the rise is not "
                     "chance: %5.")
                      .arg(c.name)
                      .arg(m.unitsNow)
                      .arg(ScoutAgent::Window)
                      .arg(m.unitsBefore)
                      .arg(percent(p.confidence));
            p.dataSources = {tr("Store orders, two periods of %1 days").arg(ScoutAgent::Window)};
        } else {
            p.confidence = 0.5;
            const QDate published = QDateTime::fromMSecsSinceEpoch(*c.firstPublished).date();
            p.title = tr("Post about “%1”: new in the store").arg(c.name);
            why = tr("%1 was first published on %2 and has not been posted about. Whether a post sells is not "
                     "measured: a person decides.")
                      .arg(c.name, QLocale().toString(published, QLocale::ShortFormat));
            p.dataSources = {tr("Publications")};
        }
        p.dataSources << tr("The social posts the pipeline wrote and the gate passed") << tr("Paid orders by hour");
        if (c.stock)
            p.dataSources << tr("Stock");
        p.reasoning = why + u" "_s + tr("Post it on %1: %2").arg(when, timing)
            + (c.stock ? u" "_s + tr("%L1 units in stock.").arg(*c.stock) : QString());
        p.description = tr("The post the pipeline wrote for %1, for Instagram, Facebook and X.").arg(c.name);
        p.parameters = QJsonObject{{u"product"_s, c.name}, {u"sku"_s, c.sku}, {u"product_id"_s, c.productId},
            {u"post_on"_s, at.date().toString(Qt::ISODate)}, {u"post_hour"_s, hour}, {u"link"_s, c.url},
            {u"instagram"_s, c.post.instagram}, {u"hashtags"_s, c.post.hashtags}, {u"facebook"_s, c.post.facebook},
            {u"x"_s, c.post.x}};
        if (c.rising) {
            p.parameters.insert(u"units_now"_s, c.rising->unitsNow);
            p.parameters.insert(u"units_before"_s, c.rising->unitsBefore);
        }
        p.riskFactors = {tr("A post speaks for the shop in public")};
        if (c.url.isEmpty())
            p.riskFactors.append(tr("Quorum knows no link to the product in the store: add it before posting"));
        p.alternatives = QJsonArray{QJsonObject{{u"description"_s, tr("Put it in a newsletter instead")}},
            QJsonObject{{u"description"_s, tr("Wait for the next run")}}};
        proposed += ApprovalDesk::propose(db, p, QString(), now) > 0 ? 1 : 0;
    }
    const int inStoreCount = static_cast<int>(products.size());
    QStringList notes{QCoreApplication::translate(
        "SocialAgent", "%n product(s) in the store with social posts.", nullptr, inStoreCount)};
    if (!ordersNote.isEmpty())
        notes.append(ordersNote);
    if (outOfStock > 0)
        notes.append(QCoreApplication::translate("SocialAgent", "%n left out: out of stock.", nullptr, outOfStock));
    if (proposed > 0)
        notes.append(QCoreApplication::translate("SocialAgent", "Proposed %n post(s).", nullptr, proposed));
    else
        notes.append(tr("Nothing new or rising to post about."));
    return Outcome::done(notes.join(u' '), proposed);
}
