#include "TestWorkspace.h"
#include "knowledge/KnowledgeBase.h"
#include "knowledge/KnowledgeVectors.h"
#include "sandbox/MeaningVectors.h"
#include "storage/Sql.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

// Meaning search over the knowledge base: vectors packed and scaled, reciprocal rank fusion, the hybrid search (a
// passage that shares no word with a search is found by its meaning, the words' ranking still counts), the plain
// words' search where there is no model or no query vector, and the vectors kept per text and model (a new version
// of a document embeds only what changed; another model starts afresh; what no passage holds is pruned).
class TestKnowledgeVectors : public QObject
{
    Q_OBJECT

private:
    static constexpr const char* kModel = "sandbox-embed-1";

    static qint64 add(const QSqlDatabase& db, const QString& title, const QString& body, qint64 id = 0)
    {
        Knowledge::Document d;
        d.id = id;
        d.title = title;
        d.topic = u"returns"_s;
        d.body = body;
        return Knowledge::save(db, d, u"Ann"_s, 1000);
    }
    static void shop(const QSqlDatabase& db)
    {
        // The returns terms say "send it back" and "money back": no word of a search for "refund".
        add(db, u"Terms"_s,
            u"## Sending it back\nNot happy? Send it back within 30 days and get your money back.\n\n"
            u"## Gift cards\nGift cards are valid for one year and cannot be exchanged for cash.\n\n"
            u"## Refund for gift wrapping\nThe wrapping fee of €3 is paid once and kept."_s);
        add(db, u"Delivery"_s, u"## Delivery times\nOrders placed before 16:00 leave the warehouse the same day."_s);
    }
    // Embeds every passage still without a vector, as the background job does (with the sandbox's model).
    static int embedAll(const QSqlDatabase& db, const QString& model = QString::fromLatin1(kModel))
    {
        Knowledge::hashPassages(db);
        const QList<Knowledge::Pending> pending = Knowledge::pendingPassages(db, model, 1000);
        QStringList hashes;
        QList<QVector<float>> vectors;
        for (const Knowledge::Pending& p : pending) {
            hashes.append(p.hash);
            vectors.append(MeaningVectors::embed(p.text));
        }
        Knowledge::storeVectors(db, model, u"passage"_s, hashes, vectors, 2000);
        return int(pending.size());
    }
    static void useMeaning(const QSqlDatabase& db)
    {
        Knowledge::setEmbedding(db, {u"sandbox-writer"_s, QString::fromLatin1(kModel)});
    }

private slots:
    void packsAndScalesVectors()
    {
        const QVector<float> v{3.0f, -4.0f, 0.5f};
        QCOMPARE(Knowledge::unpack(Knowledge::pack(v)), v);
        QCOMPARE(Knowledge::pack(v).size(), 12);
        QVERIFY(Knowledge::unpack(QByteArray("abcde")).isEmpty()); // not whole floats
        QVERIFY(Knowledge::unpack({}).isEmpty());
        QVector<float> n{3.0f, 4.0f};
        Knowledge::normalize(&n);
        QCOMPARE(n.at(0), 0.6f);
        QCOMPARE(n.at(1), 0.8f);
        QVector<float> zero{0.0f, 0.0f};
        Knowledge::normalize(&zero);
        QCOMPARE(zero, (QVector<float>{0.0f, 0.0f}));
        // A query's hash does not depend on its case or spacing, and is not a passage's.
        QCOMPARE(Knowledge::queryHash(u"Return  Days"_s), Knowledge::queryHash(u"return days"_s));
        QVERIFY(Knowledge::queryHash(u"return days"_s) != Knowledge::textHash(u"return days"_s));
    }

    void fusesRankingsByReciprocalRank()
    {
        const QList<Knowledge::Fused> f = Knowledge::fuse({10, 20, 30}, {30, 40, 10});
        QCOMPARE(f.size(), 4);
        // 10: 1/61 + 1/63; 30: 1/63 + 1/61 — the same score: the words' first stays first.
        QCOMPARE(f.at(0).chunkId, 10);
        QCOMPARE(f.at(0).wordsRank, 1);
        QCOMPARE(f.at(0).meaningRank, 3);
        QVERIFY(std::abs(f.at(0).score - (1.0 / 61 + 1.0 / 63)) < 1e-12);
        QCOMPARE(f.at(1).chunkId, 30);
        QCOMPARE(f.at(1).wordsRank, 3);
        QCOMPARE(f.at(1).meaningRank, 1);
        QCOMPARE(f.at(2).chunkId, 20); // 1/62
        QCOMPARE(f.at(3).chunkId, 40); // 1/62, after: only in the meaning's list
        QCOMPARE(f.at(3).wordsRank, 0);
        // An id twice in one list counts once, at its better rank; an empty list leaves the other's order.
        const QList<Knowledge::Fused> twice = Knowledge::fuse({5, 5, 6}, {});
        QCOMPARE(twice.size(), 2);
        QVERIFY(std::abs(twice.at(0).score - 1.0 / 61) < 1e-12);
        QCOMPARE(twice.at(1).chunkId, 6);
        QCOMPARE(twice.at(1).wordsRank, 3);
        QVERIFY(Knowledge::fuse({}, {}).isEmpty());
    }

