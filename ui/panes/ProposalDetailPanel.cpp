#include "ProposalDetailPanel.h"

#include "Format.h"
#include "ProposalHtml.h"
#include "StoreDiffHtml.h"
#include "Theme.h"
#include "agents/Cluster.h"
#include "approvals/ApprovalTypes.h"
#include "core/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedLayout>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProposalDetailPanel::ProposalDetailPanel(const Clock* clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_empty(new QLabel(this))
    , m_body(new QWidget(this))
    , m_title(new QLabel(m_body))
    , m_risk(new QLabel(m_body))
    , m_meta(new QLabel(m_body))
    , m_countdown(new QLabel(m_body))
    , m_detail(new QTextBrowser(m_body))
    , m_whyNot(new QLabel(m_body))
    , m_note(new QLineEdit(m_body))
    , m_approve(new QPushButton(m_body))
    , m_reject(new QPushButton(m_body))
    , m_modify(new QPushButton(m_body))
    , m_runAgain(new QPushButton(m_body))
    , m_hints(new QLabel(m_body))
    , m_adjust(new QPushButton(m_body))
    , m_ticker(new QTimer(this))
{
    setObjectName(u"proposalDetail"_s);
    m_empty->setText(tr("Select a proposal to see the reasoning, the numbers and the alternatives."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", u"subtitle"_s);

    // An agent (a model) writes the title; the meta line and why-not name agents and people.
    m_title->setTextFormat(Qt::PlainText);
    m_meta->setTextFormat(Qt::PlainText);
    m_whyNot->setTextFormat(Qt::PlainText);
    m_title->setObjectName(u"proposalTitle"_s);
    m_title->setProperty("role", u"section"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_risk->setObjectName(u"proposalRisk"_s);
    m_meta->setProperty("role", u"subtitle"_s);
    m_meta->setWordWrap(true);
    m_countdown->setObjectName(u"proposalCountdown"_s);
    m_detail->setObjectName(u"proposalText"_s);
    m_detail->setOpenLinks(false);
    m_detail->document()->setDocumentMargin(10);
    m_whyNot->setObjectName(u"proposalWhyNot"_s);
    m_whyNot->setWordWrap(true);
    // The inner space as contents margins, which the label's height for its width counts (a style
    // sheet's padding is not, and a wrapped second line would be cut).
    m_whyNot->setContentsMargins(7, 5, 7, 5);
    m_whyNot->setStyleSheet(u"QLabel { background: %1; border: 1px solid %2; border-radius: 4px; }"_s.arg(
        Theme::css(Theme::Notice), Theme::css(Theme::NoticeBorder)));
    m_note->setObjectName(u"decisionNote"_s);
    m_note->setPlaceholderText(tr("Note for your decision (optional; a rejection needs a reason)"));
    m_note->setClearButtonEnabled(true);
    m_approve->setObjectName(u"approveButton"_s);
    m_approve->setProperty("primary", true);
    m_reject->setObjectName(u"rejectButton"_s);
    m_modify->setObjectName(u"modifyButton"_s);
    m_runAgain->setObjectName(u"runAgainButton"_s);
    m_runAgain->setProperty("primary", true);
    m_runAgain->setText(tr("Run a&gain"));
    m_runAgain->setToolTip(tr("Start the failed work again from the step that gave up (G)"));
    m_hints->setObjectName(u"shortcutHints"_s);
    m_hints->setProperty("role", u"subtitle"_s);
    m_hints->setWordWrap(true);

    auto* head = new QHBoxLayout;
    head->addWidget(m_risk, 0, Qt::AlignTop);
    head->addWidget(m_title, 1);
    head->addWidget(m_countdown, 0, Qt::AlignTop);
    m_adjust->setObjectName(u"adjustRule"_s);
    m_adjust->setText(tr("Adjust this rule…"));
    m_adjust->setFlat(true);
    m_adjust->setCursor(Qt::PointingHandCursor);
    m_adjust->setToolTip(tr("Change the thresholds that sent this proposal here (owners; a new rule version)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_modify);
    buttons->addWidget(m_runAgain);
    buttons->addStretch();
    // The keys and the way to the rule share a line under the buttons, so that the buttons fit a
    // narrow panel.
    auto* under = new QHBoxLayout;
    under->addWidget(m_hints, 1);
    under->addWidget(m_adjust, 0, Qt::AlignTop);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(8);
    body->addLayout(head);
    body->addWidget(m_meta);
    body->addWidget(m_detail, 1);
    body->addWidget(m_whyNot);
    body->addWidget(m_note);
    body->addLayout(buttons);
    body->addLayout(under);

    auto* stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_body);

    connect(m_approve, &QPushButton::clicked, this, &ProposalDetailPanel::approveRequested);
    connect(m_reject, &QPushButton::clicked, this, &ProposalDetailPanel::rejectRequested);
    connect(m_modify, &QPushButton::clicked, this, &ProposalDetailPanel::modifyRequested);
    connect(m_runAgain, &QPushButton::clicked, this, &ProposalDetailPanel::runAgainRequested);
    connect(m_adjust, &QPushButton::clicked, this, &ProposalDetailPanel::adjustRuleRequested);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url == StoreDiffHtml::ReadAgainLink)
            emit readStoresRequested();
    });
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &ProposalDetailPanel::updateCountdown);
    show(std::nullopt, 0, {});
}

