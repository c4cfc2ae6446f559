// PublishRun for the stores (WooCommerce, Shopify): find the product the store already has, read
// it whole, and write only what StoreMerge says Quorum has new to say.
#include "PublishRun.h"

#include "commerce/ShopifyClient.h"
#include "commerce/WooCommerceClient.h"
#include "commerce/WordPressClient.h"
#include "core/Clock.h"
#include "core/HtmlText.h"
#include "core/Json.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
// An item a batch answered 200 for but refused.
ApiError firstItemError(const WooCommerceClient::BatchResult& result)
{
    return result.itemErrors.isEmpty() ? ApiError::none() : std::get<2>(result.itemErrors.first());
}
} // namespace

void PublishRun::publishWoo()
{
    QString error;
    const QString key = secret(u"consumer_key"_s, &error);
    const QString secretValue = key.isEmpty() ? QString() : secret(u"consumer_secret"_s, &error);
    if (!error.isEmpty()) {
        fail(error, true);
        return;
    }
    auto* woo
        = new WooCommerceClient(m_env.caller, m_env.runtime, {QUrl(m_connection.url), key, secretValue, false}, this);
    locateWoo(woo, [this, woo](const ApiError& e, const QJsonObject& found) {
        if (e.isError()) {
            failWith(e);
            return;
        }
        const qint64 existing = found.value(u"id"_s).toInteger();
        if (m_unpublish) {
            if (existing == 0 || found.value(u"status"_s).toString() == u"draft") {
                succeed(existing > 0 ? QString::number(existing) : QString(), found.value(u"permalink"_s).toString(),
                    u"draft"_s, m_publication.contentHash, m_publication.media);
                return;
            }
            woo->updateProduct(existing, QJsonObject{{u"status"_s, u"draft"_s}}, this,
                [this](const ApiError& e2, const QJsonObject& p) {
                    if (e2.isError())
                        failWith(e2);
                    else
                        succeed(QString::number(p.value(u"id"_s).toInteger()), p.value(u"permalink"_s).toString(),
                            u"draft"_s, m_publication.contentHash, m_publication.media);
                });
            return;
        }
        mergeWoo(woo, found);
    });
}

void PublishRun::locateWoo(WooCommerceClient* woo, std::function<void(const ApiError&, const QJsonObject&)> done)
{
    // The product this store knows as Quorum's: the one an earlier publish wrote, the one the
    // export came from (when its SKU agrees: another store may use the same id), else by SKU.
    const auto bySku = [this, woo, done] { woo->findBySku(PublishPayloads::sku(m_facts), this, done); };
    const auto byId = [this, woo, done, bySku](qint64 id, bool checkSku) {
        woo->getProduct(id, this, [this, done, bySku, checkSku](const ApiError& e, const QJsonObject& p) {
            if (e.cls == ErrorClass::NotFound || (!e.isError() && p.value(u"status"_s).toString() == u"trash")) {
                bySku();
                return;
            }
            if (e.isError()) {
                done(e, {});
                return;
            }
            const bool same = !checkSku
                || (!m_facts.sku.isEmpty() ? p.value(u"sku"_s).toString() == m_facts.sku
                                           : HtmlText::plain(p.value(u"name"_s).toString()) == m_facts.name);
            if (same)
                done({}, p);
            else
                bySku();
        });
    };
    if (!m_publication.externalId.isEmpty() && m_publication.externalId.toLongLong() > 0)
        byId(m_publication.externalId.toLongLong(), false);
    else if (m_facts.listing.storePlatform == u"woocommerce" && m_facts.listing.storeId.toLongLong() > 0)
        byId(m_facts.listing.storeId.toLongLong(), true);
    else
        bySku();
}

