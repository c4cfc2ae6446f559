#include "SiteRun.h"

#include "CatalogFacts.h"
#include "SiteJobs.h"
#include "SitePage.h"
#include "SiteSpec.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "pipeline/Healing.h"
#include "publishing/Publications.h"
#include "publishing/StructuredData.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace
{
QString reviewsText(const SiteChecks::Facts& facts)
{
    const QList<SiteChecks::Review>& reviews = facts.reviews;
    if (reviews.isEmpty())
        return u"The product has no reviews: no ratings, no testimonials, no quotes."_s;
    QStringList quotes;
    for (const SiteChecks::Review& r : reviews) {
        if (quotes.size() < 6 && !r.body.trimmed().isEmpty())
            quotes << u"- (%1/5) \"%2\""_s.arg(r.rating).arg(r.body.simplified().left(240));
    }
    return u"%1 reviews, average rating %2 out of 5. Quote only these words, exactly:\n%3"_s.arg(reviews.size())
        .arg(QString::number(std::round(*SiteChecks::averageRating(facts) * 10.0) / 10.0, 'f', 1), quotes.join(u'\n'));
}
} // namespace

SiteRun::SiteRun(const Env& env, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_env(env)
    , m_job(job)
    , m_siteId(job.subjectId)
{ }

std::optional<SiteChecks::Facts> SiteRun::loadFacts(const QSqlDatabase& db, qint64 productId)
{
    const auto product = ProductFacts::load(db, productId);
    if (!product)
        return std::nullopt;
    SiteChecks::Facts f;
    f.product = *product;
    f.brand = BrandProfile::load(db);
    f.images = product->images;
    QSqlQuery q = Sql::exec(db,
        u"SELECT r.rating, r.body FROM review_insights i JOIN product_reviews r ON r.id = i.review_id "
        u"WHERE i.product_id = ? ORDER BY r.created_at DESC"_s,
        {productId});
    while (q.next())
        f.reviews.append({q.value(0).toInt(), q.value(1).toString()});
    f.ctaUrl = Publications::storeUrl(db, productId);
    if (f.ctaUrl.isEmpty())
        f.ctaUrl = u"#cta"_s; // not in a store yet: the call to action points at the order section
    return f;
}

std::optional<SiteChecks::Facts> SiteRun::loadLeadFacts(const QSqlDatabase& db, qint64 leadId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT name, category, address, website, phone, rating, review_count, opening_hours FROM leads WHERE id = ?"_s,
        {leadId});
    if (!q.next())
        return std::nullopt;
    SiteChecks::Facts f;
    ProductFacts& p = f.product;
    p.name = q.value(0).toString();
    p.category = q.value(1).toString();
    // The business as its listing states it, nothing more: the writer may use these facts only.
    QStringList said{p.name + (p.category.isEmpty() ? QString() : u", "_s + p.category)
        + (q.value(2).toString().isEmpty() ? QString() : u", "_s + q.value(2).toString()) + u'.'};
    const auto attribute = [&p](const QString& key, const QVariant& value) {
        if (!value.isNull() && !value.toString().isEmpty())
            p.attributes.insert(key, QJsonValue::fromVariant(value));
    };
    attribute(u"address"_s, q.value(2));
    attribute(u"website"_s, q.value(3));
    attribute(u"phone"_s, q.value(4));
    attribute(u"rating"_s, q.value(5));
    attribute(u"review_count"_s, q.value(6));
    attribute(u"opening_hours"_s, q.value(7));
    if (!q.value(7).toString().isEmpty())
        said << u"Opening hours: "_s + q.value(7).toString() + u'.';
    p.description = said.join(u' ');
    p.audience = u"people nearby looking for "_s
        + (p.category.isEmpty() ? u"a business like this"_s : u"a "_s + p.category.toLower());
    f.brand = BrandProfile::load(db);
    f.brand.palette.clear(); // the lead's page, not in the shop's colours
    if (!q.value(5).isNull())
        f.listedRating = q.value(5).toDouble();
    f.phone = q.value(4).toString();
    f.ctaUrl = u"#cta"_s;
    f.subject = u"one local business (the facts are what its maps listing says)"_s;
    return f;
}

