#include "ProviderDialog.h"

#include "Theme.h"
#include "llm/ProviderSettings.h"
#include "llm/ProviderTester.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProviderDialog::ProviderDialog(
    const ProviderConfig& config, bool create, const QStringList& takenIds, ProviderTester* tester, QWidget* parent)
    : QDialog(parent)
    , m_create(create)
    , m_taken(takenIds)
    , m_config(config)
    , m_tester(tester)
    , m_id(new QLineEdit(config.id, this))
    , m_name(new QLineEdit(config.name, this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(config.baseUrl.toString(), this))
    , m_model(new QComboBox(this))
    , m_secret(new QLineEdit(config.secretRef, this))
    , m_key(new QLineEdit(this))
    , m_concurrency(new QSpinBox(this))
    , m_test(new QPushButton(tr("&Test provider"), this))
    , m_loadModels(new QPushButton(tr("&List models"), this))
    , m_result(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"providerDialog"_s);
    setWindowTitle(
        create ? tr("Add an AI provider") : tr("Edit %1").arg(config.name.isEmpty() ? config.id : config.name));
    m_id->setReadOnly(!create);
    m_id->setPlaceholderText(tr("Left empty: named after its API"));
    for (const QString& kind : Llm::kinds())
        m_kind->addItem(Llm::kindDisplayName(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(config.kind)));
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_model->setObjectName(u"providerModel"_s);
    m_model->setEditText(config.model);
    m_model->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_model->completer()->setFilterMode(Qt::MatchContains);
    applyKindPlaceholders();
    // Choosing another API brings its address, model and key variable along, unless they were
    // already changed by hand.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const Llm::KindDefaults before = Llm::defaultsFor(m_shownKind);
        const Llm::KindDefaults after = Llm::defaultsFor(m_kind->currentData().toString());
        const auto follow = [](QLineEdit* edit, const QString& old, const QString& now) {
            if (edit->text().trimmed().isEmpty() || edit->text().trimmed() == old)
                edit->setText(now);
        };
        follow(m_url, before.baseUrl, after.baseUrl);
        const QString model = modelEdit()->text();
        m_model->clear(); // another API's list does not apply
        m_model->setEditText(model);
        follow(modelEdit(), before.model, after.model);
        follow(m_secret, before.keyRef, after.keyRef);
        applyKindPlaceholders();
        m_result->hide();
    });
    m_key->setObjectName(u"providerKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(config.secretRef.startsWith(u"keychain:provider/"_s)
            ? tr("Saved in the keychain; type to replace")
            : tr("Paste the key to keep it in the system keychain"));
    m_key->setToolTip(tr("Kept in the system keychain, bound to this address: it is only ever sent there. "
                         "Changing the address removes it."));
    m_secret->setToolTip(tr("For servers: env:NAME reads the key from that environment variable when Quorum "
                            "starts. Leave the Key field empty to use it."));
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(config.maxConcurrency);
    m_concurrency->setToolTip(
        tr("The most calls at once; Quorum finds the provider's real limit below this by itself."));
    m_test->setObjectName(u"testProvider"_s);
    m_test->setToolTip(tr("Sends one tiny request (a few tokens, well under a cent) with what is typed now"));
    m_loadModels->setObjectName(u"listModels"_s);
    m_loadModels->setToolTip(tr("Asks the provider which models this key may use"));
    m_test->setEnabled(m_tester != nullptr);
    m_loadModels->setEnabled(m_tester != nullptr);
    connect(m_test, &QPushButton::clicked, this, &ProviderDialog::testProvider);
    connect(m_loadModels, &QPushButton::clicked, this, &ProviderDialog::loadModels);
    m_result->setObjectName(u"providerTestResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // quotes what a server said
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();

    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_loadModels);
    auto* form = new QFormLayout;
    m_form = form;
    form->addRow(tr("Identifier"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("API"), m_kind);
    form->addRow(tr("Address"), m_url);
    form->addRow(tr("Model"), modelRow);
    form->addRow(tr("Key"), m_key);
    form->addRow(tr("Or key from"), m_secret);
    form->addRow(tr("Max parallel calls"), m_concurrency);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProviderDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    applyKindPlaceholders();
    resize(560, 0);
    m_initial = this->config();
}

QLineEdit* ProviderDialog::modelEdit() const
{
    return m_model->lineEdit();
}

