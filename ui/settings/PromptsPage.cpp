#include "PromptsPage.h"

#include "Format.h"
#include "SettingsModels.h"
#include "Theme.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/LockedText.h"
#include "pipeline/PipelineSettings.h"
#include "widgets/ReadOnlyNote.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PromptsPage::PromptsPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(context.prompts)
    , m_templates(new QTableView(this))
    , m_history(new QComboBox(this))
    , m_record(new QLabel(this))
    , m_useVersion(new QPushButton(tr("Use this version"), this))
    , m_editor(new QPlainTextEdit(this))
    , m_variables(new QComboBox(this))
    , m_warning(new QLabel(this))
    , m_locked(new QLabel(this))
    , m_lock(new QPushButton(tr("Lock the selected text"), this))
    , m_save(new QPushButton(tr("Save as new version"), this))
    , m_discard(new QPushButton(tr("Discard changes"), this))
    , m_product(new QComboBox(this))
    , m_piece(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
    , m_trialText(new QLabel(this))
    , m_share(new QSpinBox(this))
    , m_try(new QPushButton(tr("Try on a share of runs"), this))
    , m_keepVariant(new QPushButton(this))
    , m_keepControl(new QPushButton(this))
{
    setObjectName(u"promptsPage"_s);
    m_templates->setObjectName(u"promptTemplates"_s);
    m_templates->setModel(m_model);
    m_templates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_templates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_templates->verticalHeader()->hide();
    m_templates->setShowGrid(false);
    m_templates->horizontalHeader()->setSectionResizeMode(PromptTemplatesModel::Name, QHeaderView::Stretch);
    m_templates->horizontalHeader()->setSectionResizeMode(PromptTemplatesModel::Version, QHeaderView::ResizeToContents);
    m_templates->setMaximumWidth(300);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_editor->setObjectName(u"promptEditor"_s);
    m_editor->setFont(mono);
    m_editor->setTabChangesFocus(true);
    m_preview->setObjectName(u"promptPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFont(mono);
    m_history->setObjectName(u"promptHistory"_s);
    m_record->setObjectName(u"promptRecord"_s);
    m_record->setWordWrap(true);
    m_variables->setObjectName(u"promptVariables"_s);
    m_variables->addItem(tr("Insert a variable…"));
    for (const auto& [name, meaning] : PromptTemplates::knownVariables()) {
        m_variables->addItem(u"{{%1}}"_s.arg(name), name);
        m_variables->setItemData(m_variables->count() - 1, meaning, Qt::ToolTipRole);
    }
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText); // names what a person typed
    m_warning->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Warning)));
    m_locked->setObjectName(u"promptLocked"_s);
    m_locked->setWordWrap(true);
    m_locked->setTextFormat(Qt::PlainText);
    m_locked->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Muted)));
    m_lock->setObjectName(u"promptLock"_s);
    m_lock->setToolTip(tr("Select a legal line, a phrase the brand always uses or a heading (one each) and lock it: "
                          "it goes into every piece word for word, in the order of the template, and the checks "
                          "reject a piece without it."));
    m_save->setObjectName(u"promptSave"_s);
    m_save->setProperty("primary", true);
    m_product->setObjectName(u"promptProduct"_s);
    for (const auto& [id, name] : context.pipelineSettings->previewProducts())
        m_product->addItem(name, id);
    for (const QString& kind : ContentSpec::kinds())
        m_piece->addItem(ContentSpec::displayName(kind), kind);

    auto* historyRow = new QHBoxLayout;
    historyRow->addWidget(new QLabel(tr("Version"), this));
    historyRow->addWidget(m_history, 1);
    historyRow->addWidget(m_useVersion);
    m_note = new ReadOnlyNote(
        context.user, [settings = context.pipelineSettings] { return settings->whyNot(); }, this);
    m_note->guard({m_useVersion});
    connect(m_note, &ReadOnlyNote::changed, this, &PromptsPage::updateState);
    auto* editRow = new QHBoxLayout;
    editRow->addWidget(m_variables);
    editRow->addWidget(m_note, 1);
    editRow->addWidget(m_discard);
    editRow->addWidget(m_save);
    // A trial of prompts: the edit writes a share of the runs beside the version in use until a verdict.
    m_trialText->setObjectName(u"promptTrial"_s);
    m_trialText->setWordWrap(true);
    m_trialText->setTextFormat(Qt::PlainText);
    m_share->setObjectName(u"promptTrialShare"_s);
    m_share->setRange(5, 95);
    m_share->setSingleStep(5);
    m_share->setValue(50);
    m_share->setSuffix(tr(" % of runs"));
    m_try->setObjectName(u"promptTry"_s);
    m_try->setToolTip(tr("Saves your edit as a new version that writes this share of the runs beside the version in "
                         "use; the Prompts page compares their records and proposes the better one."));
    m_keepVariant->setObjectName(u"promptKeepVariant"_s);
    m_keepControl->setObjectName(u"promptKeepControl"_s);
    m_note->guard({m_keepVariant, m_keepControl});
    // The trial's words on a line of their own (they name two versions and their records), its buttons below.
    auto* trialButtons = new QHBoxLayout;
    trialButtons->addStretch();
    trialButtons->addWidget(m_keepVariant);
    trialButtons->addWidget(m_keepControl);
    trialButtons->addWidget(m_share);
    trialButtons->addWidget(m_try);
    auto* trialRow = new QVBoxLayout;
    trialRow->addWidget(m_trialText);
    trialRow->addLayout(trialButtons);
    auto* previewRow = new QHBoxLayout;
    auto* previewLabel = new QLabel(tr("Preview for"), this);
    previewLabel->setProperty("role", u"section"_s);
    previewRow->addWidget(previewLabel);
    previewRow->addWidget(m_product, 1);
    previewRow->addWidget(m_piece);
    auto* editorBox = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(historyRow);
    editorLayout->addWidget(m_record);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_warning);
    // A skill's locked sections: the button that locks a selection, and what the checks will hold pieces to.
    auto* lockRow = new QHBoxLayout;
    lockRow->addWidget(m_lock);
    lockRow->addWidget(m_locked, 1);
    editorLayout->addLayout(lockRow);
    editorLayout->addLayout(editRow);
    editorLayout->addLayout(trialRow);
    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addLayout(previewRow);
    previewLayout->addWidget(m_preview, 1);
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(editorBox);
    right->addWidget(previewBox);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_templates);
    layout->addWidget(right, 1);

    connect(
        m_templates->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PromptsPage::templateChanged);
    connect(m_history, &QComboBox::currentIndexChanged, this, &PromptsPage::historyChanged);
    connect(m_useVersion, &QPushButton::clicked, this, [this] {
        // An old version becomes the newest: history is never rewritten.
        m_editor->setPlainText(m_history->currentData(Qt::UserRole + 1).toString());
        save();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        updateState();
        updatePreview();
    });
    connect(m_variables, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            m_editor->insertPlainText(m_variables->itemText(index));
        m_variables->setCurrentIndex(0);
        m_editor->setFocus();
    });
    connect(m_lock, &QPushButton::clicked, this, [this] {
        QTextCursor cursor = m_editor->textCursor();
        const QString selected = cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n').trimmed();
        if (selected.isEmpty())
            return;
        cursor.insertText(u"{{#locked %1}}\n%2\n{{/locked}}"_s.arg(tr("Locked text"), selected));
        m_editor->setFocus();
    });
    connect(m_editor, &QPlainTextEdit::selectionChanged, this,
        [this] { m_lock->setEnabled(m_editor->textCursor().hasSelection() && (!m_note || m_note->mayChange())); });
    connect(m_save, &QPushButton::clicked, this, &PromptsPage::save);
    connect(m_try, &QPushButton::clicked, this, &PromptsPage::tryOnShare);
    connect(m_keepVariant, &QPushButton::clicked, this, [this] { keep(m_trial.variant); });
    connect(m_keepControl, &QPushButton::clicked, this, [this] { keep(m_trial.control); });
    connect(m_discard, &QPushButton::clicked, this, [this] { m_editor->setPlainText(m_loadedBody); });
    connect(m_product, &QComboBox::currentIndexChanged, this, &PromptsPage::updatePreview);
    connect(m_piece, &QComboBox::currentIndexChanged, this, &PromptsPage::updatePreview);
    m_templates->setCurrentIndex(m_model->index(0, 0));
}

