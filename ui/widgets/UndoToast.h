#pragma once

#include <QDeadlineTimer>
#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QTimer;

// A short-lived bar after a decision: "Approved 1. It starts in 4 s. [Undo]". The work it names
// waits in the job queue for the same window (ApprovalDesk's hold), so Undo takes it back before
// anything runs. It counts down, hides itself when the window has passed, and Ctrl+Z presses Undo.
class UndoToast final : public QFrame
{
    Q_OBJECT
public:
    explicit UndoToast(QWidget* parent = nullptr);

    void start(const QList<qint64>& ids, const QString& text, int seconds);
    void dismiss();
    bool isActive() const { return !m_ids.isEmpty(); }
    QList<qint64> ids() const { return m_ids; }
    QPushButton* undoButton() const { return m_undo; }

signals:
    void undoRequested(const QList<qint64>& ids);

private:
    void tick();

    QLabel* m_text;
    QPushButton* m_undo;
    QTimer* m_ticker;
    QString m_message;
    QList<qint64> m_ids;
    QDeadlineTimer m_deadline;
};
