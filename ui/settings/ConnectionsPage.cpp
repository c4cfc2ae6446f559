#include "ConnectionsPage.h"

#include "Markup.h"
#include "Theme.h"
#include "publishing/ConnectionSettings.h"
#include "users/Users.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

ConnectionsPage::ConnectionsPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_kind(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_apiVersion(new QLineEdit(this))
    , m_pageId(new QLineEdit(this))
    , m_mediaSite(new QComboBox(this))
    , m_form(new QFormLayout)
    , m_result(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
{
    setObjectName(u"connectionsPage"_s);
    m_list->setObjectName(u"connectionsList"_s);
    m_list->setFixedWidth(240);
    auto* add = new QPushButton(tr("Add…"), this);
    add->setObjectName(u"addConnection"_s);
    auto* addMenu = new QMenu(add);
    for (Connections::Kind k : {Connections::Kind::WooCommerce, Connections::Kind::WordPress,
             Connections::Kind::Shopify, Connections::Kind::MetaAds})
        addMenu->addAction(Connections::kindDisplayName(k), this, [this, k] { addConnection(k); });
    add->setMenu(addMenu);
    m_kind->setProperty("role", u"section"_s);
    m_name->setObjectName(u"connName"_s);
    m_url->setObjectName(u"connUrl"_s);
    m_account->setObjectName(u"connAccount"_s);
    m_apiVersion->setObjectName(u"connApiVersion"_s);
    m_apiVersion->setPlaceholderText(u"2025-01"_s);
    m_pageId->setObjectName(u"connPageId"_s);
    m_pageId->setPlaceholderText(tr("optional; needed to launch campaigns"));
    m_pageId->setToolTip(tr("The Facebook Page the ads run as (Meta Business Suite → Settings → Page info)"));
    m_mediaSite->setObjectName(u"connMediaSite"_s);
    m_mediaSite->setToolTip(tr("The WordPress login of the same site, so product images go to its media library"));
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Address"), m_url);
    m_form->addRow(tr("WordPress user"), m_account);
    m_form->addRow(tr("API version"), m_apiVersion);
    m_form->addRow(tr("Facebook Page ID"), m_pageId);
    m_form->addRow(tr("Media library"), m_mediaSite);
    for (const QString& field :
        {u"consumer_key"_s, u"consumer_secret"_s, u"app_password"_s, u"access_token"_s, u"ads_token"_s}) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(u"secret_"_s + field);
        edit->setEchoMode(QLineEdit::Password);
        edit->setClearButtonEnabled(true);
        m_secretEdits.insert(field, edit);
        m_form->addRow(Connections::secretFieldLabel(field), edit);
    }
    m_result->setObjectName(u"connectionResult"_s);
    m_result->setTextFormat(Qt::PlainText); // quotes what the store answered
    m_result->setWordWrap(true);
    m_result->hide();
    m_readOnly->setWordWrap(true);
    m_readOnly->setProperty("role", u"subtitle"_s);
    m_save->setObjectName(u"saveConnection"_s);
    m_save->setProperty("primary", true);
    m_test->setObjectName(u"testConnection"_s);
    m_remove->setObjectName(u"removeConnection"_s);

    auto* intro = new QLabel(tr("Where approved work is published and where orders and ad figures come from. Keys "
                                "and passwords are kept in this computer's keychain, never in the workspace."),
        this);
    intro->setWordWrap(true);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(add);
    leftButtons->addWidget(m_remove);
    left->addLayout(leftButtons);
    auto* right = new QVBoxLayout;
    right->addWidget(m_kind);
    right->addLayout(m_form);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_readOnly, 1);
    buttons->addWidget(m_test);
    buttons->addWidget(m_save);
    right->addLayout(buttons);
    right->addWidget(m_result);
    right->addStretch();
    auto* body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(body, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsPage::showConnection);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsPage::save);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsPage::test);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsPage::removeSelected);
    connect(m_context.user, &UserSession::changed, this, &ConnectionsPage::updateState);
    load();
    if (m_connections.isEmpty())
        addConnection(Connections::Kind::WooCommerce);
    else
        m_list->setCurrentRow(0); // its own fields, not every kind's
    updateState();
}

void ConnectionsPage::load()
{
    m_connections = m_context.connections->connections();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Connections::Connection& c : m_connections) {
        auto* item = new QListWidgetItem(c.name, m_list);
        item->setData(Qt::ToolTipRole, Markup::toolTip(u"%1 · %2"_s.arg(Connections::kindDisplayName(c.kind), c.url)));
        item->setData(Qt::UserRole, c.id);
    }
}

void ConnectionsPage::layoutFor(Connections::Kind kind)
{
    m_kind->setText(
        m_current.id > 0 ? Connections::kindDisplayName(kind) : tr("New: %1").arg(Connections::kindDisplayName(kind)));
    m_url->setPlaceholderText(kind == Connections::Kind::Shopify ? u"my-shop.myshopify.com"_s
            : kind == Connections::Kind::MetaAds                 ? u"https://graph.facebook.com"_s
                                                                 : u"https://shop.example"_s);
    m_form->setRowVisible(m_account, kind == Connections::Kind::WordPress || kind == Connections::Kind::MetaAds);
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_account)))
        label->setText(kind == Connections::Kind::MetaAds ? tr("Ad account ID") : tr("WordPress user"));
    m_account->setPlaceholderText(kind == Connections::Kind::MetaAds ? u"1234567890"_s : QString());
    m_form->setRowVisible(m_apiVersion, kind == Connections::Kind::Shopify);
    m_form->setRowVisible(m_pageId, kind == Connections::Kind::MetaAds);
    m_form->setRowVisible(m_mediaSite, kind == Connections::Kind::WooCommerce);
    const QStringList fields = Connections::secretFields(kind);
    for (auto it = m_secretEdits.begin(); it != m_secretEdits.end(); ++it) {
        m_form->setRowVisible(it.value(), fields.contains(it.key()));
        it.value()->clear();
        it.value()->setPlaceholderText(m_current.id > 0 ? tr("stored in the keychain; type to replace") : QString());
    }
    m_mediaSite->clear();
    m_mediaSite->addItem(tr("None (images are not uploaded)"), 0);
    for (const Connections::Connection& c : m_connections) {
        if (c.kind == Connections::Kind::WordPress)
            m_mediaSite->addItem(c.name, c.id);
    }
    m_mediaSite->setCurrentIndex(qMax(0, m_mediaSite->findData(m_current.mediaSite)));
}

