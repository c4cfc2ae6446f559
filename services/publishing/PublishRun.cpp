#include "PublishRun.h"

#include "PublishJobs.h"
#include "StructuredData.h"
#include "audit/AuditLog.h"
#include "commerce/ShopifyClient.h"
#include "commerce/WooCommerceClient.h"
#include "commerce/WordPressClient.h"
#include "core/Clock.h"
#include "core/HtmlText.h"
#include "core/Json.h"
#include "core/Log.h"
#include "core/Money.h"
#include "core/SiteRenderer.h"
#include "pipeline/ProductStore.h"
#include "resilience/ApiRuntime.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

PublishRun::PublishRun(const Env& env, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_env(env)
    , m_job(job)
    , m_unpublish(job.payload.value(u"unpublish"_s).toBool())
    , m_preview(job.kind == PublishJobs::Preview.key())
{ }

void PublishRun::start(std::function<void(Outcome, const QString&)> onFinished)
{
    m_onFinished = std::move(onFinished);
    if (m_env.stopRequested && m_env.stopRequested()) {
        finish(Outcome::Released, {});
        return;
    }
    QString why;
    bool retryable = false;
    try {
        if (!prepare(&why, &retryable)) {
            fail(why, retryable);
            return;
        }
    } catch (const SqlError& e) {
        fail(e.message(), true);
        return;
    }
    switch (m_connection.kind) {
    case Connections::Kind::WooCommerce:
        publishWoo();
        break;
    case Connections::Kind::Shopify:
        publishShopify();
        break;
    case Connections::Kind::WordPress:
        publishWordPress();
        break;
    case Connections::Kind::MetaAds:
        fail(QCoreApplication::translate("PublishRun", "An ad account is not a place to publish products to."), false);
        break;
    }
}

bool PublishRun::prepare(QString* why, bool* retryable)
{
    if (m_preview) {
        // Reading a store for the approver: the product and the store, no publication yet.
        m_publication.productId = m_job.subjectId;
        m_publication.connectionId = m_job.payload.value(u"connection"_s).toInteger();
        m_publication.target = Publications::Product;
        if (const auto existing = Publications::find(
                m_env.db, m_publication.productId, m_publication.connectionId, QString(Publications::Product)))
            m_publication = *existing;
        const auto connection = Connections::find(m_env.db, m_publication.connectionId);
        if (!connection) {
            *why = QCoreApplication::translate("PublishRun", "The connection was removed.");
            return false;
        }
        m_connection = *connection;
        const auto facts = ProductFacts::load(m_env.db, m_publication.productId);
        if (!facts) {
            *why = QCoreApplication::translate("PublishRun", "The product no longer exists.");
            return false;
        }
        m_facts = *facts;
        m_content = PublishPayloads::load(m_env.db, m_publication.productId);
        *retryable = true;
        return true;
    }
    const auto publication = Publications::load(m_env.db, m_job.subjectId);
    if (!publication) {
        *why = QCoreApplication::translate("PublishRun", "The publication no longer exists.");
        return false;
    }
    m_publication = *publication;
    const auto connection = Connections::find(m_env.db, m_publication.connectionId);
    if (!connection) {
        *why = QCoreApplication::translate("PublishRun", "The connection was removed.");
        return false;
    }
    m_connection = *connection;
    // Only approved work is published: checked here, at the moment of writing.
    if (!m_unpublish) {
        const bool approved = m_publication.siteId > 0
            ? Publications::siteApproved(m_env.db, m_publication.siteId, why)
            : Publications::productApproved(m_env.db, m_publication.productId, why);
        if (!approved)
            return false;
    }
    qint64 productId = m_publication.productId;
    if (m_publication.siteId > 0) {
        QSqlQuery q = Sql::exec(m_env.db,
            u"SELECT s.title, s.name, s.html_path, COALESCE(s.product_id, 0), p.html FROM sites s LEFT JOIN site_pages "
            u"p "
            u"ON p.site_id = s.id AND p.version = s.page_version WHERE s.id = ?"_s,
            {m_publication.siteId});
        if (!q.next()) {
            *why = QCoreApplication::translate("PublishRun", "The site no longer exists.");
            return false;
        }
        m_siteTitle = q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString();
        m_siteSlug = PublishPayloads::slugify(q.value(1).toString());
        const QString path = q.value(2).toString();
        productId = q.value(3).toLongLong();
        // A generated site's approved page is stored with its version; an older site's is a file.
        m_siteHtml = q.value(4).toString();
        // A generated site's page is its own, whatever it is called: two sites about one product (or a site and
        // the product's own landing page) never share a WordPress page.
        if (!m_siteHtml.isEmpty())
            m_siteSlug += u'-' + QString::number(m_publication.siteId);
        // The product a generated page was written about: its images go to the media library with the page.
        if (productId == 0 && !m_siteHtml.isEmpty()) {
            const qint64 source = Sql::scalar(
                m_env.db, u"SELECT COALESCE(source_product_id, 0) FROM sites WHERE id = ?"_s, {m_publication.siteId})
                                      .toLongLong();
            if (const auto facts = source > 0 ? ProductFacts::load(m_env.db, source) : std::nullopt)
                m_facts = *facts;
            else {
                m_facts = pageImagesOnly(m_publication.siteId, m_siteHtml);
                m_imagesByPath = true;
            }
        }
        if (m_siteHtml.isEmpty()) {
            QFile file(QFileInfo(path).isAbsolute() ? path : QDir(m_env.workspaceRoot).filePath(path));
            if (!file.open(QIODevice::ReadOnly)) {
                *why = QCoreApplication::translate("PublishRun", "The site's page %1 cannot be read.")
                           .arg(file.fileName());
                return false;
            }
            m_siteHtml = QString::fromUtf8(file.readAll());
        }
    }
    if (productId > 0) {
        const auto facts = ProductFacts::load(m_env.db, productId);
        if (!facts) {
            *why = QCoreApplication::translate("PublishRun", "The product no longer exists.");
            return false;
        }
        m_facts = *facts;
        m_content = PublishPayloads::load(m_env.db, productId);
        if (m_publication.siteId == 0 && m_publication.target == Publications::Page)
            buildLandingPage();
        if (!m_unpublish && m_publication.siteId == 0 && !m_content.complete()) {
            *why = QCoreApplication::translate("PublishRun", "The product has no accepted description and SEO yet.");
            return false;
        }
    }
    *retryable = true;
    return true;
}

void PublishRun::buildLandingPage()
{
    // A product without a generated site still gets its landing page, from its accepted content.
    SiteRenderer::Page page;
    page.shop = Settings::value(m_env.db, u"workspace.name"_s);
    // Words only: SiteRenderer escapes them, so a model's or an import's markup would show as tags.
    page.title = HtmlText::plain(m_content.description.value(u"headline"_s).toString(m_facts.name));
    page.tagline = HtmlText::plain(m_content.seo.value(u"meta_description"_s).toString());
    page.palette = {u"#2F3E46"_s, u"#F4F1EA"_s, u"#C08552"_s};
    page.productName = HtmlText::plain(m_facts.name);
    page.description = HtmlText::plain(m_content.description.value(u"body"_s).toString().section(u"\n\n"_s, 0, 0));
    page.price = Money::format(m_facts.priceCents, m_facts.currency);
    page.cta = QCoreApplication::translate("PublishRun", "Buy now");
    page.headExtra = structuredData();
    m_siteTitle = page.title;
    m_siteSlug = PublishPayloads::productSlug(m_facts, m_content);
    m_siteHtml = SiteRenderer::render(page);
}

QString PublishRun::structuredData() const
{
    // The product as the landing page and the blog post name it: its headline and the first paragraph
    // of its accepted description, words only.
    return StructuredData::scriptTag(StructuredData::product(m_facts,
        HtmlText::plain(m_content.description.value(u"headline"_s).toString(m_facts.name)),
        HtmlText::plain(m_content.description.value(u"body"_s).toString().section(u"\n\n"_s, 0, 0)), {},
        StructuredData::rating(m_env.db, m_facts)));
}

QString PublishRun::secret(const QString& field, QString* error) const
{
    QString e;
    const auto value = m_env.runtime->secrets()->resolveFor(Connections::secretRef(m_connection.id, field),
        QUrl(m_connection.url), Connections::secretPrefix(m_connection.id), &e);
    if (!value) {
        // At start the keychain may still be loading the secrets; the job tries again later.
        *error = QCoreApplication::translate("PublishRun", "The %1 of %2 is not available: %3")
                     .arg(Connections::secretFieldLabel(field), m_connection.name, e);
        return {};
    }
    return *value;
}

WordPressClient* PublishRun::wordPressClient(const Connections::Connection& c, QString* error)
{
    QString e;
    const auto password = m_env.runtime->secrets()->resolveFor(
        Connections::secretRef(c.id, u"app_password"_s), QUrl(c.url), Connections::secretPrefix(c.id), &e);
    if (!password) {
        *error = QCoreApplication::translate("PublishRun", "The application password of %1 is not available: %2")
                     .arg(c.name, e);
        return nullptr;
    }
    return new WordPressClient(m_env.caller, m_env.runtime, {QUrl(c.url), c.account, *password, {}}, this);
}

ProductFacts PublishRun::pageImagesOnly(qint64 siteId, const QString& html)
{
    // A page about several products (a collection, the whole shop) shows some of their pictures: the workspace's
    // ones it shows, in the page's order (fixed for its version), go to the media library under the site's name.
    static const QRegularExpression img(
        u"<img\\b[^>]*\\ssrc=([\"'])([^\"']+)\\1"_s, QRegularExpression::CaseInsensitiveOption);
    ProductFacts f;
    f.sku = u"site-%1"_s.arg(siteId);
    for (auto it = img.globalMatch(html); it.hasNext();) {
        const QString src = it.next().captured(2);
        if (!src.contains(u"://"_s) && !f.images.contains(src))
            f.images.append(src);
    }
    return f;
}

void PublishRun::uploadImages(
    WordPressClient* wp, int index, QList<qint64> ids, std::function<void(const ApiError&, const QList<qint64>&)> done)
{
    // Only local images go to the media library; addresses from an import are already online.
    while (index < m_facts.images.size()
        && (m_facts.images.at(index).contains(u"://"_s)
            || (!m_pageImages.isEmpty() && !m_pageImages.contains(m_facts.images.at(index)))))
        ++index;
    if (index >= m_facts.images.size()) {
        done(ApiError::none(), ids);
        return;
    }
    // A page about several products names each photo after its file (which product's it is does not follow its
    // place on the page, which a new version or the best sellers can change); a product's by its place.
    const QString& path = m_facts.images.at(index);
    const QString slug = m_imagesByPath
        ? m_facts.sku + u'-' + PublishPayloads::slugify(QFileInfo(path).completeBaseName()).left(40) + u'-'
            + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(8))
        : PublishPayloads::mediaSlug(m_facts, index);
    // What an earlier publish uploaded is reused by its id: WordPress renames a file whose name is
    // taken, so the slug alone does not always find it.
    const qint64 known = !m_imagesByPath && m_publication.media.size() > ids.size()
        ? m_publication.media.at(ids.size()).toInteger()
        : 0;
    if (known > 0) {
        wp->get(u"media"_s, known, this,
            [this, wp, index, ids, done, known](const ApiError& e, const QJsonObject& item) mutable {
                if (!e.isError() && item.value(u"id"_s).toInteger() == known) {
                    ids.append(known);
                    m_mediaUrls.insert(m_facts.images.at(index), item.value(u"source_url"_s).toString());
                    uploadImages(wp, index + 1, ids, done);
                    return;
                }
                if (e.isError() && e.cls != ErrorClass::NotFound) {
                    done(e, {});
                    return;
                }
                m_publication.media = QJsonArray(); // gone: look it up or upload it again
                uploadImages(wp, index, ids, done);
            });
        return;
    }
    wp->findMediaBySlug(
        slug, this, [this, wp, index, ids, done, slug](const ApiError& e, const QJsonObject& found) mutable {
            if (e.isError()) {
                done(e, {});
                return;
            }
            if (found.value(u"id"_s).toInteger() > 0) {
                ids.append(found.value(u"id"_s).toInteger());
                m_mediaUrls.insert(m_facts.images.at(index), found.value(u"source_url"_s).toString());
                uploadImages(wp, index + 1, ids, done);
                return;
            }
            QFile file(QDir(m_env.workspaceRoot).filePath(m_facts.images.at(index)));
            if (!file.open(QIODevice::ReadOnly)) {
                done(
                    ApiError::make(ErrorClass::InvalidRequest,
                        QCoreApplication::translate("PublishRun", "The image %1 cannot be read.").arg(file.fileName())),
                    {});
                return;
            }
            const QString suffix = QFileInfo(file.fileName()).suffix().toLower();
            const QByteArray mime = QMimeDatabase().mimeTypeForFile(file.fileName()).name().toLatin1();
            wp->uploadMedia(file.readAll(), slug + u'.' + suffix, mime, this,
                [this, wp, index, ids, done](const ApiError& e2, const QJsonObject& media) mutable {
                    if (e2.isError()) {
                        done(e2, {});
                        return;
                    }
                    ids.append(media.value(u"id"_s).toInteger());
                    m_mediaUrls.insert(m_facts.images.at(index), media.value(u"source_url"_s).toString());
                    uploadImages(wp, index + 1, ids, done);
                });
        });
}

