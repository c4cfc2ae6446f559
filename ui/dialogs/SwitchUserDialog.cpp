#include "SwitchUserDialog.h"

#include "Theme.h"
#include "approvals/ApprovalActions.h"
#include "users/Users.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SwitchUserDialog::SwitchUserDialog(ApprovalActions* actions, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_users(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"switchUserDialog"_s);
    setWindowTitle(tr("Switch user"));
    UserSession* session = actions->session();
    auto* text = new QLabel(tr("You are working as <b>%1</b> (%2) on %3. Every decision records who made it, when and "
                               "from which machine.")
                                .arg(session->name().toHtmlEscaped(), Users::roleDisplayName(session->user().role),
                                    session->machine().toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    m_users->setObjectName(u"switchUserList"_s);
    for (const Users::User& u : actions->profiles()) {
        if (!u.active)
            continue;
        m_users->addItem(tr("%1 — %2").arg(u.name, Users::roleDisplayName(u.role)), u.name);
        if (u.name == session->name())
            m_users->setCurrentIndex(m_users->count() - 1);
    }
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* go = buttons->addButton(tr("Switch"), QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        const QString name = m_users->currentData().toString();
        if (!m_actions->switchUser(name, &error)) {
            m_error->setText(error);
            m_error->show();
            return;
        }
        emit switched(name);
        accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_users);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}
