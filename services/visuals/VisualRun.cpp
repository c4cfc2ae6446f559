#include "VisualRun.h"

#include "VisualComposer.h"
#include "VisualStore.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/JobRegistry.h"
#include "llm/ImageClient.h"
#include "resilience/ApiRuntime.h"
#include "social/SocialPlatforms.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace
{

// The strictest picture size of the platforms that show a format.
qint64 byteLimit(const VisualFormats::Format& f)
{
    qint64 limit = 0;
    for (const QString& key : f.platforms)
        if (const auto* p = SocialPlatforms::find(key); p && p->maxImageBytes > 0)
            limit = limit == 0 ? p->maxImageBytes : std::min(limit, p->maxImageBytes);
    return limit > 0 ? limit : 4 * 1024 * 1024;
}

// JPEG at the best quality that fits the limit.
QByteArray jpegWithin(const QImage& image, qint64 limit)
{
    QByteArray bytes;
    for (int quality = 92; quality >= 40; quality -= 8) {
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", quality);
        if (bytes.size() <= limit)
            break;
    }
    return bytes;
}

} // namespace

VisualRun::VisualRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_job(job)
{ }

void VisualRun::start(std::function<void(JobOutcome, const QString&)> onFinished)
{
    m_onFinished = std::move(onFinished);
    const QSqlDatabase db = m_ctx.db();
    if (m_ctx.stopRequested()) {
        JobQueue::release(db, m_job.id, m_ctx.owner(), m_ctx.clock()->nowMs());
        finish(JobOutcome::Released, {});
        return;
    }
    try {
        m_prompt = VisualStore::promptFor(db, m_job.subjectId);
        if (m_prompt.isEmpty()) {
            failed(tr("The product was removed"), false);
            return;
        }
        m_headline = m_job.payload.value(u"headline"_s).toString();
        if (m_headline.isEmpty())
            m_headline = Sql::scalar(db, u"SELECT name FROM products WHERE id = ?"_s, {m_job.subjectId}).toString();
        m_hash = VisualStore::promptHash(m_prompt, kSizeText());
        // The same prompt is never paid for twice.
        std::optional<VisualStore::Cached> hit;
        {
            Transaction tx(db);
            hit = VisualStore::cached(db, m_hash);
            tx.commit();
        }
        if (hit) {
            m_fromCache = true;
            compose(hit->path);
            return;
        }
        m_chain = VisualStore::chain(db, m_ctx.runtime()->prices());
    } catch (const SqlError& e) {
        failed(e.message(), true);
        return;
    }
    if (m_chain.isEmpty()) {
        failed(tr("No image provider is set up for making pictures"), false);
        return;
    }
    m_images = new ImageClient(m_ctx.caller(), m_ctx.runtime(), this);
    m_images->setCallLog(m_ctx.db());
    m_images->setMinimumSide(Visuals::kMinimumSide);
    generate();
}

QString VisualRun::kSizeText()
{
    return QString(Visuals::kSize);
}

void VisualRun::generate()
{
    if (m_chain.isEmpty()) {
        failed(tr("No provider made the picture: %1").arg(m_refusals.join(u"; "_s)), true);
        return;
    }
    const ProviderConfig provider = m_chain.takeFirst();
    const QString dir = QDir(m_ctx.workspaceRoot()).filePath(u"visuals/pictures"_s);
    m_images->generate(provider, m_prompt, kSizeText(), dir, u"product-%1"_s.arg(m_job.subjectId), this,
        [this, provider](const QString& path, const ApiError& error) {
            if (error.isError()) {
                m_refusals.append(u"%1: %2"_s.arg(provider.name.isEmpty() ? provider.id : provider.name,
                    error.message.isEmpty() ? error.toString() : error.message));
                qCInfo(lcPipeline) << "visual" << m_job.id << "picture not made by" << provider.id << error.message;
                generate();
                return;
            }
            try {
                Transaction tx(m_ctx.db());
                VisualStore::remember(m_ctx.db(), m_hash, m_prompt, kSizeText(), {path, provider.id, provider.model},
                    m_ctx.clock()->nowMs());
                tx.commit();
            } catch (const SqlError& e) {
                failed(e.message(), true);
                return;
            }
            compose(path);
        });
}

