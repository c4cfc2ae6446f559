#include "KnowledgePage.h"

#include "KnowledgeModels.h"
#include "dialogs/KnowledgeDocumentDialog.h"
#include "knowledge/KnowledgeActions.h"
#include "widgets/CsvImport.h"
#include "widgets/ReadOnlyNote.h"
#include "widgets/Tables.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KnowledgePage::KnowledgePage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_readOnly(new ReadOnlyNote(
          context.user, [k = context.knowledge] { return k->whyNot(); }, this))
    , m_table(Tables::compact(context.knowledgeDocuments, this, u"knowledgeTable"_s))
    , m_new(new QPushButton(tr("New document…"), this))
    , m_file(new QPushButton(tr("Add file…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_note(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_resultsModel(new KnowledgeSearchModel(context.knowledge, this))
    , m_results(Tables::compact(m_resultsModel, this, u"knowledgeResults"_s))
    , m_searchState(new QLabel(this))
{
    setObjectName(u"knowledgePage"_s);
    auto* intro = new QLabel(tr("Your shop's own words, for what a product's facts do not say: shipping and returns "
                                "terms, care guides, size charts, your story. Each FAQ, care guide and description "
                                "is given the passages that match it; a shipping or returns term it states must be "
                                "one a passage gives, and the detail view cites the passage. Editing a document "
                                "makes the pieces that cited it stale."),
        this);
    intro->setWordWrap(true);
    m_new->setObjectName(u"knowledgeNew"_s);
    m_file->setObjectName(u"knowledgeFile"_s);
    m_file->setToolTip(tr("A Markdown, text or PDF file"));
    m_edit->setObjectName(u"knowledgeEdit"_s);
    m_remove->setObjectName(u"knowledgeRemove"_s);
    m_note->setObjectName(u"knowledgeNote"_s);
    m_note->setWordWrap(true);
    m_note->setProperty("role", u"subtitle"_s);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(KnowledgeDocumentsModel::Title, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_search->setObjectName(u"knowledgeSearch"_s);
    m_search->setPlaceholderText(tr("Search the knowledge base, as a writer would (e.g. “return within days”)"));
    m_search->setClearButtonEnabled(true);
    m_searchState->setObjectName(u"knowledgeSearchState"_s);
    m_searchState->setProperty("role", u"subtitle"_s);
    m_results->horizontalHeader()->setSectionResizeMode(KnowledgeSearchModel::Rank, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(KnowledgeSearchModel::Score, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(KnowledgeSearchModel::Source, QHeaderView::Interactive);
    m_results->setColumnWidth(KnowledgeSearchModel::Source, 240);
    m_results->horizontalHeader()->setSectionResizeMode(KnowledgeSearchModel::Passage, QHeaderView::Stretch);
    m_results->setWordWrap(true);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_readOnly->guard({m_new, m_file});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_file);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto* searchTitle = new QLabel(tr("Search"), this);
    searchTitle->setProperty("role", u"section"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_readOnly);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_note);
    layout->addWidget(searchTitle);
    layout->addWidget(m_search);
    layout->addWidget(m_searchState);
    layout->addWidget(m_results, 3);

    connect(m_new, &QPushButton::clicked, this, [this] { openDocument(Knowledge::Document{}); });
    connect(m_file, &QPushButton::clicked, this, [this] {
        CsvImport::choose(this, tr("Add a document to the knowledge base"),
            tr("Documents (*.md *.markdown *.txt *.pdf)"), u"knowledgeFiles"_s,
            [this](const QString& path) { addFile(path); });
    });
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(selectedRow()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { edit(index.row()); });
    connect(m_remove, &QPushButton::clicked, this, &KnowledgePage::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KnowledgePage::updateButtons);
    connect(m_readOnly, &ReadOnlyNote::changed, this, &KnowledgePage::updateButtons);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_resultsModel->search(text);
        if (text.trimmed().isEmpty())
            m_searchState->setText(tr("Type words to see which passages a writer would be given, best first."));
        else if (m_resultsModel->rowCount() == 0)
            m_searchState->setText(tr("No passage matches “%1”.").arg(text.trimmed()));
        else
            m_searchState->setText(tr("Best match first, ranked by %1: a higher score matches the words better.")
                                       .arg(m_context.knowledge->rankingName()));
    });
    m_searchState->setText(tr("Type words to see which passages a writer would be given, best first."));
    load();
}

void KnowledgePage::showEvent(QShowEvent* event)
{
    load(); // a piece checked since may cite a document now
    QWidget::showEvent(event);
}

void KnowledgePage::load()
{
    m_context.knowledgeDocuments->reload();
    const int count = m_context.knowledgeDocuments->rowCount();
    if (count == 0)
        m_note->setText(tr("No documents yet. Start with your shipping and returns terms: an FAQ then answers from "
                           "them instead of telling customers to ask."));
    else if (m_note->text().isEmpty() || m_note->property("empty").toBool())
        m_note->clear();
    m_note->setProperty("empty", count == 0);
    if (!m_search->text().trimmed().isEmpty())
        m_resultsModel->search(m_search->text());
    updateButtons();
}

int KnowledgePage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void KnowledgePage::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    const bool may = m_readOnly->mayChange();
    m_edit->setEnabled(selected && may);
    m_remove->setEnabled(selected && may);
}

void KnowledgePage::say(const QString& text)
{
    m_note->setText(text);
    m_note->setProperty("empty", false);
    emit message(text);
}

void KnowledgePage::addFile(const QString& path)
{
    const KnowledgeImport::Draft draft = m_context.knowledge->readFile(path);
    if (!draft.ok()) {
        say(draft.error);
        return;
    }
    openDocument(draft.document);
}

void KnowledgePage::edit(int row)
{
    if (row < 0 || row >= m_context.knowledgeDocuments->rowCount() || !m_readOnly->mayChange())
        return;
    // With its text, as it is now (the list holds none).
    const auto document = m_context.knowledge->document(m_context.knowledgeDocuments->documentAt(row).id);
    if (!document) {
        say(QCoreApplication::translate("Knowledge", "The document no longer exists."));
        load();
        return;
    }
    openDocument(*document);
}

void KnowledgePage::openDocument(const Knowledge::Document& document)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new KnowledgeDocumentDialog(m_context.knowledge, document, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool isNew = document.id == 0;
    const int before = document.version;
    connect(m_dialog, &KnowledgeDocumentDialog::saved, this, [this, isNew, before](qint64 id, const QString& title) {
        load();
        const int row = m_context.knowledgeDocuments->rowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
        const Knowledge::Document d = m_context.knowledgeDocuments->documentAt(row);
        if (isNew)
            say(tr("“%1” added: %2.").arg(title, tr("%n passage(s)", nullptr, d.chunks)));
        else if (d.version == before) // the same text: only its topic changed, no new version
            say(tr("“%1” saved.").arg(title));
        else
            say(tr("“%1” saved as version %2: %3.")
                    .arg(title)
                    .arg(d.version)
                    .arg(d.stale > 0 ? tr("%n piece(s) that cited it are now stale", nullptr, d.stale)
                                     : tr("no piece cited the older version")));
    });
    m_dialog->open();
}

void KnowledgePage::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Knowledge::Document d = m_context.knowledgeDocuments->documentAt(row);
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Remove a document"),
        tr("Remove “%1” and its %2 from the knowledge base? Writers are no longer given it; pieces that cited it "
           "keep their text, without the citation.")
            .arg(d.title, tr("%n version(s)", nullptr, d.version)),
        QMessageBox::Cancel, this);
    m_confirm->setObjectName(u"knowledgeRemoveConfirm"_s);
    QPushButton* remove = m_confirm->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(remove, &QPushButton::clicked, this, [this, id = d.id, title = d.title] {
        QString error;
        if (!m_context.knowledge->remove(id, &error)) {
            say(error);
            return;
        }
        load();
        say(tr("“%1” removed.").arg(title));
    });
    m_confirm->open();
}