PieceGate::Kind SiteRun::gateKind(const QString& kind, const SiteChecks::Facts& facts, const QJsonObject& brief,
    const QJsonObject& plan, const QJsonObject& design)
{
    PieceGate::Kind k;
    k.domain = u"site"_s;
    k.displayName = SiteSpec::displayName(kind);
    k.promptName = SiteSpec::promptName(kind);
    k.writerTemplate = SiteSpec::promptTemplate(kind);
    k.schema = SiteSpec::schema(kind);
    k.schemaName = u"site_"_s + (SiteSpec::isSection(kind) ? u"section"_s : kind);
    k.maxTokens = SiteSpec::isSection(kind) ? 4096 : 2048;
    k.render = [kind](const QJsonObject& body) { return SiteSpec::render(kind, body); };
    k.checks = [kind, facts](const QJsonObject& body) { return SiteChecks::run(kind, body, facts); };
    QStringList fonts = SiteSpec::availableFonts();
    fonts += facts.brand.fonts;
    QString purpose;
    for (const QJsonValue& v : plan.value(u"sections"_s).toArray()) {
        if (SiteSpec::sectionKind(v.toObject().value(u"key"_s).toString()) == kind)
            purpose = v.toObject().value(u"purpose"_s).toString();
    }
    k.variables = {{u"brief"_s, SiteSpec::render(SiteSpec::Brief, brief)},
        {u"concept"_s, SiteSpec::render(SiteSpec::Concept, plan)}, {u"tokens"_s, SitePage::tokenHeader(design)},
        {u"section"_s, SiteSpec::sectionKey(kind)}, {u"section_purpose"_s, purpose},
        {u"classes"_s, SitePage::classes()},
        {u"images"_s, facts.images.isEmpty() ? u"none: the page shows no images"_s : facts.images.join(u", "_s)},
        {u"cta_url"_s, facts.ctaUrl}, {u"reviews"_s, reviewsText(facts)},
        {u"brand_palette"_s,
            facts.brand.palette.isEmpty() ? u"none set: choose one that suits the brief"_s
                                          : facts.brand.palette.join(u", "_s)},
        {u"fonts"_s, fonts.join(u", "_s)}, {u"subject"_s, facts.subject},
        {u"section_keys"_s, SiteSpec::sectionKeys().join(u", "_s)}};
    return k;
}

void SiteRun::start(std::function<void(qint64)> onChanged, std::function<void(JobOutcome, const QString&)> onFinished)
{
    m_onChanged = std::move(onChanged);
    m_onFinished = std::move(onFinished);
    try {
        const auto site = SiteStore::site(m_env.db, m_siteId);
        std::optional<SiteChecks::Facts> facts;
        if (site)
            facts = site->leadId > 0 ? loadLeadFacts(m_env.db, site->leadId)
                : site->catalog()    ? CatalogFacts::load(m_env.db, site->collection)
                                     : loadFacts(m_env.db, site->productId);
        if (!facts) {
            Transaction tx(m_env.db);
            if (site)
                SiteStore::setStage(m_env.db, m_siteId, SiteStore::Stage::Failed, m_env.clock->nowMs(),
                    QCoreApplication::translate(
                        "SiteRun", "The product, collection or lead this site was written about is gone."));
            JobQueue::complete(
                m_env.db, m_job.id, m_env.owner, QJsonObject{{u"skipped"_s, u"gone"_s}}, m_env.clock->nowMs());
            tx.commit();
            finishWith(
                JobOutcome::Done, QCoreApplication::translate("SiteRun", "The site or its product was deleted."));
            return;
        }
        m_facts = *facts;
        m_ctx = std::make_shared<GateContext>();
        m_ctx->db = m_env.db;
        m_ctx->llm = m_env.llm;
        m_ctx->clock = m_env.clock;
        m_ctx->facts = m_facts.product;
        m_ctx->brand = m_facts.brand;
        m_ctx->gate = GateSettings::load(m_env.db);
        m_ctx->jobId = m_job.id;
        m_ctx->stopRequested = m_env.stopRequested;
        m_ctx->tables = &ContentStore::siteTables();
        SiteStore::ensureStages(m_env.db, m_siteId, m_env.clock->nowMs());
        step();
    } catch (const SqlError& e) {
        fail({PieceGate::Outcome::Failed, e.message(), ApiError::make(ErrorClass::Transient, e.message()), {}});
    }
}

