#include "ThumbnailCache.h"

#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace
{
// About a thousand 32 px thumbnails at a device pixel ratio of 1 (a quarter of that at 2).
constexpr int MaxCacheKilobytes = 4 * 1024;
// Entries are a path and two numbers; past this many, forget the ones not in flight (they are checked again).
constexpr int MaxEntries = 20'000;
} // namespace

ThumbnailCache::ThumbnailCache(int size, QObject* parent)
    : ThumbnailCache(QSize(size, size), Fit::Contain, parent)
{ }

ThumbnailCache::ThumbnailCache(QSize box, Fit fit, QObject* parent)
    : QObject(parent)
    , m_box(box)
    , m_fit(fit)
    , m_pool(new QThreadPool(this))
    , m_images(MaxCacheKilobytes)
{
    // Two readers: enough to fill a screen of rows quickly, without taking the cores the pipeline uses.
    m_pool->setMaxThreadCount(2);
    m_pool->setObjectName(u"ThumbnailCache pool"_s);
}

ThumbnailCache::~ThumbnailCache()
{
    // A reader still running posts its result to this object: let it finish before this object goes.
    m_pool->clear();
    m_pool->waitForDone();
}

QString ThumbnailCache::key(const QString& path, qint64 mtime)
{
    return path + u'\n' + QString::number(mtime);
}

QImage ThumbnailCache::thumbnail(const QString& path, State* state)
{
    State dummy;
    State& s = state ? *state : dummy;
    Entry& e = m_entries[path];
    if (e.fresh) {
        if (!e.ok) {
            s = State::Failed;
            return {};
        }
        if (const QImage* image = m_images.object(key(path, e.mtime))) {
            s = State::Ready;
            return *image;
        }
        e.fresh = false; // pushed out of the cache: read it again
    }
    // Not checked since it was invalidated: ask whether it changed, and keep showing what we have meanwhile.
    const QImage* known = e.ok ? m_images.object(key(path, e.mtime)) : nullptr;
    request(path, known ? e.mtime : -1);
    if (known) {
        s = State::Ready;
        return *known;
    }
    s = State::Loading;
    return {};
}

void ThumbnailCache::invalidate(const QString& path)
{
    const auto it = m_entries.find(path);
    if (it != m_entries.end())
        it->fresh = false;
}

void ThumbnailCache::invalidateAll()
{
    for (Entry& e : m_entries)
        e.fresh = false;
}

void ThumbnailCache::request(const QString& path, qint64 knownMtime)
{
    if (m_pending.contains(path))
        return;
    m_pending.insert(path);
    const QSize box = m_box;
    const Fit fit = m_fit;
    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    m_pool->start([this, path, knownMtime, box, fit, dpr] {
        const Result result = load(path, knownMtime, box, fit, dpr);
        // Back on the GUI thread; the destructor waits for this runnable, so this object still exists.
        QMetaObject::invokeMethod(
            this, [this, path, result] { finished(path, result); }, Qt::QueuedConnection);
    });
}

ThumbnailCache::Result ThumbnailCache::load(const QString& path, qint64 knownMtime, QSize box, Fit fit, qreal dpr)
{
    Result r;
    const QFileInfo info(path);
    if (!info.isFile())
        return r;
    r.mtime = info.lastModified().toMSecsSinceEpoch();
    if (r.mtime == knownMtime) {
        r.unchanged = true;
        return r;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize source = reader.size();
    if (!source.isValid() || source.isEmpty())
        return r;
    const QSize target(qMax(1, qRound(box.width() * dpr)), qMax(1, qRound(box.height() * dpr)));
    if (fit == Fit::TopOfPage) {
        // As wide as the box, read already scaled; the part below the box is cut off.
        reader.setScaledSize(
            source.scaled(target.width(), source.height() * 4, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
        QImage picture = reader.read();
        if (picture.isNull())
            return r;
        r.image = picture.copy(0, 0, target.width(), std::min(target.height(), picture.height()));
        r.image.setDevicePixelRatio(dpr);
        return r;
    }
    const int side = target.width();
    // Read it already scaled (JPEG decodes at the smaller size), keeping its aspect.
    reader.setScaledSize(source.scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    const QImage picture = reader.read();
    if (picture.isNull())
        return r;
    // Every thumbnail is the same square, so the names next to them line up whatever the picture's shape.
    QImage out(side, side, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QSize fitted = picture.size().scaled(side, side, Qt::KeepAspectRatio);
    const QRectF rect((side - fitted.width()) / 2.0, (side - fitted.height()) / 2.0, fitted.width(), fitted.height());
    QPainterPath rounded;
    rounded.addRoundedRect(rect, 4 * dpr, 4 * dpr);
    painter.setClipPath(rounded);
    painter.drawImage(rect, picture);
    painter.end();
    out.setDevicePixelRatio(dpr);
    r.image = out;
    return r;
}

void ThumbnailCache::finished(const QString& path, const Result& result)
{
    m_pending.remove(path);
    if (m_entries.size() > MaxEntries) {
        for (auto it = m_entries.begin(); it != m_entries.end();)
            it = m_pending.contains(it.key()) ? std::next(it) : m_entries.erase(it);
    }
    Entry& e = m_entries[path];
    e.fresh = true;
    e.mtime = result.mtime;
    if (result.unchanged) {
        // Still cached, unless it was pushed out meanwhile: then the next request reads it again.
        e.ok = true;
        e.fresh = m_images.contains(key(path, result.mtime));
    } else if (!result.image.isNull()) {
        e.ok = true;
        const qsizetype bytes = result.image.sizeInBytes();
        m_images.insert(key(path, result.mtime), new QImage(result.image), qMax<qsizetype>(1, bytes / 1024));
    } else {
        e.ok = false;
    }
    emit thumbnailReady(path);
}
