#include "KnowledgePage.h"

#include "KnowledgeModels.h"
#include "core/EventBus.h"
#include "dialogs/KnowledgeDocumentDialog.h"
#include "knowledge/KnowledgeActions.h"
#include "llm/EmbeddingClient.h"
#include "widgets/CsvImport.h"
#include "widgets/ReadOnlyNote.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
constexpr int KindRole = Qt::UserRole + 1; // the provider's kind, in the meaning search's list
} // namespace

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
    , m_meaningProvider(new QComboBox(this))
    , m_meaningModel(new QLineEdit(this))
    , m_meaningSave(new QPushButton(tr("Use"), this))
    , m_meaningState(new QLabel(this))
    , m_askMeaning(new QTimer(this))
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
    m_results->horizontalHeader()->setSectionResizeMode(KnowledgeSearchModel::Ranks, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(KnowledgeSearchModel::Source, QHeaderView::Interactive);
    m_results->setColumnWidth(KnowledgeSearchModel::Source, 240);
    m_results->horizontalHeader()->setSectionResizeMode(KnowledgeSearchModel::Passage, QHeaderView::Stretch);
    m_results->setWordWrap(true);
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_meaningProvider->setObjectName(u"knowledgeEmbedProvider"_s);
    m_meaningProvider->setToolTip(tr("The provider whose embedding model turns passages and searches into vectors"));
    m_meaningModel->setObjectName(u"knowledgeEmbedModel"_s);
    m_meaningModel->setToolTip(tr("The embedding model's name, e.g. text-embedding-3-small or nomic-embed-text"));
    m_meaningSave->setObjectName(u"knowledgeEmbedSave"_s);
    m_meaningState->setObjectName(u"knowledgeEmbedState"_s);
    m_meaningState->setWordWrap(true);
    m_meaningState->setProperty("role", u"subtitle"_s);
    m_readOnly->guard({m_new, m_file, m_meaningProvider, m_meaningModel, m_meaningSave});

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_file);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    auto* meaningRow = new QHBoxLayout;
    auto* meaningLabel = new QLabel(tr("Meaning search:"), this);
    meaningLabel->setBuddy(m_meaningProvider);
    meaningRow->addWidget(meaningLabel);
    meaningRow->addWidget(m_meaningProvider, 1);
    meaningRow->addWidget(m_meaningModel, 1);
    meaningRow->addWidget(m_meaningSave);
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
    layout->addLayout(meaningRow);
    layout->addWidget(m_meaningState);
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
    m_askMeaning->setSingleShot(true);
    m_askMeaning->setInterval(400);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        runSearch();
        m_askMeaning->start();
    });
    connect(m_askMeaning, &QTimer::timeout, this, [this] {
        if (m_context.knowledge->askMeaning(m_search->text()))
            runSearch(); // says that the meaning is asked for
    });
    connect(
        m_context.knowledge, &KnowledgeActions::meaningReady, this, [this](const QString& query, const QString& error) {
            if (query.simplified().compare(m_search->text().simplified(), Qt::CaseInsensitive) != 0)
                return; // typed on since
            if (error.isEmpty())
                runSearch();
            else
                m_searchState->setText(tr("Ranked by words only (%1): the search's meaning could not be had: %2")
                                           .arg(m_context.knowledge->rankingName(), error));
        });
    connect(m_meaningSave, &QPushButton::clicked, this, &KnowledgePage::saveMeaning);
    connect(m_meaningModel, &QLineEdit::returnPressed, this, &KnowledgePage::saveMeaning);
    connect(m_meaningProvider, &QComboBox::currentIndexChanged, this, [this] {
        const QString kind = m_meaningProvider->currentData(KindRole).toString();
        m_meaningModel->clear(); // another provider's model is not this one's: its default shows instead
        m_meaningModel->setEnabled(!kind.isEmpty() && m_readOnly->mayChange());
        m_meaningModel->setPlaceholderText(kind.isEmpty() ? QString() : EmbeddingClient::defaultModel(kind));
    });
    if (m_context.bus)
        connect(m_context.bus, &EventBus::changed, this, [this](EventBus::Topic topic) {
            if (topic == EventBus::Topic::Settings && isVisible())
                updateMeaningState(); // the background embedding's progress
        });
    m_searchState->setText(tr("Type words to see which passages a writer would be given, best first."));
    load();
}

