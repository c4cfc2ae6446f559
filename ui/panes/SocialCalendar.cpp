#include "SocialCalendar.h"

#include "SocialPostsModel.h"
#include "Theme.h"
#include "social/SocialPlatforms.h"
#include "social/SocialSchedule.h"

#include <QApplication>
#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
constexpr int kHeader = 30; // day names
constexpr int kGutter = 46; // hours
constexpr int kChipHeight = 18;
constexpr int kMonthRows = 6;
constexpr int kStepMinutes = 15;
constexpr qint64 kMinuteMs = 60'000;

QColor fillFor(const QString& status)
{
    if (status == u"published")
        return Theme::Success;
    if (status == u"failed" || status == u"deleted")
        return Theme::Danger;
    if (status == u"uncertain" || status == u"proposed")
        return Theme::Warning;
    if (status == u"publishing")
        return Theme::Accent;
    return Theme::Neutral;
}

QString shortName(const QString& platform)
{
    if (platform == u"instagram")
        return u"IG"_s;
    if (platform == u"facebook")
        return u"FB"_s;
    if (platform == u"pinterest")
        return u"Pin"_s;
    if (platform == u"linkedin")
        return u"in"_s;
    if (platform == u"tiktok")
        return u"TT"_s;
    return u"X"_s;
}
} // namespace

SocialCalendar::SocialCalendar(SocialPostsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"socialCalendar"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Social post calendar"));
    setToolTip(tr("Drag a post to move it. Arrows choose a post; Ctrl+Up/Down moves it 15 minutes, Ctrl+Left/Right "
                  "a day; Delete cancels it."));
    const auto relayout = [this] {
        layoutChips();
        update();
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, relayout);
    connect(m_model, &QAbstractItemModel::dataChanged, this, relayout);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, relayout);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, relayout);
}

QSize SocialCalendar::sizeHint() const
{
    return {900, 520};
}

QSize SocialCalendar::minimumSizeHint() const
{
    return {420, 220};
}

int SocialCalendar::dayCount() const
{
    return m_mode == Mode::Week ? 7 : kMonthRows * 7;
}

