#include "DemoSeeder.h"
#include "DemoDecisions.h"

#include "approvals/ApprovalRules.h"

#include "DemoContent.h"

#include "agents/Cluster.h"
#include "audit/AuditLog.h"
#include "campaigns/AdReportImport.h"
#include "campaigns/AdRuleStore.h"
#include "campaigns/Experiments.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "core/Money.h"
#include "core/SiteRenderer.h"
#include "knowledge/KnowledgeBase.h"
#include "knowledge/KnowledgeEmbedJob.h"
#include "pipeline/ProductStage.h"
#include "shopagents/Goals.h"
#include "shopagents/Pricing.h"
#include "shopagents/Suppliers.h"
#include "sites/LeadImport.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace DemoSeeder
{

namespace
{

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 cents(const QJsonValue& v)
{
    return Money::parse(v.toString()).value_or(0);
}

// The stages a product passed through to reach its current one, for product_events.
QList<ProductStage> pathTo(ProductStage target)
{
    using S = ProductStage;
    static const QList<S> happy{S::Draft, S::Enhancing, S::Validating, S::Ready, S::AwaitingApproval, S::Approved,
        S::Publishing, S::Published, S::Promoting, S::Live};
    if (target == S::NeedsReview)
        return {S::Draft, S::Enhancing, S::Validating, S::Enhancing, S::Validating, S::Enhancing, S::Validating,
            S::NeedsReview};
    if (target == S::Failed || target == S::Escalated)
        return {S::Draft, S::Enhancing, S::Validating, target};
    QList<S> out;
    for (S s : happy) {
        out.append(s);
        if (s == target)
            break;
    }
    return out;
}

// The shop's shipping and returns policy and its care guides: what the demo's FAQs answer from and cite.
void seedKnowledge(const QSqlDatabase& db, const QJsonArray& documents, qint64 now)
{
    for (const QJsonValue& v : documents) {
        const QJsonObject o = v.toObject();
        Knowledge::Document d;
        d.title = o.value(u"title"_s).toString();
        d.topic = o.value(u"topic"_s).toString();
        d.source = u"markdown"_s;
        d.body = o.value(u"body"_s).toString();
        Knowledge::save(db, d, u"demo"_s, now - 30 * 24 * 3'600'000LL);
    }
    // Meaning search with the sandbox's embedding model: the workers embed the passages when the demo starts.
    Knowledge::setEmbedding(db, {u"sandbox-writer"_s, u"sandbox-embed-1"_s});
    KnowledgeEmbedJob::enqueue(db, now);
}

void seedProducts(const QSqlDatabase& db, const QJsonArray& products, qint64 now, const QString& currency,
    const QString& brandVoice, const QString& language, QHash<QString, qint64>* idBySku)
{
    int index = 0;
    for (const QJsonValue& value : products) {
        const QJsonObject p = value.toObject();
        bool known = false;
        const ProductStage stage = Stage::fromKey(p.value(u"stage"_s).toString(), &known);
        const qint64 created = now - p.value(u"ageDays"_s).toInt() * kDay - (index * 37 % 600) * kMinute - kHour;
        const QList<ProductStage> path = pathTo(stage);
        const qint64 step = std::max<qint64>((now - created) / (path.size() + 1), kMinute);
        const qint64 updated = created + step * (path.size() - 1);
        int progress = Stage::progress(stage);
        if (stage == ProductStage::Failed || stage == ProductStage::Escalated)
            progress = Stage::progress(ProductStage::Validating);
        if (stage == ProductStage::Enhancing)
            progress += (index % 3) * 7;
        const QVariant quality = p.contains(u"quality"_s) ? QVariant(p.value(u"quality"_s).toInt()) : QVariant();
        const QVariant seo = p.contains(u"seo"_s) ? QVariant(p.value(u"seo"_s).toInt()) : QVariant();
        const int attempts = p.value(u"attempts"_s).toInt();
        const qint64 aiCost = attempts == 0 ? 0 : (attempts * 9 + (index % 5) * 2) * 1000;
        const QString sku = p.value(u"sku"_s).toString();
        const qint64 id = Sql::insert(db,
            u"INSERT INTO products (sku, handle, name, description, price_cents, cost_cents, currency, category, "
            u"images, audience_hint, brand_voice, attributes, stage, stage_reason, progress, attempts, quality_score, "
            u"seo_score, cost_micros, created_at, updated_at) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {sku, SiteRenderer::slugify(p.value(u"name"_s).toString()), p.value(u"name"_s).toString(),
                p.value(u"description"_s).toString(), cents(p.value(u"price"_s)), cents(p.value(u"cost"_s)), currency,
                p.value(u"category"_s).toString(), p.value(u"audience"_s).toString(), brandVoice,
                Json::compact(p.value(u"attributes"_s).toObject()), Stage::key(stage),
                p.value(u"stageReason"_s).toString(), progress, attempts, quality, seo, aiCost, created, updated});
        idBySku->insert(sku, id);
        DemoContent::Story story;
        story.stageReason = p.value(u"stageReason"_s).toString();
        story.rejectedPiece = p.value(u"rejectedPiece"_s).toString();
        story.wrongFacts = p.value(u"wrongFacts"_s).toBool();
        story.providerFailed = p.value(u"providerFailed"_s).toBool();
        story.quality = p.value(u"quality"_s).toInt();
        story.seo = p.value(u"seo"_s).toInt();
        story.language = language;
        DemoContent::seed(db, id, story, now);
        for (int i = 1; i < path.size(); ++i) {
            const bool last = i == path.size() - 1;
            Sql::exec(db,
                u"INSERT INTO product_events (product_id, at, from_stage, to_stage, reason, actor) "
                u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                {id, created + step * i, Stage::key(path.at(i - 1)), Stage::key(path.at(i)),
                    last ? p.value(u"stageReason"_s).toString() : QString(), u"pipeline"_s});
        }
        ++index;
    }
}

// The demo's scripted proposals (the kinds of decision its agents do not make yet) are signed as
// examples, not as an agent: only agents with code are on the roster.
[[maybe_unused]] const char* const kDemoExample = QT_TRANSLATE_NOOP("AgentNames", "Demo example");

QJsonObject proposalDetails(const QJsonObject& p)
{
    QJsonObject d;
    d.insert(u"agent"_s, p.value(u"agent"_s));
    d.insert(u"action_type"_s, p.value(u"type"_s));
    d.insert(u"title"_s, p.value(u"title"_s));
    d.insert(u"risk_level"_s, p.value(u"risk"_s));
    d.insert(u"verdict"_s, p.value(u"verdict"_s));
    d.insert(u"parameters"_s, p.value(u"parameters"_s));
    return d;
}

void seedProposals(const QSqlDatabase& db, const QJsonArray& pending, const QJsonArray& history, qint64 now,
    const QString& currency, const QHash<QString, qint64>& idBySku)
{
    struct Event
    {
        qint64 at;
        QString actor;
        QString action;
        QString subject;
        QJsonObject details;
    };
    QList<Event> events;
    ApprovalRules::ensureDefaults(db, now);
    const QList<ApprovalRule> rules = ApprovalRules::current(db);
    // Two colleagues, so roles can be tried: whoever opens the demo first becomes its owner.
    Sql::exec(db,
        u"INSERT INTO users (name, role, created_at) VALUES ('Sanne', 'approver', ?), ('Joris', 'viewer', ?)"_s,
        {now, now});
    int index = 0;
    for (const QJsonValue& value : history) {
        const QJsonObject p = value.toObject();
        const qint64 decided = now - p.value(u"hoursAgo"_s).toInt() * kHour;
        const qint64 id = Sql::insert(db,
            u"INSERT INTO action_proposals (agent, action_type, title, description, confidence, parameters, "
            u"approved_parameters, executed_parameters, risk_level, verdict, rule_version, priority, status, "
            u"execution_state, proposed_by, decided_by, decided_at, decided_on, currency, created_at, updated_at, "
            u"ran_at) VALUES (?, ?, ?, '', 0.9, ?, ?, ?, ?, ?, 1, 1, 'auto_approved', 'done', ?, 'risk-engine', ?, "
            u"'demo', ?, ?, ?, ?)"_s,
            {p.value(u"agent"_s).toString(), p.value(u"type"_s).toString(), p.value(u"title"_s).toString(),
                Json::compact(p.value(u"parameters"_s).toObject()), Json::compact(p.value(u"parameters"_s).toObject()),
                Json::compact(p.value(u"parameters"_s).toObject()), p.value(u"risk"_s).toString(),
                p.value(u"verdict"_s).toString(), p.value(u"agent"_s).toString(), decided, currency, decided - kMinute,
                decided, decided});
        const QString subject = u"proposal:%1"_s.arg(id);
        events.append(
            {decided - kMinute, p.value(u"agent"_s).toString(), u"proposal.created"_s, subject, proposalDetails(p)});
        events.append({decided, u"risk-engine"_s, u"proposal.auto_executed"_s, subject, proposalDetails(p)});
        ++index;
    }
    for (const QJsonValue& value : pending) {
        const QJsonObject p = value.toObject();
        const qint64 created = now - (2 + index % 7) * kHour - (index * 13 % 50) * kMinute;
        // An estimate the example does not make is none, not zero.
        const auto estimate = [&p](const QString& key) {
            return p.contains(key) ? QVariant(cents(p.value(key))) : QVariant(QMetaType::fromType<qint64>());
        };
        const QVariant revenue = estimate(u"revenue"_s);
        const QVariant cost = estimate(u"cost"_s);
        const QVariant roi = !revenue.isNull() && cost.toLongLong() > 0
            ? QVariant(
                static_cast<double>(revenue.toLongLong() - cost.toLongLong()) / static_cast<double>(cost.toLongLong()))
            : QVariant(QMetaType::fromType<double>());
        const QString sku = p.value(u"sku"_s).toString();
        const QVariant productId = idBySku.contains(sku) ? QVariant(idBySku.value(sku)) : QVariant();
        const qint64 id = Sql::insert(db,
            u"INSERT INTO action_proposals (agent, action_type, title, description, reasoning, data_sources, "
            u"est_revenue_cents, est_cost_cents, est_roi, currency, risk_factors, confidence, alternatives, "
            u"parameters, "
            u"risk_level, verdict, rule_version, priority, status, deadline, proposed_by, product_id, created_at, "
            u"updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'pending', ?, ?, ?, ?, ?)"_s,
            {p.value(u"agent"_s).toString(), p.value(u"type"_s).toString(), p.value(u"title"_s).toString(),
                p.value(u"description"_s).toString(), p.value(u"reasoning"_s).toString(),
                Json::compact(p.value(u"sources"_s).toArray()), revenue, cost, roi, currency,
                Json::compact(p.value(u"risks"_s).toArray()), p.value(u"confidence"_s).toDouble(),
                Json::compact(p.value(u"alternatives"_s).toArray()), Json::compact(p.value(u"parameters"_s).toObject()),
                p.value(u"risk"_s).toString(), p.value(u"verdict"_s).toString(), p.value(u"priority"_s).toInt(),
                now + p.value(u"deadlineHours"_s).toInt() * kHour, p.value(u"agent"_s).toString(), productId, created,
                created});
        // The rule that sent it here: its version, who may decide and what happens at the deadline.
        if (const auto rule = ApprovalRules::match(
                rules, ActionTypes::fromKey(p.value(u"type"_s).toString()), p.value(u"agent"_s).toString())) {
            Sql::exec(db,
                u"UPDATE action_proposals SET rule_id = ?, rule_version = ?, approver_roles = ?, on_expiry = ?, "
                u"warn_at = deadline - ? WHERE id = ?"_s,
                {rule->id, rule->version, Json::compact(Json::fromStringList(rule->approverRoles)), rule->onExpiry,
                    qint64(rule->warnMinutes) * 60'000, id});
        }
        events.append({created, p.value(u"agent"_s).toString(), u"proposal.created"_s, u"proposal:%1"_s.arg(id),
            proposalDetails(p)});
        ++index;
    }
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.at < b.at; });
    for (const Event& e : events)
        AuditLog::append(db, e.at, e.actor, e.action, e.subject, e.details);
}

// A network's report export for one campaign, as its ad manager writes it: a title, the date range,
// the header, a row per day and the total.
QByteArray reportExport(const QJsonObject& c, int index, const QDate& today, const QString& currency)
{
    const bool tiktok = c.value(u"platform"_s).toString() == u"tiktok";
    const int days = c.value(u"days"_s).toInt(60);
    const int activeDays = days - c.value(u"endDaysAgo"_s).toInt(0);
    const QDate first = today.addDays(-(days - 1));
    const auto money = [](double cents) { return Money::toDecimalString(std::llround(cents)); };
    QString csv = tiktok ? u"By Day,Campaign name,Currency,Budget,Cost,Impressions,Clicks (destination),Complete "
                           u"payment,Total complete payment value\n"_s
                         : u"Campaign report\n\"%1 - %2\"\nDay,Campaign,Currency code,Budget,Cost,Impr.,Clicks,"
                           u"Conversions,Conv. value\n"_s.arg(first.toString(Qt::ISODate), today.toString(Qt::ISODate));
    QString name = c.value(u"name"_s).toString();
    name.replace(u'"', u"\"\""_s);
    const QString budget = Money::toDecimalString(cents(c.value(u"dailyBudget"_s)));
    // A deterministic random walk around a ROAS trend, so every run shows the same shapes.
    QRandomGenerator rng(static_cast<quint32>(1000 + index * 7919));
    const double base = static_cast<double>(cents(c.value(u"baseSpend"_s)));
    const double roasStart = c.value(u"roasStart"_s).toDouble();
    const double roasEnd = c.value(u"roasEnd"_s).toDouble();
    const double noise = c.value(u"noise"_s).toDouble();
    double spendSum = 0;
    double valueSum = 0;
    for (int d = 0; d < activeDays; ++d) {
        const double t = activeDays > 1 ? static_cast<double>(d) / (activeDays - 1) : 1.0;
        const QDate day = first.addDays(d);
        const double weekday = (day.dayOfWeek() >= 6) ? 1.12 : 1.0;
        const double spend = std::round(base * (0.85 + 0.3 * rng.generateDouble()) * (d < 5 ? 0.6 + 0.08 * d : 1.0));
        const double roas = std::max(0.1,
            (roasStart + (roasEnd - roasStart) * t) * weekday * (1.0 + noise * (rng.generateDouble() * 2.0 - 1.0)));
        const double value = std::round(spend * roas);
        const int impressions = static_cast<int>(spend / 100.0 * (90 + rng.bounded(40)));
        const int clicks = std::max(1, impressions * (12 + static_cast<int>(rng.bounded(10))) / 1000);
        const int conversions = std::max(0, static_cast<int>(value / 5500));
        spendSum += spend;
        valueSum += value;
        csv += u"%1,\"%2\",%3,%4,%5,%6,%7,%8,%9\n"_s.arg(day.toString(Qt::ISODate), name, currency, budget,
            money(spend), QString::number(impressions), QString::number(clicks), QString::number(conversions),
            money(value));
    }
    csv += u"Total,--,%1,--,%2,,,,%3\n"_s.arg(currency, money(spendSum), money(valueSum));
    return csv.toUtf8();
}

// The demo's Google Ads and TikTok campaigns come in as a real workspace's do: their report exports,
// read by the import (the Meta campaigns come from the sandbox's ad account, synced).
void seedCampaigns(const QSqlDatabase& db, const QJsonArray& campaigns, qint64 now, const QString& currency)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    int index = 0;
    for (const QJsonValue& value : campaigns) {
        const AdReportImport::Parsed parsed
            = AdReportImport::parse(reportExport(value.toObject(), index++, today, currency));
        if (!parsed.error.isEmpty() || !parsed.problems.isEmpty())
            throw SqlError(u"demo ad report: "_s + parsed.error + parsed.problems.join(u"; "_s));
        AdReportImport::write(db, parsed, currency, now);
    }
}

