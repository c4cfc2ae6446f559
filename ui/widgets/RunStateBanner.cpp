#include "RunStateBanner.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

RunStateBanner::RunStateBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_resume(new QPushButton(tr("Resume"), this))
{
    setObjectName(u"runStateBanner"_s);
    m_text->setObjectName(u"runStateText"_s);
    m_text->setWordWrap(true);
    m_resume->setObjectName(u"runStateResume"_s);
    connect(m_resume, &QPushButton::clicked, this, &RunStateBanner::resumeRequested);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 8, 20, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_resume);
    hide();
}

void RunStateBanner::setState(RunControl::State state)
{
    if (state == m_state)
        return;
    m_state = state;
    switch (state) {
    case RunControl::State::Running:
        hide();
        return;
    case RunControl::State::Paused:
        m_text->setText(tr("<b>Paused.</b> No agent starts new work; work under way stopped at its next safe point "
                           "and waits. Nothing is lost."));
        setStyleSheet(
            u"#runStateBanner { background: %1; border-bottom: 1px solid %2; } #runStateText { color: %3; }"_s.arg(
                Theme::css(Theme::Notice), Theme::css(Theme::NoticeBorder), Theme::css(Theme::Text)));
        break;
    case RunControl::State::Stopped:
        m_text->setText(tr("<b>Emergency stop.</b> Every agent and worker is halted; nothing is sent or published "
                           "until an owner resumes. Nothing is lost."));
        setStyleSheet(u"#runStateBanner { background: %1; } #runStateText { color: %2; }"_s.arg(
            Theme::css(Theme::Danger), Theme::css(Theme::OnFill)));
        break;
    }
    show();
}