void PublishRun::succeed(const QString& externalId, const QString& url, const QString& status, const QString& hash,
    const QJsonArray& givenMedia)
{
    // A generated page's photos are kept with it, so the next publish finds them by id.
    const QJsonArray media = givenMedia.isEmpty() ? m_pageMedia : givenMedia;
    const qint64 now = m_env.clock->nowMs();
    try {
        Transaction tx(m_env.db, Transaction::Durable);
        Sql::exec(m_env.db,
            u"UPDATE publications SET external_id = ?, url = ?, status = ?, content_hash = ?, media = ?, error = ?, "
            u"fingerprint = ?, published_at = CASE WHEN ? = 'published' THEN ? ELSE published_at END, updated_at = ? "
            u"WHERE id = ?"_s,
            {externalId, url, status, hash, Json::compact(media), m_notice,
                m_fingerprint.isEmpty() ? QString() : Json::compact(m_fingerprint), status, now, now,
                m_publication.id});
        if (m_publication.siteId > 0 && status == u"published")
            Sql::exec(m_env.db, u"UPDATE sites SET status = 'published', url = ?, updated_at = ? WHERE id = ?"_s,
                {url, now, m_publication.siteId});
        if (m_publication.productId > 0) {
            const ProductStage stage = ProductStore::stage(m_env.db, m_publication.productId);
            QString ignored;
            if (status == u"published" && (stage == ProductStage::Approved || stage == ProductStage::Publishing)) {
                const QString reason
                    = QCoreApplication::translate("PublishRun", "Published to %1").arg(m_connection.name);
                if (stage == ProductStage::Approved)
                    ProductStore::transition(m_env.db, m_publication.productId, ProductStage::Publishing, reason,
                        u"publisher"_s, now, &ignored);
                ProductStore::transition(
                    m_env.db, m_publication.productId, ProductStage::Published, reason, u"publisher"_s, now, &ignored);
            } else if (status == u"draft" && stage == ProductStage::Published
                && Sql::scalar(m_env.db,
                       u"SELECT COUNT(*) FROM publications WHERE product_id = ? AND status = 'published'"_s,
                       {m_publication.productId})
                        .toInt()
                    == 0) {
                // Taken down everywhere: approved still, no longer published.
                ProductStore::transition(m_env.db, m_publication.productId, ProductStage::Approved,
                    m_keptOffline ? QCoreApplication::translate("PublishRun", "Not live on %1: kept as set there")
                                        .arg(m_connection.name)
                                  : QCoreApplication::translate("PublishRun", "Unpublished"),
                    u"publisher"_s, now, &ignored);
            }
        }
        markProposals({}, now);
        if (status == u"published" && m_publication.productId > 0 && !m_preview && m_env.afterPublished) {
            // What follows a publish must not undo the record of it: its own part rolls back alone.
            try {
                m_env.afterPublished(m_env.db, now);
            } catch (const SqlError& e) {
                qCWarning(lcPipeline) << "after publishing" << m_publication.id << "could not queue:" << e.message();
            }
        }
        for (const auto& [variantId, remoteId] : std::as_const(m_links))
            Sql::exec(m_env.db,
                u"INSERT INTO variant_links (variant_id, connection_id, remote_id) VALUES (?, ?, ?) "
                u"ON CONFLICT (variant_id, connection_id) DO UPDATE SET remote_id = excluded.remote_id"_s,
                {variantId, m_connection.id, remoteId});
        AuditLog::append(m_env.db, now, u"publisher"_s,
            status == u"published" || m_keptOffline ? u"publication.published"_s : u"publication.unpublished"_s,
            u"publication:%1"_s.arg(m_publication.id),
            QJsonObject{{u"title"_s, m_publication.siteId > 0 ? m_siteTitle : m_facts.name},
                {u"connection"_s, m_connection.name}, {u"target"_s, m_publication.target},
                {u"external_id"_s, externalId}, {u"url"_s, url}, {u"note"_s, m_notice}});
        if (!JobQueue::complete(m_env.db, m_job.id, m_env.owner, QJsonObject{{u"external_id"_s, externalId}}, now)) {
            finish(Outcome::LostLease, {});
            return; // rolled back: the new owner of the job looks it up and finds it
        }
        tx.commit();
    } catch (const SqlError& e) {
        finish(Outcome::LostLease, e.message());
        return;
    }
    qCInfo(lcPipeline) << "published publication" << m_publication.id << "to" << m_connection.name << "as" << externalId
                       << status;
    finish(Outcome::Done, {});
}