// The owner's pricing rules, and a competitor price list that comes in as a real one does: a CSV
// read by the import (its dates are days before the demo's today).
void seedPricing(
    const QSqlDatabase& db, const QJsonObject& rules, const QJsonArray& prices, qint64 now, const QString& currency)
{
    Pricing::save(db, Pricing::fromJson(rules));
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    QString csv = u"sku,competitor,price,currency,date\n"_s;
    for (const QJsonValue& value : prices) {
        const QJsonObject o = value.toObject();
        csv += u"%1,\"%2\",%3,%4,%5\n"_s.arg(o.value(u"sku"_s).toString(), o.value(u"competitor"_s).toString(),
            o.value(u"price"_s).toString(), currency,
            today.addDays(-o.value(u"daysAgo"_s).toInt()).toString(Qt::ISODate));
    }
    const Pricing::ParsedList list = Pricing::parseCompetitorPrices(csv.toUtf8());
    if (!list.error.isEmpty() || !list.problems.isEmpty())
        throw SqlError(u"demo competitor prices: "_s + list.error + list.problems.join(u"; "_s));
    Pricing::write(db, list, currency, today, now);
}

// The owner's supplier list, read by the import as a real one is: the Supplier vetting agent compares its
// new suppliers with the current ones on its first run.
void seedSuppliers(const QSqlDatabase& db, const QJsonArray& quotes, qint64 now, const QString& currency)
{
    QString csv = u"supplier,sku,unit cost,lead time,defect rate,rating,country,min order,supplier id,current\n"_s;
    for (const QJsonValue& value : quotes) {
        const QJsonObject o = value.toObject();
        csv += u"\"%1\",%2,%3,%4,%5,%6,%7,%8,%9,"_s.arg(o.value(u"supplier"_s).toString(), o.value(u"sku"_s).toString(),
                   o.value(u"cost"_s).toString(), QString::number(o.value(u"lead"_s).toInt()),
                   o.value(u"defects"_s).toString(), o.value(u"rating"_s).toString(), o.value(u"country"_s).toString(),
                   o.contains(u"minOrder"_s) ? QString::number(o.value(u"minOrder"_s).toInt()) : QString(),
                   o.value(u"ref"_s).toString())
            + o.value(u"current"_s).toString() + u"\n"_s;
    }
    const Suppliers::ParsedList list = Suppliers::parse(csv.toUtf8());
    if (!list.error.isEmpty() || !list.problems.isEmpty())
        throw SqlError(u"demo supplier list: "_s + list.error + list.problems.join(u"; "_s));
    Suppliers::write(db, list, currency, now);
}

