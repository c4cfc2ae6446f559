#include "PieceGate.h"

#include "audit/AuditLog.h"

#include "ClaimReview.h"
#include "ContentChecks.h"
#include "ContentSpec.h"
#include "KnowledgeClaims.h"
#include "LockedText.h"
#include "PromptTemplates.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "llm/JsonSchema.h"
#include "llm/LlmClient.h"
#include "llm/ProviderStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace
{
// How many times a reviewer's unusable answer (not the piece's fault) is asked for again.
constexpr int kMaxReviewRetries = 2;

QString orNone(const QStringList& list)
{
    return list.isEmpty() ? u"none"_s : list.join(u"; "_s);
}
} // namespace

namespace
{
// The value stored under key, read once with read() the first time.
template <typename T, typename Read> T memo(QHash<QString, T>& cache, const QString& key, Read read)
{
    auto it = cache.constFind(key);
    if (it == cache.cend())
        it = cache.insert(key, read());
    return *it;
}
} // namespace

QList<ProviderConfig> GateContext::chain(const QString& purpose)
{
    return memo(m_chains, purpose, [&] { return ProviderStore::chain(db, purpose); });
}

std::optional<ProviderConfig> GateContext::provider(const QString& id)
{
    return memo(m_providers, id, [&] { return ProviderStore::find(db, id); });
}

PromptTemplates::Template GateContext::promptFor(const QString& name, qint64 pieceId, int runNo)
{
    const PromptTemplates::Trial trial = memo(m_trials, name,
        [&] { return PromptTemplates::hasRecord(name) ? PromptTemplates::trial(db, name) : PromptTemplates::Trial{}; });
    if (!trial.active())
        return prompt(name);
    return promptVersion(
        name, PromptTemplates::inVariantShare(name, pieceId, runNo, trial.sharePct) ? trial.variant : trial.control);
}

PromptTemplates::Template GateContext::promptVersion(const QString& name, int version)
{
    return memo(
        m_prompts, name + u'#' + QString::number(version), [&] { return PromptTemplates::version(db, name, version); });
}

QList<Knowledge::Passage> GateContext::knowledge(const QString& kind)
{
    return memo(m_knowledge, kind, [&] { return KnowledgeClaims::passagesFor(db, kind, facts); });
}

PromptTemplates::Template GateContext::prompt(const QString& name)
{
    return memo(m_prompts, name, [&] { return PromptTemplates::current(db, name); });
}

namespace
{
PieceGate::Kind contentKind(const QString& kind)
{
    PieceGate::Kind k;
    const ContentSpec::Piece* spec = ContentSpec::find(kind);
    k.domain = spec ? spec->domain : u"copy"_s;
    k.displayName = ContentSpec::displayName(kind);
    k.promptName = ContentSpec::promptName(kind);
    k.writerTemplate = u"writer."_s + kind;
    if (spec)
        k.schema = spec->schema;
    k.schemaName = u"product_"_s + kind;
    k.maxTokens = kind == u"description" || kind == u"blog" ? 4096 : 2048;
    k.render = [kind](const QJsonObject& body) { return ContentSpec::render(kind, body); };
    return k;
}
} // namespace

PieceGate::PieceGate(std::shared_ptr<GateContext> context, const ContentStore::Piece& piece, QObject* parent)
    : PieceGate(std::move(context), piece, contentKind(piece.kind), parent)
{ }

PieceGate::PieceGate(std::shared_ptr<GateContext> context, const ContentStore::Piece& piece, Kind kind, QObject* parent)
    : QObject(parent)
    , m_ctx(std::move(context))
    , m_piece(piece)
    , m_kind(std::move(kind))
{ }

void PieceGate::setInstruction(const QString& instruction, const QString& author)
{
    m_instruction = instruction.trimmed();
    m_instructionAuthor = author;
}

void PieceGate::setRecheck(qint64 versionId)
{
    m_recheckVersion = versionId;
}

void PieceGate::start(std::function<void()> onStep, std::function<void(const Result&)> onFinished)
{
    m_onStep = std::move(onStep);
    m_onFinished = std::move(onFinished);
    next();
}