void PublishRun::mergeWoo(WooCommerceClient* woo, const QJsonObject& product)
{
    const auto withVariations = [this, woo, product](const QList<QJsonObject>& variations) {
        const StoreMerge::Product store = StoreMerge::fromWoo(product, variations);
        if (m_preview) {
            QList<qint64> known;
            for (const QJsonValue& id : std::as_const(m_publication.media))
                known.append(id.toInteger());
            previewDone(StoreMerge::woo(store, m_facts, m_content, 0, known));
            return;
        }
        const auto withMedia = [this, woo, store](qint64 categoryId) {
            QString wpError;
            WordPressClient* wp = nullptr;
            if (m_connection.mediaSite > 0 && !m_facts.images.isEmpty()) {
                if (const auto site = Connections::find(m_env.db, m_connection.mediaSite))
                    wp = wordPressClient(*site, &wpError);
            }
            if (!wpError.isEmpty()) {
                fail(wpError, true);
                return;
            }
            if (!wp) {
                writeWoo(woo, store, categoryId, {});
                return;
            }
            uploadImages(wp, 0, {}, [this, woo, store, categoryId](const ApiError& e, const QList<qint64>& ids) {
                if (e.isError())
                    failWith(e);
                else
                    writeWoo(woo, store, categoryId, ids);
            });
        };
        const QString category = PublishPayloads::wooCategory(m_facts);
        if (category.isEmpty()) {
            withMedia(0);
            return;
        }
        woo->ensureCategory(category, this, [this, withMedia](const ApiError& e, qint64 categoryId) {
            if (e.isError())
                failWith(e);
            else
                withMedia(categoryId);
        });
    };
    if (product.value(u"type"_s).toString() != u"variable") {
        withVariations({});
        return;
    }
    woo->variations(product.value(u"id"_s).toInteger(), this,
        [this, withVariations](const ApiError& e, const QList<QJsonObject>& variations) {
            if (e.isError())
                failWith(e);
            else
                withVariations(variations);
        });
}

void PublishRun::writeWoo(
    WooCommerceClient* woo, const StoreMerge::Product& store, qint64 categoryId, const QList<qint64>& media)
{
    const StoreMerge::Plan plan = StoreMerge::woo(store, m_facts, m_content, categoryId, media);
    QJsonArray mediaJson;
    for (qint64 id : media)
        mediaJson.append(id);
    const QString hash = plan.writes() ? PublishPayloads::hash(plan.product) : m_publication.contentHash;
    setLinks(plan.links);
    const auto finishWith = [this, hash, mediaJson](const QJsonObject& p) {
        succeed(QString::number(p.value(u"id"_s).toInteger()), p.value(u"permalink"_s).toString(), u"published"_s, hash,
            mediaJson);
    };
    if (plan.create) {
        woo->createProduct(plan.product, this, [this, woo, plan, finishWith](const ApiError& e, const QJsonObject& p) {
            // A duplicate SKU means an earlier attempt (or the shop owner) made it after all: merge
            // into that one instead of writing over it.
            const qint64 duplicate = WooCommerceClient::duplicateResourceId(e);
            if (duplicate > 0 && !m_retriedCreate) {
                m_retriedCreate = true;
                woo->getProduct(duplicate, this, [this, woo](const ApiError& e2, const QJsonObject& found) {
                    if (e2.isError())
                        failWith(e2);
                    else
                        mergeWoo(woo, found);
                });
                return;
            }
            if (e.isError()) {
                failWith(e);
                return;
            }
            if (plan.variationsCreate.isEmpty()) {
                finishWith(p);
                return;
            }
            woo->batchVariations(p.value(u"id"_s).toInteger(), plan.variationsCreate, {}, this,
                [this, p, finishWith](const ApiError& e2, const WooCommerceClient::BatchResult& result) {
                    const ApiError itemError = e2.isError() ? e2 : firstItemError(result);
                    if (itemError.isError()) {
                        failWith(itemError);
                        return;
                    }
                    // The variations come back in the order they were sent: the facts' order.
                    QList<std::pair<qint64, QString>> links;
                    for (qsizetype i = 0; i < result.created.size() && i < m_facts.variants.size(); ++i) {
                        if (m_facts.variants.at(i).id > 0)
                            links.append({m_facts.variants.at(i).id,
                                QString::number(result.created.at(i).toObject().value(u"id"_s).toInteger())});
                    }
                    setLinks(links);
                    finishWith(p);
                });
        });
        return;
    }
    const qint64 id = store.id.toLongLong();
    const auto variations = [this, woo, id, plan, finishWith](const QJsonObject& p) {
        if (plan.variationsUpdate.isEmpty()) {
            finishWith(p);
            return;
        }
        woo->batchVariations(id, {}, plan.variationsUpdate, this,
            [this, p, finishWith](const ApiError& e, const WooCommerceClient::BatchResult& result) {
                const ApiError itemError = e.isError() ? e : firstItemError(result);
                if (itemError.isError())
                    failWith(itemError);
                else
                    finishWith(p);
            });
    };
    if (plan.product.isEmpty()) {
        // Nothing new for the product itself: it is not written (the store stays as it is).
        variations(QJsonObject{{u"id"_s, id}, {u"permalink"_s, m_publication.url}});
        return;
    }
    woo->updateProduct(id, plan.product, this, [this, variations](const ApiError& e, const QJsonObject& p) {
        if (e.isError())
            failWith(e);
        else
            variations(p);
    });
}