// Ad rules for every ad account, notify-only: once the demo's ad account is synced they show what
// they would do, and a person can switch them live.
void seedAdRules(const QSqlDatabase& db, const QJsonArray& rules, qint64 now)
{
    for (const QJsonValue& value : rules) {
        QString why;
        const auto rule = AdRuleStore::fromJson(value.toObject(), &why);
        if (!rule || AdRuleStore::save(db, *rule, 0, u"Quorum"_s, now, &why) == 0)
            throw SqlError(u"demo ad rule: "_s + why);
    }
}

// The leads of a maps export around the demo shop: the rows are written out as the CSV such an export is,
// and imported and scored by the import itself against the demo's territory.
void seedLeads(const QSqlDatabase& db, const QJsonObject& leads, qint64 now)
{
    if (leads.isEmpty())
        return;
    const Leads::Territory territory = Leads::Territory::fromJson(leads.value(u"territory"_s).toObject());
    territory.save(db);
    const auto quoted = [](const QString& v) -> QString { return u'"' + QString(v).replace(u'"', u"\"\""_s) + u'"'; };
    QStringList lines{u"title,categoryName,address,website,phone,totalScore,reviewsCount,openingHours,placeId,"
                      u"location/lat,location/lng,email"_s};
    for (const QJsonValue& value : leads.value(u"export"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const auto number = [&o](const QString& key) {
            return o.contains(key) ? QString::number(o.value(key).toDouble(), 'g', 10) : QString();
        };
        lines.append(QStringList{quoted(o.value(u"business"_s).toString()), quoted(o.value(u"category"_s).toString()),
            quoted(o.value(u"address"_s).toString()), quoted(o.value(u"website"_s).toString()),
            quoted(o.value(u"phone"_s).toString()), number(u"rating"_s), number(u"reviews"_s),
            quoted(o.value(u"hours"_s).toString()), quoted(o.value(u"placeId"_s).toString()), number(u"lat"_s),
            number(u"lng"_s), quoted(o.value(u"email"_s).toString())}
                         .join(u','));
    }
    const LeadImport::Result r = LeadImport::run(db, lines.join(u'\n').toUtf8(), territory, now);
    if (!r.fatal.isEmpty() || !r.problems.isEmpty())
        qCWarning(lcDemo) << "the demo's leads did not all import:" << r.fatal << r.problems.size();
}

// The landing pages: the shop's name, the call to action and the language come from the data file.
bool seedSites(const QSqlDatabase& db, const QJsonArray& sites, const QString& sitesDir, const QJsonObject& ws,
    const QString& language, qint64 now, const QHash<QString, qint64>& idBySku, QString* error)
{
    const QLocale locale = language == u"nl" ? QLocale(QLocale::Dutch, QLocale::Netherlands) : QLocale::c();
    for (const QJsonValue& value : sites) {
        const QJsonObject s = value.toObject();
        const QString sku = s.value(u"sku"_s).toString();
        const qint64 productId = idBySku.value(sku);
        QSqlQuery product = Sql::exec(
            db, u"SELECT name, description, price_cents, currency FROM products WHERE id = ?"_s, {productId});
        SiteRenderer::Page page;
        page.lang = language;
        page.shop = ws.value(u"name"_s).toString();
        page.title = s.value(u"title"_s).toString();
        page.tagline = s.value(u"tagline"_s).toString();
        page.palette = Json::toStringList(s.value(u"palette"_s).toArray());
        page.cta = ws.value(u"cta"_s).toString();
        page.ctaUrl = s.value(u"url"_s).toString();
        if (product.next()) {
            page.productName = product.value(0).toString();
            page.description = product.value(1).toString();
            page.price = Money::format(product.value(2).toLongLong(), product.value(3).toString(), locale);
        }
        const QString slug = SiteRenderer::slugify(s.value(u"name"_s).toString());
        const QString relative = slug + u"/index.html"_s;
        QDir(sitesDir).mkpath(slug);
        QSaveFile file(QDir(sitesDir).filePath(relative));
        const QByteArray html = SiteRenderer::render(page).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
            *error = QCoreApplication::translate("DemoSeeder", "Cannot write the demo site %1: %2")
                         .arg(file.fileName(), file.errorString());
            return false;
        }
        Sql::exec(db,
            u"INSERT INTO sites (name, kind, source_collection, product_id, title, tagline, palette, html_path, "
            u"status, "
            u"url, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {s.value(u"name"_s).toString(), s.value(u"kind"_s).toString(), s.value(u"collection"_s).toString(),
                productId, page.title, page.tagline, Json::compact(s.value(u"palette"_s).toArray()), relative,
                s.value(u"status"_s).toString(), s.value(u"url"_s).toString(), now - 3 * kDay, now - kDay});
    }
    return true;
}

} // namespace

