#include "OutreachDialog.h"

#include "sites/OutreachActions.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OutreachDialog::OutreachDialog(OutreachActions* actions, qint64 leadId, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_leadId(leadId)
    , m_state(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_instruction(new QLineEdit(this))
    , m_write(new QPushButton(this))
    , m_markSent(new QPushButton(tr("It arrived: mark sent"), this))
    , m_sendAgain(new QPushButton(tr("It did not arrive: send again"), this))
{
    setObjectName(u"outreachDialog"_s);
    m_state->setObjectName(u"outreachState"_s);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_preview->setObjectName(u"outreachPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setPlaceholderText(tr("No e-mail is written for this lead yet."));
    m_problems->setObjectName(u"outreachProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setProperty("role", u"error"_s);
    m_instruction->setObjectName(u"outreachInstruction"_s);
    m_instruction->setPlaceholderText(tr("Instruction for the writer, e.g. “shorter; mention the opening hours”"));
    m_instruction->setClearButtonEnabled(true);
    m_write->setObjectName(u"outreachWriteButton"_s);
    m_markSent->setObjectName(u"outreachMarkSentButton"_s);
    m_sendAgain->setObjectName(u"outreachSendAgainButton"_s);
    m_sendAgain->setToolTip(tr("Only when you checked your sent mail and the lead's address: it may arrive twice."));

    auto* explain = new QLabel(tr("Written from the lead's listing and checked by a second model. Approved in "
                                  "Approvals, it is sent once from your mail server, with your name, postal address "
                                  "and an unsubscribe line."),
        this);
    explain->setWordWrap(true);
    explain->setProperty("role", u"subtitle"_s);
    auto* writeRow = new QHBoxLayout;
    writeRow->addWidget(m_instruction, 1);
    writeRow->addWidget(m_write);
    auto* resolveRow = new QHBoxLayout;
    resolveRow->addStretch();
    resolveRow->addWidget(m_markSent);
    resolveRow->addWidget(m_sendAgain);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_state);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addLayout(writeRow);
    layout->addLayout(resolveRow);
    layout->addWidget(buttons);
    resize(640, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &OutreachDialog::write);
    connect(m_instruction, &QLineEdit::returnPressed, this, &OutreachDialog::write);
    connect(m_markSent, &QPushButton::clicked, this, [this] { resolve(false); });
    connect(m_sendAgain, &QPushButton::clicked, this, [this] { resolve(true); });
    refresh();
}

void OutreachDialog::refresh()
{
    const OutreachActions::Draft d = m_actions->draft(m_leadId);
    m_emailId = d.email ? d.email->id : 0;
    setWindowTitle(tr("E-mail to %1").arg(d.leadName));
    QStringList lines{tr("To: %1").arg(d.to.isEmpty() ? tr("no address in the listing") : d.to)};
    if (d.email) {
        QString state = Outreach::statusText(*d.email);
        if (!d.email->sendError.isEmpty())
            state += u" — "_s + d.email->sendError;
        else if (!d.email->lastError.isEmpty())
            state += u" — "_s + d.email->lastError;
        lines.append(tr("State: %1").arg(state));
    }
    if (!d.conceptName.isEmpty())
        lines.append(tr("Concept attached: %1").arg(d.conceptName));
    if (!d.subject.isEmpty())
        lines.append(tr("Subject: %1").arg(d.subject));
    m_state->setText(lines.join(u'\n'));
    m_preview->setPlainText(d.preview);
    m_problems->setText(d.problems.isEmpty()
            ? QString()
            : tr("The last attempt did not pass the gate:") + u"\n• "_s + d.problems.join(u"\n• "_s));
    m_problems->setVisible(!d.problems.isEmpty());
    m_write->setText(d.email ? tr("Write again") : tr("Write e-mail"));
    const QString why = m_actions->whyNotWrite(m_leadId);
    m_write->setEnabled(why.isEmpty());
    m_write->setToolTip(why);
    m_instruction->setEnabled(why.isEmpty());
    const bool uncertain = d.email && d.email->sendState == Outreach::SendState::Uncertain;
    m_markSent->setVisible(uncertain);
    m_sendAgain->setVisible(uncertain);
    m_markSent->setEnabled(m_actions->whyNot().isEmpty());
    m_sendAgain->setEnabled(m_actions->whyNot().isEmpty());
}

void OutreachDialog::write()
{
    QString error;
    if (!m_actions->write(m_leadId, m_instruction->text(), &error)) {
        emit message(error);
        refresh();
        return;
    }
    m_instruction->clear();
    emit message(tr("The e-mail is being written; it comes to Approvals when it passes the gate."));
    refresh();
}

void OutreachDialog::resolve(bool sendAgain)
{
    QString error;
    const bool ok = sendAgain ? m_actions->sendAgain(m_emailId, &error) : m_actions->markSent(m_emailId, &error);
    emit message(ok ? (sendAgain ? tr("Sending the e-mail again.") : tr("Marked as sent.")) : error);
    refresh();
}
