#pragma once

#include <QDialog>

class QPlainTextEdit;

// Asks for an optional instruction before a piece is written again ("shorter; mention the gift box").
class RegenerateDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RegenerateDialog(const QString& pieceName, QWidget* parent = nullptr);
    QPlainTextEdit* instruction() const { return m_instruction; }

signals:
    void regenerateRequested(const QString& instruction);

private:
    QPlainTextEdit* m_instruction;
};