QString dataLanguage(const QString& uiLanguage)
{
    return uiLanguage == u"nl" ? u"nl"_s : u"en"_s;
}

namespace
{
std::optional<QJsonObject> demoData(const QString& language, QString* error)
{
    QFile file(language == u"nl" ? u":/demo/demo.nl.json"_s : u":/demo/demo.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("DemoSeeder", "The demo data file is missing from this build.");
        return std::nullopt;
    }
    QString parseError;
    auto data = Json::parseObject(file.readAll(), &parseError);
    if (!data)
        *error = QCoreApplication::translate("DemoSeeder", "The demo data file is damaged: %1").arg(parseError);
    return data;
}
} // namespace

bool seedExperiments(Workspace& workspace, qint64 connectionId, const Clock& clock, QString* error)
{
    const QSqlDatabase db = workspace.db();
    if (!Settings::value(db, u"demo.experiments_seeded"_s).isEmpty())
        return true;
    const auto data = demoData(seededLanguage(workspace), error);
    if (!data)
        return false;
    const qint64 now = clock.nowMs();
    // The account's days are Amsterdam's, as the sandbox's account.
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone("Europe/Amsterdam")).date();
    try {
        Transaction tx(db);
        for (const QJsonValue& value : data->value(u"experiments"_s).toArray()) {
            const QJsonObject o = value.toObject();
            Experiments::Experiment e;
            e.connectionId = connectionId;
            e.name = o.value(u"name"_s).toString();
            e.hypothesis = o.value(u"hypothesis"_s).toString();
            e.metric = Experiments::metricFromKey(o.value(u"metric"_s).toString())
                           .value_or(Experiments::Metric::PurchasesPerClick);
            for (const QJsonValue& arm : o.value(u"arms"_s).toArray())
                e.arms.append({arm[u"id"_s].toString(), arm[u"name"_s].toString(), arm[u"share"_s].toDouble()});
            e.settings.baselineRate = o.value(u"baseline_rate"_s).toDouble();
            e.settings.mdeRelative = o.value(u"mde"_s).toDouble();
            e.startDay = today.addDays(-o.value(u"start_days_ago"_s).toInt());
            e.maxDays = o.value(u"max_days"_s).toInt();
            QString why;
            if (Experiments::insert(db, e, u"Quorum"_s, now, &why) == 0)
                throw SqlError(u"demo A/B test: "_s + why);
        }
        Settings::setValue(db, u"demo.experiments_seeded"_s, u"1"_s);
        tx.commit();
    } catch (const SqlError& e) {
        *error = QCoreApplication::translate("DemoSeeder", "Writing the demo data failed: %1").arg(e.message());
        return false;
    }
    return true;
}

