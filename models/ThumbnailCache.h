#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

class QThreadPool;

// Small square thumbnails of local image files, for a list's Qt::DecorationRole. A file is read and
// scaled off the GUI thread (the GUI thread never touches the disk here), once per path at a time, and
// only when a view asks for it. Thumbnails are kept in a bounded cache keyed by path and modification
// time: after invalidate(), the next request checks the file's time again and reads it only if it changed.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Loading, // read in the background: thumbnailReady(path) follows
        Ready,
        Failed // missing, unreadable or not an image
    };

    // How a picture fills the thumbnail: whole and centred in a square with rounded corners (a product's
    // picture), or across the box's width from its top, the rest cut off (a page's screenshot on a card).
    enum class Fit
    {
        Contain,
        TopOfPage
    };
    // size: the thumbnail's side in device-independent pixels.
    explicit ThumbnailCache(int size, QObject* parent = nullptr);
    ThumbnailCache(QSize box, Fit fit, QObject* parent = nullptr);
    ~ThumbnailCache() override;

    // The thumbnail of an absolute file path: a size × size image (the picture centred in it with its
    // aspect kept and rounded corners, transparent around it). Null while loading or when it failed.
    QImage thumbnail(const QString& path, State* state = nullptr);
    // True while the path is being read (a thumbnailReady for it is on its way).
    bool isPending(const QString& path) const { return m_pending.contains(path); }
    // The file may have changed: check it again on the next request.
    void invalidate(const QString& path);
    void invalidateAll();
    int size() const { return m_box.width(); }

signals:
    void thumbnailReady(const QString& path);

private:
    struct Entry
    {
        qint64 mtime = -1;
        bool ok = false;
        bool fresh = false; // checked since the last invalidate()
    };
    struct Result
    {
        qint64 mtime = -1;
        QImage image;
        bool unchanged = false; // same modification time as the cached image: not read again
    };
    static Result load(const QString& path, qint64 knownMtime, QSize box, Fit fit, qreal dpr);
    static QString key(const QString& path, qint64 mtime);
    void request(const QString& path, qint64 knownMtime);
    void finished(const QString& path, const Result& result);

    QSize m_box;
    Fit m_fit = Fit::Contain;
    QThreadPool* m_pool;
    QCache<QString, QImage> m_images; // cost: kilobytes
    QHash<QString, Entry> m_entries;
    QSet<QString> m_pending;
};
