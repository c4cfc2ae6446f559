#include "TeamWorkspaceDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QString TeamWorkspaceDialog::Server::location() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setUserName(user.trimmed());
    url.setPath(u"/"_s + database.trimmed());
    return url.toString();
}

TeamWorkspaceDialog::Server TeamWorkspaceDialog::Server::fromLocation(const QString& location, const QString& folder)
{
    const QUrl url(location);
    Server s;
    if (!url.host().isEmpty())
        s.host = url.host();
    s.port = url.port(5432);
    s.user = url.userName();
    s.database = url.path().mid(1);
    s.folder = folder;
    return s;
}

TeamWorkspaceDialog::TeamWorkspaceDialog(const Server& prefill, QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(prefill.host, this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(prefill.database, this))
    , m_user(new QLineEdit(prefill.user, this))
    , m_password(new QLineEdit(this))
    , m_folder(new QLineEdit(prefill.folder, this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"teamWorkspaceDialog"_s);
    setWindowTitle(tr("Team workspace"));
    auto* intro = new QLabel(tr("A team shares one workspace on a PostgreSQL server: every desk sees the same queue "
                                "and approvals, and a server can work on it at night. Enter the server your team "
                                "uses; an empty database becomes a new team workspace."),
        this);
    intro->setWordWrap(true);
    intro->setProperty("role", u"subtitle"_s);
    m_host->setObjectName(u"teamHost"_s);
    m_port->setObjectName(u"teamPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(prefill.port);
    m_database->setObjectName(u"teamDatabase"_s);
    m_user->setObjectName(u"teamUser"_s);
    m_password->setObjectName(u"teamPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the system keychain"));
    m_folder->setObjectName(u"teamFolder"_s);
    m_folder->setPlaceholderText(tr("A folder on a drive the whole team reaches"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(u"teamBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &TeamWorkspaceDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto* folderLabel = new QLabel(tr("&Files folder:"), this);
    folderLabel->setBuddy(m_folder); // a row of two widgets gets no buddy by itself
    form->addRow(folderLabel, folderRow);

    m_error->setObjectName(u"teamError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::WarningText)));
    m_error->hide();

    QPushButton* connectButton = m_buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(u"teamConnect"_s);
    connectButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_busy || !this->connectButton()->isEnabled())
            return;
        m_error->hide();
        emit connectRequested(server());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* e : {m_host, m_database, m_user, m_folder})
        connect(e, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::updateButtons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    updateButtons();
    (prefill.database.isEmpty() ? m_host : m_password)->setFocus();
}

QPushButton* TeamWorkspaceDialog::connectButton() const
{
    for (QAbstractButton* b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return qobject_cast<QPushButton*>(b);
    return nullptr;
}

TeamWorkspaceDialog::Server TeamWorkspaceDialog::server() const
{
    Server s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.folder = m_folder->text().trimmed();
    return s;
}

void TeamWorkspaceDialog::updateButtons()
{
    const Server s = server();
    const bool complete = !s.host.isEmpty() && !s.database.isEmpty() && !s.user.isEmpty() && !s.folder.isEmpty();
    QPushButton* button = connectButton();
    button->setEnabled(complete && !m_busy);
    button->setToolTip(complete ? QString() : tr("Fill in the server, database, user and files folder."));
}

void TeamWorkspaceDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port), static_cast<QWidget*>(m_database),
             static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_folder)})
        w->setEnabled(!busy);
    connectButton()->setText(busy ? tr("Connecting…") : tr("Connect"));
    updateButtons();
}

void TeamWorkspaceDialog::showError(const QString& message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_password->setFocus();
}

void TeamWorkspaceDialog::chooseFolder()
{
    auto* dialog = new QFileDialog(this, tr("Choose the folder for the team's files"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) { m_folder->setText(dir); });
    dialog->open();
}
