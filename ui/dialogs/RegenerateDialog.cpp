#include "RegenerateDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RegenerateDialog::RegenerateDialog(const QString& pieceName, QWidget* parent)
    : QDialog(parent)
    , m_instruction(new QPlainTextEdit(this))
{
    setObjectName(u"regenerateDialog"_s);
    setWindowTitle(tr("Regenerate %1").arg(pieceName));
    auto* text = new QLabel(tr("The writer writes %1 again, with your instruction, and the piece goes through the "
                               "agreement gate like any other: checks, the reviewer, at most three attempts.")
                                .arg(pieceName),
        this);
    text->setWordWrap(true);
    m_instruction->setObjectName(u"regenerateInstruction"_s);
    m_instruction->setPlaceholderText(tr("Optional. For example: shorter, and mention that it comes in a gift box."));
    m_instruction->setTabChangesFocus(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* go = buttons->addButton(tr("Regenerate"), QDialogButtonBox::AcceptRole);
    go->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        emit regenerateRequested(m_instruction->toPlainText().trimmed());
        accept();
    });
    auto* submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(submit, &QShortcut::activated, go, &QPushButton::click);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Instruction for the writer"), this));
    layout->addWidget(m_instruction);
    layout->addWidget(buttons);
    resize(520, 300);
    m_instruction->setFocus();
}
