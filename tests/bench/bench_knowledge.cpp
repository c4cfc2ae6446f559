// Benchmark: knowledge search over a large knowledge base (issue 20: < 10 ms p99 over 10,000 passages).
//
//   bench_knowledge [--passages 10000] [--queries 500] [--adversarial] [--meaning 256|1536]
//                   [--server postgresql://user@host:port/postgres]
//
// A workspace whose knowledge base holds about N passages: documents of twenty sections each on shipping, returns,
// care, sizes, materials or the brand's story, each word drawn from the common words, its topic's words, another
// topic's or a long tail of names (see commonWords), so that a search for a topic's words matches the thousands of
// passages on that topic and some others; --adversarial makes every search match nearly every passage. Timed: the
// searches a writer's piece makes (KnowledgeClaims::queriesFor: the piece kind's topic words plus the product's
// material and category, top 4; an FAQ makes three), each and all of a piece's together, over a mix of kinds and
// products, and a person's search in Settings (top 10).
// With --server the workspace is a team workspace on that PostgreSQL server (its text search instead of FTS5).
// With --meaning every passage has a vector and every search is ranked by words and by meaning (brute-force cosine
// over the vectors in memory, then reciprocal rank fusion), as a workspace with an embedding model searches.
#include "BenchSupport.h"
#include "knowledge/KnowledgeBase.h"
#include "knowledge/KnowledgeVectors.h"
#include "pipeline/KnowledgeClaims.h"
#include "pipeline/ProductFacts.h"
#include "sandbox/MeaningVectors.h"
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

// The words of a shop's documents. Common words are in every passage; a topic's words mostly in that topic's
// documents (a care guide speaks of washing, a returns policy of refunds), a little in the others; the long tail
// (product names, places) here and there. With --adversarial every word is drawn from one Zipf list in which the
// words the writers search for are among the most frequent, so that every search matches nearly every passage: the
// worst case for any index.
const QStringList& commonWords()
{
    static const QStringList list = u"the a and of to in for with we you your our it is are be on at by this that "
                                    "from as or all can will every one more most each any your our us when how "
                                    "what which also just only very well good new best"_s.split(u' ');
    return list;
}

const QList<QStringList>& topicWords()
{
    static const QList<QStringList> list{
        u"shipping delivery dispatch parcel courier tracking days working free over order orders postage "
        "Netherlands Belgium Germany Europe label address hours week arrive"_s.split(u' '),
        u"return returns refund refunds exchange exchanges days within unused packaging label original money "
        "account receive receipt swap size colour"_s.split(u' '),
        u"care wash washing cold warm dry flat line iron steam detergent wool merino cotton linen silk leather "
        "stain air fold store"_s.split(u' '),
        u"size sizes fit chest waist length sleeve hips measure measurement slim regular relaxed tall short "
        "small medium large chart between"_s.split(u' '),
        u"material materials wool merino cotton linen silk leather stoneware oak glass copper organic recycled "
        "mill farm fibre fabric woven knitted grown"_s.split(u' '),
        u"story workshop family since made hand founded maker makers craft studio team values people town "
        "beginning started years generation"_s.split(u' ')};
    return list;
}

const QStringList& adversarialWords()
{
    static const QStringList list = [] {
        QStringList w
            = u"the a and of to in for with we you your our order orders return returns refund delivery "
              "shipping days working free over within product products wash washing cold warm dry flat "
              "line iron wool merino cotton linen silk leather stoneware oak glass copper size sizes fit "
              "chest waist length sleeve story workshop family since made hand care guide colour colours "
              "packaging parcel tracking label exchange gift card voucher customer service email phone "
              "question answer time week weeks hours courier Netherlands Belgium Germany Europe"_s.split(u' ');
        for (int i = 0; i < 300; ++i)
            w.append(u"term%1"_s.arg(i));
        return w;
    }();
    return list;
}

// Zipf-like: the first words of a list far more often than the last.
const QString& pick(QRandomGenerator& rng, const QStringList& list)
{
    const double u = rng.generateDouble();
    return list.at(std::min(static_cast<qsizetype>(u * u * u * static_cast<double>(list.size())), list.size() - 1));
}