void PieceGate::finish(Outcome outcome, const QString& reason, const ApiError& error, const QStringList& providers)
{
    if (m_done)
        return;
    m_done = true;
    if (m_onFinished)
        m_onFinished(Result{outcome, reason, error, providers});
}

QHash<QString, QString> PieceGate::variables(const ProductFacts& facts, const BrandProfile& brand,
    const GateSettings& gate, const QString& kind, int attempt, const QString& feedback, const QString& instruction)
{
    const ContentSpec::Piece* spec = ContentSpec::find(kind);
    QString words = u"as long as the schema allows"_s;
    if (spec && spec->minWords > 0)
        words = u"%1 to %2 words"_s.arg(spec->minWords).arg(spec->maxWords);
    return {{u"product_name"_s, facts.name}, {u"facts"_s, facts.promptBlock(brand)},
        {u"piece"_s, ContentSpec::promptName(kind)},
        {u"brand_voice"_s, facts.brandVoice.isEmpty() ? brand.voice : facts.brandVoice},
        {u"banned_words"_s, orNone(brand.bannedWords)}, {u"required_phrases"_s, orNone(brand.requiredPhrases)},
        {u"audience"_s, facts.audience.isEmpty() ? u"anyone who shops in this category"_s : facts.audience},
        {u"word_range"_s, words}, {u"feedback"_s, feedback}, {u"instruction"_s, instruction},
        {u"attempt"_s, QString::number(attempt)}, {u"thresholds"_s, gate.describe()}, {u"language"_s, brand.language},
        {u"knowledge"_s, QString()}};
}

QHash<QString, QString> PieceGate::promptVariables(
    int attempt, const QString& feedback, const QString& instruction) const
{
    QHash<QString, QString> vars
        = variables(m_ctx->facts, m_ctx->brand, m_ctx->gate, m_piece.kind, attempt, feedback, instruction);
    vars.insert(u"piece"_s, m_kind.promptName);
    if (!m_kind.checks) // a product's piece (a site's stages and sections bring their own variables)
        vars.insert(u"knowledge"_s, KnowledgeClaims::promptBlock(m_ctx->knowledge(m_piece.kind)));
    for (auto it = m_kind.variables.cbegin(); it != m_kind.variables.cend(); ++it)
        vars.insert(it.key(), it.value());
    return vars;
}

QString PieceGate::feedbackFrom(const QList<ContentStore::Validation>& validations, int attempt)
{
    QStringList lines;
    for (const ContentStore::Validation& v : validations) {
        // A passed review's problems count too: the attempt failed at a later step (the writer agreed
        // they are real).
        for (const QJsonValue& p : v.problems) {
            const QJsonObject o = p.toObject();
            QString line = u"- "_s;
            if (!o.value(u"where"_s).toString().isEmpty())
                line += u"["_s + o.value(u"where"_s).toString() + u"] "_s;
            line += o.value(u"issue"_s).toString();
            if (!o.value(u"fix"_s).toString().isEmpty())
                line += u" Fix: "_s + o.value(u"fix"_s).toString();
            lines.append(line);
        }
        if (v.passed)
            continue;
        if (v.stage == ContentStore::Stage::Review && v.problems.isEmpty() && !v.summary.isEmpty())
            lines.append(u"- "_s + v.summary);
        if (v.stage == ContentStore::Stage::Agreement && !v.summary.isEmpty())
            lines.append(u"- The writer's own verdict: "_s + v.summary);
        if (v.stage == ContentStore::Stage::Review) {
            QStringList low;
            for (auto it = v.scores.begin(); it != v.scores.end(); ++it)
                low.append(u"%1 %2"_s.arg(it.key()).arg(it.value().toInt()));
            if (!low.isEmpty())
                lines.append(u"- Reviewer scores: "_s + low.join(u", "_s));
        }
    }
    if (lines.isEmpty())
        return {};
    return u"Problems found in attempt %1; fix every one of them:\n"_s.arg(attempt) + lines.join(u'\n');
}