void PublishRun::publishShopify()
{
    QString error;
    const QString token = secret(u"access_token"_s, &error);
    if (!error.isEmpty()) {
        fail(error, true);
        return;
    }
    ShopifyClient::Config config;
    config.accessToken = token;
    config.apiVersion = m_connection.apiVersion.isEmpty() ? config.apiVersion : m_connection.apiVersion;
    if (m_connection.url.startsWith(u"http"_s)) // a shop behind a full address (the sandbox, a proxy)
        config.endpoint = QUrl(m_connection.url + u"/admin/api/%1/graphql.json"_s.arg(config.apiVersion));
    else
        config.shopDomain = m_connection.url;
    auto* shopify = new ShopifyClient(m_env.caller, m_env.runtime, config, this);
    // The store's own handle for an imported product (a generated one would make a second product
    // beside it); Quorum's slug for one it made.
    const QString handle = m_facts.listing.storePlatform == u"shopify" && !m_facts.handle.isEmpty()
        ? m_facts.handle
        : PublishPayloads::productSlug(m_facts, m_content);
    const auto byHandle = [this, shopify, handle] {
        shopify->productForMerge(
            QJsonObject{{u"handle"_s, handle}}, this, [this, shopify, handle](const ApiError& e, const QJsonObject& p) {
                if (e.isError())
                    failWith(e);
                else
                    mergeShopify(shopify, p, handle);
            });
    };
    if (!m_publication.externalId.startsWith(u"gid://"_s)) {
        byHandle();
        return;
    }
    // What an earlier publish made, by its id: its handle may have been changed in the store since.
    shopify->productForMerge(QJsonObject{{u"id"_s, m_publication.externalId}}, this,
        [this, shopify, handle, byHandle](const ApiError& e, const QJsonObject& p) {
            if (e.isError() && e.cls != ErrorClass::NotFound)
                failWith(e);
            else if (p.value(u"id"_s).toString().isEmpty())
                byHandle(); // deleted in the store
            else
                mergeShopify(shopify, p, handle);
        });
}

void PublishRun::mergeShopify(ShopifyClient* shopify, const QJsonObject& product, const QString& handle)
{
    const StoreMerge::Product store = StoreMerge::fromShopify(product);
    if (m_unpublish) {
        if (!store.exists() || store.status == u"draft") {
            succeed(store.id, m_publication.url, u"draft"_s, m_publication.contentHash);
            return;
        }
        shopify->setStatus(store.id, u"DRAFT"_s, this, [this](const ApiError& e, const QJsonObject& p) {
            if (e.isError())
                failWith(e);
            else
                succeed(p.value(u"id"_s).toString(), m_publication.url, u"draft"_s, m_publication.contentHash);
        });
        return;
    }
    const StoreMerge::Plan plan = StoreMerge::shopify(store, m_facts, m_content, handle);
    if (m_preview) {
        previewDone(plan);
        return;
    }
    setLinks(plan.links);
    if (!plan.writes()) {
        succeed(store.id, product.value(u"onlineStoreUrl"_s).toString(), u"published"_s, m_publication.contentHash);
        return;
    }
    const QString hash = PublishPayloads::hash(plan.product);
    // A new product is an upsert by handle (a retry updates what the first attempt made); an existing
    // one is updated by its id.
    const QJsonObject identifier = plan.create ? QJsonObject{{u"handle"_s, handle}} : QJsonObject{{u"id"_s, store.id}};
    shopify->productSet(identifier, plan.product, this,
        [this, hash, handle, created = plan.create](const ApiError& e, const QJsonObject& p) {
            if (e.isError()) {
                failWith(e);
                return;
            }
            if (created)
                setLinks(StoreMerge::shopify(StoreMerge::fromShopify(p), m_facts, m_content, handle).links);
            succeed(p.value(u"id"_s).toString(), p.value(u"onlineStoreUrl"_s).toString(), u"published"_s, hash);
        });
}

void PublishRun::previewDone(const StoreMerge::Plan& plan)
{
    const qint64 now = m_env.clock->nowMs();
    try {
        Transaction tx(m_env.db);
        Publications::saveStorePreview(m_env.db, m_publication.productId, m_connection.id, plan.toJson(), {}, now);
        if (!JobQueue::complete(m_env.db, m_job.id, m_env.owner, {}, now)) {
            finish(Outcome::LostLease, {});
            return;
        }
        tx.commit();
    } catch (const SqlError& e) {
        finish(Outcome::LostLease, e.message());
        return;
    }
    finish(Outcome::Done, {});
}