QString sentence(QRandomGenerator& rng, int topic, bool adversarial)
{
    const int n = 8 + static_cast<int>(rng.bounded(14));
    QStringList s;
    for (int i = 0; i < n; ++i) {
        const double kind = rng.generateDouble();
        if (adversarial)
            s.append(pick(rng, adversarialWords()));
        else if (kind < 0.6)
            s.append(pick(rng, commonWords()));
        else if (kind < 0.85)
            s.append(pick(rng, topicWords().at(topic)));
        else if (kind < 0.9)
            s.append(pick(rng, topicWords().at(static_cast<int>(rng.bounded(6)))));
        else
            s.append(u"name%1"_s.arg(rng.bounded(5000)));
    }
    QString out = s.join(u' ') + u'.';
    out[0] = out[0].toUpper();
    return out;
}

void fill(const QSqlDatabase& db, int passages, bool adversarial)
{
    QRandomGenerator rng(20);
    const QStringList topics{u"shipping"_s, u"returns"_s, u"care"_s, u"sizing"_s, u"materials"_s, u"brand"_s};
    int made = 0;
    for (int doc = 0; made < passages; ++doc) {
        const int topic = doc % 6;
        QString body = u"# Document %1\n\n"_s.arg(doc);
        for (int section = 0; section < 20 && made < passages; ++section, ++made) {
            body += u"## Section %1\n"_s.arg(section);
            const int sentences = 3 + static_cast<int>(rng.bounded(4));
            for (int i = 0; i < sentences; ++i)
                body += sentence(rng, topic, adversarial) + u' ';
            body += u"\n\n"_s;
        }
        Knowledge::Document d;
        d.title = u"%1 guide %2"_s.arg(topics.at(topic)).arg(doc);
        d.topic = topics.at(topic);
        d.body = body;
        Knowledge::save(db, d, u"bench"_s, 1);
    }
}

// A vector for a text: the sandbox's embedding model at its own length, else a random one of the length asked for
// (what a real model's 1,536 numbers cost to store, load and compare does not depend on what they mean).
QVector<float> vectorFor(const QString& text, int dims, QRandomGenerator* rng)
{
    if (dims == MeaningVectors::kDims)
        return MeaningVectors::embed(text);
    QVector<float> v(dims);
    for (float& f : v)
        f = static_cast<float>(rng->generateDouble() * 2.0 - 1.0);
    return v;
}

