// PublishRun for WordPress posts and pages: find the item by its slug, read it, and write only what
// PostMerge says Quorum has new to say, leaving what a person changed in WordPress as it is.
#include "PostMerge.h"
#include "PublishRun.h"

#include "commerce/WordPressClient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
QString withoutScriptsNotice()
{
    return QCoreApplication::translate("PublishRun",
        "Published without the product's structured data: this WordPress user may not add scripts (the "
        "unfiltered_html capability). Connect as an administrator to include it.");
}
} // namespace

void PublishRun::publishWordPress()
{
    QString error;
    WordPressClient* wp = wordPressClient(m_connection, &error);
    if (!wp) {
        fail(error, true);
        return;
    }
    const bool page = m_publication.target == Publications::Page;
    const QString collection = page ? u"pages"_s : u"posts"_s;
    if (!page && m_content.blog.isEmpty() && !m_unpublish) {
        fail(QCoreApplication::translate("PublishRun", "The product has no accepted blog draft."), false);
        return;
    }
    // A generated page shows the product's own images from the workspace: they go to the site's media library
    // first (found again by their slug, never uploaded twice) and the page points at them there.
    if (page && m_publication.siteId > 0 && !m_unpublish && m_mediaUrls.isEmpty()) {
        // Only the images the page shows (in either quoting), so a photo it does not use cannot hold it up.
        const auto sourced = [this](const QString& image, QChar quote) {
            return m_siteHtml.contains(u"src="_s + quote + image + quote);
        };
        m_pageImages.clear();
        for (const QString& image : std::as_const(m_facts.images)) {
            if (!image.contains(u"://"_s) && (sourced(image, u'"') || sourced(image, u'\'')))
                m_pageImages.append(image);
        }
        if (!m_pageImages.isEmpty()) {
            uploadImages(wp, 0, {}, [this](const ApiError& e, const QList<qint64>& ids) {
                if (e.isError()) {
                    failWith(e);
                    return;
                }
                for (qint64 id : ids)
                    m_pageMedia.append(id);
                for (auto it = m_mediaUrls.cbegin(); it != m_mediaUrls.cend(); ++it) {
                    if (it.value().isEmpty())
                        continue;
                    for (const QChar quote : {u'"', u'\''})
                        m_siteHtml.replace(u"src="_s + quote + it.key() + quote, u"src=\""_s + it.value() + u'"');
                }
                publishWordPress();
            });
            return;
        }
    }
    const QJsonObject payload = page ? PublishPayloads::landingPage(m_siteTitle, m_siteSlug, m_siteHtml)
                                     : PublishPayloads::blogPost(m_facts, m_content, structuredData());
    // An earlier write found that this site strips scripts whatever the role says.
    m_scriptsStripped = m_publication.fingerprint.value(u"scripts_stripped"_s).toBool();
    const QString content = payload.value(u"content"_s).toString();
    if (m_unpublish || PostMerge::structuredData(content).isEmpty() || m_scriptsStripped) {
        QJsonObject out = payload;
        if (!m_unpublish && m_scriptsStripped && !PostMerge::structuredData(content).isEmpty()) {
            out.insert(u"content"_s, PostMerge::withoutStructuredData(content));
            m_notice = withoutScriptsNotice();
        }
        mergeWordPress(wp, collection, out);
        return;
    }
    // WordPress keeps scripts only from users allowed unfiltered HTML; from anyone else it strips the
    // tags and shows the JSON as text. The user's capabilities are a first hint (a multisite or
    // DISALLOW_UNFILTERED_HTML can still strip them: the answer to the write is checked too); a site
    // that hides users/me is published to all the same.
    wp->currentUser(this, [this, wp, collection, payload, content](const ApiError& e, const QJsonObject& me) {
        const QJsonObject caps = e.isError() ? QJsonObject{} : me.value(u"capabilities"_s).toObject();
        QJsonObject out = payload;
        if (!caps.isEmpty() && !caps.value(u"unfiltered_html"_s).toBool()) {
            out.insert(u"content"_s, PostMerge::withoutStructuredData(content));
            m_notice = withoutScriptsNotice();
        }
        mergeWordPress(wp, collection, out);
    });
}