qint64 SocialCalendar::rangeFrom() const
{
    const QDate start = m_mode == Mode::Week ? m_first : m_first.addDays(1 - m_first.dayOfWeek());
    return QDateTime(start, QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

qint64 SocialCalendar::rangeTo() const
{
    const QDate start = m_mode == Mode::Week ? m_first : m_first.addDays(1 - m_first.dayOfWeek());
    return QDateTime(start.addDays(dayCount()), QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

void SocialCalendar::show(Mode mode, const QDate& first)
{
    m_mode = mode;
    m_first = first;
    layoutChips();
    update();
}

void SocialCalendar::setZone(const QTimeZone& zone)
{
    m_zone = zone;
    layoutChips();
    update();
}

void SocialCalendar::select(qint64 postId)
{
    if (m_selected == postId)
        return;
    m_selected = postId;
    update();
    emit selectionChanged(postId);
}

QRectF SocialCalendar::chipRect(qint64 postId) const
{
    return m_chips.value(postId);
}

QRectF SocialCalendar::gridRect() const
{
    const int left = m_mode == Mode::Week ? kGutter : 0;
    return QRectF(left, kHeader, width() - left - 1, height() - kHeader - 1);
}

QRectF SocialCalendar::dayRect(int day) const
{
    const QRectF g = gridRect();
    if (m_mode == Mode::Week) {
        const double w = g.width() / 7;
        return QRectF(g.left() + day * w, g.top(), w, g.height());
    }
    const double w = g.width() / 7;
    const double h = g.height() / kMonthRows;
    return QRectF(g.left() + (day % 7) * w, g.top() + (day / 7) * h, w, h);
}

void SocialCalendar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutChips();
}

void SocialCalendar::layoutChips()
{
    m_chips.clear();
    m_more.clear();
    m_order.clear();
    if (!m_first.isValid())
        return;
    const qint64 from = rangeFrom();
    const QDate start = QDateTime::fromMSecsSinceEpoch(from, m_zone).date();
    // Posts per day (and per hour in the week) side by side.
    QHash<int, QList<int>> byCell;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto* e = m_model->entryAt(row);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(e->post.scheduledAt, m_zone);
        const int day = static_cast<int>(start.daysTo(at.date()));
        if (day < 0 || day >= dayCount())
            continue;
        const int cell = m_mode == Mode::Week ? day * 24 + at.time().hour() : day;
        byCell[cell].append(row);
        m_order.append(e->post.id);
    }
    const QRectF g = gridRect();
    const double hourHeight = g.height() / 24;
    for (auto it = byCell.cbegin(); it != byCell.cend(); ++it) {
        const QList<int>& rows = it.value();
        if (m_mode == Mode::Week) {
            const int day = it.key() / 24;
            const QRectF column = dayRect(day);
            const double w = (column.width() - 4) / rows.size();
            for (int i = 0; i < rows.size(); ++i) {
                const auto* e = m_model->entryAt(rows.at(i));
                const QTime t = QDateTime::fromMSecsSinceEpoch(e->post.scheduledAt, m_zone).time();
                const double y = g.top() + (t.hour() + t.minute() / 60.0) * hourHeight;
                m_chips.insert(e->post.id,
                    QRectF(column.left() + 2 + i * w, y, w - 1, std::max<double>(kChipHeight, hourHeight - 1)));
            }
        } else {
            const QRectF cell = dayRect(it.key());
            const int fits = std::max(0, static_cast<int>((cell.height() - 20) / (kChipHeight + 2)));
            for (int i = 0; i < rows.size(); ++i) {
                if (i >= fits) {
                    m_more.insert(it.key(), static_cast<int>(rows.size()) - fits);
                    break;
                }
                m_chips.insert(m_model->entryAt(rows.at(i))->post.id,
                    QRectF(cell.left() + 3, cell.top() + 18 + i * (kChipHeight + 2), cell.width() - 6, kChipHeight));
            }
        }
    }
}

qint64 SocialCalendar::chipAt(const QPointF& point) const
{
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        if (it.value().contains(point))
            return it.key();
    return 0;
}

qint64 SocialCalendar::instantAt(const QPointF& point, qint64 keepTimeOf) const
{
    const QRectF g = gridRect();
    const QDate start = QDateTime::fromMSecsSinceEpoch(rangeFrom(), m_zone).date();
    const double w = g.width() / 7;
    const int column = std::clamp(static_cast<int>((point.x() - g.left()) / w), 0, 6);
    if (m_mode == Mode::Week) {
        const double minutes = std::clamp((point.y() - g.top()) / g.height() * 24 * 60, 0.0, 24.0 * 60 - kStepMinutes);
        const int snapped = static_cast<int>(std::lround(minutes / kStepMinutes)) * kStepMinutes;
        const QTime time(snapped / 60 % 24, snapped % 60);
        return QDateTime(start.addDays(column), time, m_zone).toMSecsSinceEpoch();
    }
    const int row = std::clamp(static_cast<int>((point.y() - g.top()) / (g.height() / kMonthRows)), 0, kMonthRows - 1);
    const QTime time = QDateTime::fromMSecsSinceEpoch(keepTimeOf, m_zone).time();
    return QDateTime(start.addDays(row * 7 + column), time, m_zone).toMSecsSinceEpoch();
}

void SocialCalendar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Theme::Card);
    if (!m_first.isValid())
        return;
    const QLocale locale;
    const QRectF g = gridRect();
    const QDate start = QDateTime::fromMSecsSinceEpoch(rangeFrom(), m_zone).date();
    const QDate today = QDateTime::currentDateTime().toTimeZone(m_zone).date();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    // Day names.
    p.setPen(Theme::Heading);
    for (int d = 0; d < 7; ++d) {
        const QRectF col = dayRect(d);
        const QDate date = start.addDays(d);
        const QString label = m_mode == Mode::Week
            ? u"%1 %2"_s.arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat), locale.toString(date, u"d MMM"_s))
            : locale.dayName(date.dayOfWeek(), QLocale::ShortFormat);
        p.drawText(QRectF(col.left(), 0, col.width(), kHeader), Qt::AlignCenter, label);
    }
    p.setPen(QPen(Theme::Border, 1));
    if (m_mode == Mode::Week) {
        const double hourHeight = g.height() / 24;
        p.setFont(small);
        for (int h = 0; h <= 24; ++h) {
            const double y = g.top() + h * hourHeight;
            p.setPen(QPen(Theme::Border, 1));
            p.drawLine(QPointF(g.left(), y), QPointF(g.right(), y));
            if (h < 24 && h % 2 == 0) {
                p.setPen(Theme::Muted);
                p.drawText(QRectF(0, y - 1, kGutter - 6, hourHeight + 2), Qt::AlignRight | Qt::AlignTop,
                    locale.toString(QTime(h, 0), QLocale::ShortFormat));
            }
        }
        for (int d = 0; d <= 7; ++d) {
            const double x = g.left() + d * g.width() / 7;
            p.setPen(QPen(Theme::Border, 1));
            p.drawLine(QPointF(x, g.top()), QPointF(x, g.bottom()));
        }
        const int todayIndex = static_cast<int>(start.daysTo(today));
        if (todayIndex >= 0 && todayIndex < 7) {
            QColor tint = Theme::Accent;
            tint.setAlpha(18);
            p.fillRect(dayRect(todayIndex), tint);
        }
    } else {
        p.setFont(small);
        for (int d = 0; d < dayCount(); ++d) {
            const QRectF cell = dayRect(d);
            const QDate date = start.addDays(d);
            if (date == today) {
                QColor tint = Theme::Accent;
                tint.setAlpha(18);
                p.fillRect(cell, tint);
            }
            p.setPen(QPen(Theme::Border, 1));
            p.drawRect(cell);
            p.setPen(date.month() == m_first.month() ? Theme::Heading : Theme::Muted);
            p.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop, QString::number(date.day()));
            if (const int more = m_more.value(d)) {
                p.setPen(Theme::Muted);
                p.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignRight | Qt::AlignTop, tr("+%n more", nullptr, more));
            }
        }
    }
    // The posts.
    p.setFont(small);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto* e = m_model->entryAt(row);
        const auto it = m_chips.constFind(e->post.id);
        if (it == m_chips.cend())
            continue;
        QRectF r = it.value();
        if (e->post.id == m_dragging)
            r.moveTopLeft(r.topLeft() + (m_dragAt - m_pressAt));
        QPainterPath path;
        path.addRoundedRect(r, 3, 3);
        p.fillPath(path, fillFor(e->post.status));
        if (e->post.id == m_selected) {
            p.setPen(QPen(hasFocus() ? Theme::Text : Theme::Muted, 2));
            p.drawPath(path);
        }
        p.setPen(Theme::OnFill);
        const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(e->post.scheduledAt, m_zone).time(), QLocale::ShortFormat);
        const QString label = u"%1 %2 %3"_s.arg(when, shortName(e->platform), e->account);
        p.drawText(r.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(label, Qt::ElideRight, static_cast<int>(r.width() - 6)));
    }
}