bool seed(Workspace& workspace, const Clock& clock, QString* error, const QString& uiLanguage)
{
    const QString language = dataLanguage(uiLanguage);
    const auto data = demoData(language, error);
    if (!data)
        return false;
    const QSqlDatabase db = workspace.db();
    const qint64 now = clock.nowMs();
    try {
        if (workspace.hasProducts()) {
            *error = QCoreApplication::translate(
                "DemoSeeder", "This workspace already holds products; demo data is only added to an empty workspace.");
            return false;
        }
        const QJsonObject ws = data->value(u"workspace"_s).toObject();
        const QString currency = ws.value(u"currency"_s).toString(u"EUR"_s);
        const QJsonObject brand = ws.value(u"brand"_s).toObject();
        Transaction tx(db);
        Settings::setValue(db, u"workspace.name"_s, ws.value(u"name"_s).toString());
        Settings::setValue(db, u"workspace.currency"_s, currency);
        Settings::setValue(db, u"workspace.demo"_s, u"1"_s);
        // A rate for US dollars, so the AI spend (priced in dollars) counts in the profit and loss.
        if (const QJsonObject rates = ws.value(u"rates"_s).toObject(); !rates.isEmpty())
            Settings::setValue(db, u"reporting.rates"_s, Json::compact(rates));
        Settings::setValue(db, u"demo.seeded_on"_s, QDateTime::fromMSecsSinceEpoch(now).date().toString(Qt::ISODate));
        Settings::setValue(db, u"demo.language"_s, language);
        // The copy is written (and the prompts ask for it) in the demo's language and voice.
        Settings::setValue(db, u"brand.voice"_s, brand.value(u"voice"_s).toString());
        Settings::setValue(db, u"brand.language"_s, brand.value(u"language"_s).toString());
        // The owner's goals the CEO measures the demo shop's month against.
        Goals::save(db, Goals::fromJson(ws.value(u"goals"_s).toObject()));
        seedKnowledge(db, data->value(u"knowledge"_s).toArray(), now);
        QHash<QString, qint64> idBySku;
        seedProducts(db, data->value(u"products"_s).toArray(), now, currency, brand.value(u"voice"_s).toString(),
            language, &idBySku);
        DemoDecisions::seedSale(db, data->value(u"decisions"_s).toObject(), now, currency, idBySku);
        seedProposals(
            db, data->value(u"proposals"_s).toArray(), data->value(u"history"_s).toArray(), now, currency, idBySku);
        seedCampaigns(db, data->value(u"campaigns"_s).toArray(), now, currency);
        seedAdRules(db, data->value(u"adRules"_s).toArray(), now);
        seedPricing(db, ws.value(u"pricing"_s).toObject(), data->value(u"competitorPrices"_s).toArray(), now, currency);
        seedSuppliers(db, data->value(u"suppliers"_s).toArray(), now, currency);
        if (!seedSites(db, data->value(u"sites"_s).toArray(), workspace.sitesDir(), ws, language, now, idBySku, error))
            return false;
        seedLeads(db, data->value(u"leads"_s).toObject(), now);
        tx.commit();
    } catch (const SqlError& e) {
        *error = QCoreApplication::translate("DemoSeeder", "Writing the demo data failed: %1").arg(e.message());
        return false;
    }
    qCInfo(lcDemo) << "demo workspace seeded in" << workspace.root() << "language" << language;
    return true;
}