ContentStore::Validation PieceGate::checks(const ContentStore::Version& version)
{
    if (const auto stored
        = ContentStore::validation(m_ctx->db, version.id, ContentStore::Stage::Checks, *m_ctx->tables))
        return *stored;
    QJsonObject claims;
    QList<ContentChecks::Problem> problems = m_kind.checks
        ? m_kind.checks(version.json())
        : ContentChecks::run(
            m_piece.kind, version.json(), m_ctx->facts, m_ctx->brand, &claims, m_ctx->knowledge(m_piece.kind));
    // The skill's locked sections, from the template that wrote the version (a person's edit: the one in use).
    if (!m_kind.checks) {
        const PromptTemplates::Template skill = version.byPerson()
            ? m_ctx->prompt(m_kind.writerTemplate)
            : m_ctx->promptVersion(m_kind.writerTemplate, version.templateVersion); // 0: the shipped default
        problems += LockedText::check(LockedText::parse(skill.body).sections, version.json());
    }
    ContentStore::Validation v;
    v.scores = claims; // the claims one by one, for the detail view (Claims::Report::toJson)
    v.versionId = version.id;
    v.stage = ContentStore::Stage::Checks;
    v.passed = problems.isEmpty();
    v.problems = ContentChecks::toJson(problems);
    v.provider = u"quorum"_s;
    v.model = u"deterministic checks"_s;
    v.createdAt = m_ctx->clock->nowMs();
    const QList<Knowledge::Citation> cited
        = m_kind.checks ? QList<Knowledge::Citation>{} : KnowledgeClaims::citations(Claims::Report::fromJson(claims));
    if (m_kind.checks) { // a site's unit: no knowledge base
        ContentStore::storeValidation(m_ctx->db, v, *m_ctx->tables);
        return v;
    }
    // What the version states from the knowledge base (perhaps nothing now: a person's edit checked again), kept
    // with its verdict: stale when a document changes.
    Transaction tx(m_ctx->db, Transaction::Subject{Transaction::Subject::Product, m_ctx->facts.id});
    ContentStore::storeValidation(m_ctx->db, v, *m_ctx->tables);
    Knowledge::recordCitations(m_ctx->db, version.id, m_piece.id, cited);
    tx.commit();
    return v;
}

void PieceGate::next()
{
    if (m_done)
        return;
    if (m_ctx->stopRequested && m_ctx->stopRequested()) {
        finish(Outcome::Stopped, QCoreApplication::translate("PieceGate", "Stopped at a safe point."));
        return;
    }
    try {
        const auto current = ContentStore::piece(m_ctx->db, m_piece.id, *m_ctx->tables);
        if (!current) {
            finish(Outcome::Failed, QCoreApplication::translate("PieceGate", "The piece no longer exists."),
                ApiError::make(ErrorClass::InvalidRequest, u"piece deleted"_s));
            return;
        }
        m_piece = *current;
        if (m_piece.state == ContentStore::PieceState::Accepted) {
            finish(Outcome::Accepted, {});
            return;
        }
        if (m_recheckVersion > 0) {
            const auto v = ContentStore::version(m_ctx->db, m_recheckVersion, *m_ctx->tables);
            if (!v) {
                finish(Outcome::Failed,
                    QCoreApplication::translate("PieceGate", "The edited version no longer exists."),
                    ApiError::make(ErrorClass::InvalidRequest, u"version deleted"_s));
                return;
            }
            const ContentStore::Validation c = checks(*v);
            const auto r = ContentStore::validation(m_ctx->db, v->id, ContentStore::Stage::Review, *m_ctx->tables);
            if (!r) {
                review(*v);
                return;
            }
            if (c.passed && r->passed)
                accept(*v);
            else
                reject(*v, QCoreApplication::translate("PieceGate", "Your edit does not pass the checks yet."));
            return;
        }

        const QList<ContentStore::Version> run
            = ContentStore::runVersions(m_ctx->db, m_piece.id, m_piece.runNo, *m_ctx->tables);
        if (run.isEmpty()) {
            write(1);
            return;
        }
        const ContentStore::Version& v = run.last();
        bool failed = !v.valid;
        if (!failed) {
            const ContentStore::Validation c = checks(v);
            failed = !c.passed;
        }
        if (!failed) {
            const auto r = ContentStore::validation(m_ctx->db, v.id, ContentStore::Stage::Review, *m_ctx->tables);
            if (!r) {
                review(v);
                return;
            }
            failed = !r->passed;
            if (!failed && !r->problems.isEmpty()) {
                const auto a
                    = ContentStore::validation(m_ctx->db, v.id, ContentStore::Stage::Agreement, *m_ctx->tables);
                if (!a) {
                    agree(v, *r);
                    return;
                }
                failed = !a->passed;
            }
        }
        if (!failed) {
            accept(v);
            return;
        }
        if (v.attempt < m_ctx->gate.maxAttempts) {
            write(v.attempt + 1);
            return;
        }
        reject(v, rejectionReason(v));
    } catch (const SqlError& e) {
        finish(Outcome::Failed, e.message(), ApiError::make(ErrorClass::Transient, e.message()));
    }
}

