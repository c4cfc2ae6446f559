#include "ModifyProposalDialog.h"

#include "Format.h"
#include "Theme.h"
#include "approvals/ActionSchema.h"
#include "approvals/ApprovalActions.h"
#include "approvals/ApprovalTypes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ModifyProposalDialog::ModifyProposalDialog(
    const ApprovalDesk::Proposal& proposal, ApprovalActions* actions, const QString& note, QWidget* parent)
    : QDialog(parent)
    , m_proposal(proposal)
    , m_actions(actions)
    , m_note(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"modifyDialog"_s);
    setWindowTitle(tr("Modify: %1").arg(proposal.title));
    setMinimumWidth(520);
    auto* intro = new QLabel(tr("Change what runs. The changed proposal is judged again by the risk engine: if the "
                                "rule lets it run, it runs at once; if not, it waits for someone other than you."),
        this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QJsonObject values = proposal.effectiveParameters();
    for (const ActionSchema::Field& f : ActionSchema::fields(proposal.actionType)) {
        if (f.figure) // what the agent worked from is in the detail; the form is what may change
            continue;
        const QString value = values.value(f.key).isDouble() ? QString::number(values.value(f.key).toDouble(), 'g', 15)
                                                             : values.value(f.key).toString();
        QString label = f.label();
        if (f.type == ActionSchema::FieldType::Money)
            label = tr("%1 (%2)").arg(f.label(), proposal.currency);
        if (f.readOnly || f.type == ActionSchema::FieldType::Currency) {
            if (!values.contains(f.key))
                continue;
            auto* shown = new QLabel(ActionSchema::displayValue(f, values.value(f.key), proposal.currency), this);
            shown->setTextFormat(Qt::PlainText);
            shown->setProperty("role", u"subtitle"_s);
            shown->setToolTip(tr("Not changeable here"));
            form->addRow(label, shown);
            continue;
        }
        Editor e;
        QWidget* widget = nullptr;
        switch (f.type) {
        case ActionSchema::FieldType::LongText:
            e.text = new QPlainTextEdit(value, this);
            e.text->setTabChangesFocus(true);
            e.text->setFixedHeight(80);
            connect(e.text, &QPlainTextEdit::textChanged, this, &ModifyProposalDialog::reevaluate);
            widget = e.text;
            break;
        case ActionSchema::FieldType::Enum:
            e.combo = new QComboBox(this);
            // Shown as a person reads them ("Google Ads", "pause"); the stored key is the item's data.
            for (const QString& option : f.options)
                e.combo->addItem(ActionSchema::displayValue(f, option, {}), option);
            e.combo->setCurrentIndex(std::max(0, e.combo->findData(value)));
            connect(e.combo, &QComboBox::currentIndexChanged, this, &ModifyProposalDialog::reevaluate);
            widget = e.combo;
            break;
        default:
            e.line = new QLineEdit(value, this);
            if (f.type == ActionSchema::FieldType::Date)
                e.line->setPlaceholderText(u"2026-12-31"_s);
            connect(e.line, &QLineEdit::textChanged, this, &ModifyProposalDialog::reevaluate);
            widget = e.line;
            break;
        }
        widget->setObjectName(u"field_"_s + f.key);
        e.problem = new QLabel(this);
        e.problem->setTextFormat(Qt::PlainText); // may quote what was typed
        e.problem->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
        e.problem->setWordWrap(true);
        e.problem->hide();
        auto* cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(widget);
        cell->addWidget(e.problem);
        form->addRow(f.required ? label + u" *"_s : label, cell);
        m_editors.insert(f.key, e);
    }
    m_note->setObjectName(u"modifyNote"_s);
    m_note->setText(note);
    m_note->setPlaceholderText(tr("Why you changed it (optional)"));
    form->addRow(tr("Note"), m_note);

    m_preview->setObjectName(u"modifyPreview"_s);
    m_preview->setWordWrap(true);
    m_error->setObjectName(u"modifyError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply change"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"modifyApply"_s);
    m_apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &ModifyProposalDialog::apply);
    auto* submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submit, &QShortcut::activated, m_apply, &QPushButton::click);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    reevaluate();
}

QJsonObject ModifyProposalDialog::parameters() const
{
    QJsonObject out = m_proposal.effectiveParameters();
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        const Editor& e = it.value();
        const QString v = e.line ? e.line->text() : e.text ? e.text->toPlainText() : e.combo->currentData().toString();
        if (v.trimmed().isEmpty())
            out.remove(it.key());
        else
            out.insert(it.key(), v.trimmed());
    }
    return out;
}

QString ModifyProposalDialog::note() const
{
    return m_note->text().trimmed();
}

QString ModifyProposalDialog::previewText() const
{
    return m_preview->text();
}

void ModifyProposalDialog::reevaluate()
{
    const QJsonObject params = parameters();
    const auto problems = ActionSchema::validate(m_proposal.actionType, params);
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        QString message;
        for (const auto& p : problems) {
            if (p.field == it.key())
                message = p.message;
        }
        it->problem->setText(message);
        it->problem->setVisible(!message.isEmpty());
    }
    m_apply->setEnabled(problems.isEmpty());
    if (!problems.isEmpty()) {
        m_preview->setText(tr("Fix the marked fields to see what the risk engine would say."));
        m_preview->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Muted)));
        return;
    }
    const RiskEngine::Verdict v
        = m_actions->preview(m_proposal, ActionSchema::normalised(m_proposal.actionType, params));
    const QString level = Risk::displayName(v.level);
    m_preview->setText(v.waits ? tr("<b>%1</b> — it would come back to the queue for someone other than you. %2")
                                     .arg(level.toHtmlEscaped(), v.explanation.toHtmlEscaped())
                               : tr("<b>%1</b> — it would run as soon as you apply the change. %2")
                                     .arg(level.toHtmlEscaped(), v.explanation.toHtmlEscaped()));
    m_preview->setStyleSheet(
        u"QLabel { border-left: 4px solid %1; padding: 4px 8px; }"_s.arg(Format::riskColor(Risk::key(v.level)).name()));
}

void ModifyProposalDialog::apply()
{
    const ApprovalDesk::Outcome out = m_actions->modify(m_proposal.id, parameters(), note());
    if (!out.ok) {
        m_error->setText(out.error);
        m_error->show();
        return;
    }
    emit applied(out);
    accept();
}