    void findsByMeaningWhatTheWordsMiss()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        shop(db);
        const QString query = u"refund policy"_s;
        // Without a model: the words alone; "refund" is only in the gift-wrapping heading.
        const QList<Knowledge::Passage> words = Knowledge::search(db, query, 5);
        QCOMPARE(words.size(), 1);
        QVERIFY(words.first().text.contains(u"wrapping fee"_s));
        QCOMPARE(words.first().wordsRank, 1);
        QCOMPARE(words.first().meaningRank, 0);

        useMeaning(db);
        QCOMPARE(Knowledge::coverage(db, QString::fromLatin1(kModel)).embedded, 0);
        QCOMPARE(embedAll(db), 4);
        QCOMPARE(Knowledge::coverage(db, QString::fromLatin1(kModel)).passages, 4);
        QCOMPARE(Knowledge::coverage(db, QString::fromLatin1(kModel)).embedded, 4);
        // A model, but no vector for this query yet: still the words alone (nothing waits for an embedding).
        QCOMPARE(Knowledge::search(db, query, 5).size(), 1);

        // With the query's vector: the "send it back … money back" passage is found by its meaning alone (first by
        // meaning, in no place by words); the passage both rankings hold stays first (RRF rewards agreement).
        const QVector<float> q = MeaningVectors::embed(query);
        const QList<Knowledge::Passage> both = Knowledge::search(db, query, 5, &q);
        QVERIFY(both.size() >= 2);
        QVERIFY2(both.first().text.contains(u"wrapping fee"_s), qPrintable(both.first().text));
        QCOMPARE(both.first().wordsRank, 1);
        QVERIFY(both.first().meaningRank > 1);
        QVERIFY(std::abs(both.first().score - (1.0 / 61 + 1.0 / (60 + both.first().meaningRank))) < 1e-9);
        QVERIFY2(both.at(1).text.contains(u"money back"_s), qPrintable(both.at(1).text));
        QCOMPARE(both.at(1).wordsRank, 0);
        QCOMPARE(both.at(1).meaningRank, 1);
        QVERIFY(std::abs(both.at(1).score - 1.0 / 61) < 1e-9);
        QCOMPARE(both.at(1).documentTitle, u"Terms"_s);
        QCOMPARE(both.at(1).heading, u"Sending it back"_s);
        QCOMPARE(Knowledge::search(db, query, 1, &q).size(), 1);

        // A query vector stored by a writer's job is used without being given.
        Knowledge::storeVectors(db, QString::fromLatin1(kModel), u"query"_s, {Knowledge::queryHash(query)}, {q}, 3000);
        QCOMPARE(Knowledge::queriesWithoutVector(db, QString::fromLatin1(kModel), {query, u"gift"_s, query}),
            QStringList{u"gift"_s});
        QCOMPARE(Knowledge::search(db, query, 5).at(1).meaningRank, 1);
        // A Dutch search finds the same passage by meaning ("geld terug" is "money back").
        const QVector<float> nl = MeaningVectors::embed(u"geld terug binnen dagen"_s);
        QVERIFY(Knowledge::search(db, u"geld terug binnen dagen"_s, 3, &nl).first().text.contains(u"money back"_s));

        // Only passages near enough take part: a search for "money back" does not list the delivery times after it.
        const QVector<float> money = MeaningVectors::embed(u"money back"_s);
        const QList<Knowledge::Passage> near = Knowledge::search(db, u"money back"_s, 10, &money);
        QVERIFY(!near.isEmpty() && near.size() < 4);
        QVERIFY(near.first().text.contains(u"money back"_s));
        for (const Knowledge::Passage& p : near) {
            QVERIFY2(!p.text.contains(u"warehouse"_s), qPrintable(p.text));
            QVERIFY(p.meaningRank > 0);
        }

