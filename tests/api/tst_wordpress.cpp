#include "ApiFixture.h"
#include "commerce/WordPressClient.h"

#include <QTest>

using namespace Qt::StringLiterals;

// WordPress REST v2 against the sandbox: discovery from the Link header (pretty /wp-json/ and
// ?rest_route=), application-password auth, posts and pages, raw media uploads, slugs, errors.
class TestWordPress : public QObject
{
    Q_OBJECT

private:
    static SandboxServer::Options site(bool queryStyle = false)
    {
        SandboxServer::Options o;
        o.credentials.wpUser = u"editor"_s;
        o.credentials.wpPassword = u"abcd EFGH 1234 ijkl MNOP 5678"_s;
        o.restRouteStyle = queryStyle;
        return o;
    }

    static QPair<ApiError, QJsonObject> wait(ApiFixture& f, std::function<void(WordPressClient::ItemCallback)> call)
    {
        QPair<ApiError, QJsonObject> out;
        bool done = false;
        call([&](const ApiError& e, const QJsonObject& o) {
            out = {e, o};
            done = true;
        });
        if (!f.runUntil([&] { return done; }))
            out.first = ApiError::make(ErrorClass::Timeout, u"test: no answer"_s);
        return out;
    }

private slots:
    void discoversTheRestRoot_data()
    {
        QTest::addColumn<bool>("queryStyle");
        QTest::newRow("pretty /wp-json/") << false;
        QTest::newRow("?rest_route=") << true;
    }

    void discoversTheRestRoot()
    {
        QFETCH(bool, queryStyle);
        ApiFixture f(false, site(queryStyle));
        WordPressClient wp(&f.caller(), &f.runtime(), {f.url(), u"editor"_s, u"abcd EFGH 1234 ijkl MNOP 5678"_s, {}});
        QUrl root;
        bool done = false;
        wp.discover(f.context(), [&](const ApiError& e, const QUrl& r) {
            QVERIFY(!e.isError());
            root = r;
            done = true;
        });
        QVERIFY(f.runUntil([&] { return done; }));
        QCOMPARE(root.toString().contains(u"rest_route"_s), queryStyle);
        // Routes work under either root.
        auto [e, me] = wait(f, [&](auto cb) { wp.currentUser(f.context(), cb); });
        QVERIFY2(!e.isError(), qPrintable(e.toString()));
        QCOMPARE(me.value(u"slug"_s).toString(), u"editor"_s);
        const auto last = f.sandbox()->requests(u"wp"_s).last();
        QVERIFY(last.header("authorization").startsWith("Basic "));
        QCOMPARE(WordPressClient::routeUrl(QUrl(u"https://s.example/?rest_route=/"_s), u"wp/v2/posts"_s)
                     .query(QUrl::FullyDecoded),
            u"rest_route=/wp/v2/posts"_s);
        QCOMPARE(WordPressClient::routeUrl(QUrl(u"https://s.example/wp-json/"_s), u"wp/v2/posts"_s).path(),
            u"/wp-json/wp/v2/posts"_s);
    }

    void notAWordPressSite()
    {
        ApiFixture f(false, site());
        // The sandbox's health endpoint announces no REST API.
        WordPressClient wp(
            &f.caller(), &f.runtime(), {QUrl(f.url().toString() + u"/__sandbox/health"_s), u"u"_s, u"p"_s, {}});
        auto [e, me] = wait(f, [&](auto cb) { wp.currentUser(f.context(), cb); });
        QCOMPARE(e.cls, ErrorClass::NotFound);
        QVERIFY2(e.message.contains(u"does not look like a WordPress site"_s), qPrintable(e.message));
    }

