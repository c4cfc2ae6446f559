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
#include <QFileInfo>
#include <QImage>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

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
    if (released())
        return;
    try {
        m_prompt = VisualStore::promptFor(db, m_job.subjectId);
        if (m_prompt.isEmpty()) {
            failed(tr("The product was removed"), false);
            return;
        }
        m_headline = m_job.payload.value(u"headline"_s).toString();
        if (m_headline.isEmpty())
            m_headline = Sql::scalar(db, u"SELECT name FROM products WHERE id = ?"_s, {m_job.subjectId}).toString();
        // The shop's look and the owner's rules, read once.
        m_in.headline = m_headline;
        m_in.brand = VisualStore::brandColors(db);
        m_logoPath = VisualStore::logoPath(db);
        m_in.rules = VisualStore::rules(db);
        m_hash = VisualStore::promptHash(m_prompt, kSizeText());
        // The same prompt is never paid for twice.
        std::optional<VisualStore::Cached> hit;
        {
            Transaction tx(db);
            hit = VisualStore::cached(db, m_hash);
            tx.commit();
        }
        if (hit) {
            const QImage photo(hit->path);
            if (!photo.isNull()) {
                m_fromCache = true;
                compose(photo);
                return;
            }
            // Kept but no longer readable: made again.
            Sql::exec(db, u"DELETE FROM image_cache WHERE prompt_hash = ?"_s, {m_hash});
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

bool VisualRun::released()
{
    if (!m_ctx.stopRequested())
        return false;
    try {
        JobQueue::release(m_ctx.db(), m_job.id, m_ctx.owner(), m_ctx.clock()->nowMs());
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "visual" << m_job.id << "not released:" << e.message();
    }
    finish(JobOutcome::Released, {});
    return true;
}

QString VisualRun::kSizeText()
{
    return QString(Visuals::kSize);
}

void VisualRun::generate()
{
    // A pause or an emergency stop sends no further paid request.
    if (released())
        return;
    if (m_chain.isEmpty()) {
        // Worth trying again later only when some provider's refusal may heal (down, busy, a rate limit).
        failed(tr("No provider made the picture: %1").arg(m_refusals.join(u"; "_s)), m_anyRetryable);
        return;
    }
    const ProviderConfig provider = m_chain.takeFirst();
    const QString dir = QDir(m_ctx.workspaceRoot()).filePath(u"visuals/pictures"_s);
    m_images->generate(provider, m_prompt, kSizeText(), dir, u"product-%1"_s.arg(m_job.subjectId), this,
        [this, provider](const QString& path, const ApiError& error) {
            if (error.isError()) {
                m_refusals.append(u"%1: %2"_s.arg(provider.name.isEmpty() ? provider.id : provider.name,
                    error.message.isEmpty() ? error.toString() : error.message));
                m_anyRetryable = m_anyRetryable || error.retryable();
                qCInfo(lcPipeline) << "visual" << m_job.id << "picture not made by" << provider.id << error.message;
                generate();
                return;
            }
            const QImage photo(path);
            try {
                // Paid for: kept before anything else can go wrong.
                Transaction tx(m_ctx.db());
                VisualStore::remember(m_ctx.db(), m_hash, m_prompt, kSizeText(), {path, provider.id, provider.model},
                    m_ctx.clock()->nowMs());
                tx.commit();
            } catch (const SqlError& e) {
                failed(e.message(), true);
                return;
            }
            if (photo.isNull()) {
                failed(tr("The picture %1 cannot be read").arg(path), true);
                return;
            }
            if (released())
                return;
            compose(photo);
        });
}

void VisualRun::compose(const QImage& photo)
{
    m_in.photo = photo;
    // Found once for the picture, not again for every format and attempt.
    m_in.subject = SubjectCrop::find(photo);
    m_in.logo = QImage(m_logoPath);
    // A logo that was set but cannot be read is missing, not optional.
    m_in.rules.logoRequired = !m_logoPath.isEmpty();
    if (!m_logoPath.isEmpty() && m_in.logo.isNull())
        m_problems.append(tr("the logo %1 cannot be read").arg(QFileInfo(m_logoPath).fileName()));
    if (const QColor c = QColor::fromString(m_job.payload.value(u"text_color"_s).toString()); c.isValid())
        m_in.textColor = c;
    m_dir = QDir(m_ctx.workspaceRoot()).filePath(u"visuals/product-%1"_s.arg(m_job.subjectId));
    QDir().mkpath(m_dir);
    composeNext();
}

void VisualRun::composeNext()
{
    // One format per turn of the worker's event loop: its lease is renewed between them, and a stop is heard.
    if (released())
        return;
    const QList<VisualFormats::Format>& formats = VisualFormats::all();
    if (m_made.size() == formats.size()) {
        complete();
        return;
    }
    const VisualFormats::Format& f = formats.at(m_made.size());
    m_in.format = &f;
    VisualGuards::Visual v;
    QList<VisualGuards::Result> results;
    int attempts = 0;
    QStringList earlier;
    // The plain layout, then on a plate, then another crop.
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (attempt > 0)
            earlier.append(tr("Try %1: %2").arg(attempt).arg(VisualGuards::failures(results).join(u"; "_s)));
        ++attempts;
        v = VisualComposer::render(m_in, VisualComposer::plan(m_in, attempt));
        results = VisualGuards::check(v, m_in.rules);
        if (VisualGuards::passed(results))
            break;
    }
    const QString path = QDir(m_dir).filePath(u"%1-%2.jpg"_s.arg(f.key, m_hash.left(10)));
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
    m_made.append(row);
    QTimer::singleShot(0, this, &VisualRun::composeNext);
}

void VisualRun::complete()
{
    const QSqlDatabase db = m_ctx.db();
    const qint64 now = m_ctx.clock()->nowMs();
    const int review = int(std::count_if(m_made.begin(), m_made.end(), [](const auto& r) { return !r.passed; }));
    const int ready = int(m_made.size()) - review;
    QString summary = review == 0 ? tr("%n visual(s) ready", nullptr, ready)
                                  : tr("%1 ready, %2 for a person to look at").arg(ready).arg(review);
    if (m_fromCache)
        summary += u"; "_s + tr("the picture came from the cache (no provider was paid)");
    // The providers that did not make it, and why: a fallback is not silent.
    if (!m_refusals.isEmpty())
        summary += u"; "_s + tr("the picture came from the next provider after: %1").arg(m_refusals.join(u"; "_s));
    if (!m_problems.isEmpty())
        summary += u"; "_s + m_problems.join(u"; "_s);
    try {
        Transaction tx(db);
        for (const auto& row : m_made)
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
