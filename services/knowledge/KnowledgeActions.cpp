#include "KnowledgeActions.h"

#include "KnowledgeEmbedJob.h"
#include "core/Clock.h"
#include "llm/EmbeddingClient.h"
#include "llm/ProviderStore.h"
#include "net/HttpClient.h"
#include "resilience/ApiCaller.h"
#include "resilience/ApiRuntime.h"
#include "storage/Dialect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryFile>

#include <stdexcept>

using namespace Qt::StringLiterals;

KnowledgeActions::KnowledgeActions(const ChangeDoor& door, QObject* parent)
    : QObject(parent)
    , m_door(door)
{ }

QList<Knowledge::Document> KnowledgeActions::documents() const
{
    return Knowledge::documents(m_door.db());
}

std::optional<Knowledge::Document> KnowledgeActions::document(qint64 id) const
{
    return Knowledge::document(m_door.db(), id);
}

QString KnowledgeActions::meaningKey(const QString& query) const
{
    return Knowledge::embedding(m_door.db()).model + u'\n' + query.simplified().toLower();
}

QList<Knowledge::Passage> KnowledgeActions::search(const QString& query, int limit) const
{
    if (const QVector<float>* known = m_queryVectors.object(meaningKey(query)))
        return Knowledge::search(m_door.db(), query, limit, known);
    return Knowledge::search(m_door.db(), query, limit); // a vector a writer's run stored is used there
}

bool KnowledgeActions::meaningPending(const QString& query) const
{
    return m_embedding.contains(meaningKey(query));
}

void KnowledgeActions::setRuntime(ApiRuntime* runtime)
{
    m_runtime = runtime;
}

