#include "ApprovalDecisions.h"

#include "Markup.h"
#include "approvals/ApprovalActions.h"
#include "dialogs/ModifyProposalDialog.h"
#include "dialogs/ReasonDialog.h"

#include <QFontMetrics>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

ApprovalDecisions::ApprovalDecisions(ApprovalActions* actions, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_actions(actions)
    , m_parent(dialogParent)
{ }

void ApprovalDecisions::approve(const QList<qint64>& ids, const QString& note)
{
    if (ids.isEmpty() || m_dialog)
        return;
    if (ids.size() == 1) {
        if (!confirmOnlyApprover(ids.first(), true, [this, ids, note] { approveNow(ids, note, true); }))
            approveNow(ids, note);
        return;
    }
    // Several at once: say exactly what will run before anything does.
    QStringList lines;
    for (qint64 id : ids) {
        if (const auto p = m_actions->proposal(id))
            lines.append(u"• "_s + ApprovalDesk::whatRuns(*p));
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Approve %n proposals?", nullptr, int(ids.size())),
        tr("These will run as shown, as soon as a worker takes them:"), QMessageBox::Cancel, m_parent);
    box->setObjectName(u"bulkApproveConfirm"_s);
    // Every line is what an agent proposed (SKUs, names): text, so no line can hide the next.
    box->setInformativeText(Markup::paragraph(lines.join(u'\n')));
    QPushButton* go = box->addButton(tr("Approve %n", nullptr, int(ids.size())), QMessageBox::AcceptRole);
    go->setObjectName(u"bulkApproveGo"_s);
    box->setDefaultButton(go);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, go, ids, note](QAbstractButton* clicked) {
        if (clicked == go)
            approveNow(ids, note);
        Q_UNUSED(box)
    });
    m_dialog = box;
    box->open();
}

bool ApprovalDecisions::confirmOnlyApprover(qint64 id, bool approving, const std::function<void()>& then)
{
    const auto p = m_actions->proposal(id);
    if (!p || m_actions->whyNot(*p).isEmpty() || !m_actions->onlyApprover(*p))
        return false;
    auto* box = new QMessageBox(QMessageBox::Question,
        approving ? tr("Approve your own change?") : tr("Reject as the only approver?"),
        tr("Nobody else in this workspace may decide <b>%1</b>, so the usual rule that someone else decides a "
           "change does not hold here.")
            .arg(p->title.toHtmlEscaped()),
        QMessageBox::Cancel, m_parent);
    box->setObjectName(u"onlyApproverConfirm"_s);
    box->setInformativeText(tr("The Activity log records that you decided it as the only approver. Add a second "
                               "approver in Settings → Users to keep decisions in two pairs of hands."));
    QPushButton* go
        = box->addButton(approving ? tr("I am the only approver: approve") : tr("I am the only approver: reject…"),
            QMessageBox::AcceptRole);
    go->setObjectName(u"onlyApproverGo"_s);
    box->setDefaultButton(qobject_cast<QPushButton*>(box->button(QMessageBox::Cancel)));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::buttonClicked, this, [this, go, then](QAbstractButton* clicked) {
        m_dialog = nullptr;
        if (clicked == go)
            then();
    });
    m_dialog = box;
    box->open();
    return true;
}

void ApprovalDecisions::approveNow(const QList<qint64>& ids, const QString& note, bool asOnlyApprover)
{
    if (ids.size() == 1) {
        const auto out = m_actions->approve(ids.first(), note, asOnlyApprover);
        if (out.ok)
            report(ids, {}, true);
        else
            report({}, {{ids.first(), out.error}}, true);
        return;
    }
    const auto out = m_actions->approveMany(ids, note);
    report(out.done, out.failed, true);
}

void ApprovalDecisions::reject(const QList<qint64>& ids, const QString& note)
{
    if (ids.isEmpty() || m_dialog)
        return;
    if (ids.size() == 1 && confirmOnlyApprover(ids.first(), false, [this, ids, note] { askReason(ids, note, true); }))
        return;
    askReason(ids, note, false);
}

void ApprovalDecisions::askReason(const QList<qint64>& ids, const QString& note, bool asOnlyApprover)
{
    QString explanation;
    if (ids.size() == 1) {
        const auto p = m_actions->proposal(ids.first());
        explanation = tr("Reject <b>%1</b>? Nothing of it runs.").arg(p ? p->title.toHtmlEscaped() : QString());
        if (p && p->actionType == ActionType::ContentReview)
            explanation += u' ' + tr("The pieces are written again with your reason as the writer's instruction.");
    } else {
        explanation
            = tr("Reject %n proposals? Nothing of them runs; each keeps your reason.", nullptr, int(ids.size()));
    }
    auto* dialog = new ReasonDialog(
        ids.size() == 1 ? tr("Reject proposal") : tr("Reject %n proposals", nullptr, int(ids.size())), explanation,
        note, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ReasonDialog::reasonGiven, this,
        [this, ids, asOnlyApprover](const QString& reason) { rejectNow(ids, reason, asOnlyApprover); });
    m_dialog = dialog;
    dialog->open();
}

