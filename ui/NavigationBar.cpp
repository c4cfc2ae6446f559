#include "NavigationBar.h"

#include "Theme.h"
#include "widgets/Icons.h"

#include <QButtonGroup>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

class NavButton final : public QToolButton
{
public:
    NavButton(const QString& text, const QString& iconName, const QString& toolTip, QWidget* parent)
        : QToolButton(parent)
    {
        setText(text);
        setIcon(Icons::tinted(iconName, Theme::RailText));
        setIconSize(QSize(20, 20));
        setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        setCheckable(true);
        setAutoRaise(true);
        setFocusPolicy(Qt::TabFocus);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        setMinimumHeight(40);
        setToolTip(toolTip);
        setStyleSheet(uR"(
QToolButton { color: %1; border: none; border-radius: 6px; padding: 6px 12px; text-align: left; font-size: 14px; }
QToolButton:hover { background: %2; }
QToolButton:checked { background: %3; color: %4; }
QToolButton:focus { border: 1px solid %5; }
)"_s.arg(Theme::css(Theme::RailText), Theme::css(Theme::RailHover), Theme::css(Theme::Accent),
            Theme::css(Theme::OnFill), Theme::css(Theme::RailFocus)));
    }

    void setBadge(int count)
    {
        m_badge = count;
        update();
    }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QToolButton::paintEvent(event);
        if (m_badge <= 0)
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QFont f = font();
        f.setPixelSize(11);
        f.setWeight(QFont::Bold);
        p.setFont(f);
        const QString text = m_badge > 99 ? u"99+"_s : QString::number(m_badge);
        const int w = std::max(20, QFontMetrics(f).horizontalAdvance(text) + 10);
        const QRect r(width() - w - 6, (height() - 18) / 2, w, 18);
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::Danger);
        p.drawRoundedRect(r, 9, 9);
        p.setPen(Theme::OnFill);
        p.drawText(r, Qt::AlignCenter, text);
    }

private:
    int m_badge = 0;
};

NavigationBar::NavigationBar(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_workspace(new QLabel(this))
{
    setObjectName(u"navigationBar"_s);
    m_workspace->setTextFormat(Qt::PlainText); // the workspace's name, as a person gave it
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(u"#navigationBar { background: %1; }"_s.arg(Theme::css(Theme::Rail)));
    setFixedWidth(208); // leaves a 1024 px laptop screen room for the panes

    auto* brand = new QLabel(this);
    brand->setPixmap(Icons::appIcon().pixmap(30, 30));
    auto* name = new QLabel(u"Quorum"_s, this);
    name->setStyleSheet(u"color: %1; font-size: 19px; font-weight: 600;"_s.arg(Theme::css(Theme::OnFill)));
    auto* brandRow = new QHBoxLayout;
    brandRow->setSpacing(10);
    brandRow->addWidget(brand);
    brandRow->addWidget(name);
    brandRow->addStretch();

    m_workspace->setWordWrap(true);
    m_workspace->setStyleSheet(u"color: %1; font-size: 12px;"_s.arg(Theme::css(Theme::RailMuted)));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 16, 12, 16);
    layout->setSpacing(4);
    layout->addLayout(brandRow);
    layout->addSpacing(18);

    const QList<std::tuple<PaneId, QString, QString>> panes{
        {PaneId::Dashboard, tr("Dashboard"), u"dashboard"_s},
        {PaneId::Pipeline, tr("Pipeline"), u"pipeline"_s},
        {PaneId::Approvals, tr("Approvals"), u"approvals"_s},
        {PaneId::Agents, tr("Agents"), u"agents"_s},
        {PaneId::Campaigns, tr("Campaigns"), u"campaigns"_s},
        {PaneId::Sites, tr("Sites"), u"sites"_s},
    };
    for (const auto& [id, text, icon] : panes) {
        const int number = static_cast<int>(id) + 1;
        const QString shortcut
            = QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)).toString(QKeySequence::NativeText);
        auto* button = new NavButton(text, icon, tr("%1 (%2)").arg(text, shortcut), this);
        button->setObjectName(u"nav_"_s + paneKey(id));
        button->installEventFilter(this);
        m_group->addButton(button, static_cast<int>(id));
        m_buttons.append(button);
        layout->addWidget(button);
    }
    m_group->setExclusive(true);
    m_buttons.first()->setChecked(true);
    layout->addStretch();
    layout->addWidget(m_workspace);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { emit currentChanged(static_cast<PaneId>(id)); });
}

void NavigationBar::setCurrent(PaneId pane)
{
    const int i = static_cast<int>(pane);
    if (i < 0 || i >= m_buttons.size())
        return;
    m_buttons.at(i)->setChecked(true);
}

PaneId NavigationBar::current() const
{
    return static_cast<PaneId>(std::max(0, m_group->checkedId()));
}

void NavigationBar::setBadge(PaneId pane, int count)
{
    const int i = static_cast<int>(pane);
    if (i >= 0 && i < m_buttons.size())
        m_buttons.at(i)->setBadge(count);
}

void NavigationBar::setWorkspaceLabel(const QString& text, bool demo)
{
    m_workspace->setText(demo ? tr("%1\nDemo data").arg(text) : text);
}

bool NavigationBar::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int i = static_cast<int>(m_buttons.indexOf(static_cast<NavButton*>(watched)));
        int next = -1;
        if (key->key() == Qt::Key_Down)
            next = std::min(i + 1, static_cast<int>(m_buttons.size()) - 1);
        else if (key->key() == Qt::Key_Up)
            next = std::max(i - 1, 0);
        if (next >= 0 && i >= 0) {
            m_buttons.at(next)->click();
            // Switching panes hands focus to the pane; walking the rail keeps it here.
            m_buttons.at(next)->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