void ProposalDetailPanel::show(const std::optional<ApprovalDesk::Proposal>& proposal, int selected,
    const QString& whyNot, bool onlyApprover, const QString& evidence, const QString& stores, const QString& notice,
    const QString& record)
{
    const bool changed = !proposal || !m_proposal || proposal->id != m_proposal->id;
    m_proposal = proposal;
    auto* stack = static_cast<QStackedLayout*>(layout());
    stack->setCurrentWidget(proposal ? m_body : static_cast<QWidget*>(m_empty));
    if (!proposal) {
        m_ticker->stop();
        m_runAgain->hide(); // nothing shown: nothing to run again (G included)
        m_runAgain->setEnabled(false);
        return;
    }
    const ApprovalDesk::Proposal& p = *proposal;
    m_title->setText(p.title);
    const QColor color = Format::riskColor(p.riskLevel);
    m_risk->setText(Risk::displayNameForKey(p.riskLevel));
    m_risk->setStyleSheet(u"QLabel { color: %2; background: %1; border-radius: 9px; padding: 2px 10px; "
                          u"font-weight: 600; }"_s.arg(color.name(), Theme::css(Theme::OnFill)));
    QStringList meta{Cluster::agentDisplayName(p.agent), ActionTypes::displayName(p.actionType),
        ::Priority::displayName(p.priority)};
    if (p.status != ProposalStatus::Pending)
        meta.append(ProposalStatus::displayName(p.status));
    meta.append(tr("proposed %1").arg(Format::dateTime(p.createdAt)));
    m_meta->setText(meta.join(u" · "_s));
    const int scroll = changed ? 0 : m_detail->verticalScrollBar()->value();
    m_detail->setHtml(ProposalHtml::detail(p, evidence, stores, notice, record));
    m_detail->verticalScrollBar()->setValue(scroll);

    const bool many = selected > 1;
    m_approve->setText(many ? tr("Approve %n selected…", nullptr, selected) : tr("&Approve"));
    m_reject->setText(many ? tr("Reject %n selected…", nullptr, selected) : tr("&Reject…"));
    m_modify->setText(tr("&Modify…"));
    m_approve->setToolTip(tr("Approve: it runs as shown (A)"));
    m_reject->setToolTip(tr("Reject with a reason (R)"));
    m_modify->setToolTip(tr("Change the parameters; the change is judged again (M)"));
    const bool pending = p.status == ProposalStatus::Pending;
    // Several rows: each is checked on its own when deciding; one row: say now why not.
    const bool may = many || whyNot.isEmpty() || onlyApprover;
    m_approve->setEnabled(may && (pending || many));
    m_reject->setEnabled(may && (pending || many));
    m_modify->setEnabled(!many && whyNot.isEmpty() && pending);
    m_note->setEnabled(m_approve->isEnabled());
    m_whyNot->setText(onlyApprover && !many
            ? tr("%1 Nobody else here may decide it, so you can: Approve or Reject asks you to confirm that you "
                 "are the only approver.")
                  .arg(whyNot)
            : whyNot);
    m_whyNot->setVisible(!many && !whyNot.isEmpty());
    fitNotice();
    for (QWidget* w : std::initializer_list<QWidget*>{m_approve, m_reject, m_modify, m_note})
        w->setVisible(true);
    m_hints->setText(tr("Keys: A approve · R reject · M modify · J / K next / previous"));
    m_runAgain->hide();
    m_runAgain->setEnabled(false);
    updateCountdown();
    if (pending && p.deadline)
        m_ticker->start();
    else
        m_ticker->stop();
}