void PublishRun::mergeWordPress(WordPressClient* wp, const QString& collection, QJsonObject payload)
{
    const QString slug = payload.value(u"slug"_s).toString();
    const QString hash = PublishPayloads::hash(payload);
    // The slug is the key: an earlier attempt's item is found and updated, never made twice.
    wp->findBySlug(
        collection, slug, this, [this, wp, collection, payload, hash](const ApiError& e, const QJsonObject& found) {
            if (e.isError()) {
                failWith(e);
                return;
            }
            const qint64 existing = found.value(u"id"_s).toInteger();
            if (m_unpublish) {
                if (existing == 0) {
                    succeed({}, {}, u"draft"_s, {});
                    return;
                }
                const QJsonObject down{{u"status"_s, u"draft"_s}};
                PostMerge::Plan plan;
                plan.previous = m_publication.fingerprint;
                wp->update(
                    collection, existing, down, this, [this, plan, down](const ApiError& e2, const QJsonObject& item) {
                        if (e2.isError()) {
                            failWith(e2);
                            return;
                        }
                        // Taking it down changes only the status: the words stay whoever's they were.
                        m_fingerprint = PostMerge::next(plan, down, item);
                        succeed(QString::number(item.value(u"id"_s).toInteger()), item.value(u"link"_s).toString(),
                            u"draft"_s, m_publication.contentHash);
                    });
                return;
            }
            // Published before fingerprints were kept: the item is Quorum's if it is what Quorum sent.
            const PostMerge::Plan plan = PostMerge::plan(payload, found, m_publication.fingerprint,
                !m_publication.fingerprint.isEmpty()
                    || PostMerge::matchesHash(found, payload, m_publication.contentHash));
            if (!plan.kept.isEmpty())
                m_notice = QCoreApplication::translate("PublishRun", "Kept as edited in WordPress: %1.")
                               .arg(PostMerge::describe(plan.kept, plan.keptStatus))
                    + (m_notice.isEmpty() ? QString() : u' ' + m_notice);
            auto done = [this, wp, collection, payload, hash, plan](const ApiError& e2, const QJsonObject& item) {
                if (e2.isError()) {
                    failWith(e2);
                    return;
                }
                // WordPress took out the JSON-LD's tags after all and left its text: the text goes again
                // without it.
                const QString wrote = plan.write.value(u"content"_s).toString();
                const QJsonObject stored = item.value(u"content"_s).toObject();
                if (!PostMerge::structuredData(wrote).isEmpty() && stored.contains(u"raw"_s)
                    && PostMerge::structuredData(stored.value(u"raw"_s).toString()).isEmpty()) {
                    m_notice = m_notice.isEmpty() ? withoutScriptsNotice() : m_notice + u' ' + withoutScriptsNotice();
                    m_scriptsStripped = true;
                    QJsonObject again = payload;
                    again.insert(
                        u"content"_s, PostMerge::withoutStructuredData(payload.value(u"content"_s).toString()));
                    wp->update(collection, item.value(u"id"_s).toInteger(),
                        QJsonObject{{u"content"_s, PostMerge::withoutStructuredData(wrote)}}, this,
                        [this, plan, again, hash](const ApiError& e3, const QJsonObject& item3) {
                            if (e3.isError()) {
                                failWith(e3);
                                return;
                            }
                            finishWordPress(plan, again, item3, hash);
                        });
                    return;
                }
                finishWordPress(plan, payload, item, hash);
            };
            if (plan.create)
                wp->create(collection, payload, this, done);
            else if (plan.write.isEmpty())
                finishWordPress(plan, payload, found, hash); // WordPress already holds it: nothing is written
            else
                wp->update(collection, existing, plan.write, this, done);
        });
}

void PublishRun::finishWordPress(
    const PostMerge::Plan& plan, const QJsonObject& payload, const QJsonObject& item, const QString& hash)
{
    m_fingerprint = PostMerge::next(plan, payload, item);
    if (m_scriptsStripped)
        m_fingerprint.insert(u"scripts_stripped"_s, true);
    // Live only when WordPress says so: a status a person set there (private, a draft, scheduled) is kept.
    m_keptOffline = item.value(u"status"_s).toString(u"publish"_s) != u"publish";
    succeed(QString::number(item.value(u"id"_s).toInteger()), item.value(u"link"_s).toString(),
        m_keptOffline ? u"draft"_s : u"published"_s, hash);
}