void PublishRun::markProposals(const QString& error, qint64 now)
{
    // The approved proposals this publication carries out (a publish, a price change) show what became
    // of it: the store's refusal, cleared again when a retry gets through.
    Sql::exec(m_env.db,
        u"UPDATE action_proposals SET execution_error = ?, updated_at = ? WHERE product_id = ? AND execution_state = "
        u"'done' AND execution_error <> ? AND EXISTS (SELECT 1 FROM json_each(executed_parameters, '$.publications') "
        u"WHERE value = ?)"_s,
        {error, now, m_publication.productId, error, m_publication.id});
}

void PublishRun::failWith(const ApiError& error)
{
    // An ambiguous failure is retried too: the next attempt looks up before it writes.
    const bool retryable = error.retryable() || error.cls == ErrorClass::Timeout || error.cls == ErrorClass::Unreachable
        || error.cls == ErrorClass::CircuitOpen;
    fail(error.message.isEmpty() ? error.toString() : error.message, retryable);
}

void PublishRun::fail(const QString& message, bool retryable)
{
    const qint64 now = m_env.clock->nowMs();
    try {
        Transaction tx(m_env.db, Transaction::Durable);
        const auto outcome = JobQueue::fail(m_env.db, m_job.id, m_env.owner, message, retryable,
            JobQueue::backoffMs(m_job.attempts + 1, 0.5, m_env.retryBaseMs), now);
        if (outcome == JobQueue::FailOutcome::LostLease) {
            finish(Outcome::LostLease, message);
            return;
        }
        const bool dead = outcome == JobQueue::FailOutcome::Dead;
        if (m_preview) {
            // The approver sees why the store could not be read (and the publish reads it again).
            if (m_connection.id > 0)
                Publications::saveStorePreview(m_env.db, m_job.subjectId, m_connection.id, {}, message, now);
            tx.commit();
            finish(dead ? Outcome::Dead : Outcome::Retrying, message);
            return;
        }
        Sql::exec(m_env.db,
            u"UPDATE publications SET status = CASE WHEN ? THEN 'failed' ELSE status END, error = ?, "
            u"updated_at = ? WHERE id = ?"_s,
            {dead, message, now, m_publication.id > 0 ? m_publication.id : m_job.subjectId});
        if (dead)
            markProposals(QCoreApplication::translate("PublishRun", "Publishing to %1 failed: %2")
                              .arg(m_connection.name, message),
                now);
        if (dead)
            AuditLog::append(m_env.db, now, u"publisher"_s, u"publication.failed"_s,
                u"publication:%1"_s.arg(m_job.subjectId),
                QJsonObject{{u"title"_s, m_facts.name}, {u"connection"_s, m_connection.name}, {u"note"_s, message}});
        tx.commit();
        qCWarning(lcPipeline) << "publishing" << m_job.subjectId << (dead ? "failed:" : "will retry:") << message;
        finish(dead ? Outcome::Dead : Outcome::Retrying, message);
    } catch (const SqlError& e) {
        finish(Outcome::LostLease, e.message());
    }
}

void PublishRun::finish(Outcome outcome, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    if (outcome == Outcome::Released) {
        try {
            JobQueue::release(m_env.db, m_job.id, m_env.owner, m_env.clock->nowMs());
        } catch (const SqlError& e) {
            // The lease runs out and the job is claimed again.
            qCWarning(lcPublish) << "cannot give back publish job" << m_job.id << ":" << e.message();
        }
    }
    m_onFinished(outcome, summary);
}
