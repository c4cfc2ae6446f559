// Benchmark: a five-section site for one product written by the site factory against the sandbox, every model
// call with a fixed latency, through the real worker pool, LLM clients and agreement gate; then the page's
// screenshots by headless Chromium.
//
//   bench_sitegen [--latency 300] [--repeats 5] [--shots 5]
//
// The critical path is the four stages in turn (brief, concept, design, then the sections side by side), each a
// write and a review: 8 calls, so the bound is 8 x latency. Reports per run the wall time from the click to the
// assembled, checked page and its ratio to the bound; then the screenshots of one page at 390, 768 and 1280 px
// (one Chromium run each, side by side, as the screenshots job takes them), per page.
#include "BenchSupport.h"
#include "PipelineFixture.h"
#include "sites/PageShots.h"
#include "sites/SiteActions.h"
#include "sites/SiteStore.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
struct Run
{
    double seconds = 0;
    int sections = 0;
    QString stage;
};

Run generateOne(int latency)
{
    PipelineFixture f;
    const QJsonObject slow{{u"latency"_s, QJsonObject{{u"kind"_s, u"fixed"_s}, {u"ms"_s, latency}}}};
    f.sandbox()->setRouteFaults(u"openai.chat"_s, slow);
    f.sandbox()->setRouteFaults(u"anthropic.messages"_s, slow);
    ProductFacts facts = PipelineFixture::facts(u"Stoneware Mug"_s, u"Home"_s, 2400, u"stoneware"_s);
    const qint64 product = f.addProduct(facts);
    const qint64 connection = f.connectToSandbox(Connections::Kind::WooCommerce, u"Shop"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Reviews, so the concept plans five sections (hero, benefits, details, reviews, call to action).
    for (int i = 1; i <= 2; ++i) {
        const qint64 review = Sql::insert(f.db(),
            u"INSERT INTO product_reviews (connection_id, remote_id, product_remote_id, rating, body, created_at) "
            u"VALUES (?, ?, '1', 5, ?, ?)"_s,
            {connection, QString::number(i), u"Review number %1, solid and warm in the hand."_s.arg(i), now});
        Sql::exec(f.db(),
            u"INSERT INTO review_insights (review_id, product_id, sentiment, score, needs_reply, reply_state, "
            u"analysed_at) VALUES (?, ?, 'positive', 0.8, 0, '', ?)"_s,
            {review, product, now});
    }
    f.startPool();
    EventBus bus;
    UserSession session{Users::User{0, u"Olga"_s, Users::Role::Owner, true}, u"bench"_s};
    SiteActions actions(ChangeDoor(f.db(), Clock::system(), &bus, &session), &session);
    QString error;
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    const qint64 site = actions.generateForProduct(product, &error);
    f.pool()->wake();
    f.waitUntilIdle(300'000);
    Run r;
    // Assembled and checked: the page's own time stamp (the screenshots that follow are timed apart).
    const qint64 assembled
        = Sql::scalar(f.db(), u"SELECT created_at FROM site_pages WHERE site_id = ? AND version = 1"_s, {site})
              .toLongLong();
    r.seconds = double(assembled - start) / 1000.0;
    r.stage = SiteStore::site(f.db(), site)->stage;
    r.sections = int(f.count(u"SELECT COUNT(*) FROM site_units WHERE site_id = ? AND kind LIKE 'section:%'"_s, {site}));
    return r;
}

// One page at the three widths, as the screenshots job takes them (three Chromium runs side by side).
double shootOnce(const QString& html, QTemporaryDir& dir, int n, const QList<int>& widths)
{
    QList<PageShots::Shot> shots;
    for (const int width : widths)
        shots.append({width, PageShots::heightFor(width), dir.filePath(u"run%1-%2.png"_s.arg(n).arg(width))});
    PageShots renderer;
    QEventLoop loop; // the benchmark's own wait for the renders (not code under test)
    QString error;
    QElapsedTimer t;
    t.start();
    renderer.render(html, shots, [&](const QString& e) {
        error = e;
        loop.quit();
    });
    loop.exec();
    if (!error.isEmpty())
        std::fprintf(stderr, "render failed: %s\n", qPrintable(error));
    return double(t.nsecsElapsed()) / 1e9;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"*.info=false\n*.debug=false\nquorum.*.warning=true"_s);
    QCommandLineParser parser;
    parser.addOptions({{u"latency"_s, u"Milliseconds per model call."_s, u"ms"_s, u"300"_s},
        {u"repeats"_s, u"Sites generated."_s, u"n"_s, u"5"_s}, {u"shots"_s, u"Pages photographed."_s, u"n"_s, u"5"_s}});
    parser.process(app);
    const int latency = parser.value(u"latency"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();
    const double bound = 8 * latency / 1000.0;
    QList<double> ratios;
    QList<double> times;
    std::printf("site factory, %d ms per call, bound %.2f s (8 calls on the critical path)\n", latency, bound);
    for (int i = 0; i < repeats; ++i) {
        const Run r = generateOne(latency);
        times.append(r.seconds);
        ratios.append(r.seconds / bound);
        std::printf("run %d: %d sections, %s, %.2f s, %.3f x bound\n", i + 1, r.sections, qPrintable(r.stage),
            r.seconds, r.seconds / bound);
    }
    std::printf("median %.2f s, %.3f x bound; worst %.3f x\n", Bench::median(times), Bench::median(ratios),
        Bench::percentile(ratios, 1.0));

    if (PageShots::browser().isEmpty()) {
        std::printf("screenshots: skipped, no headless Chromium installed\n");
        return 0;
    }
    // A page as the factory assembles it, photographed as the screenshots job does.
    QTemporaryDir dir;
    const QString html = dir.filePath(u"page.html"_s);
    {
        QFile page(html);
        page.open(QIODevice::WriteOnly);
        page.write(R"(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><style>
:root{--c-background:#f9fafb;--c-text:#1d2125;--c-primary:#2f3e46}body{margin:0;background:var(--c-background);color:var(--c-text);font-family:"DejaVu Sans",sans-serif}
section{padding:64px 6vw}.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:24px}.card{padding:24px;border:1px solid #545b64}
</style></head><body><main><section id="hero"><h1>Stoneware Mug</h1><p>A stoneware piece for every day.</p><p>€24.00</p></section>
<section id="benefits"><h2>Why it works</h2><div class="grid"><div class="card"><h3>Material</h3><p>Made of stoneware.</p></div><div class="card"><h3>Why</h3><p>Made to last.</p></div></div></section>
<section id="details"><h2>The details</h2><ul><li>Material: stoneware</li><li>Price: €24.00</li></ul></section>
<section id="cta"><h2>Ready to order?</h2><p>€24.00</p></section></main></body></html>)");
    }
    QList<double> pages;
    QList<double> thumbnails;
    const int n = parser.value(u"shots"_s).toInt();
    for (int i = 0; i < n; ++i) {
        pages.append(shootOnce(html, dir, i, PageShots::widths()));
        thumbnails.append(shootOnce(html, dir, 100 + i, {1280}));
    }
    std::printf("screenshots: %d pages, each at 390/768/1280 px at once: median %.2f s per page (worst %.2f s); the "
                "card's thumbnail alone (1280 px): median %.2f s (worst %.2f s)\n",
        n, Bench::median(pages), Bench::percentile(pages, 1.0), Bench::median(thumbnails),
        Bench::percentile(thumbnails, 1.0));
    return 0;
}
