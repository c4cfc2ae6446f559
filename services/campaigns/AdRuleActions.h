#pragma once

#include "AdRules.h"
#include "RuleEngine.h"
#include "approvals/ApprovalDesk.h"
#include "users/ChangeDoor.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The Campaigns pane's door to ad rules and ad report imports: the rules with what they found, a rule checked and
// backtested before it is saved, and the switch between notify-only and live. Owners set rules (they
// spend money); approvers and viewers see them. Every change is audited.
class AdRuleActions
{
public:
    explicit AdRuleActions(const ChangeDoor& door);

    struct Account
    {
        qint64 connectionId = 0;
        QString name;
        QString currency;
        QDate syncedThrough; // invalid: not synced yet
    };
    QList<Account> accounts() const;

    struct Entry
    {
        AdRules::Rule rule;
        qint64 connectionId = 0; // 0: every ad account
        QString account;
        QString currency;
        int findings = 0; // the last 30 days: what it did or would have done
        int held = 0;     // ...and what a brake held
        qint64 lastAt = 0;
        QString lastSummary;
    };
    QList<Entry> rules() const;
    std::optional<Entry> rule(qint64 id) const;

    // The activity log: what the rule found (0: every rule), newest first, with what became of it.
    struct Finding
    {
        qint64 at = 0;
        QString rule;
        QString object;
        QString summary;
        QString brake; // held by this brake (empty: it fired)
        bool live = false;
        qint64 proposalId = 0;
        QString proposalStatus;
        QString executionState;
        QString executionError;
    };
    QList<Finding> findings(qint64 ruleId, int limit = 200) const;

    // What keeps the rule from being saved (empty: it can be), and the conflicts that only might happen.
    QStringList check(const AdRules::Rule& rule, qint64 connectionId, QStringList* warnings) const;
    // The rule replayed over the account's synced history as if it had been live (a rule for every
    // account: the first one with figures, named in *account); nullopt with *why.
    std::optional<RuleEngine::Backtest> backtest(
        const AdRules::Rule& rule, qint64 connectionId, QString* why, QString* account = nullptr) const;

    QString whyNot() const;
    // What approving the proposal leaves to a person (see CampaignEffects::approvalNotice), or empty.
    QString approvalNotice(const ApprovalDesk::Proposal& proposal) const;
    // Saves (id 0: adds) the rule; its id, or 0 with *error.
    qint64 save(const AdRules::Rule& rule, qint64 connectionId, QString* error);
    bool setLive(qint64 id, bool live, QString* error);
    // Switched off for good; what it found stays in the activity log.
    bool remove(qint64 id, QString* error);

    // A Google Ads or TikTok Ads report export (AdReportImport): its campaigns' days replace what the
    // workspace had for them. Owners import; it is audited.
    struct ReportImport
    {
        bool ok = false;
        QString summary; // what came in, or why nothing did
        QStringList problems;
        QStringList warnings;
    };
    ReportImport importReport(const QString& path);

private:
    void readAgain(const QSqlDatabase& db, qint64 connectionId) const;
    ChangeDoor m_door;
};
