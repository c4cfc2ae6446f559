#include "EditPieceDialog.h"

#include "Theme.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ContentSpec.h"
#include "widgets/JsonForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EditPieceDialog::EditPieceDialog(const QString& kind, const QJsonObject& body, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_form(new JsonForm(ContentSpec::find(kind) ? ContentSpec::find(kind)->schema : QJsonObject(), this))
    , m_error(new QLabel(this))
{
    m_error->setTextFormat(Qt::PlainText); // the checks quote the edit
    setObjectName(u"editPieceDialog"_s);
    setWindowTitle(tr("Edit %1").arg(ContentSpec::displayName(kind)));
    auto* hint = new QLabel(tr("Your edit is saved as a new version. Quorum checks it like the models' work (lengths, "
                               "words and facts, then the reviewer) and shows you the verdict."),
        this);
    hint->setWordWrap(true);
    hint->setProperty("role", u"subtitle"_s);
    m_form->setValue(body);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_form);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_error->setObjectName(u"editPieceError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* save = buttons->addButton(tr("Save as new version"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    save->setObjectName(u"editPieceSave"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditPieceDialog::save);
    auto* submit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    connect(submit, &QShortcut::activated, this, &EditPieceDialog::save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 640);
}

void EditPieceDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void EditPieceDialog::save()
{
    const QJsonObject body = m_form->value();
    // What the schema rules out would fail at once: say so here, where it can be fixed.
    const auto problems = ContentChecks::checkSchema(m_kind, body);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const auto& p : problems)
            lines.append(u"%1: %2"_s.arg(p.where.mid(2), p.message));
        showError(tr("Not saved yet:\n%1").arg(lines.join(u'\n')));
        return;
    }
    showError({});
    emit saveRequested(body);
}
