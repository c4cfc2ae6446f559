#pragma once

#include "approvals/ApprovalDesk.h"

#include <QWidget>

#include <optional>

class Clock;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTimer;

// The right side of the Approvals pane: one proposal in full (ProposalHtml) under a header with its
// risk and a live countdown, and the decision bar: a note, Approve (A), Reject (R), Modify (M), with
// the shortcuts shown; approved work that failed offers Run again (G). When several rows are selected the buttons
// decide them all. When the person may not decide, the bar says why instead of failing later.
class ProposalDetailPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ProposalDetailPanel(const Clock* clock, QWidget* parent = nullptr);

    // The proposal shown (nullopt: nothing selected), how many rows are selected, and why the
    // current person may not decide it (empty when they may).
    // whyNot: why the person may not decide it; onlyApprover: they still may, after confirming that
    // nobody else can. evidence: rich text of what is under review (a content review's pieces);
    // stores: what publishing would change in each store (a publish proposal); notice: what approving
    // leaves to a person; record: how people decided the proposer's earlier proposals of its kind.
    void show(const std::optional<ApprovalDesk::Proposal>& proposal, int selected, const QString& whyNot,
        bool onlyApprover = false, const QString& evidence = {}, const QString& stores = {}, const QString& notice = {},
        const QString& record = {});
    qint64 proposalId() const { return m_proposal ? m_proposal->id : 0; }
    QString note() const;
    void clearNote();
    QLineEdit* noteEdit() const { return m_note; }
    // What the buttons allow now (the keyboard shortcuts follow them).
    bool canApprove() const;
    bool canReject() const;
    bool canModify() const;
    // The shown proposal was approved and its work failed: say why it failed and offer to run it again
    // (whyNot: why the person may not, shown instead of the decision's).
    void offerRunAgain(const QString& whyNot);
    bool canRunAgain() const;

signals:
    void approveRequested();
    void rejectRequested();
    void modifyRequested();
    void runAgainRequested();
    void adjustRuleRequested();
    // The "Read the stores again" link of a publish proposal was followed.
    void readStoresRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateCountdown();
    void fitNotice();

    const Clock* m_clock;
    std::optional<ApprovalDesk::Proposal> m_proposal;
    QLabel* m_empty;
    QWidget* m_body;
    QLabel* m_title;
    QLabel* m_risk;
    QLabel* m_meta;
    QLabel* m_countdown;
    QTextBrowser* m_detail;
    QLabel* m_whyNot;
    QLineEdit* m_note;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_modify;
    QPushButton* m_runAgain;
    QLabel* m_hints;
    QPushButton* m_adjust;
    QTimer* m_ticker;
};
