#include "sites/SiteChecks.h"
#include "sites/SitePage.h"
#include "sites/SiteSpec.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The site factory's deterministic checks: contrast (WCAG 2.1), the design's roles and fonts, a section's
// markup, images, links, headings and claims, and the assembled page.
class TestSiteChecks : public QObject
{
    Q_OBJECT

private:
    static SiteChecks::Facts facts()
    {
        SiteChecks::Facts f;
        f.product.name = u"Stoneware Mug"_s;
        f.product.description = u"A heavy stoneware mug for slow mornings."_s;
        f.product.priceCents = 2400;
        f.product.currency = u"EUR"_s;
        f.product.attributes.insert(u"material"_s, u"stoneware"_s);
        f.images = {u"images/mug.jpg"_s};
        f.ctaUrl = u"https://shop.example/mug"_s;
        return f;
    }

    static QJsonObject colour(const QString& hex, const QString& role)
    {
        return QJsonObject{{u"name"_s, role}, {u"hex"_s, hex}, {u"role"_s, role}};
    }

    static QJsonObject design(const QString& primary = u"#1f4e79"_s, const QString& fallback = u"serif"_s)
    {
        return QJsonObject{{u"colours"_s,
                               QJsonArray{colour(u"#ffffff"_s, u"background"_s), colour(u"#1d2125"_s, u"text"_s),
                                   colour(primary, u"primary"_s), colour(u"#ffffff"_s, u"on_primary"_s)}},
            {u"type"_s,
                QJsonObject{{u"display"_s, QJsonObject{{u"family"_s, u"Georgia"_s}, {u"fallback"_s, fallback}}},
                    {u"body"_s, QJsonObject{{u"family"_s, u"Verdana"_s}, {u"fallback"_s, u"sans-serif"_s}}}}},
            {u"spacing"_s, 8}, {u"radius"_s, 4}, {u"imagery"_s, u"close ups"_s}, {u"signature"_s, u"a band"_s},
            {u"pairs"_s, QJsonArray{QJsonObject{{u"text"_s, u"text"_s}, {u"background"_s, u"background"_s}}}}};
    }

    static QStringList codes(const QList<SiteChecks::Problem>& problems)
    {
        QStringList out;
        for (const auto& p : problems)
            out << p.code;
        return out;
    }

    static QList<SiteChecks::Problem> section(
        const QString& key, const QString& html, const SiteChecks::Facts& f = facts())
    {
        return SiteChecks::section(key, QJsonObject{{u"html"_s, html}}, f);
    }

private slots:
    void contrastFollowsWcag()
    {
        QCOMPARE(qRound(SiteChecks::contrast(u"#000000"_s, u"#ffffff"_s) * 100), 2100);
        QCOMPARE(qRound(SiteChecks::contrast(u"#777777"_s, u"#ffffff"_s) * 100), 448); // the classic near miss
        QCOMPARE(SiteChecks::contrast(u"#767676"_s, u"#ffffff"_s) >= 4.5, true);
        QCOMPARE(SiteChecks::contrast(u"nonsense"_s, u"#ffffff"_s), 0.0);
    }

    void aGoodDesignPasses() { QVERIFY(SiteChecks::design(design(), facts()).isEmpty()); }

    void aDesignWithLowContrastOrNoFallbackFails()
    {
        const auto pale = SiteChecks::design(design(u"#9ec5e8"_s), facts());
        QVERIFY(codes(pale).contains(u"contrast"_s));
        QVERIFY(pale.first().message.contains(u"4.5:1"_s));
        const auto font = SiteChecks::design(design(u"#1f4e79"_s, u"Playfair"_s), facts());
        QCOMPARE(codes(font), QStringList{u"font"_s});
        QJsonObject missing = design();
        missing.insert(
            u"colours"_s, QJsonArray{colour(u"#ffffff"_s, u"background"_s), colour(u"#111111"_s, u"text"_s)});
        QCOMPARE(codes(SiteChecks::design(missing, facts())), QStringList({u"colour"_s, u"colour"_s}));
    }

    void thePrimaryColourComesFromTheBrand()
    {
        SiteChecks::Facts f = facts();
        f.brand.palette = {u"#2a6f97"_s};
        QVERIFY(SiteChecks::design(design(u"#1f4e79"_s), f).isEmpty()); // the same blue, darker
        QCOMPARE(codes(SiteChecks::design(design(u"#8b1e3f"_s), f)), QStringList{u"brand"_s});
    }

