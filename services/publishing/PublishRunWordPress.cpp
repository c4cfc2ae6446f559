// PublishRun for WordPress posts and pages: find the item by its slug, read it, and write only what
// PostMerge says Quorum has new to say, leaving what a person changed in WordPress as it is.
#include "PostMerge.h"
#include "PublishRun.h"

#include "commerce/WordPressClient.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

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
    const QJsonObject payload = page ? PublishPayloads::landingPage(m_siteTitle, m_siteSlug, m_siteHtml)
                                     : PublishPayloads::blogPost(m_facts, m_content, structuredData());
    if (m_unpublish) {
        mergeWordPress(wp, collection, payload);
        return;
    }
    // WordPress takes scripts only from users with the unfiltered_html capability (administrators of
    // a single site); from anyone else it strips the tags and shows the JSON as text. So the JSON-LD
    // goes in only where it will stay a script.
    wp->currentUser(this, [this, wp, collection, payload](const ApiError& e, const QJsonObject& me) {
        if (e.isError()) {
            failWith(e);
            return;
        }
        const QJsonObject caps = me.value(u"capabilities"_s).toObject();
        QJsonObject out = payload;
        const QString content = payload.value(u"content"_s).toString();
        if (!caps.isEmpty() && !caps.value(u"unfiltered_html"_s).toBool()
            && !PostMerge::structuredData(content).isEmpty()) {
            out.insert(u"content"_s, PostMerge::withoutStructuredData(content));
            m_notice = QCoreApplication::translate("PublishRun",
                "Published without structured data: WordPress removes scripts from what this user writes (it "
                "takes them only from administrators).");
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
            const PostMerge::Plan plan
                = m_unpublish ? PostMerge::Plan{} : PostMerge::plan(payload, found, m_publication.fingerprint);
            const auto done = [this, hash, kept = plan.kept](const ApiError& e2, const QJsonObject& item) {
                if (e2.isError()) {
                    failWith(e2);
                    return;
                }
                // A field kept as a person made it keeps the fingerprint of what Quorum wrote, so it stays theirs.
                // Taking it down changes only the status: the words stay whoever's they were.
                m_fingerprint = m_unpublish ? m_publication.fingerprint : PostMerge::fingerprint(item);
                if (m_unpublish && !m_fingerprint.isEmpty())
                    m_fingerprint.insert(u"status"_s, PostMerge::fingerprint(item).value(u"status"_s));
                for (const QString& field : kept)
                    m_fingerprint.insert(field, m_publication.fingerprint.value(field));
                // Live only when WordPress says so: a status a person set there (a draft, private, scheduled) is kept.
                const bool live = !m_unpublish && item.value(u"status"_s).toString(u"publish"_s) == u"publish";
                succeed(QString::number(item.value(u"id"_s).toInteger()), item.value(u"link"_s).toString(),
                    live ? u"published"_s : u"draft"_s, hash);
            };
            if (m_unpublish) {
                if (existing == 0)
                    succeed({}, {}, u"draft"_s, {});
                else
                    wp->update(collection, existing, QJsonObject{{u"status"_s, u"draft"_s}}, this, done);
                return;
            }
            if (!plan.kept.isEmpty()) {
                const QString kept = QCoreApplication::translate("PublishRun", "Kept as edited in WordPress: %1.")
                                         .arg(PostMerge::describe(plan.kept));
                m_notice = m_notice.isEmpty() ? kept : kept + u' ' + m_notice;
            }
            if (plan.create)
                wp->create(collection, payload, this, done);
            else if (plan.write.isEmpty())
                done(ApiError::none(), found); // WordPress already holds it: nothing is written
            else
                wp->update(collection, existing, plan.write, this, done);
        });
}
