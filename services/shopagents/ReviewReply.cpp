#include "ReviewReply.h"

#include "AiBudget.h"
#include "ReviewDesk.h"
#include "ReviewReading.h"
#include "agents/AgentRuns.h"
#include "approvals/ApprovalDesk.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Json.h"
#include "core/Log.h"
#include "jobs/JobRegistry.h"
#include "llm/LlmClient.h"
#include "llm/ProviderStore.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/GateSettings.h"
#include "pipeline/Healing.h"
#include "pipeline/PipelineJobs.h"
#include "pipeline/ProductFacts.h"
#include "pipeline/PromptTemplates.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ReviewReply
{

namespace
{
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// The kinds of offer a reply could make, each with the words that make it (English and Dutch).
struct Offer
{
    const char* key;
    const char* name;
    QStringList words;
};
const QList<Offer>& offerKinds()
{
    static const QList<Offer> o{
        {"refund", QT_TRANSLATE_NOOP("ReviewReply", "a refund"),
            {u"refund*"_s, u"money back"_s, u"reimburs*"_s, u"terugbetal*"_s, u"geld terug"_s, u"vergoed*"_s,
                u"betalen je terug"_s, u"betalen u terug"_s, u"terug te betalen"_s}},
        {"discount", QT_TRANSLATE_NOOP("ReviewReply", "a discount"),
            {u"discount*"_s, u"voucher*"_s, u"coupon*"_s, u"off your"_s, u"korting*"_s, u"tegoedbon*"_s,
                u"waardebon*"_s}},
        {"replacement", QT_TRANSLATE_NOOP("ReviewReply", "a replacement"),
            {u"replace*"_s, u"exchange*"_s, u"new one"_s, u"vervang*"_s, u"ruil*"_s, u"omruil*"_s, u"nieuwe sturen"_s,
                u"nieuw exemplaar"_s}},
        {"free", QT_TRANSLATE_NOOP("ReviewReply", "something free"),
            {u"free"_s, u"for free"_s, u"on us"_s, u"gratis"_s, u"kosteloos"_s}},
        {"gift", QT_TRANSLATE_NOOP("ReviewReply", "a gift"), {u"gift*"_s, u"cadeau*"_s, u"presentje*"_s}},
    };
    return o;
}

// Whether the text names the offer: each word as a whole word (a stem ending in * also with an ending),
// and "feel free (to)" / "free to" are manners of speaking, not something free.
bool says(const QString& lower, const QStringList& words)
{
    static const QRegularExpression manners(u"\\bfeel free\\b|\\bfree to\\b"_s);
    const QString text = QString(lower).remove(manners);
    return std::any_of(words.cbegin(), words.cend(), [&text](const QString& w) {
        const bool stem = w.endsWith(u'*');
        const QString word = QRegularExpression::escape(stem ? w.chopped(1) : w);
        return QRegularExpression(u"\\b"_s + word + (stem ? u"\\w*"_s : QString()) + u"\\b"_s).match(text).hasMatch();
    });
}

QStringList numbersIn(const QString& text)
{
    static const QRegularExpression re(u"\\d+(?:[.,]\\d+)?"_s);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        QString n = it.next().captured();
        n.replace(u',', u'.');
        out.append(n);
    }
    return out;
}

QString orNone(const QStringList& list)
{
    return list.isEmpty() ? u"(nothing: invite the customer to get in touch instead)"_s : list.join(u"; "_s);
}

// What one draft works from, read when the job starts.
struct Inputs
{
    qint64 reviewId = 0;
    int rating = 0;
    QString text;
    QString remoteId;
    QString store;
    QJsonObject topics;
    ProductFacts facts;
    BrandProfile brand;
    GateSettings gate;
};

// Drafts one reply: each step's LLM call is asynchronous; the job ends in one transaction with its
// effect (the proposal, or the review left to a person), or fails and is retried.
class Drafting final : public QObject
{
public:
    Drafting(JobContext& ctx, const JobQueue::Job& job, JobDone done, LlmClient* llm)
        : QObject(ctx.thread())
        , m_ctx(ctx)
        , m_job(job)
        , m_done(std::move(done))
        , m_llm(llm)
    { }

    void start();

private:
    void write();
    void review(const QString& reply, const QString& writer, const QString& writerModel);
    void retryWith(const QStringList& problems);
    void propose(const QString& reply, const QString& writer, const QString& reviewer);
    void leaveToPerson(const QStringList& problems);
    // A failure that heals by itself (the provider down, the day's budget spent) waits without spending
    // an attempt; anything else spends one (and is not retried when the error says retrying cannot help).
    void fail(const QString& reason, const ApiError& error, qint64 minDelayMs = 0);
    void end(JobOutcome outcome, const QString& summary);
    // Ends the job without a draft and gives a review still waiting back to the desk.
    void giveBack(const QString& why);
    bool stopHere();
    QList<ProviderConfig> reviewers(const QString& writerProvider) const;
    QHash<QString, QString> variables() const;

    JobContext& m_ctx;
    JobQueue::Job m_job;
    JobDone m_done;
    LlmClient* m_llm;
    Inputs m_in;
    int m_attempt = 0;
    QStringList m_feedback;
    qint64 m_started = 0;
    bool m_ended = false;
};

void Drafting::start()
{
    m_started = m_ctx.clock()->nowMs();
    const QSqlDatabase db = m_ctx.db();
    const qint64 reviewId = m_job.payload.value(u"review_id"_s).toInteger();
    try {
        // Paused after the job was claimed: the desk proposes nothing; the draft waits for the resume.
        if (Sql::scalar(db, u"SELECT paused FROM agents WHERE name = ?"_s, {QString::fromLatin1(ReviewDesk::Name)})
                .toBool()) {
            Transaction tx(db);
            if (!JobQueue::release(db, m_job.id, m_ctx.owner(), m_started))
                return end(JobOutcome::LostLease, {});
            tx.commit();
            return end(JobOutcome::Released, u"paused"_s);
        }
        QSqlQuery q = Sql::exec(db,
            u"SELECT r.id, r.rating, r.body, r.remote_id, COALESCE(c.name, ''), i.sentiment, i.topics, i.product_id, "
            u"i.reply_state FROM product_reviews r JOIN review_insights i ON i.review_id = r.id LEFT JOIN connections "
            u"c ON c.id = r.connection_id WHERE r.id = ?"_s,
            {reviewId});
        if (!q.next() || q.value(8).toString() != u"drafting" || q.value(7).isNull()) {
            // The review was erased, its product is no longer known, or its reply settled since: nothing to
            // draft now (a review still waiting goes back to the desk, which queues it again when it can).
            q.finish();
            return giveBack(u"nothing to draft"_s);
        }
        m_in.reviewId = q.value(0).toLongLong();
        m_in.rating = q.value(1).toInt();
        m_in.text = q.value(2).toString();
        m_in.remoteId = q.value(3).toString();
        m_in.store = q.value(4).toString();
        m_in.topics = Json::objectFromString(q.value(6).toString());
        const qint64 productId = q.value(7).toLongLong();
        q.finish();
        const auto facts = ProductFacts::load(db, productId);
        if (!facts)
            return giveBack(u"product gone"_s);
        m_in.facts = *facts;
        m_in.brand = BrandProfile::load(db);
        m_in.gate = GateSettings::load(db);
        const qint64 spent = AgentRuns::spentToday(db, QString::fromLatin1(ReviewDesk::Name), m_started);
        if (spent >= AiBudget::budgetFor(
                db, QString::fromLatin1(ReviewDesk::Name), ReviewDesk::DailyBudgetMicros, m_started)) {
            // Over the desk's AI budget for today (its own, or its share of the CEO's plan): the review goes
            // back to the desk, which queues drafts only while there is budget left.
            return giveBack(u"budget spent"_s);
        }
    } catch (const SqlError& e) {
        return fail(e.message(), ApiError::make(ErrorClass::Transient, e.message()));
    }
    write();
}

QHash<QString, QString> Drafting::variables() const
{
    return {{u"language"_s, m_in.brand.language}, {u"brand_voice"_s, m_in.brand.voice},
        {u"banned_words"_s, m_in.brand.bannedWords.isEmpty() ? u"(none)"_s : m_in.brand.bannedWords.join(u", "_s)},
        {u"product_name"_s, m_in.facts.name}, {u"facts"_s, m_in.facts.promptBlock(m_in.brand)},
        {u"review_rating"_s, QString::number(m_in.rating)}, {u"review_text"_s, m_in.text},
        {u"reply_offers"_s, orNone(m_in.brand.replyOffers)},
        {u"feedback"_s,
            m_feedback.isEmpty() ? QString()
                                 : u"Your previous draft was refused:\n- "_s + m_feedback.join(u"\n- "_s)
                    + u"\nWrite it again without these problems."_s},
        {u"attempt"_s, QString::number(m_attempt)}};
}

bool Drafting::stopHere()
{
    if (!m_ctx.stopRequested())
        return false;
    const QSqlDatabase db = m_ctx.db();
    try {
        Transaction tx(db);
        if (!JobQueue::release(db, m_job.id, m_ctx.owner(), m_ctx.clock()->nowMs())) {
            end(JobOutcome::LostLease, {});
            return true;
        }
        tx.commit();
    } catch (const SqlError& e) {
        end(JobOutcome::LostLease, e.message());
        return true;
    }
    end(JobOutcome::Released, u"stopped"_s);
    return true;
}

void Drafting::write()
{
    if (stopHere())
        return;
    ++m_attempt;
    const QSqlDatabase db = m_ctx.db();
    const QHash<QString, QString> vars = variables();
    LlmRequest request;
    request.purpose = u"write:reply"_s;
    request.system = PromptTemplates::render(PromptTemplates::current(db, u"writer.system"_s).body, vars);
    request.addUser(PromptTemplates::render(PromptTemplates::current(db, u"reply.write"_s).body, vars));
    request.schema = writerSchema();
    request.schemaName = u"review_reply"_s;
    request.temperature = m_attempt == 1 ? 0.7 : 0.5;
    request.maxTokens = 600;
    request.productId = m_in.facts.id;
    request.jobId = m_job.id;
    m_llm->complete(ProviderStore::chain(db, request.purpose), request, this, [this](const LlmResult& r) {
        if (r.error.cls == ErrorClass::BudgetExceeded)
            return giveBack(u"budget spent"_s); // refused before it was sent: drafted when there is budget again
        if (!r.ok() && r.error.cls != ErrorClass::SchemaMismatch)
            return fail(QCoreApplication::translate("ReviewReply", "Writing the reply failed: %1").arg(r.error.message),
                r.error);
        if (!r.ok())
            return retryWith({u"The answer was not the JSON asked for: "_s + r.error.message});
        const QString reply = r.json.toObject().value(u"reply"_s).toString().trimmed();
        QStringList problems;
        for (const Problem& p : check(reply, m_in.facts.factText(), m_in.text, m_in.brand.replyOffers))
            problems.append(p.issue);
        if (!problems.isEmpty())
            return retryWith(problems);
        review(reply, r.provider, r.model);
    });
}

QList<ProviderConfig> Drafting::reviewers(const QString& writerProvider) const
{
    // Two different models: the writer's own never checks its reply.
    const QSqlDatabase db = m_ctx.db();
    const auto writer = ProviderStore::find(db, writerProvider);
    QList<ProviderConfig> out;
    for (const QString& purpose : {u"review:reply"_s, u"write:reply"_s}) {
        for (const ProviderConfig& c : ProviderStore::chain(db, purpose)) {
            const bool isWriter = writer && (c.id == writer->id || c.endpointKey() == writer->endpointKey());
            const bool known = std::any_of(out.cbegin(), out.cend(),
                [&](const ProviderConfig& o) { return o.id == c.id || o.endpointKey() == c.endpointKey(); });
            if (!isWriter && !known)
                out.append(c);
        }
    }
    return out;
}

void Drafting::review(const QString& reply, const QString& writer, const QString& writerModel)
{
    if (stopHere())
        return;
    const QSqlDatabase db = m_ctx.db();
    QList<ProviderConfig> chain = reviewers(writer);
    if (chain.isEmpty() && m_in.gate.allowSelfReview)
        chain = ProviderStore::chain(db, u"review:reply"_s);
    if (chain.isEmpty())
        return fail(QCoreApplication::translate("ReviewReply",
                        "No reviewer model differs from the writer. Two different models must agree: set a reviewer in "
                        "Settings → Providers."),
            ApiError::make(ErrorClass::InvalidRequest, u"no independent reviewer"_s));
    QHash<QString, QString> vars = variables();
    vars.insert(u"reply_text"_s, reply);
    LlmRequest request;
    request.purpose = u"review:reply"_s;
    request.addUser(PromptTemplates::render(PromptTemplates::current(db, u"reply.review"_s).body, vars));
    request.schema = reviewerSchema();
    request.schemaName = u"reply_check"_s;
    request.temperature = 0;
    request.maxTokens = 500;
    request.productId = m_in.facts.id;
    request.jobId = m_job.id;
    const QString by = writerModel.isEmpty() ? writer : writerModel;
    m_llm->complete(chain, request, this, [this, reply, by](const LlmResult& r) {
        if (r.error.cls == ErrorClass::BudgetExceeded)
            return giveBack(u"budget spent"_s);
        if (!r.ok() && r.error.cls != ErrorClass::SchemaMismatch)
            return fail(
                QCoreApplication::translate("ReviewReply", "Checking the reply failed: %1").arg(r.error.message),
                r.error);
        if (!r.ok())
            return fail(
                QCoreApplication::translate("ReviewReply", "The reviewer's answer was not the JSON asked for: %1")
                    .arg(r.error.message),
                ApiError::make(ErrorClass::Transient, r.error.message));
        const QJsonObject answer = r.json.toObject();
        if (answer.value(u"approved"_s).toBool())
            return propose(reply, by, r.model.isEmpty() ? r.provider : r.model);
        QStringList findings = Json::toStringList(answer.value(u"findings"_s).toArray());
        if (findings.isEmpty())
            findings.append(answer.value(u"summary"_s).toString());
        retryWith(findings);
    });
}

void Drafting::retryWith(const QStringList& problems)
{
    m_feedback = problems;
    if (m_attempt >= MaxAttempts)
        return leaveToPerson(problems);
    write();
}

void Drafting::propose(const QString& reply, const QString& writer, const QString& reviewer)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    QStringList topics;
    for (auto it = m_in.topics.constBegin(); it != m_in.topics.constEnd(); ++it)
        topics.append(ReviewReading::topicName(it.key())
            + (it.value().toInt() < 0 ? u" (−)"_s : (it.value().toInt() > 0 ? u" (+)"_s : QString())));
    ApprovalDesk::Proposal p;
    p.agent = QString::fromLatin1(ReviewDesk::Name);
    p.actionType = ActionType::ReviewReply;
    p.productId = m_in.facts.id;
    p.title = QCoreApplication::translate("ReviewReply", "Reply to a %n-star review of %1", nullptr, m_in.rating)
                  .arg(m_in.facts.name);
    p.description = QCoreApplication::translate("ReviewReply",
        "A customer wrote: “%1”\n\nProposed reply: “%2”\n\nApproving records the reply; Quorum does not post replies "
        "to the store: paste it under the review there.")
                        .arg(m_in.text, reply);
    // The reviewer model's own words stay out: it writes in English, whatever the workspace's language.
    p.reasoning = QCoreApplication::translate("ReviewReply",
        "Written by %1 and approved by %2 (attempt %3 of %4). The rule checks passed: length, offers within the "
        "brand's list, every number from the facts or the review.")
                      .arg(writer, reviewer)
                      .arg(m_attempt)
                      .arg(MaxAttempts);
    if (!topics.isEmpty())
        p.reasoning += u" "_s
            + QCoreApplication::translate("ReviewReply", "The review is about: %1.").arg(topics.join(u", "_s));
    p.dataSources = {QCoreApplication::translate("ReviewReply", "review %1 in %2").arg(m_in.remoteId, m_in.store),
        QCoreApplication::translate("ReviewReply", "the facts of %1").arg(m_in.facts.name),
        QCoreApplication::translate("ReviewReply", "the brand profile (voice, what replies may offer)")};
    p.confidence = static_cast<double>(MaxAttempts - m_attempt + 1) / MaxAttempts;
    p.currency = m_in.facts.currency;
    p.parameters = QJsonObject{{u"review_id"_s, m_in.reviewId}, {u"product"_s, m_in.facts.name},
        {u"product_id"_s, m_in.facts.id}, {u"store"_s, m_in.store}, {u"rating"_s, m_in.rating},
        {u"review"_s, m_in.text}, {u"reply"_s, reply}, {u"attempts"_s, m_attempt}, {u"writer"_s, writer},
        {u"reviewer"_s, reviewer}};
    try {
        Transaction tx(db);
        const qint64 id = ApprovalDesk::propose(db, p, QString(), now);
        Sql::exec(db,
            u"UPDATE review_insights SET reply_state = 'proposed', reply_note = '', proposal_id = ? WHERE review_id = "
            u"?"_s,
            {id, m_in.reviewId});
        AgentRuns::record(db, p.agent, m_started, now,
            Agent::Outcome::done(
                QCoreApplication::translate("ReviewReply", "Proposed a reply to a review of %1.").arg(m_in.facts.name),
                1));
        if (!JobQueue::complete(db, m_job.id, m_ctx.owner(), {{u"proposal"_s, id}}, now))
            return end(JobOutcome::LostLease, {});
        tx.commit();
    } catch (const SqlError& e) {
        return fail(e.message(), ApiError::make(ErrorClass::Transient, e.message()));
    }
    if (EventBus* bus = m_ctx.bus()) {
        bus->publishChanged(EventBus::Topic::Proposals, {}, true);
        bus->publishChanged(EventBus::Topic::Agents);
    }
    end(JobOutcome::Done, p.title);
}