void SiteRun::changed()
{
    if (m_onChanged)
        m_onChanged(m_siteId);
}

void SiteRun::step()
{
    const QSqlDatabase& db = m_env.db;
    const qint64 now = m_env.clock->nowMs();
    const QList<SiteStore::Unit> all = SiteStore::units(db, m_siteId);
    // The stages in order: the first one not accepted is the work.
    for (const QString& kind : SiteSpec::stages()) {
        const auto it
            = std::find_if(all.cbegin(), all.cend(), [&](const SiteStore::Unit& u) { return u.piece.kind == kind; });
        if (it == all.cend() || it->piece.state == ContentStore::PieceState::Accepted)
            continue;
        SiteStore::setStage(db, m_siteId, kind, now);
        changed();
        runGates({*it});
        return;
    }
    const QJsonObject plan = SiteStore::accepted(db, m_siteId, SiteSpec::Concept);
    QStringList keys;
    for (const QJsonValue& v : plan.value(u"sections"_s).toArray())
        keys.append(v.toObject().value(u"key"_s).toString());
    {
        Transaction tx(db);
        SiteStore::planSections(db, m_siteId, keys, now);
        tx.commit();
    }
    QList<SiteStore::Unit> work;
    for (const SiteStore::Unit& u : SiteStore::units(db, m_siteId)) {
        if (SiteSpec::isSection(u.piece.kind) && u.piece.state != ContentStore::PieceState::Accepted
            && (!u.locked || u.piece.acceptedVersionId == 0))
            work.append(u);
    }
    if (!work.isEmpty()) {
        SiteStore::setStage(db, m_siteId, SiteStore::Stage::Sections, now);
        changed();
        runGates(work);
        return;
    }
    assemble();
}

void SiteRun::runGates(const QList<SiteStore::Unit>& work)
{
    const QSqlDatabase& db = m_env.db;
    const QJsonObject brief = SiteStore::accepted(db, m_siteId, SiteSpec::Brief);
    const QJsonObject plan = SiteStore::accepted(db, m_siteId, SiteSpec::Concept);
    const QJsonObject design = SiteStore::accepted(db, m_siteId, SiteSpec::Design);
    m_results.clear();
    m_running = static_cast<int>(work.size());
    QList<PieceGate*> gates;
    for (const SiteStore::Unit& u : work) {
        auto* gate = new PieceGate(m_ctx, u.piece, gateKind(u.piece.kind, m_facts, brief, plan, design), this);
        // A person's instruction travels with the unit, so whichever run writes it follows it.
        if (!u.instruction.isEmpty())
            gate->setInstruction(u.instruction, u.instructionBy);
        gates.append(gate);
    }
    for (PieceGate* gate : std::as_const(gates))
        gate->start([this] { changed(); },
            [this, gate](const PieceGate::Result& r) {
                m_results.append(r);
                // Followed: the instruction was for this version, not for every one after it.
                if (r.outcome == PieceGate::Outcome::Accepted) {
                    try {
                        SiteStore::clearInstruction(m_env.db, gate->piece().id);
                    } catch (const SqlError& e) {
                        qCWarning(lcPipeline) << "cannot clear a followed instruction:" << e.message();
                    }
                }
                gate->deleteLater();
                if (--m_running == 0)
                    gatesFinished();
            });
}