void ProposalDetailPanel::updateCountdown()
{
    if (!m_proposal || !m_proposal->deadline || m_proposal->status != ProposalStatus::Pending) {
        m_countdown->clear();
        return;
    }
    const qint64 left = *m_proposal->deadline - m_clock->nowMs();
    const bool urgent = left < 3'600'000;
    m_countdown->setText(tr("%1 left").arg(Format::countdown(left)));
    m_countdown->setToolTip(tr("Deadline %1; then the rule's default applies (%2)")
                                .arg(Format::dateTime(*m_proposal->deadline),
                                    m_proposal->onExpiry == u"approve" ? tr("approve") : tr("reject")));
    m_countdown->setStyleSheet(
        urgent ? u"QLabel { color: %1; font-weight: 600; }"_s.arg(Theme::css(Theme::Danger)) : QString());
}

bool ProposalDetailPanel::canApprove() const
{
    return m_approve->isEnabled();
}

bool ProposalDetailPanel::canReject() const
{
    return m_reject->isEnabled();
}

void ProposalDetailPanel::offerRunAgain(const QString& whyNot)
{
    if (!m_proposal)
        return;
    // The decision was taken: its buttons step aside for the one thing that can be done.
    for (QPushButton* b : {m_approve, m_reject, m_modify})
        b->hide();
    m_note->hide();
    m_runAgain->show();
    m_runAgain->setEnabled(whyNot.isEmpty());
    m_hints->setText(tr("Keys: G run again · J / K next / previous"));
    // Why it stopped, where the decision would be taken, so that it is put right before running again.
    QString text
        = tr("It failed: %1")
              .arg(m_proposal->executionError.isEmpty() ? tr("no reason was recorded.") : m_proposal->executionError);
    if (!whyNot.isEmpty())
        text += u"\n"_s + whyNot;
    m_whyNot->setText(text);
    m_whyNot->show();
    fitNotice();
}

void ProposalDetailPanel::fitNotice()
{
    // A wrapped label in this column is given its one-line height; it asks for the height its width needs.
    const int width = m_whyNot->width() > 100 ? m_whyNot->width() : m_body->width();
    m_whyNot->setMinimumHeight(m_whyNot->isHidden() ? 0 : m_whyNot->heightForWidth(width));
}

void ProposalDetailPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitNotice();
}

bool ProposalDetailPanel::canRunAgain() const
{
    return !m_runAgain->isHidden() && m_runAgain->isEnabled();
}

bool ProposalDetailPanel::canModify() const
{
    return m_modify->isEnabled();
}

QString ProposalDetailPanel::note() const
{
    return m_note->text().trimmed();
}

void ProposalDetailPanel::clearNote()
{
    m_note->clear();
}