void PieceGate::write(int attempt)
{
    if (m_kind.schema.isEmpty()) {
        finish(Outcome::Failed, u"unknown piece %1"_s.arg(m_piece.kind),
            ApiError::make(ErrorClass::InvalidRequest, m_piece.kind));
        return;
    }
    QString feedback;
    if (attempt > 1) {
        const auto previous = ContentStore::versionByKey(
            m_ctx->db, ContentStore::generationKey(m_piece.id, m_piece.runNo, attempt - 1), *m_ctx->tables);
        if (previous)
            feedback = feedbackFrom(ContentStore::validations(m_ctx->db, previous->id, *m_ctx->tables), attempt - 1);
    }
    const QString instruction = m_instruction.isEmpty()
        ? QString()
        : u"Instruction from %1 for this version: %2"_s.arg(
            m_instructionAuthor.isEmpty() ? u"the shop owner"_s : m_instructionAuthor, m_instruction);
    const auto system = m_ctx->prompt(u"writer.system"_s);
    const auto user = m_ctx->promptFor(m_kind.writerTemplate, m_piece.id, m_piece.runNo);
    const QHash<QString, QString> vars = promptVariables(attempt, feedback, instruction);

    LlmRequest request;
    request.purpose = u"write:"_s + m_kind.domain;
    request.system = PromptTemplates::render(system.body, vars);
    request.addUser(PromptTemplates::render(user.body, vars));
    request.schema = m_kind.schema;
    request.schemaName = m_kind.schemaName;
    request.temperature = attempt == 1 ? 0.7 : 0.5;
    request.maxTokens = m_kind.maxTokens;
    request.productId = m_ctx->facts.id;
    request.jobId = m_ctx->jobId;

    Sql::exec(m_ctx->db,
        u"UPDATE "_s + m_ctx->tables->pieces + u" SET state = 'writing', attempts = ?, updated_at = ? WHERE id = ?"_s,
        {attempt, m_ctx->clock->nowMs(), m_piece.id});
    const QList<ProviderConfig> chain = m_ctx->chain(request.purpose);
    const int templateVersion = user.version;
    m_ctx->llm->complete(chain, request, this, [this, attempt, templateVersion](const LlmResult& r) {
        if (!r.ok() && r.error.cls != ErrorClass::SchemaMismatch) {
            finish(Outcome::Failed,
                QCoreApplication::translate("PieceGate", "Writing %1 failed: %2")
                    .arg(m_kind.displayName, r.error.message),
                r.error, r.providersTried);
            return;
        }
        try {
            const qint64 now = m_ctx->clock->nowMs();
            ContentStore::Version v;
            v.pieceId = m_piece.id;
            v.runNo = m_piece.runNo;
            v.attempt = attempt;
            v.author = u"model"_s;
            v.provider = r.provider;
            v.model = r.model;
            v.templateVersion = templateVersion;
            v.instruction = m_instruction;
            v.valid = r.ok();
            v.body = r.ok() ? QString::fromUtf8(Json::canonical(r.json.toObject())) : r.text;
            v.createdAt = now;
            Transaction tx(m_ctx->db, Transaction::Subject{Transaction::Subject::Product, m_ctx->facts.id});
            v.id = ContentStore::insertVersion(
                m_ctx->db, v, ContentStore::generationKey(m_piece.id, m_piece.runNo, attempt), *m_ctx->tables);
            if (!r.ok()) {
                ContentStore::Validation schema;
                schema.versionId = v.id;
                schema.stage = ContentStore::Stage::Schema;
                schema.passed = false;
                schema.problems = QJsonArray{QJsonObject{{u"code"_s, u"schema"_s}, {u"severity"_s, u"major"_s},
                    {u"where"_s, u"$"_s}, {u"issue"_s, r.error.message}}};
                schema.provider = r.provider;
                schema.model = r.model;
                schema.createdAt = now;
                ContentStore::storeValidation(m_ctx->db, schema, *m_ctx->tables);
            }
            Sql::exec(m_ctx->db,
                u"UPDATE "_s + m_ctx->tables->pieces
                    + u" SET current_version_id = ?, state = 'reviewing', updated_at = ? WHERE id = ?"_s,
                {v.id, now, m_piece.id});
            // Another provider stood in: said where it happened (the Activity log), never silent.
            if (!r.fallbacks.isEmpty())
                AuditLog::append(m_ctx->db, now, u"pipeline"_s, u"llm.fallback"_s, u"product:%1"_s.arg(m_ctx->facts.id),
                    QJsonObject{{u"title"_s, m_ctx->facts.name},
                        {u"note"_s, QString(r.fallbacks.join(u"; "_s) + u" → "_s + r.provider)},
                        {u"piece"_s, m_piece.kind}});
            tx.commit();
        } catch (const SqlError& e) {
            finish(Outcome::Failed, e.message(), ApiError::make(ErrorClass::Transient, e.message()));
            return;
        }
        if (m_onStep)
            m_onStep();
        next();
    });
}