void SiteRun::gatesFinished()
{
    const PieceGate::Result* failure = nullptr;
    QStringList rejected;
    for (const PieceGate::Result& r : std::as_const(m_results)) {
        if (r.outcome == PieceGate::Outcome::Stopped) {
            try {
                Transaction tx(m_env.db);
                const bool released = JobQueue::release(m_env.db, m_job.id, m_env.owner, m_env.clock->nowMs());
                tx.commit();
                finishWith(released ? JobOutcome::Released : JobOutcome::LostLease, {});
            } catch (const SqlError& e) {
                finishWith(JobOutcome::LostLease, e.message()); // the lease runs out; the stored steps are reused
            }
            return;
        }
        if (r.outcome == PieceGate::Outcome::Failed && !failure)
            failure = &r;
        if (r.outcome == PieceGate::Outcome::Rejected)
            rejected.append(r.reason);
    }
    try {
        if (failure) {
            fail(*failure);
            return;
        }
        if (!rejected.isEmpty()) {
            complete(SiteStore::Stage::NeedsReview, rejected.join(u' '));
            return;
        }
        step();
    } catch (const SqlError& e) {
        fail({PieceGate::Outcome::Failed, e.message(), ApiError::make(ErrorClass::Transient, e.message()), {}});
    }
}

void SiteRun::assemble()
{
    const QSqlDatabase& db = m_env.db;
    const QJsonObject plan = SiteStore::accepted(db, m_siteId, SiteSpec::Concept);
    const QJsonObject design = SiteStore::accepted(db, m_siteId, SiteSpec::Design);
    SitePage::Input input;
    input.lang = m_facts.brand.language.startsWith(u"Dutch"_s) || m_facts.brand.language.startsWith(u"Neder"_s)
        ? u"nl"_s
        : u"en"_s;
    input.title = plan.value(u"headlines"_s).toArray().first().toString(m_facts.product.name);
    input.description = plan.value(u"positioning"_s).toString();
    input.design = design;
    // The product's facts for search engines (schema.org Product with its offers and rating), never a model's words.
    // Its rating from the same reviews the page's words were checked against.
    std::optional<StructuredData::Rating> rating;
    if (!m_facts.reviews.isEmpty())
        rating = StructuredData::Rating{*SiteChecks::averageRating(m_facts), int(m_facts.reviews.size())};
    if (m_facts.product.id > 0) // a product's page; a lead's business is no product with an offer
        input.headExtra = StructuredData::scriptTag(StructuredData::product(m_facts.product, m_facts.product.name,
            m_facts.product.description, m_facts.ctaUrl.startsWith(u"http"_s) ? m_facts.ctaUrl : QString(), rating));
    QJsonObject built;
    for (const SiteStore::Unit& u : SiteStore::units(db, m_siteId)) {
        if (u.piece.acceptedVersionId > 0)
            built.insert(u.piece.kind, u.piece.acceptedVersionId);
        if (!SiteSpec::isSection(u.piece.kind) || u.piece.acceptedVersionId == 0 || u.position < 10)
            continue;
        const auto v = ContentStore::version(db, u.piece.acceptedVersionId, ContentStore::siteTables());
        if (v)
            input.sections.append(v->json().value(u"html"_s).toString());
    }
    const QString html = SitePage::render(input);
    const QList<SiteChecks::Problem> problems = SiteChecks::page(html, design);
    const qint64 now = m_env.clock->nowMs();
    QString error;
    {
        Transaction tx(db);
        const int version = SiteStore::savePage(db, m_siteId, html, built, m_env.sitesDir, now, &error);
        if (version > 0) {
            const auto hex = [&](const QString& role, const QString& otherwise) {
                const QString c = SiteChecks::roleColour(design, role);
                return c.isEmpty() ? SiteChecks::roleColour(design, otherwise) : c;
            };
            Sql::exec(db, u"UPDATE sites SET title = ?, tagline = ?, vibe = ?, tokens = ?, palette = ? WHERE id = ?"_s,
                {input.title, input.description, plan.value(u"vibe"_s).toString(), Json::compact(design),
                    Json::compact(QJsonArray{hex(u"primary"_s, u"primary"_s), hex(u"background"_s, u"background"_s),
                        hex(u"accent"_s, u"text"_s)}),
                    m_siteId});
            // Its screenshots follow, taken apart from the chain (a slow browser holds up no model call).
            JobQueue::NewJob shots;
            shots.kind = SiteJobs::Shots;
            shots.subjectId = m_siteId;
            shots.idempotencyKey = u"site.shots:%1:%2"_s.arg(m_siteId).arg(version);
            shots.payload = QJsonObject{{u"version"_s, version}};
            shots.maxAttempts = 2;
            JobQueue::enqueue(db, shots, now);
            tx.commit();
        }
    }
    if (!error.isEmpty()) {
        fail({PieceGate::Outcome::Failed, error, ApiError::make(ErrorClass::Transient, error), {}});
        return;
    }
    if (problems.isEmpty())
        complete(SiteStore::Stage::Ready, {});
    else
        complete(SiteStore::Stage::NeedsReview,
            QCoreApplication::translate(
                "SiteRun", "The assembled page fails %n check(s).", nullptr, int(problems.size())),
            ContentChecks::toJson(problems));
}