void ProviderDialog::applyKindPlaceholders()
{
    m_shownKind = m_kind->currentData().toString();
    const Llm::KindDefaults d = Llm::defaultsFor(m_shownKind);
    m_url->setPlaceholderText(d.baseUrl);
    modelEdit()->setPlaceholderText(d.model);
    m_secret->setPlaceholderText(d.keyRef.isEmpty() ? tr("no key needed") : d.keyRef);
    // An API without keys (Ollama) asks for none.
    if (m_form) {
        const bool keyed = !d.keyRef.isEmpty() || !m_key->text().isEmpty() || !m_secret->text().trimmed().isEmpty();
        m_form->setRowVisible(m_key, keyed);
        m_form->setRowVisible(m_secret, keyed);
    }
}

ProviderConfig ProviderDialog::config() const
{
    ProviderConfig c = m_config;
    c.id = m_id->text().trimmed();
    c.name = m_name->text().trimmed();
    c.kind = m_kind->currentData().toString();
    c.baseUrl = QUrl(m_url->text().trimmed());
    c.model = modelEdit()->text().trimmed();
    c.secretRef = m_secret->text().trimmed();
    c.maxConcurrency = m_concurrency->value();
    c.initialConcurrency = std::min(c.initialConcurrency, c.maxConcurrency);
    return c;
}

bool ProviderDialog::isChanged() const
{
    const ProviderConfig now = config();
    return !m_key->text().isEmpty() || now.id != m_initial.id || now.name != m_initial.name
        || now.kind != m_initial.kind || now.baseUrl != m_initial.baseUrl || now.model != m_initial.model
        || now.secretRef != m_initial.secretRef || now.maxConcurrency != m_initial.maxConcurrency;
}

void ProviderDialog::showResult(bool ok, const QString& message)
{
    m_result->setText(ok ? u"✓ "_s + message : u"✗ "_s + message);
    m_result->setStyleSheet(u"color: %1; background: %2; padding: 6px; border-radius: 4px;"_s.arg(
        Theme::css(ok ? Theme::SuccessText : Theme::DangerText),
        Theme::css(ok ? Theme::SuccessBackground : Theme::DangerBackground)));
    m_result->show();
}

void ProviderDialog::testProvider()
{
    if (!m_tester)
        return;
    m_test->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Testing %1…").arg(config().model));
    m_result->show();
    m_tester->test(config(), m_key->text(), this, [this](bool ok, const QString& message) {
        m_test->setEnabled(true);
        showResult(ok, message);
        emit tested(ok, message);
    });
}

void ProviderDialog::loadModels()
{
    if (!m_tester)
        return;
    m_loadModels->setEnabled(false);
    m_tester->listModels(config(), m_key->text(), this, [this](const QStringList& models, const QString& error) {
        m_loadModels->setEnabled(true);
        if (!error.isEmpty()) {
            showResult(false, error);
            return;
        }
        const QString typed = modelEdit()->text();
        m_model->clear();
        m_model->addItems(models);
        m_model->setEditText(typed);
        showResult(true, tr("%n model(s) offered; pick one from the list.", nullptr, static_cast<int>(models.size())));
        if (!models.isEmpty())
            m_model->showPopup();
    });
}

void ProviderDialog::reject()
{
    // Esc on a form with changes asks first: a pasted key or a typed address is not thrown away unseen.
    if (!isChanged()) {
        QDialog::reject();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Discard changes?"),
        tr("This provider has changes that are not saved."), QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardProviderChanges"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box->button(QMessageBox::Discard), &QAbstractButton::clicked, this, [this] { QDialog::reject(); });
    box->open();
}

void ProviderDialog::save()
{
    // A new provider needs no invented name: left empty, it is called after its API ("ollama",
    // "ollama-2", ...).
    if (m_create && m_id->text().trimmed().isEmpty()) {
        const QString base = m_kind->currentData().toString();
        QString id = base;
        for (int n = 2; m_taken.contains(id); ++n)
            id = u"%1-%2"_s.arg(base).arg(n);
        m_id->setText(id);
    }
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(m_kind->currentText());
    const ProviderConfig c = config();
    QString error;
    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9._-]{0,62}$"_s);
    if (!idPattern.match(c.id).hasMatch())
        error = tr("Use lower-case letters, digits, dots and dashes for the identifier.");
    else if (m_create && m_taken.contains(c.id))
        error = tr("There already is a provider called %1.").arg(c.id);
    else if (!c.baseUrl.isValid() || (c.baseUrl.scheme() != u"https" && c.baseUrl.scheme() != u"http"))
        error = tr("The address must start with https:// (or http:// for a model on this machine).");
    else if (c.model.isEmpty())
        error = tr("Name the model, as the provider spells it.");
    else if (m_key->text().isEmpty())
        error = ProviderSettings::checkKeyReference(c.secretRef);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    emit saved(c, m_key->text());
    accept();
}
