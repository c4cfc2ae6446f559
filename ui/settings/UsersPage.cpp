#include "UsersPage.h"

#include "Theme.h"
#include "approvals/ApprovalActions.h"
#include "users/Users.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
constexpr Users::Role kRoles[] = {Users::Role::Owner, Users::Role::Approver, Users::Role::Viewer};
}

UsersPage::UsersPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_table(new QTableWidget(0, 3, this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"usersPage"_s);
    auto* intro = new QLabel(tr("Owners decide anything and manage users, rules and the emergency stop. Approvers "
                                "decide what the rules let them. Viewers see everything and change nothing. Nobody "
                                "decides their own proposal."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(u"usersTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Active")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 160);
    m_table->setColumnWidth(2, 80);
    m_name->setObjectName(u"newUserName"_s);
    m_name->setPlaceholderText(tr("Name, as the person signs in (their account name)"));
    m_role->setObjectName(u"newUserRole"_s);
    for (Users::Role r : kRoles)
        m_role->addItem(Users::roleDisplayName(r), Users::roleKey(r));
    m_role->setCurrentIndex(1);
    m_add->setObjectName(u"addUser"_s);
    m_note->setWordWrap(true);
    m_note->setProperty("role", u"subtitle"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_error->hide();
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_name, 1);
    addRow->addWidget(m_role);
    addRow->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_error);
    layout->addWidget(m_note);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addUser(m_name->text(), m_role->currentData().toString()))
            m_name->clear();
    });
    connect(m_name, &QLineEdit::returnPressed, m_add, &QPushButton::click);
    connect(m_context.user, &UserSession::changed, this, &UsersPage::load);
    load();
}

void UsersPage::load()
{
    const QList<Users::User> users = m_context.approvalActions->profiles();
    const bool owner = m_context.user->user().isOwner();
    m_table->setRowCount(static_cast<int>(users.size()));
    for (int i = 0; i < users.size(); ++i) {
        const Users::User& u = users.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(u.name));
        auto* role = new QComboBox(m_table);
        role->setObjectName(u"role_"_s + u.name);
        for (Users::Role r : kRoles)
            role->addItem(Users::roleDisplayName(r), Users::roleKey(r));
        role->setCurrentIndex(role->findData(Users::roleKey(u.role)));
        role->setEnabled(owner);
        auto* active = new QCheckBox(m_table);
        active->setObjectName(u"active_"_s + u.name);
        active->setChecked(u.active);
        active->setEnabled(owner);
        m_table->setCellWidget(i, 1, role);
        m_table->setCellWidget(i, 2, active);
        const QString name = u.name;
        connect(role, &QComboBox::activated, this,
            [this, name, role, active] { setRole(name, role->currentData().toString(), active->isChecked()); });
        connect(active, &QCheckBox::clicked, this,
            [this, name, role, active] { setRole(name, role->currentData().toString(), active->isChecked()); });
    }
    updateState();
}

void UsersPage::updateState()
{
    const bool owner = m_context.user->user().isOwner();
    m_name->setEnabled(owner);
    m_role->setEnabled(owner);
    m_add->setEnabled(owner);
    m_note->setText(owner ? tr("Changes take effect at once and are in the audit trail.")
                          : tr("Only an owner adds users or changes roles; you are %1.")
                                .arg(Users::roleDisplayName(m_context.user->user().role)));
}

void UsersPage::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

QString UsersPage::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool UsersPage::addUser(const QString& name, const QString& roleKey)
{
    return setRole(name.trimmed(), roleKey, true);
}

bool UsersPage::setRole(const QString& name, const QString& roleKey, bool active)
{
    QString error;
    const Users::User user{0, name, Users::roleFromKey(roleKey), active};
    if (!m_context.approvalActions->saveUser(user, &error)) {
        showError(error);
        load(); // back to what is stored
        return false;
    }
    showError({});
    emit message(tr("%1 is now %2.").arg(name, active ? Users::roleDisplayName(user.role) : tr("inactive")));
    load();
    return true;
}