QString seededOn(const Workspace& workspace)
{
    return Settings::value(workspace.db(), u"demo.seeded_on"_s);
}

QString seededLanguage(const Workspace& workspace)
{
    // Demos seeded before the language was recorded were seeded in English.
    return Settings::value(workspace.db(), u"demo.language"_s, u"en"_s);
}

bool isCurrent(const Workspace& workspace, const QString& today, const QString& uiLanguage)
{
    return seededOn(workspace) == today && seededLanguage(workspace) == dataLanguage(uiLanguage);
}

bool reset(const QString& directory, QString* error)
{
    QDir dir(directory);
    if (!dir.exists(u"quorum.db"_s))
        return true;
    {
        QString openError;
        auto ws = Workspace::open(directory, &openError);
        if (!ws) {
            *error = openError;
            return false;
        }
        if (!ws->isDemo()) {
            *error = QCoreApplication::translate(
                "DemoSeeder", "%1 holds a real workspace, not demo data; it was left untouched.")
                         .arg(directory);
            return false;
        }
    }
    for (const QString& file : {u"quorum.db"_s, u"quorum.db-wal"_s, u"quorum.db-shm"_s}) {
        if (dir.exists(file) && !dir.remove(file)) {
            *error = QCoreApplication::translate("DemoSeeder", "Cannot remove %1.").arg(dir.filePath(file));
            return false;
        }
    }
    QDir(dir.filePath(u"sites"_s)).removeRecursively();
    return true;
}

} // namespace DemoSeeder