// Meaning search on: every passage embedded and stored. Returns the seconds it took to store the vectors.
double embedAll(const QSqlDatabase& db, int dims, QRandomGenerator* rng)
{
    QElapsedTimer t;
    t.start();
    Knowledge::setEmbedding(db, {u"bench"_s, u"bench-embed"_s});
    Transaction tx(db);
    const QList<Knowledge::Pending> pending = Knowledge::pendingPassages(db, u"bench-embed"_s, 1'000'000);
    QStringList hashes;
    QList<QVector<float>> vectors;
    for (const Knowledge::Pending& p : pending) {
        hashes.append(p.hash);
        vectors.append(vectorFor(p.text, dims, rng));
    }
    Knowledge::storeVectors(db, u"bench-embed"_s, u"passage"_s, hashes, vectors, 1);
    tx.commit();
    return static_cast<double>(t.elapsed()) / 1000.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"passages"_s, u"Passages in the knowledge base."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"queries"_s, u"Searches timed."_s, u"n"_s, u"500"_s});
    parser.addOption({u"server"_s, u"A PostgreSQL server: the workspace is a team workspace there."_s, u"url"_s});
    parser.addOption({u"adversarial"_s, u"Every word from one list: every search matches nearly every passage."_s});
    parser.addOption({u"meaning"_s,
        u"Meaning search on: every passage and search embedded with this many numbers (256: the sandbox's model; "
        u"1536: OpenAI's text-embedding-3-small, random numbers); 0: by words alone."_s,
        u"dims"_s, u"0"_s});
    parser.process(app);
    const bool adversarial = parser.isSet(u"adversarial"_s);
    const int passages = parser.value(u"passages"_s).toInt();
    const int queries = parser.value(u"queries"_s).toInt();
    const QString server = parser.value(u"server"_s);
    const int dims = parser.value(u"meaning"_s).toInt();

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
        fill(db, passages, adversarial);
        tx.commit();
    }
    const double fillS = static_cast<double>(t.elapsed()) / 1000.0;
    std::printf("%d passages in %d documents (%s, %s words), indexed in %.1f s\n\n", Knowledge::passageCount(db),
        static_cast<int>(Knowledge::documents(db).size()), server.isEmpty() ? "SQLite FTS5" : "PostgreSQL",
        adversarial ? "adversarial" : "topical", fillS);

    QRandomGenerator vectors(21);
    if (dims > 0) {
        const double embedS = embedAll(db, dims, &vectors);
        QElapsedTimer first;
        first.start();
        const QVector<float> probe = vectorFor(u"returns refund"_s, dims, &vectors);
        Knowledge::search(db, u"returns refund"_s, 4, &probe); // reads every vector into memory once
        std::printf("meaning search on: %d passages embedded (%d numbers each) and stored in %.1f s; the first search "
                    "read them into memory in %.0f ms\n\n",
            Knowledge::coverage(db, u"bench-embed"_s).embedded, dims, embedS,
            static_cast<double>(first.nsecsElapsed()) / 1e6);
    }

    const QStringList kinds{u"faq"_s, u"care"_s, u"description"_s, u"size_guide"_s};
    const QStringList materials{u"merino wool"_s, u"organic cotton"_s, u"linen"_s, u"stoneware"_s, u"oak"_s};
    const QStringList people{u"return within days"_s, u"free shipping over"_s, u"wash wool cold"_s,
        u"retour binnen dagen"_s, u"size chart chest"_s, u"term17 term203"_s};
    QList<double> writer, piece, person;
    qsizetype found = 0;
    for (int i = 0; i < queries; ++i) {
        ProductFacts f;
        f.category = i % 2 ? u"Apparel"_s : u"Home & Kitchen"_s;
        f.attributes.insert(u"material"_s, materials.at(i % materials.size()));
        const QString kind = kinds.at(i % kinds.size());
        // Each search a writer's piece makes (an FAQ makes three), then the piece's passages as the gate gets them.
        QElapsedTimer q;
        for (const QString& words : KnowledgeClaims::queriesFor(kind, f)) {
            // A run embeds its searches before its writers are prompted (not timed here): the search reads the
            // stored vector.
            if (dims > 0 && Knowledge::queriesWithoutVector(db, u"bench-embed"_s, {words}).size() == 1)
                Knowledge::storeVectors(db, u"bench-embed"_s, u"query"_s, {Knowledge::queryHash(words)},
                    {vectorFor(words, dims, &vectors)}, 1);
            q.start();
            found += Knowledge::search(db, words, 4).size();
            writer.append(static_cast<double>(q.nsecsElapsed()) / 1e6);
        }
        q.start();
        found += KnowledgeClaims::passagesFor(db, kind, f).size();
        piece.append(static_cast<double>(q.nsecsElapsed()) / 1e6);
        const QString typed = people.at(i % people.size());
        const QVector<float> typedVector = dims > 0 ? vectorFor(typed, dims, &vectors) : QVector<float>{};
        q.restart();
        found += Knowledge::search(db, typed, 10, dims > 0 ? &typedVector : nullptr).size();
        person.append(static_cast<double>(q.nsecsElapsed()) / 1e6);
    }
    std::printf("| search | searches | median (ms) | p99 (ms) | max (ms) |\n|---|---|---|---|---|\n");
    std::printf(
        "| one search of a writer's piece (its topic words + material + category, top 4) | %lld | %.2f | %.2f | "
        "%.2f |\n",
        static_cast<long long>(writer.size()), Bench::median(writer), Bench::percentile(writer, 0.99),
        *std::max_element(writer.begin(), writer.end()));
    std::printf("| a piece's passages, all its searches (an FAQ's three) | %d | %.2f | %.2f | %.2f |\n", queries,
        Bench::median(piece), Bench::percentile(piece, 0.99), *std::max_element(piece.begin(), piece.end()));
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