bool KnowledgeActions::askMeaning(const QString& query)
{
    const Knowledge::Embedding meaning = Knowledge::embedding(m_door.db());
    const QString key = meaningKey(query);
    if (!m_runtime || !meaning.enabled() || !Knowledge::searchable(query) || m_queryVectors.contains(key)
        || m_embedding.contains(key) || Knowledge::queryVector(m_door.db(), meaning.model, query))
        return false;
    const qint64 now = m_door.clock()->nowMs();
    if (const auto failed = m_failedAt.constFind(key); failed != m_failedAt.cend() && now - failed.value() < 60'000)
        return false;
    QString why;
    const auto config = KnowledgeEmbedJob::provider(m_door.db(), meaning, &why);
    if (!config)
        return false;
    if (!m_embedder) {
        // Its own HTTP client and attempt loop on this thread, like Settings → Providers' test; its calls are in the
        // ledger and count against the day's budget like the workers'.
        HttpClient::Options options;
        options.deadlineMs = 20'000;
        options.stallTimeoutMs = 20'000;
        auto* http = new HttpClient(options, this);
        m_embedder = new EmbeddingClient(new ApiCaller(http, m_runtime->clock(), this), m_runtime, this);
        m_embedder->setCallLog(m_door.db());
    }
    m_embedding.insert(key);
    m_embedder->embed(
        *config, meaning.model, {query}, this,
        [this, key, query](const QList<QVector<float>>& vectors, const ApiError& error) {
            if (!error.isError() && !vectors.isEmpty()) {
                QVector<float> v = vectors.first();
                Knowledge::normalize(&v);
                m_queryVectors.insert(key, new QVector<float>(v));
            } else {
                if (m_failedAt.size() > 500)
                    m_failedAt.clear();
                m_failedAt.insert(key, m_door.clock()->nowMs());
            }
            // Told from the event loop: an answer that came at once (no key, the budget, an open circuit) does not
            // reach the page while it is still asking.
            const QString message = error.isError() ? error.message : QString();
            QMetaObject::invokeMethod(
                this,
                [this, key, query, message] {
                    m_embedding.remove(key);
                    emit meaningReady(query, message);
                },
                Qt::QueuedConnection);
        },
        1); // a person is waiting: the first answer is the one shown
    return true;
}

QList<ProviderConfig> KnowledgeActions::embeddingProviders() const
{
    QList<ProviderConfig> out;
    for (const ProviderConfig& p : ProviderStore::all(m_door.db())) {
        if (EmbeddingClient::supports(p.kind))
            out.append(p);
    }
    return out;
}

Knowledge::Embedding KnowledgeActions::embedding() const
{
    return Knowledge::embedding(m_door.db());
}

Knowledge::Coverage KnowledgeActions::coverage() const
{
    const Knowledge::Embedding e = Knowledge::embedding(m_door.db());
    return e.enabled() ? Knowledge::coverage(m_door.db(), e.model) : Knowledge::Coverage{passageCount(), 0};
}

QString KnowledgeActions::embeddingError() const
{
    return Knowledge::embeddingError(m_door.db());
}

bool KnowledgeActions::setEmbedding(const Knowledge::Embedding& embedding, QString* error)
{
    Knowledge::Embedding e{embedding.providerId.trimmed(), embedding.model.trimmed()};
    if (!e.providerId.isEmpty()) {
        QString why;
        const auto config = KnowledgeEmbedJob::provider(m_door.db(), e, &why);
        if (!config) {
            if (error)
                *error = why;
            return false;
        }
        if (e.model.isEmpty())
            e.model = EmbeddingClient::defaultModel(config->kind);
    }
    return m_door.change(
        {u"knowledge.embedding"_s, u"knowledge"_s, QJsonObject{{u"provider"_s, e.providerId}, {u"model"_s, e.model}},
            EventBus::Topic::Settings},
        [&](const QSqlDatabase& db) {
            Knowledge::setEmbedding(db, e);
            KnowledgeEmbedJob::enqueue(db, m_door.clock()->nowMs());
        },
        error);
}

int KnowledgeActions::passageCount() const
{
    return Knowledge::passageCount(m_door.db());
}

QString KnowledgeActions::rankingName() const
{
    return Dialect::isPostgres(m_door.db()) ? u"ts_rank_cd"_s : u"BM25"_s;
}

qint64 KnowledgeActions::save(const Knowledge::Document& document, QString* error)
{
    if (const QString why = Knowledge::whyNot(document); !why.isEmpty()) {
        if (error)
            *error = why;
        return 0;
    }
    qint64 id = 0;
    const int version
        = document.id > 0 ? Knowledge::document(m_door.db(), document.id).value_or(Knowledge::Document{}).version : 0;
    bool ok = false;
    try { // a document removed meanwhile (another desk of a team) is refused, not a crash
        ok = m_door.change(
            {u"knowledge.save"_s,
                u"knowledge:"_s + (document.id > 0 ? QString::number(document.id) : document.title.trimmed()),
                QJsonObject{{u"title"_s, document.title.trimmed()}, {u"topic"_s, document.topic},
                    {u"source"_s, document.source}, {u"origin"_s, document.origin},
                    {u"characters"_s, static_cast<qint64>(document.body.size())}, {u"previous_version"_s, version}},
                EventBus::Topic::Products}, // the products' pieces cite it: their detail views show what is stale
            [&](const QSqlDatabase& db) {
                id = Knowledge::save(db, document, m_door.actor(), m_door.clock()->nowMs());
                KnowledgeEmbedJob::enqueue(db, m_door.clock()->nowMs()); // the new passages' meaning
            },
            error);
    } catch (const std::invalid_argument& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return 0;
    }
    return ok ? id : 0;
}

bool KnowledgeActions::remove(qint64 id, QString* error)
{
    const auto d = Knowledge::document(m_door.db(), id);
    if (!d) {
        if (error)
            *error = QCoreApplication::translate("Knowledge", "The document no longer exists.");
        return false;
    }
    return m_door.change(
        {u"knowledge.remove"_s, u"knowledge:"_s + QString::number(id),
            QJsonObject{{u"title"_s, d->title}, {u"version"_s, d->version}}, EventBus::Topic::Products},
        [&](const QSqlDatabase& db) { Knowledge::remove(db, id); }, error);
}

void KnowledgeActions::fetch(const QUrl& url)
{
    const auto fail = [this](const QString& error) {
        KnowledgeImport::Draft d;
        d.error = error;
        emit fetched(d);
    };
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        fail(QCoreApplication::translate("Knowledge", "Type the page's full address, beginning with https://."));
        return;
    }
    if (m_fetching) {
        fail(QCoreApplication::translate("Knowledge", "A page is being fetched already."));
        return;
    }
    if (!m_http) {
        HttpClient::Options options;
        options.deadlineMs = 30'000;
        options.stallTimeoutMs = 15'000;
        options.maxResponseBytes = KnowledgeImport::kMaxFileBytes;
        m_http = new HttpClient(options, this);
    }
    m_fetching = true;
    HttpRequest request;
    request.url = url;
    request.setHeader("Accept", "text/html, text/plain, application/pdf;q=0.8");
    m_http->send(request, this, [this, url, fail](const HttpResponse& r) {
        m_fetching = false;
        if (!r.hasHttpStatus()) {
            fail(QCoreApplication::translate("Knowledge", "%1 could not be reached: %2")
                     .arg(url.toDisplayString(), r.errorString));
            return;
        }
        if (!r.ok()) {
            fail(QCoreApplication::translate("Knowledge", "%1 answered with HTTP %2; nothing was read.")
                     .arg(url.toDisplayString())
                     .arg(r.status));
            return;
        }
        const QByteArray type = r.header("content-type").toLower();
        if (type.contains("pdf")) {
            QTemporaryFile file;
            if (!file.open() || file.write(r.body) != r.body.size() || !file.flush()) {
                fail(QCoreApplication::translate("Knowledge", "The PDF could not be kept to read it."));
                return;
            }
            KnowledgeImport::Draft d = KnowledgeImport::readPdf(file.fileName());
            d.error.replace(QFileInfo(file.fileName()).fileName(), url.toDisplayString()); // not the temporary file
            d.document.origin = url.toString();
            d.document.source = u"url"_s;
            emit fetched(d);
            return;
        }
        if (!type.isEmpty() && !type.contains("html") && !type.contains("text/plain")) {
            fail(QCoreApplication::translate("Knowledge", "%1 is not a page of text (it is %2).")
                     .arg(url.toDisplayString(), QString::fromLatin1(type)));
            return;
        }
        KnowledgeImport::Draft d = type.contains("text/plain") ? KnowledgeImport::Draft{}
                                                               : KnowledgeImport::fromHtml(r.body, url.toString());
        if (type.contains("text/plain")) {
            d.document.title = url.fileName().isEmpty() ? url.host() : url.fileName();
            d.document.body = QString::fromUtf8(r.body).trimmed();
            d.document.source = u"url"_s;
            d.document.origin = url.toString();
            d.document.topic = KnowledgeImport::guessTopic(d.document.title, d.document.body);
        }
        emit fetched(d);
    });
}