    void aCleanSectionPasses()
    {
        const auto problems = section(u"hero"_s,
            u"<section id=\"hero\"><h1>Slow mornings</h1><p class=\"lead\">A heavy stoneware mug&nbsp;for slow "
            u"mornings.</p><p class=\"price\">€24.00</p><br><img src=\"images/mug.jpg\" alt=\"The mug\">"
            u"<a class=\"button\" href=\"https://shop.example/mug\">Order</a></section>"_s);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    }

    void markupThatDoesNotParseIsNamedWithItsLine()
    {
        const auto problems = section(u"hero"_s, u"<section>\n<h1>Mug</h1>\n<p>Open paragraph\n</section>"_s);
        QCOMPARE(codes(problems), QStringList{u"html"_s});
        QVERIFY2(problems.first().message.contains(u"line 4"_s), qPrintable(problems.first().message));
        QCOMPARE(
            codes(section(u"hero"_s, u"Just words, no markup at all."_s)), QStringList({u"markup"_s, u"headings"_s}));
    }

    void scriptsHandlersAndOwnColoursAreRefused()
    {
        const auto problems = section(u"benefits"_s,
            u"<section><h2>Why</h2><script src=\"https://tracker.example/t.js\"></script>"
            u"<p onclick=\"go()\" style=\"color: #ff0000\">Heavy.</p><iframe src=\"x\"></iframe></section>"_s);
        QCOMPARE(codes(problems), QStringList({u"markup"_s, u"markup"_s, u"markup"_s, u"markup"_s}));
    }

    void markupABrowserReadsDifferentlyIsRefused()
    {
        // Well-formed XML without a script element, yet a browser would run one: all refused.
        for (const QString& html : {u"<section><h2>A</h2><!--><script>alert(1)</script>--></section>"_s,
                 u"<section><h2>A</h2><![CDATA[ > <script>alert(1)</script> ]]></section>"_s,
                 u"<section><h2>A</h2><?x ><script>alert(1)</script>?></section>"_s}) {
            const auto problems = section(u"benefits"_s, html);
            QVERIFY2(codes(problems).contains(u"markup"_s), qPrintable(html));
        }
        // Pictures and colours that are not the product's or the design's.
        QCOMPARE(
            codes(section(u"benefits"_s,
                u"<section><h2>A</h2><img src=\"images/mug.jpg\" alt=\"Mug\" srcset=\"https://x.example/a.jpg 2x\"/></section>"_s)),
            QStringList{u"markup"_s});
        QCOMPARE(codes(section(u"benefits"_s, u"<section><h2>A</h2><p style=\"color: yellow\">Hi</p></section>"_s)),
            QStringList{u"markup"_s});
        QCOMPARE(codes(section(
                     u"benefits"_s, u"<section><h2>A</h2><video src=\"https://x.example/v.mp4\"></video></section>"_s)),
            QStringList{u"markup"_s});
        // A font name that would end the stylesheet's declaration.
        QJsonObject d = design();
        QJsonObject type = d.value(u"type"_s).toObject();
        type.insert(u"body"_s,
            QJsonObject{{u"family"_s, u"Arial; } body { background: url(x)"_s}, {u"fallback"_s, u"sans-serif"_s}});
        d.insert(u"type"_s, type);
        QCOMPARE(codes(SiteChecks::design(d, facts())), QStringList{u"font"_s});
        QVERIFY(!SitePage::stylesheet(d).contains(u"url(x)"_s));
    }

    void imagesNeedAltTextAndAKnownAddress()
    {
        const auto problems = section(u"benefits"_s,
            u"<section><h2>Look</h2><img src=\"images/mug.jpg\" alt=\"\"/>"
            u"<img src=\"https://images.unsplash.com/photo-123\" alt=\"A mug\"/></section>"_s);
        QCOMPARE(codes(problems), QStringList({u"image"_s, u"image"_s}));
        QVERIFY(problems.at(1).message.contains(u"unsplash"_s));
        QCOMPARE(problems.at(1).severity, u"critical"_s);
    }

    void linksGoOnlyWhereTheFactsPoint()
    {
        QVERIFY(section(u"cta"_s, u"<section><h2>Go</h2><a href=\"#hero\">Up</a></section>"_s).isEmpty());
        QCOMPARE(
            codes(section(u"cta"_s, u"<section><h2>Go</h2><a href=\"https://elsewhere.example\">x</a></section>"_s)),
            QStringList{u"link"_s});
    }

