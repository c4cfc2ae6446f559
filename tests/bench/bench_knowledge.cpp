// Benchmark: knowledge search over a large knowledge base (issue 20: < 10 ms p99 over 10,000 passages).
//
//   bench_knowledge [--passages 10000] [--queries 500] [--server postgresql://user@host:port/postgres]
//
// A workspace whose knowledge base holds about N passages: documents of twenty sections each (shipping, returns,
// care, sizes, materials, the brand's story) in English and Dutch, written from a few hundred words so that common
// words are very common and a query matches thousands of passages, as a real shop's long FAQ would. Timed: the
// search a writer's piece makes (KnowledgeClaims::passagesFor: the piece kind's topic words plus the product's
// material and category, top 4), over a mix of kinds and products, and a person's search in Settings (top 10).
// With --server the workspace is a team workspace on that PostgreSQL server (its text search instead of FTS5).
#include "BenchSupport.h"
#include "knowledge/KnowledgeBase.h"
#include "pipeline/KnowledgeClaims.h"
#include "pipeline/ProductFacts.h"
#include "storage/Connection.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

const QStringList& words()
{
    static const QStringList list = [] {
        QStringList w = u"the a and of to in for with we you your our order orders return returns refund delivery "
                        "shipping days working free over within product products wash washing cold warm dry flat "
                        "line iron wool merino cotton linen silk leather stoneware oak glass copper size sizes fit "
                        "chest waist length sleeve story workshop family since made hand care guide colour colours "
                        "packaging parcel tracking label exchange gift card voucher customer service email phone "
                        "question answer time week weeks hours courier Netherlands Belgium Germany Europe "
                        "de het een en van naar voor met wij je jouw bestelling retour retourneren levering "
                        "verzending dagen werkdagen gratis boven binnen wassen koud drogen strijken wol katoen "
                        "linnen maat maten pasvorm verhaal werkplaats"_s.split(u' ');
        for (int i = 0; i < 300; ++i) // the long tail: words a shop uses once or twice
            w.append(u"term%1"_s.arg(i));
        return w;
    }();
    return list;
}

QString sentence(QRandomGenerator& rng)
{
    const int n = 8 + static_cast<int>(rng.bounded(14));
    QStringList s;
    for (int i = 0; i < n; ++i) {
        // Zipf-like: the first words of the list far more often than the tail.
        const double u = rng.generateDouble();
        const auto index = static_cast<qsizetype>(u * u * u * static_cast<double>(words().size()));
        s.append(words().at(std::min(index, words().size() - 1)));
    }
    QString out = s.join(u' ') + u'.';
    out[0] = out[0].toUpper();
    return out;
}

void fill(const QSqlDatabase& db, int passages)
{
    QRandomGenerator rng(20);
    const QStringList topics{u"shipping"_s, u"returns"_s, u"care"_s, u"sizing"_s, u"materials"_s, u"brand"_s};
    int made = 0;
    for (int doc = 0; made < passages; ++doc) {
        QString body = u"# Document %1\n\n"_s.arg(doc);
        for (int section = 0; section < 20 && made < passages; ++section, ++made) {
            body += u"## Section %1\n"_s.arg(section);
            const int sentences = 3 + static_cast<int>(rng.bounded(4));
            for (int i = 0; i < sentences; ++i)
                body += sentence(rng) + u' ';
            body += u"\n\n"_s;
        }
        Knowledge::Document d;
        d.title = u"%1 guide %2"_s.arg(topics.at(doc % topics.size())).arg(doc);
        d.topic = topics.at(doc % topics.size());
        d.body = body;
        Knowledge::save(db, d, u"bench"_s, 1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"passages"_s, u"Passages in the knowledge base."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"queries"_s, u"Searches timed."_s, u"n"_s, u"500"_s});
    parser.addOption({u"server"_s, u"A PostgreSQL server: the workspace is a team workspace there."_s, u"url"_s});
    parser.process(app);
    const int passages = parser.value(u"passages"_s).toInt();
    const int queries = parser.value(u"queries"_s).toInt();
    const QString server = parser.value(u"server"_s);

    QTemporaryDir dir;
    QString error;
    const QString database = u"bench_knowledge_%1"_s.arg(QCoreApplication::applicationPid());
    if (!server.isEmpty()) {
        Connection admin(server, u"bench-admin"_s);
        Sql::exec(admin.db(), u"CREATE DATABASE %1"_s.arg(database));
        QUrl url(server);
        url.setPath(u"/"_s + database);
        if (!Workspace::writeTeamFile(dir.path(), url.toString(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    auto ws = Workspace::open(dir.path(), &error);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QSqlDatabase db = ws->db();
    QElapsedTimer t;
    t.start();
    {
        Transaction tx(db);
        fill(db, passages);
        tx.commit();
    }
    const double fillS = static_cast<double>(t.elapsed()) / 1000.0;
    std::printf("%d passages in %d documents (%s), indexed in %.1f s\n\n", Knowledge::passageCount(db),
        static_cast<int>(Knowledge::documents(db).size()), server.isEmpty() ? "SQLite FTS5" : "PostgreSQL", fillS);

    const QStringList kinds{u"faq"_s, u"care"_s, u"description"_s, u"size_guide"_s};
    const QStringList materials{u"merino wool"_s, u"organic cotton"_s, u"linen"_s, u"stoneware"_s, u"oak"_s};
    const QStringList people{u"return within days"_s, u"free shipping over"_s, u"wash wool cold"_s,
        u"retour binnen dagen"_s, u"size chart chest"_s, u"term17 term203"_s};
    QList<double> writer, person;
    qsizetype found = 0;
    for (int i = 0; i < queries; ++i) {
        ProductFacts f;
        f.category = i % 2 ? u"Apparel"_s : u"Home & Kitchen"_s;
        f.attributes.insert(u"material"_s, materials.at(i % materials.size()));
        QElapsedTimer q;
        q.start();
        found += KnowledgeClaims::passagesFor(db, kinds.at(i % kinds.size()), f).size();
        writer.append(static_cast<double>(q.nsecsElapsed()) / 1e6);
        q.restart();
        found += Knowledge::search(db, people.at(i % people.size()), 10).size();
        person.append(static_cast<double>(q.nsecsElapsed()) / 1e6);
    }
    std::printf("| search | queries | median (ms) | p99 (ms) | max (ms) |\n|---|---|---|---|---|\n");
    std::printf("| a writer's piece (topic words + material + category, top 4) | %d | %.2f | %.2f | %.2f |\n", queries,
        Bench::median(writer), Bench::percentile(writer, 0.99), *std::max_element(writer.begin(), writer.end()));
    std::printf("| a person's search in Settings (top 10) | %d | %.2f | %.2f | %.2f |\n", queries,
        Bench::median(person), Bench::percentile(person, 0.99), *std::max_element(person.begin(), person.end()));
    std::printf(
        "\n%lld passages returned in all; peak RSS %ld MB\n", static_cast<long long>(found), Bench::peakRssMb());
    ws.reset();
    if (!server.isEmpty()) {
        Connection admin(server, u"bench-admin"_s);
        Sql::exec(admin.db(), u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(database));
    }
    return 0;
}
