#include "UndoToast.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

UndoToast::UndoToast(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_undo(new QPushButton(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(u"undoToast"_s);
    setStyleSheet(u"#undoToast { background: %1; border: 1px solid %2; border-radius: 6px; }"_s.arg(
        Theme::css(Theme::Notice), Theme::css(Theme::NoticeBorder)));
    m_text->setObjectName(u"undoToastText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_undo->setObjectName(u"undoButton"_s);
    m_undo->setText(tr("&Undo"));
    m_undo->setToolTip(tr("Take the decision back before its work starts (Ctrl+Z)"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_undo);
    m_ticker->setInterval(250);
    connect(m_ticker, &QTimer::timeout, this, &UndoToast::tick);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = m_ids;
        dismiss();
        if (!ids.isEmpty())
            emit undoRequested(ids);
    });
    hide();
}

void UndoToast::start(const QList<qint64>& ids, const QString& text, int seconds)
{
    if (ids.isEmpty() || seconds <= 0) {
        dismiss();
        return;
    }
    m_message = text;
    m_ids = ids;
    m_deadline.setRemainingTime(seconds * 1000LL);
    show();
    tick();
    m_ticker->start();
}

void UndoToast::dismiss()
{
    m_ticker->stop();
    m_ids.clear();
    hide();
}

void UndoToast::tick()
{
    const qint64 left = m_deadline.remainingTime();
    if (left <= 0) {
        dismiss();
        return;
    }
    const int seconds = static_cast<int>((left + 999) / 1000);
    m_text->setText(tr("%1 It starts in %n s unless you undo it.", nullptr, seconds).arg(m_message));
}
