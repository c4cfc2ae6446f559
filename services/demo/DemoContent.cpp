#include "DemoContent.h"

#include "core/Json.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/ClaimReview.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/ContentStore.h"
#include "pipeline/KnowledgeClaims.h"
#include "pipeline/ProductStage.h"
#include "pipeline/ProductStore.h"
#include "sandbox/ClaimVerdicts.h"
#include "sandbox/ContentGenerator.h"
#include "storage/Sql.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace DemoContent
{

namespace
{

constexpr qint64 kMinute = 60'000;

// What the reviewer said about the demo's pieces, in the demo's language.
struct ReviewTexts
{
    QString passed;
    QString failed;
    QString issue;
    QString fix;
};

const ReviewTexts& reviewTexts(const QString& language)
{
    static const ReviewTexts english{u"Clear, accurate and on brand."_s,
        u"Accurate, but flat: the opening does not say why it matters."_s,
        u"The opening repeats the product name instead of saying what it does for the buyer."_s,
        u"Open with the benefit; name the product in the second sentence."_s};
    static const ReviewTexts dutch{u"Helder, juist en helemaal in de stem van het merk."_s,
        u"Juist, maar vlak: de opening zegt niet waarom het ertoe doet."_s,
        u"De opening herhaalt de productnaam in plaats van te zeggen wat het product voor de koper doet."_s,
        u"Begin met het voordeel; noem het product in de tweede zin."_s};
    return language == u"nl" ? dutch : english;
}

struct Writer
{
    const QSqlDatabase& db;
    ProductFacts facts;
    BrandProfile brand;
    ContentGenerator generator;
    ContentGenerator::Facts generatorFacts;
    QString prompt;
    qint64 at = 0;
    int quality = 92;
    int seo = 90;
    QString language;

    QJsonObject write(const QString& kind, quint64 seed, bool wrongFacts)
    {
        ContentGenerator::Options o;
        o.wrongFacts = wrongFacts;
        // The writer reads the knowledge base's passages for the piece, as PieceGate gives them.
        const QString withKnowledge
            = prompt + u"\n\n"_s + KnowledgeClaims::promptBlock(KnowledgeClaims::passagesFor(db, kind, facts));
        return generator.generate(ContentSpec::find(kind)->schema, generatorFacts, withKnowledge, seed, o).toObject();
    }

    // One version with its verdicts; passed decides the reviewer's scores.
    qint64 store(const ContentStore::Piece& piece, int attempt, const QJsonObject& body, bool reviewPasses)
    {
        ContentStore::Version v;
        v.pieceId = piece.id;
        v.runNo = 1;
        v.attempt = attempt;
        v.author = u"model"_s;
        v.body = QString::fromUtf8(Json::canonical(body));
        v.provider = u"sandbox-writer"_s;
        v.model = u"sandbox-writer-1"_s;
        v.createdAt = at;
        const qint64 id = ContentStore::insertVersion(db, v, ContentStore::generationKey(piece.id, 1, attempt));
        ContentStore::Validation checks;
        const QList<Knowledge::Passage> passages = KnowledgeClaims::passagesFor(db, piece.kind, facts);
        const auto problems = ContentChecks::run(piece.kind, body, facts, brand, &checks.scores, passages);
        checks.versionId = id;
        checks.stage = ContentStore::Stage::Checks;
        checks.passed = problems.isEmpty();
        checks.problems = ContentChecks::toJson(problems);
        checks.provider = u"quorum"_s;
        checks.model = u"deterministic checks"_s;
        checks.createdAt = at + kMinute / 4;
        ContentStore::storeValidation(db, checks);
        Knowledge::recordCitations(
            db, id, piece.id, KnowledgeClaims::citations(Claims::Report::fromJson(checks.scores)));
        if (!checks.passed)
            return id; // a hard fail is never sent to the reviewer
        ContentStore::Validation review;
        review.versionId = id;
        review.stage = ContentStore::Stage::Review;
        const int q = reviewPasses ? std::max(90, quality - (attempt % 3)) : 78 + attempt;
        const int s = reviewPasses ? std::max(85, seo - static_cast<int>(piece.id % 3)) : 81;
        review.scores = QJsonObject{{u"quality"_s, q}, {u"seo"_s, s}, {u"brand_voice"_s, reviewPasses ? 93 : 84},
            {u"factual_accuracy"_s, reviewPasses ? 97 : 92}, {u"compliance"_s, 98}};
        // The sandbox reviewer's verdict on each claim, from the list the gate would give it.
        const QList<ClaimReview::Item> items
            = ClaimReview::items(body, Claims::Report::fromJson(checks.scores), piece.kind);
        const ClaimReview::Result judged = ClaimReview::apply(items,
            ClaimVerdicts::judge(prompt + u"\n\n"_s + KnowledgeClaims::promptBlock(passages) + u"\n\n"_s
                    + ClaimReview::promptBlock(items),
                {}),
            ClaimReview::sources(facts.promptFacts(brand), passages));
        review.claims = judged.toJson();
        review.passed = reviewPasses && !judged.failed();
        const ReviewTexts& says = reviewTexts(language);
        review.summary = reviewPasses ? says.passed : says.failed;
        if (!reviewPasses)
            review.problems = QJsonArray{QJsonObject{{u"severity"_s, u"major"_s}, {u"where"_s, u"opening"_s},
                {u"issue"_s, says.issue}, {u"fix"_s, says.fix}}};
        for (const QJsonValue& problem : ContentChecks::toJson(judged.problems))
            review.problems.append(problem);
        review.provider = u"sandbox-reviewer"_s;
        review.model = u"sandbox-reviewer-1"_s;
        review.createdAt = at + kMinute / 2;
        ContentStore::storeValidation(db, review);
        return id;
    }
};

} // namespace

void seed(const QSqlDatabase& db, qint64 productId, const Story& story, qint64 now)
{
    const ProductStage stage = ProductStore::stage(db, productId);
    ContentStore::ensurePieces(db, productId, now);
    if (stage == ProductStage::Draft)
        return;
    if (stage == ProductStage::Enhancing || stage == ProductStage::Validating) {
        // Still being written: the pipeline picks these up when the demo opens.
        QString skipped;
        ProductStore::queueRun(db, productId, now, &skipped);
        return;
    }
    Writer w{db, *ProductFacts::load(db, productId), BrandProfile::load(db), {}, {}, {}, now - 3 * 60 * kMinute,
        story.quality > 0 ? story.quality : 92, story.seo > 0 ? story.seo : 90, story.language};
    w.prompt = w.facts.promptBlock(w.brand);
    w.generatorFacts = ContentGenerator::factsFromPrompt(w.prompt);
    w.generatorFacts.language = story.language;
    const bool needsPerson = stage == ProductStage::NeedsReview || stage == ProductStage::Escalated;
    const bool providerFailed = stage == ProductStage::Failed && story.providerFailed;
    const QString rejected
        = needsPerson ? (story.rejectedPiece.isEmpty() ? u"description"_s : story.rejectedPiece) : QString();
    const bool wrongFacts = story.wrongFacts;
    const QString& stageReason = story.stageReason;
    int index = 0;
    for (const ContentStore::Piece& piece : ContentStore::pieces(db, productId)) {
        const quint64 seed = static_cast<quint64>(productId) * 131 + static_cast<quint64>(index++);
        Sql::exec(db, u"UPDATE content_pieces SET run_no = 1 WHERE id = ?"_s, {piece.id});
        if (providerFailed && index > 4) {
            Sql::exec(db, u"UPDATE content_pieces SET state = 'failed', last_error = ?, attempts = 1 WHERE id = ?"_s,
                {stageReason, piece.id});
            continue;
        }
        if (piece.kind == rejected) {
            qint64 last = 0;
            for (int attempt = 1; attempt <= 3; ++attempt) {
                w.at += kMinute;
                last = w.store(piece, attempt, w.write(piece.kind, seed + attempt, wrongFacts), false);
            }
            Sql::exec(db,
                u"UPDATE content_pieces SET state = 'rejected', attempts = 3, current_version_id = ?, last_error = ? "
                u"WHERE id = ?"_s,
                {last, stageReason, piece.id});
            continue;
        }
        w.at += kMinute;
        const qint64 id = w.store(piece, 1, w.write(piece.kind, seed, false), true);
        Sql::exec(db,
            u"UPDATE content_pieces SET state = 'accepted', attempts = 1, current_version_id = ?, accepted_version_id "
            u"= ? "
            u"WHERE id = ?"_s,
            {id, id, piece.id});
    }
}

} // namespace DemoContent
