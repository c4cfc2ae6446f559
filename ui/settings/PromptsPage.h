#pragma once

#include "UiContext.h"

#include <QWidget>

class PromptTemplatesModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class ReadOnlyNote;

// The Prompt editor: every template the pipeline uses, its versions (an edit is saved as a new
// version, never over an old one), the variables it can use, and a live preview of the filled-in
// prompt for a chosen product.
class PromptsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PromptsPage(const UiContext& context, QWidget* parent = nullptr);

    QTableView* templates() const { return m_templates; }
    QPlainTextEdit* editor() const { return m_editor; }
    QPlainTextEdit* preview() const { return m_preview; }
    QComboBox* productBox() const { return m_product; }
    QPushButton* saveButton() const { return m_save; }
    bool save();

signals:
    void message(const QString& text);

private:
    void templateChanged();
    void historyChanged();
    void updatePreview();
    void updateState();
    QString currentName() const;

    UiContext m_context;
    PromptTemplatesModel* m_model;
    QTableView* m_templates;
    QComboBox* m_history;
    QLabel* m_record; // the selected version's record in the gate
    QPushButton* m_useVersion;
    QPlainTextEdit* m_editor;
    QComboBox* m_variables;
    QLabel* m_warning;
    QPushButton* m_save;
    QPushButton* m_discard;
    QComboBox* m_product;
    QComboBox* m_piece;
    QPlainTextEdit* m_preview;
    ReadOnlyNote* m_note = nullptr;
    QString m_loadedBody;
};