void Drafting::leaveToPerson(const QStringList& problems)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    const QString note = QCoreApplication::translate(
                             "ReviewReply", "No draft passed the checks in %n attempt(s): ", nullptr, m_attempt)
        + problems.join(u"; "_s);
    try {
        Transaction tx(db);
        Sql::exec(db, u"UPDATE review_insights SET reply_state = 'rejected', reply_note = ? WHERE review_id = ?"_s,
            {note, m_in.reviewId});
        AgentRuns::record(db, QString::fromLatin1(ReviewDesk::Name), m_started, now,
            Agent::Outcome::done(QCoreApplication::translate("ReviewReply", "A review of %1 is left to a person. %2")
                                     .arg(m_in.facts.name, note)));
        if (!JobQueue::complete(db, m_job.id, m_ctx.owner(), {{u"rejected"_s, true}}, now))
            return end(JobOutcome::LostLease, {});
        tx.commit();
    } catch (const SqlError& e) {
        return fail(e.message(), ApiError::make(ErrorClass::Transient, e.message()));
    }
    if (EventBus* bus = m_ctx.bus())
        bus->publishChanged(EventBus::Topic::Agents);
    end(JobOutcome::Done, note);
}

void Drafting::fail(const QString& reason, const ApiError& error, qint64 minDelayMs)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    JobOutcome outcome = JobOutcome::LostLease;
    try {
        Transaction tx(db);
        const JobQueue::FailOutcome f = minDelayMs > 0 || Healing::heals(error)
            ? JobQueue::wait(db, m_job.id, m_ctx.owner(), reason,
                std::max(minDelayMs, Healing::delayMs(m_job.waits, error, m_ctx.random01(), m_ctx.retryBaseMs())),
                Healing::giveUpAfterMs(db), now)
            : JobQueue::fail(db, m_job.id, m_ctx.owner(), reason, error.retryable(),
                JobQueue::backoffMs(m_job.attempts + 1, m_ctx.random01(), m_ctx.retryBaseMs()), now);
        if (f == JobQueue::FailOutcome::LostLease)
            return end(JobOutcome::LostLease, reason);
        if (f == JobQueue::FailOutcome::Dead)
            Sql::exec(db, u"UPDATE review_insights SET reply_state = 'failed', reply_note = ? WHERE review_id = ?"_s,
                {reason, m_in.reviewId > 0 ? m_in.reviewId : m_job.payload.value(u"review_id"_s).toInteger()});
        AgentRuns::recordFailure(db, QString::fromLatin1(ReviewDesk::Name), m_started, now, reason);
        tx.commit();
        outcome = f == JobQueue::FailOutcome::Dead ? JobOutcome::Dead : JobOutcome::Retrying;
    } catch (const SqlError& e) {
        qCWarning(lcAgents) << "cannot record the failed reply draft:" << e.message();
    }
    if (EventBus* bus = m_ctx.bus())
        bus->publishChanged(EventBus::Topic::Agents);
    end(outcome, reason);
}

