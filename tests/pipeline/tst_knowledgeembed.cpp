#include "PipelineFixture.h"
#include "core/Clock.h"
#include "knowledge/KnowledgeActions.h"
#include "knowledge/KnowledgeBase.h"
#include "knowledge/KnowledgeEmbedJob.h"
#include "knowledge/KnowledgeVectors.h"
#include "llm/EmbeddingClient.h"
#include "llm/ProviderStore.h"
#include "net/HttpClient.h"
#include "pipeline/KnowledgeClaims.h"
#include "resilience/ApiCaller.h"
#include "sandbox/MeaningVectors.h"
#include "storage/Sql.h"
#include "users/Users.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The knowledge base embedded by a real client through the sandbox's embeddings APIs: the background job embeds the
// passages a batch at a time on the durable queue, a 500 halfway loses nothing and embeds nothing twice, a product's
// run embeds its searches so its writers are given what the meaning finds, Ollama's API is spoken too, and a broken
// answer or a provider that cannot embed is said in words.
class TestKnowledgeEmbed : public QObject
{
    Q_OBJECT

private:
    static constexpr const char* kModel = "sandbox-embed-1";

    static qint64 add(const QSqlDatabase& db, const QString& title, const QString& body)
    {
        Knowledge::Document d;
        d.title = title;
        d.topic = u"returns"_s;
        d.body = body;
        return Knowledge::save(db, d, u"Ann"_s, 1000);
    }
    // count passages, each its own paragraph under its own heading.
    static void manyPassages(const QSqlDatabase& db, int count)
    {
        QString body;
        for (int i = 0; i < count; ++i)
            body += u"## Section %1\nParagraph number %1 of the shop's long handbook, about topic %1.\n\n"_s.arg(i);
        add(db, u"Handbook"_s, body);
    }
    static void useMeaning(PipelineFixture& f)
    {
        Knowledge::setEmbedding(f.db(), {u"sandbox-writer"_s, QString::fromLatin1(kModel)});
        QVERIFY(KnowledgeEmbedJob::enqueue(f.db(), TestWorkspace::fixedNow()));
    }
    // The texts the embeddings route was asked for, one entry per text per answered request.
    static QStringList embeddedTexts(PipelineFixture& f)
    {
        QStringList out;
        for (const auto& r : f.sandbox()->requests(u"openai.embeddings"_s)) {
            for (const QJsonValue& v : QJsonDocument::fromJson(r.body).object().value(u"input"_s).toArray())
                out.append(v.toString());
        }
        return out;
    }

private slots:
    void embedsThePassagesInBatchesOnTheQueue()
    {
        PipelineFixture f;
        manyPassages(f.db(), 70);
        useMeaning(f);
        QVERIFY(!KnowledgeEmbedJob::enqueue(f.db(), TestWorkspace::fixedNow() + 1)); // one waits already
        f.startPool();
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        const Knowledge::Coverage c = Knowledge::coverage(f.db(), QString::fromLatin1(kModel));
        QCOMPARE(c.passages, 70);
        QCOMPARE(c.embedded, 70);
        // Two requests (64 + 6), each in the ledger as an embedding call of the model, nothing failed.
        QCOMPARE(f.sandbox()->requestCount(u"openai.embeddings"_s), 2);
        QCOMPARE(
            f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'embed' AND model = ? AND outcome = 'ok'"_s,
                {QString::fromLatin1(kModel)}),
            2);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'knowledge-embed' AND state = 'done'"_s), 1);
        QVERIFY(Knowledge::embeddingError(f.db()).isEmpty());
        // The vectors are the sandbox model's, scaled: the text's own nearest passage is itself.
        const QString text = embeddedTexts(f).first();
        QVERIFY(text.startsWith(u"Handbook › Section 0\n"_s));
        QVector<float> v = MeaningVectors::embed(text);
        const auto near = Knowledge::nearest(f.db(), QString::fromLatin1(kModel), v, 1);
        QCOMPARE(near.size(), 1);
        QVERIFY(near.first().cosine > 0.999f);
        // Nothing left: a second run sends nothing.
        QVERIFY(KnowledgeEmbedJob::enqueue(f.db(), TestWorkspace::fixedNow() + 2));
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.sandbox()->requestCount(u"openai.embeddings"_s), 2);
    }

    void aFailureHalfwayLosesNothingAndEmbedsNothingTwice()
    {
        ManualClock clock(TestWorkspace::fixedNow());
        PipelineFixture f(&clock);
        manyPassages(f.db(), 70);
        // The first batch is answered; the second fails on every attempt of the first try (three) and once more.
        f.sandbox()->setRouteFaults(u"openai.embeddings"_s,
            QJsonObject{{u"sequence"_s, QJsonArray{u"ok"_s, u"500"_s, u"500"_s, u"500"_s, u"500"_s}}});
        useMeaning(f);
        f.startPool();
        f.pool()->wake();
        bool sawError = false;
        QVERIFY(f.runUntilIdle(50, 120'000, [&] {
            const QString error = Knowledge::embeddingError(f.db());
            if (!error.isEmpty()) {
                sawError = true;
                QVERIFY2(error.contains(u"64 of them embedded"_s), qPrintable(error));
                // The first batch is kept (the worker's thread may have stored the rest by now).
                QVERIFY(Knowledge::coverage(f.db(), QString::fromLatin1(kModel)).embedded >= 64);
            }
        }));
        QVERIFY(sawError);
        QCOMPARE(Knowledge::coverage(f.db(), QString::fromLatin1(kModel)).embedded, 70);
        QVERIFY(Knowledge::embeddingError(f.db()).isEmpty()); // cleared when it worked
        // Every text was answered once: the 64 of the first batch were not sent again.
        QStringList answered;
        const auto requests = f.sandbox()->requests(u"openai.embeddings"_s);
        QCOMPARE(requests.size(), 6); // ok; three 500s (the first try's attempts); a 500 and ok (the second try)
        for (qsizetype i : {qsizetype(0), qsizetype(5)}) {
            for (const QJsonValue& v :
                QJsonDocument::fromJson(requests.at(i).body).object().value(u"input"_s).toArray())
                answered.append(v.toString());
        }
        QCOMPARE(answered.size(), 70);
        QCOMPARE(QSet<QString>(answered.cbegin(), answered.cend()).size(), 70);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM knowledge_vectors"_s), 70);
        // The provider was waited for, as the pipeline waits: no attempt of the job spent.
        QCOMPARE(f.count(u"SELECT attempts FROM jobs WHERE kind = 'knowledge-embed'"_s), 0);
        QCOMPARE(f.count(u"SELECT waits FROM jobs WHERE kind = 'knowledge-embed'"_s), 1);
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'embed' AND outcome = 'error'"_s), 4);
    }

    void aRunEmbedsItsSearchesAndTheWriterGetsWhatTheMeaningFinds()
    {
        PipelineFixture f;
        // The returns terms say "send it back" and "money back": no word of the FAQ's search for returns.
        add(f.db(), u"Terms"_s,
            u"## Sending it back\nNot happy? Send it back within 30 days and get your money back.\n\n"
            u"## Gift cards\nGift cards are valid for one year and cannot be exchanged for cash."_s);
        const ProductFacts facts = PipelineFixture::facts(u"Stoneware mug"_s);
        const QString returnsQuery = KnowledgeClaims::queriesFor(u"faq"_s, facts).at(1);
        QVERIFY(returnsQuery.contains(u"refund"_s));
        const auto byWords = Knowledge::search(f.db(), returnsQuery, 2);
        QVERIFY(std::none_of(byWords.cbegin(), byWords.cend(),
            [](const Knowledge::Passage& p) { return p.text.contains(u"money back"_s); }));
        useMeaning(f);
        f.startPool();
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        const qint64 id = f.addProduct(facts);
        f.run({id});
        QVERIFY(f.waitUntilIdle(120'000));
        QCOMPARE(f.stageOf(id), u"ready"_s);
        // Every search of the run has its vector now.
        QVERIFY(Knowledge::queriesWithoutVector(f.db(), QString::fromLatin1(kModel), {returnsQuery}).isEmpty());
        QVERIFY(f.count(u"SELECT COUNT(*) FROM knowledge_vectors WHERE kind = 'query'"_s) >= 3);
        // The FAQ's writer was given the money-back passage, with its id.
        const auto found = Knowledge::search(f.db(), returnsQuery, 2);
        const auto moneyBack = std::find_if(
            found.cbegin(), found.cend(), [](const Knowledge::Passage& p) { return p.text.contains(u"money back"_s); });
        QVERIFY(moneyBack != found.cend());
        QCOMPARE(moneyBack->wordsRank, 0);
        bool given = false;
        for (const auto& r : f.sandbox()->requests(u"openai.chat"_s)) {
            const QString body = QString::fromUtf8(r.body);
            if (body.contains(u"<knowledge>"_s) && body.contains(u"money back"_s)
                && body.contains(u'[' + moneyBack->ref() + u']'))
                given = true;
        }
        QVERIFY(given);
        // Another product of the same material and category searches the same: no vector is asked for again.
        const int embedCalls = f.sandbox()->requestCount(u"openai.embeddings"_s);
        const qint64 second = f.addProduct(PipelineFixture::facts(u"Stoneware bowl"_s));
        f.run({second});
        QVERIFY(f.waitUntilIdle(120'000));
        QCOMPARE(f.stageOf(second), u"ready"_s);
        QCOMPARE(f.sandbox()->requestCount(u"openai.embeddings"_s), embedCalls);
    }

    void theClientSpeaksOllamaAndSaysWhatIsWrong()
    {
        PipelineFixture f;
        HttpClient http(HttpClient::Options{});
        ApiCaller caller(&http, Clock::system());
        EmbeddingClient client(&caller, &f.runtime());
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        ProviderConfig ollama;
        ollama.id = u"local"_s;
        ollama.name = u"Local Ollama"_s;
        ollama.kind = u"ollama"_s;
        ollama.baseUrl = f.sandbox()->url();
        ollama.model = u"llama3.1"_s;
        QCOMPARE(EmbeddingClient::defaultModel(u"ollama"_s), u"nomic-embed-text"_s);
        // OpenAI's third generation is asked for 512 numbers; other models answer their own length.
        ProviderConfig openai = ollama;
        openai.kind = u"openai"_s;
        openai.baseUrl = QUrl(u"https://api.openai.com/v1/"_s);
        const HttpRequest small = EmbeddingClient::build(openai, u"k"_s, u"text-embedding-3-small"_s, {u"a"_s});
        QCOMPARE(small.url.toString(), u"https://api.openai.com/v1/embeddings"_s);
        QCOMPARE(QJsonDocument::fromJson(small.body).object().value(u"dimensions"_s).toInt(), 512);
        QCOMPARE(small.header("Authorization"), QByteArray("Bearer k"));
        const HttpRequest other = EmbeddingClient::build(openai, {}, u"bge-m3"_s, {u"a"_s});
        QVERIFY(!QJsonDocument::fromJson(other.body).object().contains(u"dimensions"_s));
        QVERIFY(other.header("Authorization").isEmpty());
        QList<QVector<float>> vectors;
        ApiError error;
        bool done = false;
        const auto embed = [&](const ProviderConfig& config, const QStringList& texts) {
            done = false;
            client.embed(
                config, u"nomic-embed-text"_s, texts, this, [&](const QList<QVector<float>>& v, const ApiError& e) {
                    vectors = v;
                    error = e;
                    done = true;
                });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20'000);
        };
        embed(ollama, {u"refund"_s, u"money back"_s});
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(vectors.size(), 2);
        QCOMPARE(vectors.first().size(), MeaningVectors::kDims);
        QCOMPARE(f.sandbox()->requests(u"ollama.embed"_s).size(), 1);
        QCOMPARE(f.sandbox()->requests(u"ollama.embed"_s).first().path, u"/api/embed"_s);

        // One vector short: refused, said, nothing stored.
        f.sandbox()->setRouteFaults(u"ollama.embed"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"schema_violation"_s}}});
        embed(ollama, {u"refund"_s, u"money back"_s});
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(u"1 vectors came back for 2 texts"_s), qPrintable(error.message));

        // Anthropic has no embeddings: said before anything is sent.
        ProviderConfig anthropic = ollama;
        anthropic.kind = u"anthropic"_s;
        embed(anthropic, {u"refund"_s});
        QVERIFY(error.message.contains(u"no embeddings that Quorum can use"_s));
        QString why;
        Knowledge::Embedding reviewer{u"sandbox-reviewer"_s, u"x"_s};
        QVERIFY(!KnowledgeEmbedJob::provider(f.db(), reviewer, &why));
        QVERIFY2(why.contains(u"OpenAI-compatible or Ollama"_s), qPrintable(why));
        Knowledge::Embedding gone{u"removed-provider"_s, u"x"_s};
        QVERIFY(!KnowledgeEmbedJob::provider(f.db(), gone, &why));
        QVERIFY(why.contains(u"no longer exists"_s));
    }

    void aTypedSearchAsksForItsMeaningOnceAndSaysWhenItFails()
    {
        PipelineFixture f;
        add(f.db(), u"Terms"_s,
            u"## Sending it back\nNot happy? Send it back within 30 days and get your money back.\n\n"
            u"## Gift cards\nGift cards are valid for one year and cannot be exchanged for cash."_s);
        Knowledge::setEmbedding(f.db(), {u"sandbox-writer"_s, QString::fromLatin1(kModel)});
        Knowledge::hashPassages(f.db());
        {
            const auto pending = Knowledge::pendingPassages(f.db(), QString::fromLatin1(kModel), 10);
            QStringList hashes;
            QList<QVector<float>> vectors;
            for (const auto& p : pending) {
                hashes.append(p.hash);
                vectors.append(MeaningVectors::embed(p.text));
            }
            Knowledge::storeVectors(f.db(), QString::fromLatin1(kModel), u"passage"_s, hashes, vectors, 1);
        }
        EventBus bus;
        UserSession viewer{Users::User{0, u"Vera"_s, Users::Role::Viewer, true}, u"test"_s};
        KnowledgeActions actions(ChangeDoor(f.db(), Clock::system(), &bus, &viewer));
        actions.setRuntime(&f.runtime());
        QSignalSpy ready(&actions, &KnowledgeActions::meaningReady);

        // A viewer may search; by words first, by meaning once the vector is back (told from the event loop).
        QVERIFY(actions.search(u"refund"_s).isEmpty());
        QVERIFY(!actions.askMeaning(u"  "_s)); // no words: nothing to ask
        QVERIFY(actions.askMeaning(u"refund"_s));
        QVERIFY(actions.meaningPending(u" Refund "_s));
        QVERIFY(!actions.askMeaning(u"refund"_s)); // asked already
        QCOMPARE(ready.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20'000);
        QCOMPARE(ready.first().at(1).toString(), QString());
        const auto found = actions.search(u"refund"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().meaningRank, 1);
        QVERIFY(!actions.askMeaning(u"refund"_s)); // known now
        QCOMPARE(f.sandbox()->requestCount(u"openai.embeddings"_s), 1);
        // The call is in the ledger like the workers'.
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM provider_calls WHERE purpose = 'embed' AND outcome = 'ok'"_s), 1);

        // A failure is said once, after askMeaning returned, and not asked again for a minute.
        f.sandbox()->setRouteFaults(u"openai.embeddings"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"400"_s}}});
        QVERIFY(actions.askMeaning(u"reimbursement please"_s));
        QCOMPARE(ready.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 20'000);
        QVERIFY(!ready.last().at(1).toString().isEmpty());
        QVERIFY(!actions.askMeaning(u"reimbursement please"_s));
        QVERIFY(!actions.meaningPending(u"reimbursement please"_s));
        QCOMPARE(f.sandbox()->requestCount(u"openai.embeddings"_s), 2);

        // Nothing is sent when the day's budget is spent: said, from the event loop too.
        f.runtime().spend()->setDailyBudget(1);
        f.runtime().spend()->setSpentToday(10);
        QVERIFY(actions.askMeaning(u"exchange gift card"_s));
        QCOMPARE(ready.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 3, 20'000);
        QVERIFY2(ready.last().at(1).toString().contains(u"budget"_s), qPrintable(ready.last().at(1).toString()));
        QCOMPARE(f.sandbox()->requestCount(u"openai.embeddings"_s), 2);
    }

    void aJobForAProviderThatIsGoneSaysSoAndEnds()
    {
        PipelineFixture f;
        manyPassages(f.db(), 3);
        Knowledge::setEmbedding(f.db(), {u"removed-provider"_s, QString::fromLatin1(kModel)});
        QVERIFY(KnowledgeEmbedJob::enqueue(f.db(), TestWorkspace::fixedNow()));
        f.startPool();
        f.pool()->wake();
        QVERIFY(f.waitUntilIdle());
        QCOMPARE(f.count(u"SELECT COUNT(*) FROM jobs WHERE kind = 'knowledge-embed' AND state = 'done'"_s), 1);
        QVERIFY(Knowledge::embeddingError(f.db()).contains(u"no longer exists"_s));
        QCOMPARE(f.sandbox()->requestCount(u"openai.embeddings"_s), 0);
        // Without a model nothing is queued.
        Knowledge::setEmbedding(f.db(), {});
        QVERIFY(!KnowledgeEmbedJob::enqueue(f.db(), TestWorkspace::fixedNow() + 1));
    }
};

QTEST_GUILESS_MAIN(TestKnowledgeEmbed)
#include "tst_knowledgeembed.moc"