QString PromptsPage::currentName() const
{
    return m_model->nameAt(m_templates->currentIndex().row());
}

void PromptsPage::templateChanged()
{
    const QString name = currentName();
    m_history->blockSignals(true);
    m_history->clear();
    // Each version with how it did, so variants compare at a glance.
    const auto records = m_context.pipelineSettings->promptRecords(name);
    for (const PromptTemplates::Template& t : m_context.pipelineSettings->promptHistory(name)) {
        QString label = t.version == 0
            ? tr("Quorum default")
            : tr("v%1 · %2 · %3").arg(t.version).arg(t.author, Format::dateTime(t.createdAt));
        if (const auto r = records.constFind(t.version); r != records.cend() && r->runs > 0)
            label = tr("%1 · %2 % first time").arg(label).arg(qRound(100.0 * r->firstPass / r->runs));
        m_history->addItem(label, t.version);
        QString record;
        if (PromptTemplates::hasRecord(name)) {
            const PromptTemplates::Record r = records.value(t.version);
            record = r.runs == 0 ? tr("Not used for a piece yet.")
                                 : tr("Passed the gate on the first attempt in %1 of %n run(s) (%2 %); kept unchanged "
                                      "in %3.",
                                     nullptr, r.runs)
                                       .arg(r.firstPass)
                                       .arg(qRound(100.0 * r.firstPass / r.runs))
                                       .arg(r.keptUnchanged);
        }
        m_history->setItemData(m_history->count() - 1, record, Qt::UserRole + 2);
        m_history->setItemData(m_history->count() - 1, t.body, Qt::UserRole + 1);
    }
    m_history->blockSignals(false);
    updateTrial();
    // A piece's own template fixes the piece in the preview; the shared ones let you pick.
    const QString kind = name.startsWith(u"writer."_s) ? name.mid(7) : QString();
    const int pieceIndex = m_piece->findData(kind);
    m_piece->setEnabled(pieceIndex < 0);
    if (pieceIndex >= 0)
        m_piece->setCurrentIndex(pieceIndex);
    historyChanged();
}

