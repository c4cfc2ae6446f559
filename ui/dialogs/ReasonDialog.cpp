#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReasonDialog::ReasonDialog(const QString& title, const QString& explanation, const QString& initial, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(initial, this))
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);
    setMinimumWidth(460);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    m_reason->setObjectName(u"rejectReason"_s);
    m_reason->setPlaceholderText(tr("Why? Required: it is kept with the decision and tells the agent what to change."));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(90);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Reject"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"rejectConfirm"_s);
    m_ok->setDefault(true);
    auto* hint = new QLabel(tr("Ctrl+Enter rejects"), this);
    hint->setProperty("role", u"subtitle"_s);
    const auto update = [this] { m_ok->setEnabled(!m_reason->toPlainText().trimmed().isEmpty()); };
    connect(m_reason, &QPlainTextEdit::textChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (reason().isEmpty())
            return;
        emit reasonGiven(reason());
        accept();
    });
    auto* submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submit, &QShortcut::activated, m_ok, &QPushButton::click);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_reason);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}
