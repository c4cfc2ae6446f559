#pragma once

#include "Connections.h"
#include "PostMerge.h"
#include "Publications.h"
#include "PublishPayloads.h"
#include "StoreMerge.h"
#include "jobs/JobHandler.h"
#include "jobs/JobQueue.h"
#include "resilience/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>

class ApiCaller;
class ApiRuntime;
class Clock;
class ShopifyClient;
class WooCommerceClient;
class WordPressClient;

// One claimed "publish" job: puts one product (or site) on one connection, or takes it down to a
// draft. Exactly once, whatever happens: before creating it looks the resource up by its
// deterministic key (SKU, handle, slug) and updates what it finds; a duplicate error reconciles to
// the existing resource; an ambiguous failure (a timeout after the server may have written) is not
// retried blindly, the next attempt looks up first. The approval and the emergency stop are checked
// here, by the worker, not only by the UI. The publication row and the job's completion commit
// together, fenced by the lease.
class PublishRun final : public QObject
{
    Q_OBJECT
public:
    struct Env
    {
        QSqlDatabase db;
        ApiCaller* caller = nullptr;
        ApiRuntime* runtime = nullptr;
        const Clock* clock = nullptr;
        QString owner;
        QString workspaceRoot;
        std::function<bool()> stopRequested;
        qint64 retryBaseMs = 15'000;
        std::function<void(const QSqlDatabase&, qint64)> afterPublished; // a product is in a store (PublishJobs)
    };
    using Outcome = JobOutcome;

    PublishRun(const Env& env, const JobQueue::Job& job, QObject* parent = nullptr);
    void start(std::function<void(Outcome, const QString&)> onFinished);
    qint64 productId() const { return m_publication.productId; }

private:
    bool prepare(QString* why, bool* retryable);
    QString secret(const QString& field, QString* error) const;
    void buildLandingPage();
    // The product's schema.org JSON-LD script for the landing page and the blog post.
    QString structuredData() const;
    // PublishRunStores.cpp: WooCommerce and Shopify products, read and merged before writing.
    void publishWoo();
    void locateWoo(WooCommerceClient* woo, std::function<void(const ApiError&, const QJsonObject&)> done);
    void mergeWoo(WooCommerceClient* woo, const QJsonObject& product);
    void writeWoo(
        WooCommerceClient* woo, const StoreMerge::Product& store, qint64 categoryId, const QList<qint64>& media);
    void publishShopify();
    void mergeShopify(ShopifyClient* shopify, const QJsonObject& product, const QString& handle);
    // A preview ends here: the plan is kept for the approver, nothing is written to the store.
    void previewDone(const StoreMerge::Plan& plan);
    // PublishRunWordPress.cpp: posts and pages, read and merged (PostMerge) before writing.
    void publishWordPress();
    void mergeWordPress(WordPressClient* wp, const QString& collection, QJsonObject payload);
    void finishWordPress(
        const PostMerge::Plan& plan, const QJsonObject& payload, const QJsonObject& item, const QString& hash);
    // The facts a page about several products publishes with: only the workspace images it shows.
    static ProductFacts pageImagesOnly(qint64 siteId, const QString& html);
    void uploadImages(WordPressClient* wp, int index, QList<qint64> ids,
        std::function<void(const ApiError&, const QList<qint64>&)> done);
    WordPressClient* wordPressClient(const Connections::Connection& c, QString* error);
    void succeed(const QString& externalId, const QString& url, const QString& status, const QString& hash,
        const QJsonArray& media = {});
    // The store's ids of the variants Quorum knows, kept with the publication.
    void setLinks(const QList<std::pair<qint64, QString>>& links) { m_links = links; }
    void markProposals(const QString& error, qint64 now);
    void failWith(const ApiError& error);
    void fail(const QString& message, bool retryable);
    void finish(Outcome outcome, const QString& summary);

    Env m_env;
    JobQueue::Job m_job;
    bool m_unpublish = false;
    bool m_preview = false;
    bool m_retriedCreate = false;
    QList<std::pair<qint64, QString>> m_links;
    Publications::Publication m_publication;
    Connections::Connection m_connection;
    ProductFacts m_facts;
    PublishPayloads::Content m_content;
    QString m_siteTitle;
    QString m_siteSlug;
    QString m_siteHtml;
    QHash<QString, QString> m_mediaUrls; // a local image's path -> its address in the WordPress media library
    QStringList m_pageImages;            // a generated page: the local images it shows (only those are uploaded)
    QJsonArray m_pageMedia;              // their media ids, kept with the publication (found again by id)
    bool m_imagesByPath = false;         // a page about several products: its photos named by their files
    QString m_notice;                    // kept with a published publication: what was left as the store has it
    QJsonObject m_fingerprint;           // WordPress: what the item holds after this write
    bool m_keptOffline = false;          // WordPress: published, but a person set the item private, a draft, scheduled
    bool m_scriptsStripped = false;      // WordPress: this site strips scripts (the JSON-LD is left out)
    std::function<void(Outcome, const QString&)> m_onFinished;
    bool m_finished = false;
};
