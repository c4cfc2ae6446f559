#pragma once

#include "knowledge/KnowledgeBase.h"

#include <QDialog>

class KnowledgeActions;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
namespace KnowledgeImport
{
struct Draft;
}

// One document of the knowledge base, new or edited: its title, topic and text (pasted, read from a file, or
// fetched from a page of the shop by its address). Saving an edit stores a new version; the pieces that cited the
// old one are marked stale.
class KnowledgeDocumentDialog final : public QDialog
{
    Q_OBJECT
public:
    KnowledgeDocumentDialog(KnowledgeActions* knowledge, const Knowledge::Document& document, QWidget* parent);

    QLineEdit* address() const { return m_address; }
    QPushButton* fetchButton() const { return m_fetch; }
    QLineEdit* title() const { return m_title; }
    QPlainTextEdit* body() const { return m_body; }
    QLabel* problem() const { return m_problem; }
    void save();

signals:
    void saved(qint64 id, const QString& title);

private:
    void fetch();
    void fetched(const KnowledgeImport::Draft& draft);
    void updateCount();

    KnowledgeActions* m_knowledge;
    Knowledge::Document m_document;
    QLineEdit* m_address;
    QPushButton* m_fetch;
    QLineEdit* m_title;
    QComboBox* m_topic;
    QPlainTextEdit* m_body;
    QLabel* m_count;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};
