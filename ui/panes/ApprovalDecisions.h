#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ApprovalActions;
class QWidget;

// The steps of a decision taken from the Approvals pane: one approval runs at once; several are
// confirmed first with a list of what will run; a rejection asks for its reason; Modify opens the
// generated form. Dialogs are window-modal and asynchronous (no nested event loop); the result comes
// back as decided() and a message for the status bar.
class ApprovalDecisions final : public QObject
{
    Q_OBJECT
public:
    ApprovalDecisions(ApprovalActions* actions, QWidget* dialogParent);

    void approve(const QList<qint64>& ids, const QString& note);
    void reject(const QList<qint64>& ids, const QString& note);
    void modify(qint64 id, const QString& note);
    // Approved work that failed starts again from the step that gave up.
    void runAgain(qint64 id);
    // The dialog currently asking (for tests and for focus), or null.
    QWidget* openDialog() const { return m_dialog; }

signals:
    void decided(const QList<qint64>& ids);
    void message(const QString& text);
    // Decisions whose work waits seconds before it starts, so that they can be taken back.
    void undoable(const QList<qint64>& ids, const QString& text, int seconds);

private:
    void approveNow(const QList<qint64>& ids, const QString& note, bool asOnlyApprover = false);
    void rejectNow(const QList<qint64>& ids, const QString& reason, bool asOnlyApprover = false);
    void askReason(const QList<qint64>& ids, const QString& note, bool asOnlyApprover);
    // One proposal the person changed and nobody else may decide: ask them to say they are the only
    // approver, then go on. False when no such question is needed.
    bool confirmOnlyApprover(qint64 id, bool approving, const std::function<void()>& then);
    void report(const QList<qint64>& done, const QList<std::pair<qint64, QString>>& failed, bool approved);

    ApprovalActions* m_actions;
    QWidget* m_parent;
    QPointer<QWidget> m_dialog;
};