void SocialCalendar::mousePressEvent(QMouseEvent* event)
{
    const qint64 id = chipAt(event->position());
    select(id);
    const int row = m_model->rowOf(id);
    if (event->button() == Qt::LeftButton && row >= 0 && m_model->entryAt(row) != nullptr
        && SocialPostsModel::movable(m_model->entryAt(row)->post.status)) {
        m_dragging = id;
        m_pressAt = event->position();
        m_dragAt = m_pressAt;
    }
    QWidget::mousePressEvent(event);
}

void SocialCalendar::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        m_dragAt = event->position();
        update();
    } else {
        setCursor(chipAt(event->position()) ? Qt::OpenHandCursor : Qt::ArrowCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void SocialCalendar::mouseReleaseEvent(QMouseEvent* event)
{
    const qint64 id = m_dragging;
    m_dragging = 0;
    if (id && (event->position() - m_pressAt).manhattanLength() >= QApplication::startDragDistance()) {
        const int row = m_model->rowOf(id);
        const qint64 was = row >= 0 ? m_model->entryAt(row)->post.scheduledAt : 0;
        // Where the chip's top now is, not where the mouse holds it.
        const QPointF top = m_chips.value(id).topLeft() + (event->position() - m_pressAt) + QPointF(2, 1);
        const qint64 to = instantAt(m_mode == Mode::Week ? top : event->position(), was);
        if (to != was)
            emit moveRequested(id, to);
    }
    update();
    QWidget::mouseReleaseEvent(event);
}

void SocialCalendar::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (const qint64 id = chipAt(event->position()))
        emit activated(id);
    QWidget::mouseDoubleClickEvent(event);
}

void SocialCalendar::step(int direction)
{
    if (m_order.isEmpty())
        return;
    const qsizetype at = m_order.indexOf(m_selected);
    const qsizetype next = at < 0 ? (direction > 0 ? 0 : m_order.size() - 1)
                                  : std::clamp<qsizetype>(at + direction, 0, m_order.size() - 1);
    select(m_order.at(next));
}

void SocialCalendar::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int row = m_model->rowOf(m_selected);
    const auto* e = row >= 0 ? m_model->entryAt(row) : nullptr;
    if (ctrl && e && SocialPostsModel::movable(e->post.status)) {
        qint64 by = 0;
        if (event->key() == Qt::Key_Up)
            by = -kStepMinutes * kMinuteMs;
        else if (event->key() == Qt::Key_Down)
            by = kStepMinutes * kMinuteMs;
        else if (event->key() == Qt::Key_Left)
            by = -24 * 60 * kMinuteMs;
        else if (event->key() == Qt::Key_Right)
            by = 24 * 60 * kMinuteMs;
        if (by != 0) {
            // On the post's own wall clock, in its account's zone: a day is a calendar day and a quarter is a
            // quarter on the clock, whatever the clocks do that night.
            const bool day = std::abs(by) >= 24 * 60 * kMinuteMs;
            const QString to
                = SocialSchedule::shiftedWall(e->post.local, day ? 0 : by / kMinuteMs, day ? (by > 0 ? 1 : -1) : 0);
            if (!to.isEmpty())
                emit moveToWallRequested(e->post.id, to);
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        step(-1);
        return;
    case Qt::Key_Right:
    case Qt::Key_Down:
        step(1);
        return;
    case Qt::Key_Delete:
        if (m_selected)
            emit cancelRequested(m_selected);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected)
            emit activated(m_selected);
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}
