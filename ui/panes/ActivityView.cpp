#include "ActivityView.h"

#include "ActivityModel.h"
#include "Theme.h"
#include "audit/AuditLog.h"
#include "delegates/PillDelegate.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"
#include "widgets/Tables.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ActivityView::ActivityView(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_result(new QLabel(this))
    , m_view(Tables::compact(context.activity, this, u"activityView"_s))
{
    setObjectName(u"activityTab"_s);
    m_search->setObjectName(u"activitySearch"_s);
    m_search->setPlaceholderText(tr("Search the trail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_kind->setObjectName(u"activityKind"_s);
    m_kind->addItem(tr("Everything"), QStringList());
    m_kind->addItem(tr("Ran on its own"), QStringList{u"proposal.auto_executed"_s, u"proposal.executed"_s});
    m_kind->addItem(tr("Decisions"),
        QStringList{u"proposal.approved"_s, u"proposal.rejected"_s, u"proposal.modified"_s, u"proposal.expired"_s});
    m_kind->addItem(tr("Overrides and rules"),
        QStringList{u"override.emergency_stop"_s, u"override.pause"_s, u"override.resume"_s, u"override.pause_agent"_s,
            u"override.resume_agent"_s, u"override.pause_cluster"_s, u"override.resume_cluster"_s, u"rule.changed"_s,
            u"user.added"_s, u"user.changed"_s, u"user.switched"_s});
    auto* verify = new QPushButton(tr("Verify integrity"), this);
    verify->setObjectName(u"verifyIntegrity"_s);
    verify->setToolTip(tr("Recompute the SHA-256 chain over every entry and name the first one that was changed"));
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(u"exportCsv"_s);
    auto* json = new QPushButton(tr("Export JSON…"), this);
    json->setObjectName(u"exportJson"_s);
    m_result->setObjectName(u"verifyResult"_s);
    m_result->setWordWrap(true);
    m_result->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_result->hide();

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
    connect(csv, &QPushButton::clicked, this, [this] { exportTo(false); });
    connect(json, &QPushButton::clicked, this, [this] { exportTo(true); });
}

qint64 ActivityView::verify()
{
    AuditLog::Verification v;
    try {
        v = AuditLog::verify(m_context.workspace->db());
    } catch (const SqlError& e) {
        v.ok = false;
        v.reason = e.message();
    }
    if (v.ok) {
        m_result->setText(
            tr("✔ The audit trail is intact: %n entries, each chained to the one before.", nullptr, int(v.checked)));
        m_result->setStyleSheet(
            u"QLabel { color: %1; background: %2; padding: 6px 8px; "
            u"border-radius: 4px; }"_s.arg(Theme::css(Theme::SuccessText), Theme::css(Theme::SuccessBackground)));
    } else {
        m_result->setText(v.firstBrokenSeq > 0
                ? tr("✘ The audit trail was changed: entry %1 is the first that does not verify (%2). Everything "
                     "from there on cannot be trusted.")
                      .arg(v.firstBrokenSeq)
                      .arg(v.reason)
                : tr("✘ The audit trail cannot be read: %1").arg(v.reason));
        m_result->setStyleSheet(u"QLabel { color: %1; background: %2; padding: 6px 8px; "
                                u"border-radius: 4px; font-weight: 600; }"_s.arg(
                                    Theme::css(Theme::DangerText), Theme::css(Theme::DangerBackground)));
    }
    m_result->show();
    layout()->activate();
    return v.firstBrokenSeq;
}

QString ActivityView::verifyText() const
{
    return m_result->text();
}

void ActivityView::exportTo(bool json)
{
    const QString suggested
        = QDir(m_context.workspace->root()).filePath(json ? u"audit-trail.json"_s : u"audit-trail.csv"_s);
    auto* dialog
        = new QFileDialog(this, json ? tr("Export the audit trail as JSON") : tr("Export the audit trail as CSV"),
            suggested, json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, json](const QString& path) {
        QString error;
        const bool ok = json ? AuditLog::exportJson(m_context.workspace->db(), path, &error)
                             : AuditLog::exportCsv(m_context.workspace->db(), path, &error);
        emit message(ok ? tr("Audit trail exported to %1").arg(QDir::toNativeSeparators(path))
                        : tr("Export failed: %1").arg(error));
    });
    dialog->open();
}
