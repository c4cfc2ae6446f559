#pragma once

#include "UiContext.h"
#include "pipeline/PromptTemplates.h"

#include <QWidget>

class PromptTemplatesModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
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
    QSpinBox* shareBox() const { return m_share; }
    QPushButton* tryButton() const { return m_try; }
    QLabel* trialText() const { return m_trialText; }
    QPushButton* keepVariantButton() const { return m_keepVariant; }
    QPushButton* keepControlButton() const { return m_keepControl; }
    QPushButton* lockButton() const { return m_lock; }
    QLabel* lockedText() const { return m_locked; }
    QLabel* warningText() const { return m_warning; }
    bool save();
    // The editor's text as a new version on trial beside the one in use, for the share of runs set.
    bool tryOnShare();
    bool keep(int version);

signals:
    void message(const QString& text);

private:
    void templateChanged();
    void historyChanged();
    void updatePreview();
    void updateState();
    void updateTrial();
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
    QLabel* m_locked;    // a skill's locked sections, as the checks will read them
    QPushButton* m_lock; // wraps the selection in a locked section
    QPushButton* m_save;
    QPushButton* m_discard;
    QComboBox* m_product;
    QComboBox* m_piece;
    QPlainTextEdit* m_preview;
    QLabel* m_trialText;
    QSpinBox* m_share;
    QPushButton* m_try;
    QPushButton* m_keepVariant;
    QPushButton* m_keepControl;
    PromptTemplates::Trial m_trial; // the shown template's trial, read when it is shown
    ReadOnlyNote* m_note = nullptr;
    QString m_loadedBody;
};
