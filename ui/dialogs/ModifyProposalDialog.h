#pragma once

#include "approvals/ApprovalDesk.h"

#include <QDialog>
#include <QHash>

class ApprovalActions;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Modify: a form generated from the action's parameter schema, filled with what would run now. Each
// edit is checked (the problem shown under its field) and judged by the risk engine as you type, so
// you see before applying whether the changed proposal runs at once or comes back for someone else.
class ModifyProposalDialog final : public QDialog
{
    Q_OBJECT
public:
    ModifyProposalDialog(const ApprovalDesk::Proposal& proposal, ApprovalActions* actions, const QString& note,
        QWidget* parent = nullptr);

    QJsonObject parameters() const;
    QString note() const;
    QString previewText() const;

signals:
    void applied(const ApprovalDesk::Outcome& outcome);

private:
    struct Editor
    {
        QLineEdit* line = nullptr;
        QPlainTextEdit* text = nullptr;
        QComboBox* combo = nullptr;
        QLabel* problem = nullptr;
    };
    void reevaluate();
    void apply();

    ApprovalDesk::Proposal m_proposal;
    ApprovalActions* m_actions;
    QHash<QString, Editor> m_editors;
    QLineEdit* m_note;
    QLabel* m_preview;
    QLabel* m_error;
    QPushButton* m_apply;
};