void ConnectionsPage::addConnection(Connections::Kind kind)
{
    m_current = Connections::Connection{};
    m_current.kind = kind;
    m_list->clearSelection();
    m_name->setText(Connections::kindDisplayName(kind));
    m_url->clear();
    m_account->clear();
    m_apiVersion->clear();
    m_pageId->clear();
    layoutFor(kind);
    m_result->hide();
    m_name->setFocus();
    updateState();
}

void ConnectionsPage::selectConnection(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
    }
}

void ConnectionsPage::showConnection(int row)
{
    if (row < 0 || row >= m_connections.size())
        return;
    m_current = m_connections.at(row);
    m_name->setText(m_current.name);
    m_url->setText(m_current.url);
    m_account->setText(m_current.account);
    m_apiVersion->setText(m_current.apiVersion);
    m_pageId->setText(m_current.pageId);
    layoutFor(m_current.kind);
    m_result->hide();
    updateState();
}

QLineEdit* ConnectionsPage::field(const QString& name) const
{
    if (m_secretEdits.contains(name))
        return m_secretEdits.value(name);
    return findChild<QLineEdit*>(name);
}

QString ConnectionsPage::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

Connections::Connection ConnectionsPage::edited() const
{
    Connections::Connection c = m_current;
    c.name = m_name->text().trimmed();
    c.url = m_url->text().trimmed();
    c.account = m_account->text().trimmed();
    c.apiVersion = m_apiVersion->text().trimmed();
    c.pageId = m_pageId->text().trimmed();
    c.mediaSite = m_mediaSite->currentData().toLongLong();
    return c;
}

QHash<QString, QString> ConnectionsPage::enteredSecrets() const
{
    QHash<QString, QString> out;
    for (const QString& field : Connections::secretFields(m_current.kind)) {
        const QString value = m_secretEdits.value(field)->text();
        if (!value.isEmpty())
            out.insert(field, value);
    }
    return out;
}

void ConnectionsPage::showResult(bool ok, const QString& text)
{
    m_result->setText(text);
    m_result->setStyleSheet(u"QLabel { color: %1; background: %2; padding: 6px 8px; border-radius: 4px; }"_s.arg(
        Theme::css(ok ? Theme::SuccessText : Theme::DangerText),
        Theme::css(ok ? Theme::SuccessBackground : Theme::DangerBackground)));
    m_result->show();
}

void ConnectionsPage::updateState()
{
    const QString why = m_context.connections->whyNot();
    const bool owner = why.isEmpty();
    m_readOnly->setText(why);
    m_save->setEnabled(owner && m_busy == 0);
    m_remove->setEnabled(owner && m_busy == 0 && m_current.id > 0);
    m_test->setEnabled(owner && m_busy == 0);
}

void ConnectionsPage::save()
{
    const Connections::Connection c = edited();
    const QHash<QString, QString> secrets = enteredSecrets();
    ++m_busy;
    updateState();
    m_context.connections->save(
        c, secrets, this, [this, name = c.name, hadSecrets = !secrets.isEmpty()](qint64 id, const QString& error) {
            --m_busy;
            if (id > 0) {
                m_current.id = id;
                load();
                selectConnection(id);
            }
            updateState();
            if (!error.isEmpty())
                showResult(false, error);
            else
                showResult(true,
                    hadSecrets ? tr("Saved %1; its secrets are in the keychain.").arg(name)
                               : tr("Saved %1.").arg(name));
        });
}

void ConnectionsPage::test()
{
    const Connections::Connection c = edited();
    ++m_busy;
    updateState();
    showResult(true, tr("Testing %1…").arg(c.url));
    m_context.connections->test(c, enteredSecrets(), [this](bool ok, const QString& text) {
        --m_busy;
        updateState();
        showResult(ok, text);
    });
}

void ConnectionsPage::removeSelected()
{
    if (m_current.id <= 0)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove %1?").arg(m_current.name),
        tr("Quorum stops publishing there and deletes its secrets from the keychain. What is already published "
           "stays where it is."),
        QMessageBox::Cancel, this);
    box->setObjectName(u"removeConnectionConfirm"_s);
    QPushButton* go = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, go](QAbstractButton* clicked) {
        if (clicked != go)
            return;
        const qint64 id = m_current.id;
        const QString name = m_current.name;
        ++m_busy;
        updateState();
        m_context.connections->remove(id, this, [this, name](const QString& error) {
            --m_busy;
            if (!error.isEmpty()) {
                showResult(false, error);
                updateState();
                return;
            }
            emit message(tr("Removed %1 and its secrets.").arg(name));
            load();
            addConnection(Connections::Kind::WooCommerce);
        });
    });
    box->open();
}