void VisualRun::compose(const QString& picturePath)
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    const QImage photo(picturePath);
    if (photo.isNull()) {
        failed(tr("The picture %1 cannot be read").arg(picturePath), true);
        return;
    }
    VisualComposer::Input in;
    in.photo = photo;
    in.headline = m_headline;
    in.brand = VisualStore::brandColors(db);
    in.logo = QImage(VisualStore::logoPath(db));
    in.rules.logoRequired = !in.logo.isNull();
    if (const QColor c = QColor::fromString(m_job.payload.value(u"text_color"_s).toString()); c.isValid())
        in.textColor = c;
    const QString dir = QDir(m_ctx.workspaceRoot()).filePath(u"visuals/product-%1"_s.arg(m_job.subjectId));
    QDir().mkpath(dir);
    int ready = 0;
    int review = 0;
    QList<VisualStore::Visual> made;
    for (const VisualFormats::Format& f : VisualFormats::all()) {
        in.format = &f;
        VisualGuards::Visual v;
        QList<VisualGuards::Result> results;
        int attempts = 0;
        QStringList earlier;
        // The plain layout, then on a plate, then another crop.
        for (int attempt = 0; attempt < 3; ++attempt) {
            if (attempt > 0)
                earlier.append(tr("Try %1: %2").arg(attempt).arg(VisualGuards::failures(results).join(u"; "_s)));
            ++attempts;
            v = VisualComposer::render(in, VisualComposer::plan(in, attempt));
            results = VisualGuards::check(v, in.rules);
            if (VisualGuards::passed(results))
                break;
        }
        const QString path = QDir(dir).filePath(u"%1-%2.jpg"_s.arg(f.key, m_hash.left(10)));
        QSaveFile file(path);
        const QByteArray bytes = jpegWithin(v.composed, byteLimit(f));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            failed(tr("Cannot save %1: %2").arg(path, file.errorString()), true);
            return;
        }
        VisualStore::Visual row;
        row.productId = m_job.subjectId;
        row.format = f.key;
        row.path = path;
        row.promptHash = m_hash;
        row.guards = results;
        row.passed = VisualGuards::passed(results);
        row.attempts = attempts;
        row.earlier = earlier;
        row.status = row.passed ? u"ready"_s : u"review"_s;
        (row.passed ? ready : review) += 1;
        made.append(row);
    }
    QString summary = review == 0 ? tr("%n visual(s) ready", nullptr, ready)
                                  : tr("%1 ready, %2 for a person to look at").arg(ready).arg(review);
    if (m_fromCache)
        summary += u"; "_s + tr("the picture came from the cache (no provider was paid)");
    // The providers that did not make it, and why: a fallback is not silent.
    if (!m_refusals.isEmpty())
        summary += u"; "_s + tr("the picture came from the next provider after: %1").arg(m_refusals.join(u"; "_s));
    try {
        Transaction tx(db);
        for (const auto& row : made)
            VisualStore::save(db, row, now);
        AuditLog::append(db, now, u"visuals"_s, u"visual.made"_s, u"product:%1"_s.arg(m_job.subjectId),
            {{u"ready"_s, ready}, {u"review"_s, review}, {u"prompt_hash"_s, m_hash}});
        if (!JobQueue::complete(
                db, m_job.id, m_ctx.owner(), {{u"ready"_s, ready}, {u"review"_s, review}, {u"note"_s, summary}}, now)) {
            finish(JobOutcome::LostLease, {});
            return;
        }
        tx.commit();
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "visual" << m_job.id << "not completed:" << e.message();
        finish(JobOutcome::LostLease, {});
        return;
    }
    if (m_ctx.bus())
        m_ctx.bus()->publishChanged(EventBus::Topic::Products, {m_job.subjectId}, false);
    finish(JobOutcome::Done, summary);
}

void VisualRun::failed(const QString& summary, bool retryable)
{
    JobOutcome outcome = JobOutcome::LostLease;
    try {
        const QSqlDatabase db = m_ctx.db();
        Transaction tx(db);
        const auto r = JobQueue::fail(
            db, m_job.id, m_ctx.owner(), summary, retryable, m_ctx.retryBaseMs(), m_ctx.clock()->nowMs());
        if (r != JobQueue::FailOutcome::LostLease) {
            tx.commit();
            outcome = r == JobQueue::FailOutcome::Dead ? JobOutcome::Dead : JobOutcome::Retrying;
        }
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "visual" << m_job.id << "failure not written:" << e.message();
    }
    if (m_ctx.bus())
        m_ctx.bus()->publishChanged(EventBus::Topic::Products, {m_job.subjectId}, false);
    finish(outcome, summary);
}

void VisualRun::finish(JobOutcome outcome, const QString& summary)
{
    if (m_finished)
        return;
    m_finished = true;
    m_onFinished(outcome, summary);
}

namespace Visuals
{

void registerAll(JobRegistry& registry)
{
    registry.add(Make, std::make_unique<RunHandler<VisualRun>>(), JobRegistry::Network | JobRegistry::Secrets);
}

bool queue(const QSqlDatabase& db, qint64 productId, const QString& headline, qint64 now, const QColor& textColor)
{
    JobQueue::NewJob job;
    job.kind = Make;
    job.subjectId = productId;
    job.payload = {{u"headline"_s, headline}};
    if (textColor.isValid())
        job.payload.insert(u"text_color"_s, textColor.name());
    job.maxAttempts = 3;
    job.idempotencyKey = u"visual.make:%1:%2"_s.arg(productId).arg(now);
    return JobQueue::enqueue(db, job, now).second;
}

} // namespace Visuals