QList<ProviderConfig> PieceGate::reviewers(const QString& writerProvider) const
{
    // Two different models must agree: the writer's own model never reviews its work.
    // When the writer was a fallback (the reviewer's own provider, say), the writers it stood in for
    // review instead, so a writer's fallback never leaves the piece without an independent reviewer.
    const auto writer = m_ctx->provider(writerProvider);
    QList<ProviderConfig> out;
    auto add = [&](const QList<ProviderConfig>& chain) {
        for (const ProviderConfig& c : chain) {
            if (writer && (c.id == writer->id || c.endpointKey() == writer->endpointKey()))
                continue;
            const bool known = std::any_of(out.cbegin(), out.cend(),
                [&](const ProviderConfig& o) { return o.id == c.id || o.endpointKey() == c.endpointKey(); });
            if (!known)
                out.append(c);
        }
    };
    add(m_ctx->chain(u"review:"_s + domain()));
    add(m_ctx->chain(u"write:"_s + domain()));
    return out;
}

void PieceGate::review(const ContentStore::Version& version)
{
    QList<ProviderConfig> chain = reviewers(version.provider);
    // One model for everything, allowed on purpose by an owner: it reviews its own work.
    const bool selfReview = chain.isEmpty() && m_ctx->gate.allowSelfReview;
    if (selfReview)
        chain = m_ctx->chain(u"review:"_s + domain());
    if (chain.isEmpty()) {
        finish(Outcome::Failed,
            QCoreApplication::translate("PieceGate",
                "No reviewer is configured for %1 that differs from the writer. Two different models must agree: set a "
                "reviewer in Settings → Providers, or allow one model to review its own work there.")
                .arg(domain()),
            ApiError::make(ErrorClass::InvalidRequest, u"no independent reviewer"_s));
        return;
    }
    QHash<QString, QString> vars = promptVariables(std::max(1, version.attempt), {}, {});
    vars.insert(u"piece_text"_s, m_kind.render ? m_kind.render(version.json()) : Json::compact(version.json()));
    // A product's piece: every sentence a claim the reviewer must give a verdict on, with a citation.
    QList<ClaimReview::Item> claims;
    if (!m_kind.checks) {
        const auto checked
            = ContentStore::validation(m_ctx->db, version.id, ContentStore::Stage::Checks, *m_ctx->tables);
        claims = ClaimReview::items(
            version.json(), Claims::Report::fromJson(checked ? checked->scores : QJsonObject()), m_piece.kind);
    }
    vars.insert(u"claims"_s, ClaimReview::promptBlock(claims));
    QJsonObject schema = ContentSpec::reviewSchema();
    if (!claims.isEmpty())
        schema = JsonSchema::withProperty(schema, u"claims"_s, ClaimReview::answerSchema());
    // About 45 tokens a verdict, within what every provider's models answer with.
    LlmRequest request = verdictRequest(u"review:"_s, u"reviewer.system"_s, u"reviewer.review"_s, vars, schema,
        u"content_review"_s, std::min(4000, 1500 + 45 * static_cast<int>(claims.size())));
    // An owner's own review prompt without the list still gets it: the gate's promise does not rest on a template.
    if (!claims.isEmpty()
        && !PromptTemplates::variablesIn(m_ctx->prompt(u"reviewer.review"_s).body).contains(u"claims"_s))
        request.messages.last().content += u"\n\n"_s + vars.value(u"claims"_s);
    const ContentStore::Version v = version;
    m_ctx->llm->complete(chain, request, this, [this, v, selfReview, claims](const LlmResult& r) {
        if (verdictCallFailed(r))
            return;
        const QJsonObject answer = r.json.toObject();
        ContentStore::Validation val;
        val.versionId = v.id;
        val.stage = ContentStore::Stage::Review;
        val.scores = answer.value(u"scores"_s).toObject();
        val.problems = answer.value(u"problems"_s).toArray();
        val.summary = answer.value(u"summary"_s).toString();
        bool claimsFail = false;
        if (!claims.isEmpty()) {
            const ClaimReview::Result judged = ClaimReview::apply(claims, answer.value(u"claims"_s).toArray(),
                ClaimReview::sources(m_ctx->facts.promptFacts(m_ctx->brand), m_ctx->knowledge(m_piece.kind)));
            val.claims = judged.toJson();
            // What fails the piece joins the reviewer's problems (the writer's feedback); a minor note stays with
            // the verdicts, so it does not call for the writer's answer on its own.
            for (const ContentChecks::Problem& p : judged.problems) {
                if (p.severity != u"minor")
                    val.problems.append(p.toJson());
            }
            claimsFail = judged.failed();
        }
        // Whoever reads the verdict must know no second model looked.
        if (selfReview)
            val.summary
                = QCoreApplication::translate("PieceGate", "Reviewed by the model that wrote it (one-model setup). %1")
                      .arg(val.summary);
        val.passed = m_ctx->gate.failing(val.scores).isEmpty() && !claimsFail;
        storeVerdict(val, r);
    });
}

