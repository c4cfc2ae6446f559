#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

// Asks why, for a rejection (one or several proposals): the reason is required and goes into the
// audit trail; for content it becomes the writer's instruction.
class ReasonDialog final : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& explanation, const QString& reason, QWidget* parent = nullptr);
    QString reason() const;

signals:
    void reasonGiven(const QString& reason);

private:
    QPlainTextEdit* m_reason;
    QPushButton* m_ok;
};
