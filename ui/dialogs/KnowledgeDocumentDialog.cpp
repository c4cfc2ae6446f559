#include "KnowledgeDocumentDialog.h"

#include "Theme.h"
#include "knowledge/KnowledgeActions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KnowledgeDocumentDialog::KnowledgeDocumentDialog(
    KnowledgeActions* knowledge, const Knowledge::Document& document, QWidget* parent)
    : QDialog(parent)
    , m_knowledge(knowledge)
    , m_document(document)
    , m_address(new QLineEdit(this))
    , m_fetch(new QPushButton(tr("Fetch"), this))
    , m_title(new QLineEdit(document.title, this))
    , m_topic(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"knowledgeDocumentDialog"_s);
    setWindowTitle(document.id > 0 ? tr("Edit “%1” (version %2)").arg(document.title).arg(document.version)
                                   : tr("New knowledge document"));
    m_address->setObjectName(u"knowledgeAddress"_s);
    m_address->setPlaceholderText(tr("https://your-shop.example/returns (optional: fetch a page's text)"));
    if (document.source == u"url")
        m_address->setText(document.origin);
    m_fetch->setObjectName(u"knowledgeFetch"_s);
    m_title->setObjectName(u"knowledgeTitle"_s);
    m_topic->setObjectName(u"knowledgeTopic"_s);
    for (const QString& t : Knowledge::topics())
        m_topic->addItem(Knowledge::topicName(t), t);
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(document.topic)));
    m_body->setObjectName(u"knowledgeBody"_s);
    m_body->setPlaceholderText(tr("Paste the text, or write it. Markdown headings (## Refunds) name the passages "
                                  "under them."));
    m_body->setPlainText(document.body);
    m_count->setProperty("role", u"subtitle"_s);
    m_problem->setObjectName(u"knowledgeProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: %1;"_s.arg(Theme::css(Theme::Danger)));
    m_problem->hide();
    auto* fetchRow = new QHBoxLayout;
    fetchRow->addWidget(m_address, 1);
    fetchRow->addWidget(m_fetch);
    auto* form = new QFormLayout;
    form->addRow(tr("Page address"), fetchRow);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Topic"), m_topic);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_fetch, &QPushButton::clicked, this, &KnowledgeDocumentDialog::fetch);
    connect(m_address, &QLineEdit::returnPressed, this, &KnowledgeDocumentDialog::fetch);
    connect(m_knowledge, &KnowledgeActions::fetched, this, &KnowledgeDocumentDialog::fetched);
    // Counted once typing pauses: a long document is not split into passages at every keystroke.
    auto* recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(300);
    connect(recount, &QTimer::timeout, this, &KnowledgeDocumentDialog::updateCount);
    connect(m_body, &QPlainTextEdit::textChanged, recount, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KnowledgeDocumentDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
    resize(760, 620);
}

void KnowledgeDocumentDialog::updateCount()
{
    const QString text = m_body->toPlainText();
    const qsizetype passages = text.size() > Knowledge::kMaxDocumentChars ? 0 : Knowledge::chunk(text).size();
    m_count->setText(
        tr("%1 characters · %2")
            .arg(QLocale().toString(text.size()), tr("%n passage(s)", nullptr, static_cast<int>(passages))));
}

void KnowledgeDocumentDialog::fetch()
{
    m_problem->hide();
    m_fetch->setEnabled(false);
    m_fetch->setText(tr("Fetching…"));
    m_knowledge->fetch(QUrl::fromUserInput(m_address->text().trimmed()));
}

void KnowledgeDocumentDialog::fetched(const KnowledgeImport::Draft& draft)
{
    m_fetch->setEnabled(true);
    m_fetch->setText(tr("Fetch"));
    if (!draft.ok()) {
        m_problem->setText(draft.error);
        m_problem->show();
        return;
    }
    if (m_title->text().trimmed().isEmpty())
        m_title->setText(draft.document.title);
    if (m_document.id == 0)
        m_topic->setCurrentIndex(std::max(0, m_topic->findData(draft.document.topic)));
    m_body->setPlainText(draft.document.body);
    m_document.source = draft.document.source;
    m_document.origin = draft.document.origin;
}

void KnowledgeDocumentDialog::save()
{
    Knowledge::Document d = m_document;
    d.title = m_title->text().trimmed();
    d.topic = m_topic->currentData().toString();
    d.body = m_body->toPlainText();
    QString error;
    const qint64 id = m_knowledge->save(d, &error);
    if (id == 0) {
        m_problem->setText(error);
        m_problem->show();
        return;
    }
    emit saved(id, d.title);
    accept();
}
