#include "ProvidersPage.h"

#include "SettingsModels.h"
#include "Theme.h"
#include "llm/ProviderSettings.h"
#include "widgets/ReadOnlyNote.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
QString domainName(const QString& domain)
{
    if (domain.isEmpty())
        return QCoreApplication::translate("ProvidersPage", "Every piece (default)");
    if (domain == u"copy")
        return QCoreApplication::translate("ProvidersPage", "Descriptions, FAQ, care, sizes");
    if (domain == u"seo")
        return QCoreApplication::translate("ProvidersPage", "SEO and tags");
    if (domain == u"social")
        return QCoreApplication::translate("ProvidersPage", "Social captions");
    if (domain == u"email")
        return QCoreApplication::translate("ProvidersPage", "Email");
    if (domain == u"blog")
        return QCoreApplication::translate("ProvidersPage", "Blog");
    return domain;
}

QString purpose(const QString& role, const QString& domain)
{
    return domain.isEmpty() ? role : role + u':' + domain;
}
} // namespace

QStringList ProvidersPage::domains()
{
    return {QString(), u"copy"_s, u"seo"_s, u"social"_s, u"email"_s, u"blog"_s};
}

ProvidersPage::ProvidersPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(context.providers)
    , m_table(new QTableView(this))
    , m_routes(new QGridLayout)
{
    setObjectName(u"providersPage"_s);
    m_table->setObjectName(u"providersTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->horizontalHeader()->setSectionResizeMode(ProvidersModel::Address, QHeaderView::Stretch);
    m_table->setMaximumHeight(190);
    auto* add = new QPushButton(tr("Add…"), this);
    auto* editButton = new QPushButton(tr("Edit…"), this);
    auto* removeButton = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(editButton, &QPushButton::clicked, this, [this] { edit(false); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { edit(false); });
    connect(removeButton, &QPushButton::clicked, this, &ProvidersPage::remove);
    auto* note = new ReadOnlyNote(
        context.user, [settings = context.providerSettings] { return settings->whyNot(); }, this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(editButton);
    buttons->addWidget(removeButton);
    buttons->addWidget(note, 1);
    auto* keys = new QLabel(tr("Keys stay out of the workspace: a key you enter is kept in the system keychain, "
                               "bound to the provider's address; or a provider names an environment variable."),
        this);
    keys->setWordWrap(true);
    keys->setProperty("role", u"subtitle"_s);

    auto* routes = new QGroupBox(tr("Who writes and who reviews"), this);
    auto* routesLayout = new QVBoxLayout(routes);
    auto* explain = new QLabel(tr("Two different models must agree on every piece: the writer writes, the reviewer "
                                  "checks. A second provider in the list takes over when the first is down."),
        routes);
    explain->setWordWrap(true);
    explain->setProperty("role", u"subtitle"_s);
    routesLayout->addWidget(explain);
    routesLayout->addLayout(m_routes);
    m_routes->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Content")), routes), 0, 0);
    m_routes->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Writer")), routes), 0, 1);
    m_routes->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Reviewer")), routes), 0, 2);
    int row = 1;
    for (const QString& domain : domains()) {
        auto* writer = new QComboBox(routes);
        auto* reviewer = new QComboBox(routes);
        auto* warning = new QLabel(routes);
        writer->setObjectName(u"writer_"_s + (domain.isEmpty() ? u"default"_s : domain));
        reviewer->setObjectName(u"reviewer_"_s + (domain.isEmpty() ? u"default"_s : domain));
        warning->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
        m_writers.insert(domain, writer);
        m_reviewers.insert(domain, reviewer);
        m_warnings.insert(domain, warning);
        m_routes->addWidget(new QLabel(domainName(domain), routes), row, 0);
        m_routes->addWidget(writer, row, 1);
        m_routes->addWidget(reviewer, row, 2);
        m_routes->addWidget(warning, row, 3);
        connect(writer, &QComboBox::activated, this, [this, domain] { saveRoute(domain); });
        connect(reviewer, &QComboBox::activated, this, [this, domain] { saveRoute(domain); });
        ++row;
    }
    m_routes->setColumnStretch(1, 1);
    m_routes->setColumnStretch(2, 1);
    QList<QWidget*> guarded{add, editButton, removeButton};
    for (QComboBox* box : std::as_const(m_writers))
        guarded.append(box);
    for (QComboBox* box : std::as_const(m_reviewers))
        guarded.append(box);
    note->guard(guarded);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(keys);
    layout->addWidget(routes);
    layout->addStretch();
    reloadRoutes();
}

QComboBox* ProvidersPage::writerBox(const QString& domain) const
{
    return m_writers.value(domain);
}

QComboBox* ProvidersPage::reviewerBox(const QString& domain) const
{
    return m_reviewers.value(domain);
}

void ProvidersPage::fillBox(QComboBox* box, bool allowDefault)
{
    box->clear();
    if (allowDefault)
        box->addItem(tr("As the default"), QString());
    else
        box->addItem(tr("None"), QString());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const ProviderConfig p = m_model->providerAt(r);
        box->addItem(u"%1 · %2"_s.arg(p.name.isEmpty() ? p.id : p.name, p.model), p.id);
    }
}

void ProvidersPage::reloadRoutes()
{
    ProviderSettings* settings = m_context.providerSettings;
    for (const QString& domain : domains()) {
        QComboBox* writer = m_writers.value(domain);
        QComboBox* reviewer = m_reviewers.value(domain);
        fillBox(writer, !domain.isEmpty());
        fillBox(reviewer, !domain.isEmpty());
        const QStringList w = settings->chainIds(purpose(u"write"_s, domain));
        const QStringList r = settings->chainIds(purpose(u"review"_s, domain));
        writer->setCurrentIndex(std::max(0, writer->findData(w.value(0))));
        reviewer->setCurrentIndex(std::max(0, reviewer->findData(r.value(0))));
        // The effective pair, after defaults, must be two different models.
        const auto effective = [settings](const QString& role, const QString& d) {
            const QList<ProviderConfig> chain = settings->chain(purpose(role, d));
            return chain.isEmpty() ? QString() : chain.first().endpointKey();
        };
        const QString we = effective(u"write"_s, domain.isEmpty() ? u"copy"_s : domain);
        const QString re = effective(u"review"_s, domain.isEmpty() ? u"copy"_s : domain);
        QString warning;
        if (we.isEmpty() || re.isEmpty())
            warning = tr("Missing");
        else if (we == re)
            warning = tr("Same model: choose another reviewer");
        m_warnings.value(domain)->setText(warning);
    }
}

void ProvidersPage::saveRoute(const QString& domain)
{
    ProviderSettings* settings = m_context.providerSettings;
    for (const QString& role : {u"write"_s, u"review"_s}) {
        QComboBox* box = role == u"write" ? m_writers.value(domain) : m_reviewers.value(domain);
        const QString chosen = box->currentData().toString();
        QStringList chain;
        if (!chosen.isEmpty()) {
            chain.append(chosen);
            // Keep the fallbacks that were there, behind the new first choice.
            for (const QString& id : settings->chainIds(purpose(role, domain))) {
                if (!chain.contains(id))
                    chain.append(id);
            }
        }
        QString error;
        if (!settings->setChain(purpose(role, domain), chain, &error)) {
            emit message(error);
            break;
        }
    }
    reloadRoutes();
}

void ProvidersPage::edit(bool create)
{
    ProviderConfig config;
    if (!create) {
        config = m_model->providerAt(m_table->currentIndex().row());
        if (config.id.isEmpty())
            return;
    } else {
        config.kind = u"openai"_s;
        const Llm::KindDefaults d = Llm::defaultsFor(config.kind);
        config.baseUrl = QUrl(d.baseUrl);
        config.model = d.model;
        config.secretRef = d.keyRef;
    }
    QStringList taken;
    for (int r = 0; r < m_model->rowCount(); ++r)
        taken.append(m_model->providerAt(r).id);
    auto* dialog = new ProviderDialog(config, create, taken, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProviderDialog::saved, this, [this](ProviderConfig c, const QString& key) {
        if (!key.isEmpty())
            c.secretRef = u"keychain:"_s + ProviderSettings::keychainKey(c.id);
        QString error;
        if (!m_context.providerSettings->save(c, &error)) {
            emit message(error);
            return;
        }
        m_model->reload();
        reloadRoutes();
        const QString name = c.name.isEmpty() ? c.id : c.name;
        if (key.isEmpty()) {
            emit message(tr("Provider %1 saved.").arg(name));
            return;
        }
        m_context.providerSettings->saveKey(c.id, key, this, [this, name](const QString& e) {
            m_model->reload();
            emit message(e.isEmpty() ? tr("Provider %1 saved; its key is in the system keychain.").arg(name)
                                     : tr("Provider %1 saved, but its key was not: %2").arg(name, e));
        });
    });
    dialog->open();
}

void ProvidersPage::remove()
{
    const ProviderConfig config = m_model->providerAt(m_table->currentIndex().row());
    if (config.id.isEmpty())
        return;
    QString error;
    if (!m_context.providerSettings->remove(config.id, &error)) {
        emit message(error);
        return;
    }
    m_model->reload();
    reloadRoutes();
    emit message(tr("Provider %1 removed.").arg(config.name.isEmpty() ? config.id : config.name));
}

ProviderDialog::ProviderDialog(const ProviderConfig& config, bool create, const QStringList& takenIds, QWidget* parent)
    : QDialog(parent)
    , m_create(create)
    , m_taken(takenIds)
    , m_config(config)
    , m_id(new QLineEdit(config.id, this))
    , m_name(new QLineEdit(config.name, this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(config.baseUrl.toString(), this))
    , m_model(new QLineEdit(config.model, this))
    , m_secret(new QLineEdit(config.secretRef, this))
    , m_key(new QLineEdit(this))
    , m_concurrency(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"providerDialog"_s);
    setWindowTitle(
        create ? tr("Add an AI provider") : tr("Edit %1").arg(config.name.isEmpty() ? config.id : config.name));
    m_id->setReadOnly(!create);
    m_id->setPlaceholderText(u"openai-main"_s);
    for (const QString& kind : Llm::kinds())
        m_kind->addItem(Llm::kindDisplayName(kind), kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(config.kind)));
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
        follow(m_model, before.model, after.model);
        follow(m_secret, before.keyRef, after.keyRef);
        applyKindPlaceholders();
    });
    m_key->setObjectName(u"providerKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(config.secretRef.startsWith(u"keychain:provider/"_s)
            ? tr("Saved in the keychain; type to replace")
            : tr("Paste the key to keep it in the system keychain"));
    m_key->setToolTip(tr("Kept in the system keychain, bound to this address: it is only ever sent there. "
                         "Changing the address removes it."));
    m_concurrency->setRange(1, 256);
    m_concurrency->setValue(config.maxConcurrency);
    m_concurrency->setToolTip(
        tr("The most calls at once; Quorum finds the provider's real limit below this by itself."));
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(tr("Identifier"), m_id);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("API"), m_kind);
    form->addRow(tr("Address"), m_url);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("Key"), m_key);
    form->addRow(tr("Or key from"), m_secret);
    form->addRow(tr("Max parallel calls"), m_concurrency);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 0);
}

void ProviderDialog::applyKindPlaceholders()
{
    m_shownKind = m_kind->currentData().toString();
    const Llm::KindDefaults d = Llm::defaultsFor(m_shownKind);
    m_url->setPlaceholderText(d.baseUrl);
    m_model->setPlaceholderText(d.model);
    m_secret->setPlaceholderText(d.keyRef.isEmpty() ? tr("no key needed") : d.keyRef);
}

ProviderConfig ProviderDialog::config() const
{
    ProviderConfig c = m_config;
    c.id = m_id->text().trimmed();
    c.name = m_name->text().trimmed();
    c.kind = m_kind->currentData().toString();
    c.baseUrl = QUrl(m_url->text().trimmed());
    c.model = m_model->text().trimmed();
    c.secretRef = m_secret->text().trimmed();
    c.maxConcurrency = m_concurrency->value();
    c.initialConcurrency = std::min(c.initialConcurrency, c.maxConcurrency);
    return c;
}

void ProviderDialog::save()
{
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
