#include "ActionExecutor.h"

#include "publishing/Publications.h"

#include "core/Money.h"
#include "pipeline/ContentStore.h"
#include "pipeline/ProductStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ActionExecutor
{

namespace
{
Result failed(const QString& error)
{
    return Result{false, false, error, {}};
}

std::optional<qint64> cents(const QJsonObject& params, const QString& key)
{
    return Money::parse(params.value(key).toVariant().toString());
}
} // namespace

Result execute(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, qint64 now)
{
    QJsonObject params = p.approvedParameters.isEmpty() ? p.effectiveParameters() : p.approvedParameters;
    const QString type = p.actionType;
    if (type == u"budget_change") {
        const auto amount = cents(params, u"amount"_s);
        const QString campaign = params.value(u"campaign"_s).toString();
        if (!amount)
            return failed(QCoreApplication::translate("ActionExecutor", "The approved budget is not an amount."));
        const int changed = Sql::update(db,
            u"UPDATE campaigns SET daily_budget_cents = ?, updated_at = ? WHERE name = ? OR external_id = ?"_s,
            {*amount, now, campaign, campaign});
        if (changed == 0)
            return failed(
                QCoreApplication::translate("ActionExecutor", "There is no campaign called “%1”.").arg(campaign));
        return Result{true, false, {}, params};
    }
    if (type == u"campaign_launch") {
        const auto budget = cents(params, u"daily_budget"_s);
        const QString platform = params.value(u"platform"_s).toString();
        QString name = params.value(u"name"_s).toString();
        if (name.isEmpty())
            name = QCoreApplication::translate("ActionExecutor", "%1 launch").arg(platform);
        const qint64 id = Sql::insert(db,
            u"INSERT INTO campaigns (name, platform, status, daily_budget_cents, currency, product_id, started_on, "
            u"created_at, updated_at) VALUES (?, ?, 'learning', ?, ?, ?, ?, ?, ?)"_s,
            {name, platform, budget.value_or(0), params.value(u"currency"_s).toString(p.currency),
                p.productId > 0 ? QVariant(p.productId) : QVariant(),
                QDateTime::fromMSecsSinceEpoch(now).date().toString(Qt::ISODate), now, now});
        params.insert(u"campaign_id"_s, id);
        return Result{true, false, {}, params};
    }
    if (type == u"price_change") {
        const auto price = cents(params, u"new_price"_s);
        const QString sku = params.value(u"sku"_s).toString();
        if (!price)
            return failed(QCoreApplication::translate("ActionExecutor", "The approved price is not an amount."));
        const int changed = Sql::update(
            db, u"UPDATE products SET price_cents = ?, updated_at = ? WHERE sku = ?"_s, {*price, now, sku});
        if (changed == 0)
            return failed(QCoreApplication::translate("ActionExecutor", "There is no product with SKU “%1”.").arg(sku));
        return Result{true, false, {}, params};
    }
    if (type == u"new_product") {
        ProductFacts f;
        f.name = params.value(u"name"_s).toString();
        f.category = params.value(u"category"_s).toString();
        f.priceCents = cents(params, u"price"_s).value_or(0);
        if (const auto c = cents(params, u"cost"_s))
            f.costCents = *c;
        f.currency = params.value(u"currency"_s).toString(p.currency);
        f.description = p.description;
        f.source = u"agent"_s;
        const auto problems = f.validate(ProductFacts::Origin::Import);
        if (!problems.isEmpty())
            return failed(problems.first().message);
        const qint64 id = ProductStore::create(db, f, p.agent, now);
        params.insert(u"product_id"_s, id);
        return Result{true, false, {}, params};
    }
    if (type == u"content_review") {
        // Approving a content review accepts the pieces as they are.
        if (p.productId <= 0)
            return failed(
                QCoreApplication::translate("ActionExecutor", "The product of this review no longer exists."));
        int accepted = 0;
        for (const ContentStore::Piece& piece : ContentStore::pieces(db, p.productId)) {
            if (piece.state != ContentStore::PieceState::Rejected || piece.currentVersionId <= 0)
                continue;
            Sql::exec(db,
                u"UPDATE content_pieces SET state = 'accepted', accepted_version_id = current_version_id, updated_at = "
                u"? "
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
                QCoreApplication::translate("ActionExecutor", "Content accepted as it is by a person"), p.decidedBy,
                now);
        params.insert(u"pieces_accepted"_s, accepted);
        return Result{true, false, {}, params};
    }
    if (type == u"publish_product" && params.value(u"site"_s).toInteger() > 0) {
        // A generated page without a product: a page job per WordPress site.
        QString why;
        QJsonArray ids;
        for (const Connections::Connection& c : Connections::all(db)) {
            if (c.kind == Connections::Kind::WordPress) {
                for (qint64 id :
                    Publications::queueSite(db, params.value(u"site"_s).toInteger(), c.id, false, now, &why))
                    ids.append(id);
            }
        }
        params.insert(u"publications"_s, ids);
        return Result{true, false, {}, params};
    }
    if (type == u"publish_product") {
        // Approval to publish: the product is approved; the publisher takes approved products.
        if (p.productId <= 0)
            return failed(QCoreApplication::translate("ActionExecutor", "The product no longer exists."));
        const ProductStage s = ProductStore::stage(db, p.productId);
        if (s != ProductStage::Approved && s != ProductStage::Published) {
            QString error;
            if (!ProductStore::transition(db, p.productId, ProductStage::Approved,
                    QCoreApplication::translate("ActionExecutor", "Approved for publishing"), p.decidedBy, now, &error))
                return failed(error);
        }
        // What runs: a publish job per connection, in this same transaction.
        QString why;
        const QList<qint64> queued = Publications::queueProduct(db, p.productId, false, now, &why);
        QJsonArray ids;
        for (qint64 id : queued)
            ids.append(id);
        params.insert(u"publications"_s, ids);
        if (queued.isEmpty())
            params.insert(u"note"_s, why);
        return Result{true, false, {}, params};
    }
    if (type == u"new_supplier" || type == u"new_market" || type == u"strategic_pivot" || type == u"refund") {
        params.insert(u"recorded"_s, true);
        params.insert(u"note"_s,
            QCoreApplication::translate("ActionExecutor",
                "Recorded as decided; carrying it out happens outside Quorum (supplier, market, books)."));
        return Result{true, false, {}, params};
    }
    return failed(QCoreApplication::translate("ActionExecutor", "Quorum does not know how to run “%1”.").arg(type));
}

} // namespace ActionExecutor
