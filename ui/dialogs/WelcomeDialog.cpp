#include "WelcomeDialog.h"

#include "widgets/Icons.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WelcomeDialog::WelcomeDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"welcomeDialog"_s);
    setWindowTitle(tr("Welcome to Quorum"));
    setWindowIcon(Icons::appIcon());
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::appIcon().pixmap(56, 56));
    auto* title = new QLabel(tr("Welcome to Quorum"), this);
    title->setProperty("role", u"title"_s);
    auto* text = new QLabel(tr("Quorum runs your shop's listings, campaigns and agents, and asks you when it matters. "
                               "A workspace is a folder that keeps your products, decisions and generated sites."),
        this);
    text->setWordWrap(true);
    text->setProperty("role", u"subtitle"_s);

    auto* demo = new QCommandLinkButton(tr("Explore the demo workspace"),
        tr("A sample shop with products in every stage, approvals waiting and campaigns running."), this);
    demo->setObjectName(u"welcomeDemo"_s);
    auto* create
        = new QCommandLinkButton(tr("Create a new workspace"), tr("Start empty in a folder you choose."), this);
    create->setObjectName(u"welcomeCreate"_s);
    auto* open = new QCommandLinkButton(
        tr("Open an existing workspace"), tr("Pick a folder that holds quorum.db (or a team's team.json)."), this);
    open->setObjectName(u"welcomeOpen"_s);
    auto* team = new QCommandLinkButton(tr("Join a team workspace"),
        tr("Your team's workspace on a PostgreSQL server: one queue and one set of approvals for every desk."), this);
    team->setObjectName(u"welcomeTeam"_s);
    connect(demo, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Demo;
        accept();
    });
    connect(create, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Create;
        accept();
    });
    connect(open, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Open;
        accept();
    });
    connect(team, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Team;
        accept();
    });

    auto* head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto* headText = new QVBoxLayout;
    headText->addWidget(title);
    headText->addWidget(text);
    head->addLayout(headText, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addLayout(head);
    layout->addSpacing(12);
    layout->addWidget(demo);
    layout->addWidget(create);
    layout->addWidget(open);
    layout->addWidget(team);
    setMinimumWidth(520);
    demo->setFocus();
}
