#include "ActivityView.h"

#include "ActivityModel.h"
#include "Theme.h"
#include "audit/AuditActions.h"
#include "delegates/PillDelegate.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <climits>

using namespace Qt::StringLiterals;

ActivityView::ActivityView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_view(Tables::compact(context.activity, this, u"activityView"_s))
{
    setObjectName(u"activityTab"_s);
    m_search->setObjectName(u"activitySearch"_s);
    m_search->setPlaceholderText(tr("Search the trail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(130);
    m_kind->setObjectName(u"activityKind"_s);
    // Gives way on a laptop screen rather than widening the window.
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(10);
    m_kind->addItem(tr("Everything"), QStringList());
    m_kind->addItem(
        tr("Ran on its own"), QStringList{u"proposal.auto_executed"_s, u"proposal.executed"_s, u"ai_budget.shared"_s});
    m_kind->addItem(tr("Decisions"),
        QStringList{u"proposal.approved"_s, u"proposal.rejected"_s, u"proposal.modified"_s, u"proposal.expired"_s});
    m_kind->addItem(tr("Overrides and rules"),
        QStringList{u"override.emergency_stop"_s, u"override.pause"_s, u"override.resume"_s, u"override.pause_agent"_s,
            u"override.resume_agent"_s, u"override.pause_cluster"_s, u"override.resume_cluster"_s, u"rule.changed"_s,
            u"user.added"_s, u"user.changed"_s, u"user.switched"_s});
    auto* verify = new QPushButton(tr("Verify integrity"), this);
    verify->setObjectName(u"verifyIntegrity"_s);
    verify->setToolTip(tr("Recompute the SHA-256 chain over every entry, hold it against the checkpoints kept outside "
                          "the database, and name what was changed"));
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(u"exportCsv"_s);
    auto* json = new QPushButton(tr("Export JSON…"), this);
    json->setObjectName(u"exportJson"_s);
    m_result->setObjectName(u"verifyResult"_s);
    m_result->setWordWrap(true);
    m_result->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_result->hide();
    m_progress->setObjectName(u"auditProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->setObjectName(u"auditCancel"_s);
    m_cancel->hide();
    m_actions = {verify, csv, json};

    m_view->setItemDelegateForColumn(ActivityModel::Risk, new PillDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ActivityModel::Detail, QHeaderView::Stretch);
    const QList<std::pair<int, int>> widths{{ActivityModel::Time, 110}, {ActivityModel::Actor, 150},
        {ActivityModel::Event, 190}, {ActivityModel::Subject, 320}, {ActivityModel::Risk, 90}};
    for (const auto& [column, width] : widths)
        m_view->setColumnWidth(column, width);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search);
    bar->addWidget(m_kind);
    bar->addStretch();
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(verify);
    bar->addWidget(csv);
    bar->addWidget(json);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_result);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, context.activity, &ActivityModel::setTextFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this] { m_context.activity->setActions(m_kind->currentData().toStringList()); });
    connect(verify, &QPushButton::clicked, this, &ActivityView::verify);
    connect(m_cancel, &QPushButton::clicked, context.audit, &AuditActions::cancel);
    connect(context.audit, &AuditActions::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, static_cast<int>(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(static_cast<int>(std::min<qint64>(done, INT_MAX)));
    });
    connect(context.audit, &AuditActions::verified, this, [this](const AuditLog::Verification& v) {
        setBusy({});
        showVerification(v);
    });
    connect(context.audit, &AuditActions::exported, this, [this](bool ok, const QString& path, const QString& error) {
        setBusy({});
        emit message(ok ? tr("Audit trail exported to %1").arg(QDir::toNativeSeparators(path))
                        : tr("Export failed: %1").arg(error));
    });
    connect(csv, &QPushButton::clicked, this, [this] { exportTo(false); });
    connect(json, &QPushButton::clicked, this, [this] { exportTo(true); });
}

void ActivityView::setBusy(const QString& what)
{
    const bool busy = !what.isEmpty();
    for (QPushButton* b : std::as_const(m_actions))
        b->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(what + u" %p%"_s);
    }
}

bool ActivityView::isBusy() const
{
    return m_context.audit->isBusy();
}

void ActivityView::verify()
{
    if (m_context.audit->isBusy())
        return;
    setBusy(tr("Verifying"));
    m_context.audit->verify();
}

void ActivityView::showVerification(const AuditLog::Verification& v)
{
    using Anchor = AuditLog::Verification::Anchor;
    // The anchor's note is a clause ("anchored: the last checkpoint at 14:02 saw ..."): a sentence here.
    const auto sentence = [](const QString& clause) {
        QString s;
        if (!clause.isEmpty())
            s = u"\n"_s + clause.left(1).toUpper() + clause.mid(1) + u"."_s;
        return s;
    };
    const auto style = [this](const QColor& text, const QColor& background, bool bold) {
        m_result->setStyleSheet(u"QLabel { color: %1; background: %2; padding: 6px 8px; border-radius: 4px; %3}"_s.arg(
            Theme::css(text), Theme::css(background), bold ? u"font-weight: 600; "_s : QString()));
    };
    if (v.ok && (v.anchor == Anchor::Anchored || v.anchor == Anchor::Unchecked)) {
        m_result->setText(
            tr("✔ The audit trail is intact: %n entries, each chained to the one before.", nullptr, int(v.checked))
            + sentence(v.anchorNote));
        style(Theme::SuccessText, Theme::SuccessBackground, false);
    } else if (v.ok) {
        // Intact as far as the database itself can tell, but nothing outside it vouches for that.
        m_result->setText(tr("⚠ The chain is intact (%n entries), but nothing outside the database vouches for it: a "
                             "rewrite with recomputed hashes, or dropped newest entries, would not be noticed.",
                              nullptr, int(v.checked))
            + sentence(v.anchorNote));
        style(Theme::WarningText, Theme::Notice, false);
    } else {
        if (v.anchor == Anchor::Broken)
            m_result->setText(tr("✘ The audit trail was rewritten or cut short: %1. What the checkpoints outside the "
                                 "database saw is no longer all there.")
                                  .arg(v.reason));
        else
            m_result->setText(v.firstBrokenSeq > 0
                    ? tr("✘ The audit trail was changed: entry %1 is the first that does not verify (%2). Everything "
                         "from there on cannot be trusted.")
                          .arg(v.firstBrokenSeq)
                          .arg(v.reason)
                    : tr("✘ The audit trail was not verified: %1").arg(v.reason));
        style(Theme::DangerText, Theme::DangerBackground, true);
    }
    m_result->setTextFormat(Qt::PlainText);
    m_result->show();
    layout()->activate();
    emit verified(v.firstBrokenSeq);
}

QString ActivityView::verifyText() const
{
    return m_result->text();
}

void ActivityView::exportTo(bool json)
{
    const QString suggested
        = QDir(m_context.workspace.root).filePath(json ? u"audit-trail.json"_s : u"audit-trail.csv"_s);
    auto* dialog
        = new QFileDialog(this, json ? tr("Export the audit trail as JSON") : tr("Export the audit trail as CSV"),
            suggested, json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, json](const QString& path) {
        if (m_context.audit->isBusy())
            return;
        setBusy(tr("Exporting"));
        m_context.audit->exportTo(path, json ? AuditActions::Format::Json : AuditActions::Format::Csv);
    });
    dialog->open();
}
