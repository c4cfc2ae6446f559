#include "ProvidersPage.h"

#include "ProviderDialog.h"
#include "SettingsModels.h"
#include "Theme.h"
#include "llm/ProviderSettings.h"
#include "widgets/ReadOnlyNote.h"

#include <QCheckBox>
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
    , m_selfReview(new QCheckBox(tr("Let one model review its own work (only if you have a single model)"), this))
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
        warning->setWordWrap(true);
        // Long provider names give way on a laptop screen; the full name is in the list above.
        for (QComboBox* box : {writer, reviewer}) {
            box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            box->setMinimumContentsLength(14);
        }
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
    m_routes->setColumnStretch(1, 2);
    m_routes->setColumnStretch(2, 2);
    m_routes->setColumnStretch(3, 1);
    m_selfReview->setObjectName(u"allowSelfReview"_s);
    m_selfReview->setToolTip(tr("With one model (a single Ollama model, say) nothing would pass the gate: this lets "
                                "it review itself. The fact checks and the rubric still run, and every verdict says "
                                "no second model looked. Weaker: add a second model when you can."));
    m_selfReview->setChecked(context.providerSettings->selfReviewAllowed());
    connect(m_selfReview, &QCheckBox::toggled, this, [this](bool on) {
        QString error;
        if (!m_context.providerSettings->setSelfReviewAllowed(on, &error)) {
            emit message(error);
            const QSignalBlocker block(m_selfReview);
            m_selfReview->setChecked(!on);
        }
        reloadRoutes();
    });
    routesLayout->addWidget(m_selfReview);
    QList<QWidget*> guarded{add, editButton, removeButton, m_selfReview};
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
        bool blocking = true;
        if (we.isEmpty() || re.isEmpty())
            warning = tr("Missing");
        else if (we == re && m_selfReview->isChecked()) {
            warning = tr("Same model reviews itself (weaker)");
            blocking = false;
        } else if (we == re)
            warning = tr("Same model: choose another reviewer, or allow it below");
        QLabel* label = m_warnings.value(domain);
        label->setText(warning);
        label->setStyleSheet(u"color: %1;"_s.arg(Theme::css(blocking ? Theme::Danger : Theme::WarningText)));
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
    auto* dialog = new ProviderDialog(config, create, taken, m_context.providerTester, this);
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
        const QString assigned = assignToEmptySlots(c);
        reloadRoutes();
        const QString name = c.name.isEmpty() ? c.id : c.name;
        if (key.isEmpty()) {
            emit message(tr("Provider %1 saved.").arg(name) + assigned);
            return;
        }
        m_context.providerSettings->saveKey(c.id, key, this, [this, name, assigned](const QString& e) {
            m_model->reload();
            emit message(e.isEmpty() ? tr("Provider %1 saved; its key is in the system keychain.").arg(name) + assigned
                                     : tr("Provider %1 saved, but its key was not: %2").arg(name, e));
        });
    });
    dialog->open();
}

QString ProvidersPage::assignToEmptySlots(const ProviderConfig& config)
{
    ProviderSettings* settings = m_context.providerSettings;
    QStringList roles;
    for (const QString& role : {u"write"_s, u"review"_s}) {
        if (!settings->chainIds(role).isEmpty())
            continue;
        QString error;
        if (settings->setChain(role, {config.id}, &error))
            roles.append(role);
        else
            return u" "_s + error;
    }
    const QString name = config.name.isEmpty() ? config.id : config.name;
    if (roles.size() == 2)
        return u" "_s
            + tr("%1 now writes and reviews. Add a second, different model as reviewer, or allow one model to review "
                 "itself below.")
                  .arg(name);
    if (roles == QStringList{u"write"_s})
        return u" "_s + tr("%1 now writes every piece.").arg(name);
    if (roles == QStringList{u"review"_s})
        return u" "_s + tr("%1 now reviews every piece.").arg(name);
    return u" "_s + tr("Choose it as a writer or reviewer below.");
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