        // Meaning search off: the words alone again.
        Knowledge::setEmbedding(db, {});
        QVERIFY(!Knowledge::embedding(db).enabled());
        QCOMPARE(Knowledge::search(db, query, 5, &q).size(), 1);
    }

    void aQueryOfAnotherLengthIsSearchedByWords()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        shop(db);
        useMeaning(db);
        embedAll(db);
        const QVector<float> shortVector{1.0f, 0.0f, 0.0f}; // another model's length: no passage compares
        const QList<Knowledge::Passage> found = Knowledge::search(db, u"refund policy"_s, 5, &shortVector);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().meaningRank, 0);
        QVERIFY(Knowledge::nearest(db, QString::fromLatin1(kModel), shortVector, 5).isEmpty());
    }

    void aNewVersionEmbedsOnlyWhatChanged()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        shop(db);
        useMeaning(db);
        QCOMPARE(embedAll(db), 4);
        const qint64 terms
            = Sql::scalar(db, u"SELECT id FROM knowledge_documents WHERE title = 'Terms'"_s).toLongLong();
        // One of the three passages changes; the other two keep their vectors under new passage ids.
        add(db, u"Terms"_s,
            u"## Sending it back\nNot happy? Send it back within 14 days and get your money back.\n\n"
            u"## Gift cards\nGift cards are valid for one year and cannot be exchanged for cash.\n\n"
            u"## Refund for gift wrapping\nThe wrapping fee of €3 is paid once and kept."_s,
            terms);
        const Knowledge::Coverage c = Knowledge::coverage(db, QString::fromLatin1(kModel));
        QCOMPARE(c.passages, 4);
        QCOMPARE(c.embedded, 3);
        const QList<Knowledge::Pending> pending = Knowledge::pendingPassages(db, QString::fromLatin1(kModel), 10);
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending.first().text.contains(u"14 days"_s));
        QVERIFY(pending.first().text.startsWith(u"Terms › Sending it back\n"_s));
        // The 30-day passage's vector is no longer any passage's: pruned; queries are kept.
        Knowledge::storeVectors(db, QString::fromLatin1(kModel), u"query"_s, {Knowledge::queryHash(u"x"_s)},
            {MeaningVectors::embed(u"x"_s)}, 3000);
        QCOMPARE(Knowledge::pruneVectors(db, QString::fromLatin1(kModel)), 1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM knowledge_vectors WHERE kind = 'query'"_s), 1);
        QCOMPARE(embedAll(db), 1);
        // The search reads the new passages (the index follows the change) and finds the 14-day one by meaning.
        const QVector<float> q = MeaningVectors::embed(u"refund policy"_s);
        const QList<Knowledge::Passage> after = Knowledge::search(db, u"refund policy"_s, 3, &q);
        QVERIFY(std::any_of(after.cbegin(), after.cend(),
            [](const Knowledge::Passage& p) { return p.meaningRank == 1 && p.text.contains(u"14 days"_s); }));
        // Another model starts afresh; a vector stored twice for a text is stored once.
        QCOMPARE(Knowledge::coverage(db, u"other-model"_s).embedded, 0);
        QCOMPARE(Knowledge::pendingPassages(db, u"other-model"_s, 10).size(), 4);
        const qint64 before = tw.count(u"SELECT COUNT(*) FROM knowledge_vectors"_s);
        Knowledge::storeVectors(db, QString::fromLatin1(kModel), u"passage"_s, {pending.first().hash},
            {MeaningVectors::embed(u"other"_s)}, 4000);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM knowledge_vectors"_s), before);
        // Removing a document leaves its vectors until the next prune.
        Knowledge::remove(db, terms);
        QCOMPARE(Knowledge::pruneVectors(db, QString::fromLatin1(kModel)), 3);
        QCOMPARE(Knowledge::coverage(db, QString::fromLatin1(kModel)).passages, 1);
    }

    void theSearchReadsAPassageRewrittenUnderTheSameId()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        shop(db);
        useMeaning(db);
        embedAll(db);
        const QString model = QString::fromLatin1(kModel);
        const QVector<float> warehouse = MeaningVectors::embed(u"warehouse same day"_s);
        QVERIFY(Knowledge::search(db, u"warehouse same day"_s, 1, &warehouse).first().text.contains(u"16:00"_s));
        // The last document rewritten: on SQLite its one passage may get the id it had; as many passages and as many
        // vectors as before, and yet the search must compare the new text's vector.
        const qint64 delivery
            = Sql::scalar(db, u"SELECT id FROM knowledge_documents WHERE title = 'Delivery'"_s).toLongLong();
        add(db, u"Delivery"_s, u"## Delivery times\nGift vouchers never expire and are sent by e-mail."_s, delivery);
        QCOMPARE(Knowledge::pruneVectors(db, model), 1);
        QCOMPARE(embedAll(db), 1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM knowledge_vectors"_s), 4);
        const QVector<float> vouchers = MeaningVectors::embed(u"vouchers expire"_s);
        const QList<Knowledge::Passage> found = Knowledge::search(db, u"vouchers expire"_s, 1, &vouchers);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().text.contains(u"Gift vouchers"_s), qPrintable(found.first().text));
        QCOMPARE(found.first().meaningRank, 1);
        const auto near = Knowledge::nearest(db, model, vouchers, 1);
        QCOMPARE(near.first().chunkId, found.first().chunkId);
        QVERIFY2(near.first().cosine > 0.2f, qPrintable(QString::number(near.first().cosine)));
    }

    void passagesFromBeforeMeaningSearchGetTheirHash()
    {
        TestWorkspace tw;
        const QSqlDatabase db = tw.db();
        shop(db);
        Sql::exec(db, u"UPDATE knowledge_chunks SET text_hash = ''"_s); // as the migration left them
        QCOMPARE(Knowledge::pendingPassages(db, QString::fromLatin1(kModel), 10).size(), 0);
        QCOMPARE(Knowledge::hashPassages(db), 4);
        QCOMPARE(Knowledge::hashPassages(db), 0);
        QCOMPARE(Knowledge::pendingPassages(db, QString::fromLatin1(kModel), 10).size(), 4);
        QCOMPARE(Knowledge::pendingPassages(db, QString::fromLatin1(kModel), 3).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeVectors)
#include "tst_knowledgevectors.moc"
