#pragma once

#include "UiContext.h"
#include "dialogs/KnowledgeDocumentDialog.h"

#include <QPointer>
#include <QWidget>

class KnowledgeSearchModel;
class QComboBox;
class QTimer;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;
class ReadOnlyNote;

// Settings → Knowledge: the shop's own words the writers may draw on besides a product's facts (shipping and
// returns terms, care guides, size charts, its story). Documents are added (written or pasted, read from a
// Markdown, text or PDF file, fetched from a page of the shop), edited into new versions and removed; the owner
// may choose an embedding model so passages are ranked by meaning too; a search shows the ranking a writer would be
// given for the same words, by words and by meaning.
class KnowledgePage final : public QWidget
{
    Q_OBJECT
public:
    explicit KnowledgePage(const UiContext& context, QWidget* parent = nullptr);

    QTableView* documents() const { return m_table; }
    QLineEdit* searchBox() const { return m_search; }
    QTableView* results() const { return m_results; }
    KnowledgeSearchModel* resultsModel() const { return m_resultsModel; }
    QLabel* note() const { return m_note; }
    QComboBox* meaningProvider() const { return m_meaningProvider; }
    QLineEdit* meaningModel() const { return m_meaningModel; }
    QPushButton* meaningSave() const { return m_meaningSave; }
    QLabel* meaningState() const { return m_meaningState; }
    QLabel* searchState() const { return m_searchState; }
    KnowledgeDocumentDialog* openDialog() const { return m_dialog; }
    QMessageBox* confirmation() const { return m_confirm; }
    void load();
    // Reads a file (Markdown, text, PDF) into a new document's dialog, or says why it cannot.
    void addFile(const QString& path);
    void edit(int row);

signals:
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void openDocument(const Knowledge::Document& document);
    void removeSelected();
    int selectedRow() const;
    void updateButtons();
    void say(const QString& text);
    void loadMeaning();
    void updateMeaningState();
    void saveMeaning();
    void runSearch();

    UiContext m_context;
    ReadOnlyNote* m_readOnly;
    QTableView* m_table;
    QPushButton* m_new;
    QPushButton* m_file;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QLabel* m_note;
    QLineEdit* m_search;
    KnowledgeSearchModel* m_resultsModel;
    QTableView* m_results;
    QLabel* m_searchState;
    QComboBox* m_meaningProvider;
    QLineEdit* m_meaningModel;
    QPushButton* m_meaningSave;
    QLabel* m_meaningState;
    QTimer* m_askMeaning; // a search's meaning is asked for when the typing pauses, not at every key
    QPointer<KnowledgeDocumentDialog> m_dialog;
    QPointer<QMessageBox> m_confirm;
};