void SiteRun::complete(const QString& stage, const QString& summary, const QJsonArray& problems)
{
    const qint64 now = m_env.clock->nowMs();
    Transaction tx(m_env.db);
    SiteStore::setStage(m_env.db, m_siteId, stage, now, summary, problems);
    if (!JobQueue::complete(m_env.db, m_job.id, m_env.owner, QJsonObject{{u"stage"_s, stage}}, now)) {
        finishWith(JobOutcome::LostLease, {});
        return;
    }
    tx.commit();
    finishWith(JobOutcome::Done, summary);
}

void SiteRun::fail(const PieceGate::Result& failure)
{
    const QSqlDatabase& db = m_env.db;
    const qint64 now = m_env.clock->nowMs();
    try {
        Transaction tx(db);
        JobQueue::FailOutcome outcome;
        QString reason = failure.reason;
        if (Healing::heals(failure.error)) {
            const qint64 since = m_job.waitingSince > 0 ? m_job.waitingSince : now;
            const qint64 delay = Healing::delayMs(m_job.waits, failure.error, m_env.random01, m_env.retryBaseMs);
            reason = Healing::waitingReason(db, failure.providers, failure.error, since, now + delay);
            outcome = JobQueue::wait(db, m_job.id, m_env.owner, reason, delay, Healing::giveUpAfterMs(db), now);
            // Given up: the cause, not a next try that will not come.
            if (outcome == JobQueue::FailOutcome::Dead)
                reason = Healing::gaveUpReason(db, failure.providers, failure.error, since, now);
        } else {
            const bool retryable = failure.error.retryable() || failure.error.cls == ErrorClass::SchemaMismatch
                || failure.error.cls == ErrorClass::CircuitOpen || failure.error.cls == ErrorClass::RateLimited;
            const qint64 backoff = std::max(
                JobQueue::backoffMs(m_job.attempts + 1, m_env.random01, m_env.retryBaseMs), failure.error.retryAfterMs);
            outcome = JobQueue::fail(db, m_job.id, m_env.owner, reason, retryable, backoff, now);
        }
        if (outcome == JobQueue::FailOutcome::LostLease) {
            finishWith(JobOutcome::LostLease, {});
            return;
        }
        const bool dead = outcome == JobQueue::FailOutcome::Dead;
        // The parts at work say what happened to them: failed with the cause, or queued for the next try.
        Sql::exec(db,
            u"UPDATE site_units SET state = ?, last_error = ?, updated_at = ? WHERE site_id = ? AND state IN "
            u"('queued', 'writing', 'reviewing', 'checking')"_s,
            {dead ? u"failed"_s : u"queued"_s, reason, now, m_siteId});
        SiteStore::setStage(db, m_siteId,
            dead ? QString(SiteStore::Stage::Failed) : SiteStore::site(db, m_siteId)->stage, now,
            dead ? reason : QCoreApplication::translate("SiteRun", "Will try again: %1").arg(reason));
        tx.commit();
        finishWith(dead ? JobOutcome::Dead : JobOutcome::Retrying, reason);
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "site job" << m_job.id << "cannot record its failure:" << e.message();
        finishWith(JobOutcome::LostLease, e.message());
    }
}

void SiteRun::finishWith(JobOutcome outcome, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    changed();
    if (m_onFinished)
        m_onFinished(outcome, summary);
}