void PieceGate::agree(const ContentStore::Version& version, const ContentStore::Validation& review)
{
    const auto writer = m_ctx->provider(version.provider);
    QList<ProviderConfig> chain;
    if (writer)
        chain.append(*writer);
    else
        chain = m_ctx->chain(u"write:"_s + domain());
    QHash<QString, QString> vars = promptVariables(version.attempt, {}, {});
    vars.insert(u"piece_text"_s, m_kind.render ? m_kind.render(version.json()) : Json::compact(version.json()));
    vars.insert(u"review"_s,
        QString::fromUtf8(QJsonDocument(
            QJsonObject{{u"scores"_s, review.scores}, {u"problems"_s, review.problems}, {u"summary"_s, review.summary}})
                              .toJson(QJsonDocument::Indented)));
    const LlmRequest request = verdictRequest(u"agree:"_s, u"writer.system"_s, u"writer.agreement"_s, vars,
        ContentSpec::agreementSchema(), u"agreement"_s, 400);
    const qint64 versionId = version.id;
    m_ctx->llm->complete(chain, request, this, [this, versionId](const LlmResult& r) {
        if (verdictCallFailed(r))
            return;
        const QJsonObject answer = r.json.toObject();
        ContentStore::Validation val;
        val.versionId = versionId;
        val.stage = ContentStore::Stage::Agreement;
        val.passed = answer.value(u"agree"_s).toBool();
        val.summary = answer.value(u"reason"_s).toString();
        storeVerdict(val, r);
    });
}

