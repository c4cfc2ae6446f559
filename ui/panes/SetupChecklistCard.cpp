#include "SetupChecklistCard.h"

#include "SetupChecklistModel.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
QString actionText(SetupState::Step step)
{
    switch (step) {
    case SetupState::Step::Provider:
        return SetupChecklistCard::tr("Set up a provider…");
    case SetupState::Step::Brand:
        return SetupChecklistCard::tr("Describe the brand…");
    case SetupState::Step::Store:
        return SetupChecklistCard::tr("Connect a store…");
    case SetupState::Step::Products:
        return SetupChecklistCard::tr("Add or import products…");
    case SetupState::Step::FirstRun:
        return SetupChecklistCard::tr("Open the Pipeline");
    case SetupState::Step::Count:
        break;
    }
    return {};
}
} // namespace

SetupChecklistCard::SetupChecklistCard(SetupChecklistModel* model, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
    , m_title(new QLabel(this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(u"setupChecklist"_s);
    setProperty("role", u"card"_s);
    m_title->setProperty("role", u"section"_s);
    auto* intro = new QLabel(tr("Each step ticks itself off as it is done. Nothing that costs money starts before "
                                "an AI provider is set up."),
        this);
    intro->setProperty("role", u"subtitle"_s);
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(intro);
    layout->addLayout(m_rows);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SetupChecklistCard::rebuild);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SetupChecklistCard::rebuild);
    rebuild();
}

void SetupChecklistCard::rebuild()
{
    while (QLayoutItem* item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_title->setText(tr("Get started: %1 of %2 done").arg(m_model->doneCount()).arg(m_model->rowCount()));
    bool nextShown = false;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex i = m_model->index(r);
        const bool done = i.data(SetupChecklistModel::DoneRole).toBool();
        const auto step = static_cast<SetupState::Step>(i.data(SetupChecklistModel::StepRole).toInt());
        auto* row = new QWidget(this);
        row->setObjectName(u"setupStep%1"_s.arg(r));
        auto* mark = new QLabel(done ? u"✓"_s : QString::number(r + 1), row);
        mark->setAlignment(Qt::AlignCenter);
        mark->setFixedSize(24, 24);
        mark->setStyleSheet(done ? u"background: %1; color: %2; border-radius: 12px; font-weight: 700;"_s.arg(
                                Theme::css(Theme::Success), Theme::css(Theme::OnFill))
                                 : u"border: 2px solid %1; color: %2; border-radius: 12px; font-weight: 600;"_s.arg(
                                     Theme::css(Theme::InputBorder), Theme::css(Theme::Muted)));
        mark->setAccessibleName(done ? tr("Done") : tr("To do"));
        auto* title = new QLabel(i.data().toString(), row);
        QFont f = title->font();
        f.setBold(!done);
        title->setFont(f);
        auto* detail = new QLabel(i.data(SetupChecklistModel::DetailRole).toString(), row);
        detail->setWordWrap(true);
        detail->setStyleSheet(u"color: %1;"_s.arg(
            Theme::css(i.data(SetupChecklistModel::WarningRole).toBool() ? Theme::WarningText : Theme::Muted)));
        auto* text = new QVBoxLayout;
        text->setSpacing(1);
        text->addWidget(title);
        text->addWidget(detail);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 4, 0, 4);
        h->addWidget(mark, 0, Qt::AlignTop);
        h->addLayout(text, 1);
        if (!done || i.data(SetupChecklistModel::WarningRole).toBool()) {
            auto* button = new QPushButton(actionText(step), row);
            button->setObjectName(u"setupAction%1"_s.arg(r));
            // The first open step is the one to do now.
            if (!done && !nextShown) {
                button->setProperty("primary", true);
                nextShown = true;
            }
            connect(button, &QPushButton::clicked, this, [this, step] { emit stepRequested(step); });
            h->addWidget(button, 0, Qt::AlignVCenter);
        }
        m_rows->addWidget(row);
    }
    setVisible(!m_model->isComplete());
}
