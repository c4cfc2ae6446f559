#include "EmptyState.h"

#include "Icons.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

EmptyState* EmptyState::attach(QAbstractItemView* view, const QString& title, const QString& text)
{
    auto* state = new EmptyState(view->viewport(), view, view->model());
    state->setTexts(title, text);
    return state;
}

EmptyState* EmptyState::attach(QWidget* host, QAbstractItemModel* model, const QString& title, const QString& text)
{
    auto* state = new EmptyState(host, nullptr, model);
    state->setTexts(title, text);
    return state;
}

EmptyState::EmptyState(QWidget* host, QAbstractItemView* view, QAbstractItemModel* model)
    : QWidget(host)
    , m_host(host)
    , m_view(view)
    , m_model(model)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(u"emptyState"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents, false);
    m_icon->setPixmap(Icons::icon(u"empty"_s).pixmap(72, 72));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setProperty("role", u"section"_s);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setProperty("role", u"subtitle"_s);
    m_text->setMaximumWidth(420);
    m_button->setProperty("primary", true);
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (m_action)
            m_action();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_icon);
    layout->addWidget(m_title);
    // Centred by stretches, not by an alignment flag: a box layout gives a word-wrapped label that is
    // aligned the height of one line, whatever it wraps to.
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(8);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch();

    host->installEventFilter(this);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::update);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::update);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
    }
    reposition();
    update();
}

void EmptyState::setTexts(const QString& title, const QString& text)
{
    m_emptyTitle = title;
    m_emptyText = text;
    update();
}

void EmptyState::setFilteredTexts(const QString& title, const QString& text)
{
    m_filteredTitle = title;
    m_filteredText = text;
    update();
}

void EmptyState::setFiltered(bool filtered)
{
    m_filtered = filtered;
    update();
}

void EmptyState::setAction(const QString& label, std::function<void()> action)
{
    m_action = std::move(action);
    m_button->setText(label);
    update();
}

QAbstractItemModel* EmptyState::model() const
{
    // A view reports the model it shows now; a host has the model it was given.
    return m_view ? m_view->model() : m_model.data();
}

void EmptyState::update()
{
    const QAbstractItemModel* model = this->model();
    if (!model)
        return;
    const bool empty = model->rowCount() == 0;
    const bool filtered = m_filtered && !m_filteredTitle.isEmpty();
    m_title->setText(filtered ? m_filteredTitle : m_emptyTitle);
    m_text->setText(filtered ? m_filteredText : m_emptyText);
    m_button->setVisible(!filtered && m_action);
    setVisible(empty);
    if (empty)
        raise();
}

void EmptyState::reposition()
{
    if (!m_host)
        return;
    setGeometry(m_host->rect());
    // The text wraps at a steady width (up to 420 px) rather than at whatever its size hint guesses.
    m_text->setFixedWidth(std::clamp(width() - 40, 120, 420));
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize)
        reposition();
    return QWidget::eventFilter(watched, event);
}