void Drafting::giveBack(const QString& why)
{
    const QSqlDatabase db = m_ctx.db();
    try {
        Transaction tx(db);
        Sql::exec(db, u"UPDATE review_insights SET reply_state = '' WHERE review_id = ? AND reply_state = 'drafting'"_s,
            {m_job.payload.value(u"review_id"_s).toInteger()});
        if (!JobQueue::complete(db, m_job.id, m_ctx.owner(), {{u"skipped"_s, why}}, m_ctx.clock()->nowMs()))
            return end(JobOutcome::LostLease, {});
        tx.commit();
    } catch (const SqlError& e) {
        return end(JobOutcome::LostLease, e.message());
    }
    end(JobOutcome::Done, why);
}

void Drafting::end(JobOutcome outcome, const QString& summary)
{
    if (m_ended)
        return;
    m_ended = true;
    m_done(outcome, summary);
}

class Handler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        auto* drafting = new Drafting(ctx, job, std::move(done), PipelineJobs::llmFor(ctx));
        drafting->start();
        return drafting;
    }
};
} // namespace

QList<Problem> check(
    const QString& reply, const QString& factText, const QString& reviewText, const QStringList& offers)
{
    QList<Problem> out;
    static const QRegularExpression wordRe(u"[\\p{L}\\p{N}'’-]+"_s);
    int words = 0;
    for (auto it = wordRe.globalMatch(reply); it.hasNext(); it.next())
        ++words;
    if (words < MinWords || words > MaxWords)
        out.append({u"length"_s,
            QCoreApplication::translate("ReviewReply", "The reply has %n word(s); it needs %1 to %2.", nullptr, words)
                .arg(MinWords)
                .arg(MaxWords)});
    const QString lower = reply.toLower();
    const QString allowed = offers.join(u' ').toLower();
    for (const Offer& o : offerKinds()) {
        if (says(lower, o.words) && !says(allowed, o.words))
            out.append({u"offer"_s,
                QCoreApplication::translate(
                    "ReviewReply", "The reply offers %1, which the brand's replies may not offer.")
                    .arg(QCoreApplication::translate("ReviewReply", o.name))});
    }
    const QStringList known = numbersIn(factText) + numbersIn(reviewText) + numbersIn(offers.join(u' '));
    QStringList unknown;
    for (const QString& n : numbersIn(reply))
        if (!known.contains(n) && !unknown.contains(n))
            unknown.append(n);
    if (!unknown.isEmpty())
        out.append({u"number"_s,
            QCoreApplication::translate(
                "ReviewReply", "The reply states %1, which neither the product's facts, the review nor the offers say.")
                .arg(unknown.join(u", "_s))});
    return out;
}

