#include "PaneHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PaneHeader::PaneHeader(const QString& title, const QString& subtitle, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(subtitle, this))
    , m_tools(new QHBoxLayout)
    , m_actions(new QHBoxLayout)
{
    m_title->setProperty("role", u"title"_s);
    m_subtitle->setProperty("role", u"subtitle"_s);
    m_subtitle->setWordWrap(true);
    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    text->addWidget(m_subtitle);
    m_actions->setSpacing(8);
    auto* top = new QHBoxLayout;
    top->addLayout(text, 1);
    top->addLayout(m_actions);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addLayout(top);
    m_tools->setSpacing(8);
    layout->addLayout(m_tools);
}

void PaneHeader::setSubtitle(const QString& subtitle)
{
    m_subtitle->setText(subtitle);
}

void PaneHeader::addWidget(QWidget* widget)
{
    m_tools->addWidget(widget);
}

void PaneHeader::addAction(QWidget* widget)
{
    m_actions->addWidget(widget, 0, Qt::AlignTop);
}

void PaneHeader::addStretch()
{
    m_tools->addStretch();
}