    void headingsKeepTheirOrder()
    {
        QCOMPARE(codes(section(u"benefits"_s, u"<section><h1>Second h1</h1></section>"_s)), QStringList{u"headings"_s});
        QCOMPARE(codes(section(u"benefits"_s, u"<section><h2>A</h2><h4>Skips</h4></section>"_s)),
            QStringList{u"headings"_s});
        QCOMPARE(codes(section(u"hero"_s, u"<section><h2>No h1</h2></section>"_s)), QStringList{u"headings"_s});
    }

    void claimsMustRestOnFactsAndReviews()
    {
        // A discount without a sale, a price that is not the product's, a rating without reviews, a quote no
        // customer wrote.
        const auto problems = section(u"benefits"_s,
            u"<section><h2>Now</h2><p>Now 20% off: only €19.00.</p><p>Rated 4.9 stars.</p>"
            u"<blockquote>Best mug ever made.</blockquote></section>"_s);
        const QStringList c = codes(problems);
        QVERIFY2(c.contains(u"discount"_s) && c.contains(u"price"_s) && c.contains(u"rating"_s)
                && c.contains(u"testimonial"_s),
            qPrintable(c.join(u", "_s)));
        // With reviews: the real words and the real average pass; a different average does not.
        SiteChecks::Facts f = facts();
        f.reviews = {{5, u"Best mug ever made, truly."_s}, {4, u"Solid."_s}};
        QVERIFY(section(u"reviews"_s,
            u"<section><h2>Said</h2><p>Rated 4.5 out of 5.</p><blockquote>“Best mug ever made”</blockquote></section>"_s,
            f)
                    .isEmpty());
        QCOMPARE(codes(section(u"reviews"_s, u"<section><h2>Said</h2><p>Rated 4.9 stars.</p></section>"_s, f)),
            QStringList{u"rating"_s});
        // Every rating on it counts: the real one first does not let a wrong one after it through.
        QCOMPARE(codes(section(u"reviews"_s,
                     u"<section><h2>Said</h2><p>Rated 4.5 out of 5, or 4.9 stars elsewhere.</p></section>"_s, f)),
            QStringList{u"rating"_s});
        // A sale makes the discount true.
        f.product.variants = {ProductVariant{}};
        f.product.variants.first().priceCents = 2400;
        f.product.variants.first().compareAtCents = 3000;
        QVERIFY(
            !codes(section(u"hero"_s, u"<section><h1>Mug</h1><p>20% off.</p></section>"_s, f)).contains(u"discount"_s));
    }

    void theAssembledPageIsChecked()
    {
        SitePage::Input in;
        in.title = u"Mug"_s;
        in.design = design();
        in.sections
            = {u"<section id=\"hero\"><h1>Mug</h1></section>"_s, u"<section id=\"b\"><h2>More</h2></section>"_s};
        QVERIFY(SiteChecks::page(SitePage::render(in), in.design).isEmpty());
        in.sections.append(u"<section id=\"c\"><h1>Another h1</h1></section>"_s);
        QCOMPARE(codes(SiteChecks::page(SitePage::render(in), in.design)), QStringList{u"headings"_s});
        in.sections = {u"<section id=\"hero\"><h1>Mug</h1><p>"_s + QString(110 * 1024, u'x') + u"</p></section>"_s};
        QCOMPARE(codes(SiteChecks::page(SitePage::render(in), in.design)), QStringList{u"weight"_s});
        // The stylesheet is the design's: its colours by role, its fonts with their fallbacks.
        const QString css = SitePage::stylesheet(in.design);
        QVERIFY(css.contains(u"--c-primary: #1f4e79"_s));
        QVERIFY(css.contains(u"\"Georgia\", serif"_s));
    }

    void everyStageHasASchemaTheGateCanAskWith()
    {
        for (const QString& kind : SiteSpec::stages() + QStringList{SiteSpec::sectionKind(u"hero"_s)}) {
            QVERIFY(!SiteSpec::schema(kind).isEmpty());
            QVERIFY(!SiteSpec::displayName(kind).isEmpty());
        }
        QCOMPARE(SiteSpec::sectionKey(u"section:faq"_s), u"faq"_s);
        QCOMPARE(SiteSpec::promptTemplate(u"section:faq"_s), u"site.section"_s);
    }
};

QTEST_GUILESS_MAIN(TestSiteChecks)
#include "tst_sitechecks.moc"
