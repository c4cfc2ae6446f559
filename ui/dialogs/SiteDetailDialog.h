#pragma once

#include "UiContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// One generated site: where its chain stands and why a person is needed, each part (brief, concept, design,
// sections) with its state, versions, lock and last problem; a part can be locked, or written again with an
// instruction while the others stay; the chain can be run again; the page opens in the browser.
class SiteDetailDialog final : public QDialog
{
    Q_OBJECT
public:
    SiteDetailDialog(const UiContext& context, qint64 siteId, QWidget* parent = nullptr);

    QTableView* partsView() const { return m_parts; }
    QLineEdit* instructionEdit() const { return m_instruction; }
    QPushButton* regenerateButton() const { return m_regenerate; }
    QPushButton* lockButton() const { return m_lock; }
    QPushButton* runAgainButton() const { return m_runAgain; }
    QLabel* stageLabel() const { return m_stage; }
    QPushButton* previewButton() const { return m_preview; }
    bool regenerateCurrent();
    bool toggleLock();

signals:
    void message(const QString& text);

private:
    void refresh();
    void updateButtons();
    qint64 currentUnit() const;

    UiContext m_context;
    qint64 m_siteId;
    QLabel* m_stage;
    QLabel* m_problems;
    QTableView* m_parts;
    QLineEdit* m_instruction;
    QPushButton* m_regenerate;
    QPushButton* m_lock;
    QPushButton* m_runAgain;
    QPushButton* m_open;
    QPushButton* m_preview;
};