void KnowledgePage::runSearch()
{
    const QString text = m_search->text();
    m_resultsModel->search(text);
    const QString words = m_context.knowledge->rankingName();
    if (text.trimmed().isEmpty())
        m_searchState->setText(tr("Type words to see which passages a writer would be given, best first."));
    else if (m_resultsModel->rowCount() == 0)
        m_searchState->setText(tr("No passage matches “%1”.").arg(text.trimmed()));
    else if (m_resultsModel->byMeaning())
        m_searchState->setText(tr("Best match first: ranked by words (%1) and by meaning (%2), the two rankings "
                                  "fused by reciprocal rank; the columns show each passage's place in both.")
                                   .arg(words, m_context.knowledge->embedding().model));
    else if (m_context.knowledge->meaningPending(text))
        m_searchState->setText(tr("Ranked by words (%1) while the search's meaning is asked for…").arg(words));
    else
        m_searchState->setText(
            tr("Best match first, ranked by %1: a higher score matches the words better.").arg(words));
}

void KnowledgePage::loadMeaning()
{
    const Knowledge::Embedding current = m_context.knowledge->embedding();
    const QSignalBlocker block(m_meaningProvider);
    m_meaningProvider->clear();
    m_meaningProvider->addItem(tr("Off (by words only)"));
    int at = 0;
    for (const ProviderConfig& p : m_context.knowledge->embeddingProviders()) {
        m_meaningProvider->addItem(p.name.isEmpty() ? p.id : p.name, p.id);
        m_meaningProvider->setItemData(m_meaningProvider->count() - 1, p.kind, KindRole);
        if (p.id == current.providerId)
            at = m_meaningProvider->count() - 1;
    }
    if (at == 0 && current.enabled()) { // a provider removed or changed since: say so rather than hide it
        m_meaningProvider->addItem(current.providerId, current.providerId);
        at = m_meaningProvider->count() - 1;
    }
    m_meaningProvider->setCurrentIndex(at);
    const QString kind = m_meaningProvider->currentData(KindRole).toString();
    m_meaningModel->setText(current.model);
    m_meaningModel->setPlaceholderText(kind.isEmpty() ? QString() : EmbeddingClient::defaultModel(kind));
    m_meaningModel->setEnabled(!kind.isEmpty() && m_readOnly->mayChange());
    updateMeaningState();
}

void KnowledgePage::updateMeaningState()
{
    const Knowledge::Embedding e = m_context.knowledge->embedding();
    const QString words = m_context.knowledge->rankingName();
    if (!e.enabled()) {
        m_meaningState->setText(m_meaningProvider->count() <= 1
                ? tr("Off: passages are ranked by their words (%1). Ranking them by meaning too needs an "
                     "OpenAI-compatible or Ollama provider (Settings → Providers).")
                      .arg(words)
                : tr("Off: passages are ranked by their words (%1). Choose a provider and its embedding model to rank "
                     "them by meaning too, so a search finds a passage that says the same in other words.")
                      .arg(words));
        return;
    }
    const Knowledge::Coverage c = m_context.knowledge->coverage();
    QString text = c.embedded >= c.passages
        ? tr("On: all %n passage(s) are embedded with %1; searches are ranked by words and by meaning.", nullptr,
            c.passages)
              .arg(e.model)
        : tr("On: %1 of %n passage(s) embedded with %2 so far; the rest are found by their words until then.", nullptr,
            c.passages)
              .arg(c.embedded)
              .arg(e.model);
    if (const QString error = m_context.knowledge->embeddingError(); !error.isEmpty())
        text += u' ' + tr("The last try failed: %1").arg(error);
    m_meaningState->setText(text);
}

void KnowledgePage::saveMeaning()
{
    if (!m_readOnly->mayChange())
        return;
    const Knowledge::Embedding e{m_meaningProvider->currentData().toString(), m_meaningModel->text()};
    QString error;
    if (!m_context.knowledge->setEmbedding(e, &error)) {
        say(error);
        return;
    }
    loadMeaning();
    const Knowledge::Embedding now = m_context.knowledge->embedding();
    say(now.enabled()
            ? tr("Meaning search on with %1: the passages are being embedded in the background.").arg(now.model)
            : tr("Meaning search off: passages are ranked by their words."));
    runSearch();
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
    loadMeaning();
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
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
