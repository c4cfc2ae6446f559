#include "PipelineEffects.h"

#include "ContentStore.h"
#include "ProductStore.h"
#include "approvals/ActionEffects.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PipelineEffects
{

namespace
{
using Result = ActionEffects::Result;

// Approving a content review accepts the pieces as they are.
Result acceptContent(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    if (p.productId <= 0)
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "The product of this review no longer exists."));
    int accepted = 0;
    for (const ContentStore::Piece& piece : ContentStore::pieces(db, p.productId)) {
        if (piece.state != ContentStore::PieceState::Rejected || piece.currentVersionId <= 0)
            continue;
        Sql::exec(db,
            u"UPDATE content_pieces SET state = 'accepted', accepted_version_id = current_version_id, updated_at = ? "
            u"WHERE id = ?"_s,
            {now, piece.id});
        ++accepted;
    }
    const bool allAccepted = Sql::scalar(db,
        u"SELECT NOT EXISTS (SELECT 1 FROM content_pieces WHERE product_id = ? AND state <> 'accepted')"_s,
        {p.productId})
                                 .toBool();
    if (allAccepted && ProductStore::stage(db, p.productId) == ProductStage::NeedsReview)
        ProductStore::transition(db, p.productId, ProductStage::Ready,
            QCoreApplication::translate("ActionExecutor", "Content accepted as it is by a person"), p.decidedBy, now);
    params.insert(u"pieces_accepted"_s, accepted);
    return Result::done(params);
}

// Rejected content is written again, with the reason as the writer's instruction.
void rewriteContent(
    const QSqlDatabase& db, const ApprovalDesk::Proposal& p, const QString& reason, const QString& actor, qint64 now)
{
    if (p.productId <= 0)
        return;
    for (const ContentStore::Piece& piece : ContentStore::pieces(db, p.productId)) {
        if (piece.state != ContentStore::PieceState::Rejected)
            continue;
        QString skipped;
        ProductStore::queuePieceRun(db, p.productId, piece.kind, reason, actor, now, &skipped);
    }
}

Result addProduct(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    ProductFacts f;
    f.name = params.value(u"name"_s).toString();
    f.category = params.value(u"category"_s).toString();
    f.priceCents = ActionEffects::amount(params, u"price"_s).value_or(0);
    if (const auto c = ActionEffects::amount(params, u"cost"_s))
        f.costCents = *c;
    f.currency = params.value(u"currency"_s).toString(p.currency);
    f.description = p.description;
    f.source = u"agent"_s;
    const auto problems = f.validate(ProductFacts::Origin::Import);
    if (!problems.isEmpty())
        return Result::failed(problems.first().message);
    params.insert(u"product_id"_s, ProductStore::create(db, f, p.agent, now));
    return Result::done(params);
}
} // namespace

void registerAll(ActionEffects& effects)
{
    effects.add(ActionType::ContentReview, &acceptContent, &rewriteContent);
    effects.add(ActionType::NewProduct, &addProduct);
}

} // namespace PipelineEffects
