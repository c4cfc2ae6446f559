#include "ExternalAgentDialog.h"

#include "agents/Cluster.h"
#include "approvals/ApprovalTypes.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExternalAgentDialog::ExternalAgentDialog(Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_name(new QLineEdit(this))
    , m_cluster(new QComboBox(this))
    , m_actions(new QListWidget(this))
    , m_daily(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"externalAgentDialog"_s);
    setWindowTitle(tr("Register an external agent"));
    auto* intro = new QLabel(tr("A script, an agent framework or a job on another machine that proposes actions "
                                "and waits for a decision. The risk rules judge its proposals as they judge "
                                "Quorum's own agents."),
        this);
    intro->setWordWrap(true);
    m_name->setObjectName(u"agentName"_s);
    m_name->setPlaceholderText(tr("e.g. Price Scout"));
    m_name->setMaxLength(60);
    for (const QString& key : Cluster::keys())
        m_cluster->addItem(Cluster::displayName(key), key);
    m_cluster->setCurrentIndex(std::max(0, m_cluster->findData(u"finance"_s)));
    m_actions->setObjectName(u"agentActions"_s);
    for (ActionType t : ActionTypes::all()) {
        auto* item = new QListWidgetItem(ActionTypes::displayName(t), m_actions);
        item->setData(Qt::UserRole, ActionTypes::key(t));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_actions->setAccessibleName(tr("Actions it may propose"));
    m_daily->setRange(0, 1'000'000);
    m_daily->setValue(1'000);
    m_daily->setSpecialValueText(tr("no limit"));
    m_daily->setAccessibleName(tr("Proposals a day"));
    m_error->setWordWrap(true);
    m_error->setProperty("role", u"error"_s);
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Cluster:"), m_cluster);
    form->addRow(tr("&May propose:"), m_actions);
    form->addRow(tr("Proposals a &day:"), m_daily);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Register and show its key"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString error = m_submit(registration());
        showError(error);
        if (error.isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ExternalAgentDialog::updateOk);
    connect(m_actions, &QListWidget::itemChanged, this, &ExternalAgentDialog::updateOk);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateOk();
    resize(520, 560);
}

AgentKeys::Registration ExternalAgentDialog::registration() const
{
    AgentKeys::Registration r;
    r.name = m_name->text().trimmed();
    r.cluster = m_cluster->currentData().toString();
    for (int i = 0; i < m_actions->count(); ++i) {
        if (m_actions->item(i)->checkState() == Qt::Checked)
            r.mayPropose.append(m_actions->item(i)->data(Qt::UserRole).toString());
    }
    r.dailyLimit = m_daily->value();
    return r;
}

void ExternalAgentDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void ExternalAgentDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && !registration().mayPropose.isEmpty());
}

KeyDialog::KeyDialog(const QString& agent, const QString& key, const QString& where, QWidget* parent)
    : QDialog(parent)
    , m_key(new QLineEdit(key, this))
{
    setObjectName(u"keyDialog"_s);
    setWindowTitle(tr("The key of %1").arg(agent));
    auto* intro
        = new QLabel(tr("Copy it into the agent's configuration now: it is shown only this once. Quorum keeps "
                        "only a fingerprint of it; if it is lost, give the agent a new key and revoke this one."),
            this);
    intro->setWordWrap(true);
    m_key->setObjectName(u"agentKey"_s);
    m_key->setReadOnly(true);
    m_key->setAccessibleName(tr("Key"));
    auto* copy = new QPushButton(tr("&Copy"), this);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_key->text()); });
    auto* row = new QHBoxLayout;
    row->addWidget(m_key, 1);
    row->addWidget(copy);
    auto* whereLabel = new QLabel(where, this);
    whereLabel->setWordWrap(true);
    whereLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(whereLabel);
    layout->addWidget(buttons);
    resize(560, 220);
}
