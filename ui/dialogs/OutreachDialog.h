#pragma once

#include <QDialog>

class OutreachActions;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// A lead's outreach e-mail: where it stands, the whole message as the lead will read it (the words the gate
// passed, the sender's signature and the unsubscribe line), why the last attempt failed when a person's turn
// has come, and what can be done now: write it (again, with an instruction), or, when the mail server took it
// without confirming, say whether it arrived (mark it sent, or send it again).
class OutreachDialog final : public QDialog
{
    Q_OBJECT
public:
    OutreachDialog(OutreachActions* actions, qint64 leadId, QWidget* parent = nullptr);

    QLabel* state() const { return m_state; }
    QPlainTextEdit* preview() const { return m_preview; }
    QLineEdit* instruction() const { return m_instruction; }
    QPushButton* writeButton() const { return m_write; }
    QPushButton* markSentButton() const { return m_markSent; }
    QPushButton* sendAgainButton() const { return m_sendAgain; }
    // Shows the e-mail as it stands now (called when outreach changes).
    void refresh();
    void write();

signals:
    void message(const QString& text);

private:
    void resolve(bool sendAgain);

    OutreachActions* m_actions;
    qint64 m_leadId;
    qint64 m_emailId = 0;
    QLabel* m_state;
    QPlainTextEdit* m_preview;
    QLabel* m_problems;
    QLineEdit* m_instruction;
    QPushButton* m_write;
    QPushButton* m_markSent;
    QPushButton* m_sendAgain;
};
