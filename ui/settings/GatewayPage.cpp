#include "GatewayPage.h"

#include "agents/Cluster.h"
#include "approvals/ApprovalTypes.h"
#include "dialogs/ExternalAgentDialog.h"
#include "gateway/GatewayActions.h"
#include "widgets/EmptyState.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
QTableWidgetItem* cell(const QString& text, const QVariant& data = {})
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

QString when(const std::optional<qint64>& ms)
{
    return ms ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(*ms), QLocale::ShortFormat) : QString();
}

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}
} // namespace

GatewayPage::GatewayPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_enabled(new QCheckBox(tr("&Run the approval gateway on this desk"), this))
    , m_port(new QSpinBox(this))
    , m_open(new QCheckBox(tr("Open to the &network (needs TLS)"), this))
    , m_certificate(new QLineEdit(this))
    , m_privateKey(new QLineEdit(this))
    , m_rate(new QSpinBox(this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_agents(table({tr("Agent"), tr("Cluster"), tr("May propose"), tr("A day")}, this))
    , m_keys(table({tr("Key"), tr("Made"), tr("Last used"), tr("Last address"), tr("Revoked")}, this))
    , m_register(new QPushButton(tr("Register an agent…"), this))
    , m_newKey(new QPushButton(tr("New key"), this))
    , m_revoke(new QPushButton(tr("Revoke key"), this))
    , m_note(new QLabel(this))
{
    setObjectName(u"gatewayPage"_s);
    auto* intro = new QLabel(tr("External agents (a script, an agent framework, a job on another machine) propose "
                                "actions here and wait for a decision. The risk rules judge them as they judge "
                                "Quorum's own agents; what waits appears in Approvals."),
        this);
    intro->setWordWrap(true);
    m_enabled->setObjectName(u"gatewayEnabled"_s);
    m_port->setRange(1024, 65535);
    m_port->setAccessibleName(tr("Port"));
    m_open->setObjectName(u"gatewayOpen"_s);
    m_certificate->setPlaceholderText(tr("certificate, PEM"));
    m_certificate->setAccessibleName(tr("TLS certificate"));
    m_privateKey->setPlaceholderText(tr("private key, PEM"));
    m_privateKey->setAccessibleName(tr("TLS private key"));
    m_rate->setRange(1, 10'000);
    m_rate->setSuffix(tr(" a second per key"));
    m_rate->setAccessibleName(tr("Messages a second per key"));
    m_status->setObjectName(u"gatewayStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_save->setObjectName(u"saveGateway"_s);
    auto browse = [this](QLineEdit* edit, const QString& title) {
        auto* b = new QPushButton(tr("Browse…"), this);
        connect(b, &QPushButton::clicked, this, [this, edit, title] {
            auto* dialog
                = new QFileDialog(this, title, edit->text(), tr("PEM files (*.pem *.crt *.key);;All files (*)"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
            dialog->open();
        });
        return b;
    };
    auto* grid = new QGridLayout;
    grid->addWidget(m_enabled, 0, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Port:"), this), 0, 2);
    grid->addWidget(m_port, 0, 3);
    grid->addWidget(m_open, 1, 0, 1, 2);
    grid->addWidget(new QLabel(tr("Limit:"), this), 1, 2);
    grid->addWidget(m_rate, 1, 3);
    grid->addWidget(new QLabel(tr("TLS:"), this), 2, 0);
    auto* tls = new QHBoxLayout;
    tls->addWidget(m_certificate, 1);
    tls->addWidget(browse(m_certificate, tr("TLS certificate")));
    tls->addWidget(m_privateKey, 1);
    tls->addWidget(browse(m_privateKey, tr("TLS private key")));
    grid->addLayout(tls, 2, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_save);

    m_agents->setObjectName(u"gatewayAgents"_s);
    m_keys->setObjectName(u"gatewayKeys"_s);
    EmptyState::attach(m_agents, tr("No external agent yet"),
        tr("Register one to give it a key; it then connects to the gateway and proposes."));
    m_keysEmpty = EmptyState::attach(m_keys, tr("No agent selected"), tr("Select an agent above to see its keys."));
    m_register->setObjectName(u"registerAgent"_s);
    m_newKey->setObjectName(u"newAgentKey"_s);
    m_revoke->setObjectName(u"revokeAgentKey"_s);
    auto* agentButtons = new QHBoxLayout;
    agentButtons->addWidget(m_register);
    agentButtons->addWidget(m_newKey);
    agentButtons->addWidget(m_revoke);
    agentButtons->addStretch(1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_agents);
    split->addWidget(m_keys);
    split->setChildrenCollapsible(false);
    m_note->setWordWrap(true);
    m_note->setProperty("role", u"subtitle"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addLayout(statusRow);
    layout->addLayout(agentButtons);
    layout->addWidget(split, 1);
    layout->addWidget(m_note);

    connect(m_save, &QPushButton::clicked, this, &GatewayPage::save);
    connect(m_register, &QPushButton::clicked, this, &GatewayPage::registerAgent);
    connect(m_newKey, &QPushButton::clicked, this, &GatewayPage::issueKey);
    connect(m_revoke, &QPushButton::clicked, this, &GatewayPage::revokeKey);
    connect(m_agents, &QTableWidget::itemSelectionChanged, this, &GatewayPage::loadKeys);
    connect(m_keys, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_keys->selectionModel()->selectedRows();
        m_revoke->setEnabled(m_context.gateway->whyNot().isEmpty() && !rows.isEmpty()
            && m_keys->item(rows.first().row(), 4)->text().isEmpty());
    });
    connect(m_context.gateway, &GatewayActions::statusChanged, this, &GatewayPage::showStatus);
    connect(this, &GatewayPage::keyIssued, this, &GatewayPage::showKey);
    load();
}

void GatewayPage::load()
{
    GatewayActions* gateway = m_context.gateway;
    const GatewaySettings::Set s = gateway->settings();
    m_enabled->setChecked(s.enabled);
    m_port->setValue(s.port);
    m_open->setChecked(s.openToNetwork);
    m_certificate->setText(s.certificatePath);
    m_privateKey->setText(s.privateKeyPath);
    m_rate->setValue(s.ratePerSecond);
    const QString selected = selectedAgent();
    const QList<AgentKeys::ExternalAgent> agents = gateway->agents();
    m_agents->setRowCount(int(agents.size()));
    for (int row = 0; row < agents.size(); ++row) {
        const AgentKeys::ExternalAgent& a = agents.at(row);
        QStringList kinds;
        for (const QString& key : a.mayPropose)
            kinds.append(ActionTypes::displayNameForKey(key));
        m_agents->setItem(row, 0, cell(a.name, a.name));
        m_agents->setItem(row, 1, cell(Cluster::displayName(a.cluster)));
        m_agents->setItem(row, 2, cell(kinds.join(u", "_s)));
        m_agents->setItem(row, 3, cell(a.dailyLimit > 0 ? QLocale().toString(a.dailyLimit) : tr("no limit")));
        if (a.name == selected)
            m_agents->selectRow(row);
    }
    const QString why = gateway->whyNot();
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_enabled, m_port, m_open, m_certificate, m_privateKey, m_rate, m_save, m_register})
        w->setEnabled(why.isEmpty());
    m_note->setText(why);
    loadKeys();
    showStatus();
}

QString GatewayPage::selectedAgent() const
{
    const auto rows = m_agents->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_agents->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

void GatewayPage::loadKeys()
{
    const QString agent = selectedAgent();
    const QList<AgentKeys::Key> keys = agent.isEmpty() ? QList<AgentKeys::Key>() : m_context.gateway->keys(agent);
    m_keys->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const AgentKeys::Key& k = keys.at(row);
        m_keys->setItem(row, 0, cell(k.prefix + u"…"_s, k.id));
        m_keys->setItem(row, 1, cell(tr("%1 by %2").arg(when(k.createdAt), k.createdBy)));
        m_keys->setItem(row, 2, cell(k.lastUsedAt ? when(k.lastUsedAt) : tr("never")));
        m_keys->setItem(row, 3, cell(k.lastAddress));
        m_keys->setItem(row, 4, cell(k.revokedAt ? tr("%1 by %2").arg(when(k.revokedAt), k.revokedBy) : QString()));
    }
    if (agent.isEmpty())
        m_keysEmpty->setTexts(tr("No agent selected"), tr("Select an agent above to see its keys."));
    else
        m_keysEmpty->setTexts(tr("No key"), tr("%1 has no key: give it one with New key.").arg(agent));
    const bool mayChange = m_context.gateway->whyNot().isEmpty();
    m_newKey->setEnabled(mayChange && !agent.isEmpty());
    m_revoke->setEnabled(false);
}

void GatewayPage::showStatus()
{
    const GatewayActions::Status s = m_context.gateway->status();
    if (s.elsewhere)
        m_status->setText(m_context.gateway->settings().enabled
                ? tr("On: the team's server runs it (“quorum serve”); agents connect there.")
                : tr("Off. On a team workspace the team's server runs it (“quorum serve”), not this desk."));
    else if (!s.error.isEmpty())
        m_status->setText(tr("The gateway did not start: %1").arg(s.error));
    else if (s.listening)
        m_status->setText(
            tr("Listening on %1 (HTTP on the same port); %n agent(s) connected.", nullptr, s.clients).arg(s.url));
    else
        m_status->setText(
            m_context.gateway->settings().enabled ? tr("Starting…") : tr("Off: no agent can connect to this desk."));
}

bool GatewayPage::save()
{
    GatewaySettings::Set s;
    s.enabled = m_enabled->isChecked();
    s.port = m_port->value();
    s.openToNetwork = m_open->isChecked();
    s.certificatePath = m_certificate->text().trimmed();
    s.privateKeyPath = m_privateKey->text().trimmed();
    s.ratePerSecond = m_rate->value();
    QString error;
    if (!m_context.gateway->save(s, &error)) {
        m_note->setText(error);
        return false;
    }
    if (m_context.gateway->status().elsewhere)
        m_note->setText(tr("Saved. The team's server (“quorum serve”) applies it now."));
    else
        m_note->setText(s.enabled ? tr("Saved. The gateway starts with these settings.")
                                  : tr("Saved. The gateway is off; connected agents were disconnected."));
    emit message(m_note->text());
    showStatus();
    return true;
}

void GatewayPage::registerAgent()
{
    auto* dialog = new ExternalAgentDialog(
        [this](const AgentKeys::Registration& r) {
            QString error;
            const QString key = m_context.gateway->registerAgent(r, &error);
            if (key.isEmpty())
                return error;
            load();
            emit message(tr("%1 is registered.").arg(r.name.trimmed()));
            emit keyIssued(r.name.trimmed(), key);
            return QString();
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GatewayPage::issueKey()
{
    const QString agent = selectedAgent();
    if (agent.isEmpty())
        return;
    QString error;
    const QString key = m_context.gateway->issueKey(agent, &error);
    if (key.isEmpty()) {
        m_note->setText(error);
        return;
    }
    loadKeys();
    emit keyIssued(agent, key);
}

void GatewayPage::revokeKey()
{
    const auto rows = m_keys->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = m_keys->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
    const QString prefix = m_keys->item(rows.first().row(), 0)->text();
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Revoke key"),
        tr("Revoke %1 of %2? Its connections close at once, its waiting proposals are revoked, and it is never "
           "accepted again.")
            .arg(prefix, selectedAgent()),
        QMessageBox::Cancel, this);
    box->setObjectName(u"revokeKeyBox"_s);
    auto* revoke = box->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, revoke, id, prefix] {
        if (box->clickedButton() != revoke)
            return;
        QString error;
        if (!m_context.gateway->revokeKey(id, &error)) {
            m_note->setText(error);
            return;
        }
        loadKeys();
        m_note->setText(tr("%1 is revoked.").arg(prefix));
        emit message(m_note->text());
    });
    box->open();
}

void GatewayPage::showKey(const QString& agent, const QString& key)
{
    const GatewayActions::Status s = m_context.gateway->status();
    QString where;
    if (s.listening)
        where
            = tr("The agent connects to %1 with this key (the README's “The approval gateway” shows how).").arg(s.url);
    else if (s.elsewhere)
        where = tr("The agent connects to the team's server, where “quorum serve” runs the gateway, with this key.");
    else
        where = tr("The gateway is off: switch it on above before the agent connects.");
    auto* dialog = new KeyDialog(agent, key, where, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
