#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QRectF>
#include <QTimeZone>
#include <QWidget>

class SocialPostsModel;

// The social posts of a week (days × hours) or a month (a grid of days), drawn from SocialPostsModel on this
// desktop's clock. A post is a chip coloured by its status; a post not yet sent can be dragged to another time
// (15-minute steps in the week, another day in the month), or moved with the keyboard: arrows choose a post,
// Ctrl+Up/Down move it 15 minutes, Ctrl+Left/Right a day, Delete asks to cancel it. Moving only asks
// (moveRequested): the tab moves it through the facade, which validates it again.
class SocialCalendar final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        Week,
        Month
    };
    explicit SocialCalendar(SocialPostsModel* model, QWidget* parent = nullptr);

    // The first day shown (a Monday for a week, the month's first day for a month).
    void show(Mode mode, const QDate& first);
    Mode mode() const { return m_mode; }
    // The clock the grid is drawn on (this computer's unless set: the accounts' zone).
    void setZone(const QTimeZone& zone);
    QTimeZone zone() const { return m_zone; }
    QDate first() const { return m_first; }
    // The instants the view covers, [from, to), on this desktop's clock.
    qint64 rangeFrom() const;
    qint64 rangeTo() const;
    qint64 selected() const { return m_selected; }
    void select(qint64 postId);
    // Where a post's chip is drawn (for tests and the keyboard), or an empty rect.
    QRectF chipRect(qint64 postId) const;
    // The instant a point of the grid stands for (week: 15-minute steps; month: the day at the post's time).
    qint64 instantAt(const QPointF& point, qint64 keepTimeOf) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void selectionChanged(qint64 postId);
    void moveRequested(qint64 postId, qint64 instant);
    // A move on the post's own wall clock (the keyboard): yyyy-MM-ddTHH:mm in its account's zone.
    void moveToWallRequested(qint64 postId, const QString& local);
    void cancelRequested(qint64 postId);
    void activated(qint64 postId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void layoutChips();
    QRectF gridRect() const;
    QRectF dayRect(int day) const; // week: a column; month: a cell
    int dayCount() const;
    qint64 chipAt(const QPointF& point) const;
    void step(int direction);

    SocialPostsModel* m_model;
    Mode m_mode = Mode::Week;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QDate m_first;
    QHash<qint64, QRectF> m_chips;
    QHash<int, int> m_more; // month: posts not drawn per day
    QList<qint64> m_order;  // posts by time, for the keyboard
    qint64 m_selected = 0;
    qint64 m_dragging = 0;
    QPointF m_pressAt;
    QPointF m_dragAt;
};