LlmRequest PieceGate::verdictRequest(const QString& role, const QString& systemTemplate, const QString& userTemplate,
    const QHash<QString, QString>& vars, const QJsonObject& schema, const QString& schemaName, int maxTokens) const
{
    LlmRequest request;
    request.purpose = role + domain();
    request.system = PromptTemplates::render(m_ctx->prompt(systemTemplate).body, vars);
    request.addUser(PromptTemplates::render(m_ctx->prompt(userTemplate).body, vars));
    request.schema = schema;
    request.schemaName = schemaName;
    request.temperature = 0.2; // judging, not writing
    request.maxTokens = maxTokens;
    request.productId = m_ctx->facts.id;
    request.jobId = m_ctx->jobId;
    return request;
}

bool PieceGate::verdictCallFailed(const LlmResult& r)
{
    if (r.ok())
        return false;
    // A verdict that does not match its schema is the judge's fault, not the piece's: ask again.
    if (r.error.cls == ErrorClass::SchemaMismatch && m_reviewRetries++ < kMaxReviewRetries) {
        next();
        return true;
    }
    finish(Outcome::Failed,
        QCoreApplication::translate("PieceGate", "Reviewing %1 failed: %2").arg(m_kind.displayName, r.error.message),
        r.error, r.providersTried);
    return true;
}

void PieceGate::storeVerdict(ContentStore::Validation verdict, const LlmResult& r)
{
    verdict.provider = r.provider;
    verdict.model = r.model;
    verdict.createdAt = m_ctx->clock->nowMs();
    try {
        ContentStore::storeValidation(m_ctx->db, verdict, *m_ctx->tables);
    } catch (const SqlError& e) {
        finish(Outcome::Failed, e.message(), ApiError::make(ErrorClass::Transient, e.message()));
        return;
    }
    if (m_onStep)
        m_onStep();
    next();
}

QString PieceGate::rejectionReason(const ContentStore::Version& version) const
{
    QString reason = QCoreApplication::translate("PieceGate", "%1 failed the agreement gate %2 times.")
                         .arg(m_kind.displayName)
                         .arg(version.attempt);
    // The last attempt's first problem tells a person where to look.
    for (const ContentStore::Validation& v : ContentStore::validations(m_ctx->db, version.id, *m_ctx->tables)) {
        if (v.passed && v.stage != ContentStore::Stage::Review)
            continue;
        QString detail = v.problems.isEmpty() ? QString() : v.problems.first().toObject().value(u"issue"_s).toString();
        if (detail.isEmpty() && !v.passed)
            detail = v.summary;
        if (!detail.isEmpty())
            return QCoreApplication::translate("PieceGate", "%1 Last problem: %2").arg(reason, detail);
    }
    return reason;
}

void PieceGate::accept(const ContentStore::Version& version)
{
    Sql::exec(m_ctx->db,
        u"UPDATE "_s + m_ctx->tables->pieces
            + u" SET state = 'accepted', accepted_version_id = ?, current_version_id = ?, last_error = '', "
              u"updated_at = ? WHERE id = ?"_s,
        {version.id, version.id, m_ctx->clock->nowMs(), m_piece.id});
    finish(Outcome::Accepted, {});
}

void PieceGate::reject(const ContentStore::Version& version, const QString& reason)
{
    // The last version a person can read stays current; a schema-broken answer is not one.
    qint64 current = version.id;
    if (!version.valid) {
        const QVariant readable = Sql::scalar(m_ctx->db,
            u"SELECT id FROM "_s + m_ctx->tables->versions
                + u" WHERE piece_id = ? AND valid = 1 ORDER BY version_no DESC LIMIT 1"_s,
            {m_piece.id});
        if (readable.isValid())
            current = readable.toLongLong();
    }
    Sql::exec(m_ctx->db,
        u"UPDATE "_s + m_ctx->tables->pieces
            + u" SET state = 'rejected', current_version_id = ?, last_error = ?, updated_at = ? WHERE id = ?"_s,
        {current, reason, m_ctx->clock->nowMs(), m_piece.id});
    finish(Outcome::Rejected, reason);
}