QJsonObject writerSchema()
{
    return QJsonObject{{u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"reply"_s, QJsonObject{{u"type"_s, u"string"_s}, {u"minLength"_s, 20}}}}},
        {u"required"_s, QJsonArray{u"reply"_s}}, {u"additionalProperties"_s, false}};
}

QJsonObject reviewerSchema()
{
    return QJsonObject{{u"type"_s, u"object"_s},
        {u"properties"_s,
            QJsonObject{{u"approved"_s, QJsonObject{{u"type"_s, u"boolean"_s}}},
                {u"findings"_s,
                    QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
                {u"summary"_s, QJsonObject{{u"type"_s, u"string"_s}}}}},
        {u"required"_s, QJsonArray{u"approved"_s, u"findings"_s, u"summary"_s}}, {u"additionalProperties"_s, false}};
}

bool enqueue(const QSqlDatabase& db, qint64 reviewId, qint64 now)
{
    // One job per try: a review given back (budget, product) or queued again later gets a new one.
    JobQueue::NewJob job{Draft, reviewId, u"review-reply:%1:%2"_s.arg(reviewId).arg(now),
        QJsonObject{{u"review_id"_s, reviewId}}, 0, 5, 0, QString::fromLatin1(ReviewDesk::Name)};
    return JobQueue::enqueue(db, job, now).second;
}

void registerHandler(JobRegistry& registry)
{
    // Provider keys may live in the keychain: drafts wait until it has answered.
    registry.add(Draft, std::make_unique<Handler>(), JobRegistry::Secrets);
}

} // namespace ReviewReply