    void postsPagesAndMedia()
    {
        ApiFixture f(false, site());
        WordPressClient wp(&f.caller(), &f.runtime(), {f.url(), u"editor"_s, u"abcd EFGH 1234 ijkl MNOP 5678"_s, {}});
        auto [e1, post] = wait(f, [&](auto cb) {
            wp.create(u"posts"_s,
                QJsonObject{{u"title"_s, u"Warm without the weight"_s}, {u"content"_s, u"<p>Merino.</p>"_s},
                    {u"slug"_s, u"merino-story"_s}, {u"status"_s, u"draft"_s}},
                f.context(), cb);
        });
        QVERIFY2(!e1.isError(), qPrintable(e1.toString()));
        QCOMPARE(post.value(u"slug"_s).toString(), u"merino-story"_s);
        QCOMPARE(post.value(u"title"_s).toObject().value(u"raw"_s).toString(), u"Warm without the weight"_s);
        auto [e2, found] = wait(f, [&](auto cb) { wp.findBySlug(u"posts"_s, u"merino-story"_s, f.context(), cb); });
        QVERIFY(!e2.isError());
        QCOMPARE(found.value(u"id"_s), post.value(u"id"_s)); // drafts are found too
        auto [e3, updated] = wait(f, [&](auto cb) {
            wp.update(
                u"posts"_s, post.value(u"id"_s).toInteger(), QJsonObject{{u"status"_s, u"publish"_s}}, f.context(), cb);
        });
        QVERIFY(!e3.isError());
        QVERIFY(updated.value(u"link"_s).toString().endsWith(u"/merino-story/"_s));

        auto [e4, page] = wait(f, [&](auto cb) {
            wp.create(u"pages"_s, QJsonObject{{u"title"_s, u"Merino landing"_s}, {u"content"_s, u"<h1>Hi</h1>"_s}},
                f.context(), cb);
        });
        QVERIFY(!e4.isError());
        QCOMPARE(page.value(u"type"_s).toString(), u"page"_s);

        const QByteArray png("\x89PNG\r\n\x1a\n....", 12);
        auto [e5, media]
            = wait(f, [&](auto cb) { wp.uploadMedia(png, u"merino.png"_s, "image/png", f.context(), cb); });
        QVERIFY2(!e5.isError(), qPrintable(e5.toString()));
        QVERIFY(media.value(u"source_url"_s).toString().endsWith(u"/merino.png"_s));
        const auto upload = f.sandbox()->requests(u"wp"_s).last();
        QCOMPARE(upload.header("content-disposition"), QByteArray("attachment; filename=\"merino.png\""));
        QCOMPARE(upload.header("content-type"), QByteArray("image/png"));
        QCOMPARE(upload.body, png);
        QCOMPARE(f.sandbox()->wordpressItems(u"posts"_s).size(), 1);
        QCOMPARE(f.sandbox()->wordpressItems(u"pages"_s).size(), 1);
    }

    void wrongPasswordIsAnAuthError()
    {
        ApiFixture f(false, site());
        WordPressClient wp(&f.caller(), &f.runtime(), {f.url(), u"editor"_s, u"wrong wrong wrong"_s, {}});
        auto [e, post] = wait(f, [&](auto cb) {
            wp.create(u"posts"_s, QJsonObject{{u"title"_s, u"x"_s}}, f.context(), cb);
        });
        QCOMPARE(e.cls, ErrorClass::Auth);
        QCOMPARE(e.code, u"incorrect_password"_s);
        QVERIFY(e.message.contains(u"application password"_s));
        QVERIFY(f.sandbox()->wordpressItems(u"posts"_s).isEmpty());
    }

    void rejectedUploadSaysWhy()
    {
        ApiFixture f(false, site());
        WordPressClient wp(&f.caller(), &f.runtime(), {f.url(), u"editor"_s, u"abcd EFGH 1234 ijkl MNOP 5678"_s, {}});
        auto [e, media]
            = wait(f, [&](auto cb) { wp.uploadMedia(QByteArray(), u"x.png"_s, "image/png", f.context(), cb); });
        QCOMPARE(e.cls, ErrorClass::InvalidRequest);
        QCOMPARE(e.code, u"rest_upload_no_data"_s);
    }
};

QTEST_GUILESS_MAIN(TestWordPress)
#include "tst_wordpress.moc"