void PromptsPage::historyChanged()
{
    m_loadedBody = m_history->currentData(Qt::UserRole + 1).toString();
    const QString record = m_history->currentData(Qt::UserRole + 2).toString();
    m_record->setText(record);
    m_record->setVisible(!record.isEmpty());
    m_editor->blockSignals(true);
    m_editor->setPlainText(m_loadedBody);
    m_editor->blockSignals(false);
    m_useVersion->setEnabled(m_history->currentIndex() > 0 && (!m_note || m_note->mayChange()));
    updateState();
    updatePreview();
}

void PromptsPage::updateState()
{
    const bool dirty = m_editor->toPlainText() != m_loadedBody;
    // A skill: a writer's template for one kind of piece may lock texts the piece must carry word for word.
    const bool skill = PromptTemplates::hasRecord(currentName()) && currentName().startsWith(u"writer."_s);
    const LockedText::Parsed locked = LockedText::parse(m_editor->toPlainText());
    m_lock->setVisible(skill);
    m_lock->setEnabled(m_editor->textCursor().hasSelection() && (!m_note || m_note->mayChange()));
    const int lockedCount = static_cast<int>(locked.sections.size());
    m_locked->setText(lockedCount == 0 ? QString()
                                       : tr("%n locked section(s): every piece must carry them word for word, in this "
                                            "order; the checks reject a piece that changes one.",
                                           nullptr, lockedCount));
    m_locked->setVisible(skill && lockedCount > 0);
    m_save->setEnabled(dirty && !m_editor->toPlainText().trimmed().isEmpty() && locked.error.isEmpty()
        && (!m_note || m_note->mayChange()));
    m_discard->setEnabled(dirty);
    // The trial as the template was shown (read once per template, not per keystroke).
    const bool trialRunning = m_trial.active();
    m_try->setEnabled(m_save->isEnabled() && PromptTemplates::hasRecord(currentName()) && !trialRunning);
    m_share->setEnabled(m_try->isEnabled());
    QStringList known;
    for (const auto& v : PromptTemplates::knownVariables())
        known.append(v.first);
    QStringList unknown;
    for (const QString& v : PromptTemplates::variablesIn(m_editor->toPlainText())) {
        if (!known.contains(v))
            unknown.append(u"{{%1}}"_s.arg(v));
    }
    QString warning;
    if (!unknown.isEmpty())
        warning = tr("Unknown variables stay empty: %1").arg(unknown.join(u", "_s));
    const QString name = currentName();
    if (name.startsWith(u"writer.") && name != u"writer.system" && name != u"writer.agreement"
        && !m_editor->toPlainText().contains(u"{{facts}}"_s))
        warning += (warning.isEmpty() ? QString() : u"\n"_s)
            + tr("Without {{facts}} the writer does not see the product's facts, and the checks will reject what it "
                 "invents.");
    if (!locked.error.isEmpty())
        warning += (warning.isEmpty() ? QString() : u"\n"_s) + locked.error;
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void PromptsPage::updatePreview()
{
    m_preview->setPlainText(m_context.pipelineSettings->preview(currentName(), m_editor->toPlainText(),
        m_product->currentData().toLongLong(), m_piece->currentData().toString()));
}

bool PromptsPage::save()
{
    const QString name = currentName();
    const QString body = m_editor->toPlainText();
    if (name.isEmpty() || body.trimmed().isEmpty())
        return false;
    QString error;
    const int version = m_context.pipelineSettings->savePrompt(name, body, &error);
    if (version == 0) {
        emit message(error);
        return false;
    }
    emit message(tr("%1 saved as version %2; new pieces use it.").arg(PromptTemplates::displayName(name)).arg(version));
    const int row = m_templates->currentIndex().row();
    m_model->reload();
    m_templates->setCurrentIndex(m_model->index(row, 0));
    templateChanged();
    return true;
}

void PromptsPage::updateTrial()
{
    const QString name = currentName();
    const bool tryable = PromptTemplates::hasRecord(name);
    m_trial = m_context.pipelineSettings->promptTrial(name);
    const PromptTemplates::Trial& t = m_trial;
    m_share->setVisible(tryable && !t.active());
    m_try->setVisible(tryable && !t.active());
    m_keepVariant->setVisible(t.active());
    m_keepControl->setVisible(t.active());
    if (!t.active()) {
        m_trialText->setText(tryable ? tr("Edit and try the new text on a share of runs to compare it with the "
                                          "version in use.")
                                     : QString());
        m_trialText->setVisible(tryable);
        return;
    }
    const PromptTemplates::TrialVerdict v = m_context.pipelineSettings->promptTrialVerdict(name);
    const auto versionName
        = [](int version) { return version == 0 ? tr("the Quorum default") : tr("version %1").arg(version); };
    const auto recordOf = [](const PromptTemplates::Record& r) {
        return r.runs == 0 ? tr("no run yet")
                           : tr("%1 of %n run(s) passed first time (%2 %)", nullptr, r.runs)
                                 .arg(r.firstPass)
                                 .arg(qRound(100.0 * r.firstPass / r.runs));
    };
    QString text = tr("On trial since %1: %2 writes %3 % of the runs beside %4. Since then %2: %5; %4: %6.")
                       .arg(Format::dateTime(t.startedAt), versionName(t.variant))
                       .arg(t.sharePct)
                       .arg(versionName(t.control), recordOf(v.variant), recordOf(v.control));
    if (v.collecting)
        text += u' '
            + tr("No verdict before 20 runs each, and 5 first-time passes and 5 failures in all. Saving a version by "
                 "hand "
                 "ends the trial.");
    else if (v.better) {
        QString better = versionName(*v.better);
        better[0] = better[0].toUpper(); // it opens the sentence
        text += u' ' + tr("%1 does better (p = %2): keep it?").arg(better, QLocale().toString(v.pValue, 'f', 3));
    } else
        text += u' ' + tr("No difference yet (p = %1).").arg(QLocale().toString(v.pValue, 'f', 2));
    m_trialText->setText(text);
    m_trialText->setVisible(true);
    m_keepVariant->setText(tr("Keep %1").arg(versionName(t.variant)));
    m_keepControl->setText(tr("Keep %1").arg(versionName(t.control)));
    // The better one, once there is one, is the proposal.
    m_keepVariant->setProperty("primary", v.better == t.variant);
    m_keepControl->setProperty("primary", v.better == t.control);
    for (QPushButton* b : {m_keepVariant, m_keepControl}) {
        b->style()->unpolish(b);
        b->style()->polish(b);
    }
}

bool PromptsPage::tryOnShare()
{
    const QString name = currentName();
    QString error;
    const int version
        = m_context.pipelineSettings->startPromptTrial(name, m_editor->toPlainText(), m_share->value(), &error);
    if (version == 0) {
        emit message(error);
        return false;
    }
    emit message(tr("%1 version %2 writes %3 % of the runs from now on, beside the version in use.")
                     .arg(PromptTemplates::displayName(name))
                     .arg(version)
                     .arg(m_share->value()));
    const int row = m_templates->currentIndex().row();
    m_model->reload();
    m_templates->setCurrentIndex(m_model->index(row, 0));
    templateChanged();
    return true;
}

bool PromptsPage::keep(int version)
{
    const QString name = currentName();
    QString error;
    if (!m_context.pipelineSettings->endPromptTrial(name, version, &error)) {
        emit message(error);
        return false;
    }
    emit message(tr("The trial of %1 has ended; every run writes with the version kept.")
                     .arg(PromptTemplates::displayName(name)));
    const int row = m_templates->currentIndex().row();
    m_model->reload();
    m_templates->setCurrentIndex(m_model->index(row, 0));
    templateChanged();
    return true;
}