void ApprovalDecisions::rejectNow(const QList<qint64>& ids, const QString& reason, bool asOnlyApprover)
{
    if (ids.size() == 1) {
        const auto out = m_actions->reject(ids.first(), reason, asOnlyApprover);
        if (out.ok)
            report(ids, {}, false);
        else
            report({}, {{ids.first(), out.error}}, false);
        return;
    }
    const auto out = m_actions->rejectMany(ids, reason);
    report(out.done, out.failed, false);
}

void ApprovalDecisions::modify(qint64 id, const QString& note)
{
    if (m_dialog)
        return;
    const auto p = m_actions->proposal(id);
    if (!p)
        return;
    auto* dialog = new ModifyProposalDialog(*p, m_actions, note, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ModifyProposalDialog::applied, this, [this, id](const ApprovalDesk::Outcome& out) {
        const int hold = out.status == u"pending" ? 0 : m_actions->undoWindowSeconds();
        emit message(out.status == u"pending" ? tr("Changed; it waits for someone else: %1").arg(out.verdict)
                : hold > 0
                ? tr("Changed and approved; it runs in a few seconds unless you undo it: %1").arg(out.verdict)
                : tr("Changed and approved; it runs now: %1").arg(out.verdict));
        emit decided({id});
        if (hold > 0)
            emit undoable({id}, tr("Changed and approved."), hold);
    });
    m_dialog = dialog;
    dialog->open();
}

void ApprovalDecisions::runAgain(qint64 id)
{
    if (m_dialog)
        return;
    const ApprovalDesk::Outcome out = m_actions->runAgain(id);
    if (!out.ok) {
        auto* box = new QMessageBox(
            QMessageBox::Warning, tr("Not run again"), Markup::paragraph(out.error), QMessageBox::Ok, m_parent);
        box->setObjectName(u"runAgainRefused"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        m_dialog = box;
        box->open();
        return;
    }
    const auto p = m_actions->proposal(id);
    const QString title = p ? QFontMetrics(m_parent->font()).elidedText(p->title, Qt::ElideRight, 360) : QString();
    emit message(tr("“%1” runs again; what it does next shows in the proposal.").arg(title));
    emit decided({id});
}

void ApprovalDecisions::report(
    const QList<qint64>& done, const QList<std::pair<qint64, QString>>& failed, bool approved)
{
    if (!done.isEmpty() && m_actions->isOffline()) {
        // The team server is away: kept on this computer, taken back with the undo until it answers.
        const int n = static_cast<int>(done.size());
        emit message(approved ? tr("Approved %n; kept on this computer until the team server answers, then it "
                                   "reaches the team.",
                         nullptr, n)
                              : tr("Rejected %n; kept on this computer until the team server answers, then it "
                                   "reaches the team.",
                                  nullptr, n));
        emit decided(done);
        emit undoable(done,
            approved ? tr("Approved %n (kept offline).", nullptr, n) : tr("Rejected %n (kept offline).", nullptr, n),
            std::max(m_actions->undoWindowSeconds(), 10));
    } else if (!done.isEmpty()) {
        const int hold = m_actions->undoWindowSeconds();
        const int n = static_cast<int>(done.size());
        if (hold > 0) {
            emit message(approved ? tr("Approved %n; it runs in a few seconds unless you undo it.", nullptr, n)
                                  : tr("Rejected %n; you can undo it for a few seconds.", nullptr, n));
            emit decided(done);
            // One decision names its proposal; several are counted.
            QString what = approved ? tr("Approved %n.", nullptr, n) : tr("Rejected %n.", nullptr, n);
            if (n == 1) {
                if (const auto p = m_actions->proposal(done.first())) {
                    const QString title = QFontMetrics(m_parent->font()).elidedText(p->title, Qt::ElideRight, 360);
                    what = approved ? tr("Approved “%1”.").arg(title) : tr("Rejected “%1”.").arg(title);
                }
            }
            emit undoable(done, what, hold);
        } else {
            emit message(approved ? tr("Approved %n; it runs as soon as a worker takes it.", nullptr, n)
                                  : tr("Rejected %n.", nullptr, n));
            emit decided(done);
        }
    }
    if (failed.isEmpty())
        return;
    QStringList lines;
    for (const auto& [id, why] : failed) {
        const auto p = m_actions->proposal(id);
        lines.append(u"• %1: %2"_s.arg(p ? p->title : QString::number(id), why));
    }
    auto* box = new QMessageBox(QMessageBox::Warning, approved ? tr("Not approved") : tr("Not rejected"),
        tr("%n proposal(s) could not be decided:", nullptr, int(failed.size())), QMessageBox::Ok, m_parent);
    box->setObjectName(u"decisionRefused"_s);
    box->setInformativeText(Markup::paragraph(lines.join(u'\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_dialog = box;
    box->open();
}
