#include "AdRuleActions.h"

#include "CampaignEffects.h"

#include "AdReportImport.h"
#include "AdRuleStore.h"
#include "AdSync.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "core/SmallFile.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
}

AdRuleActions::AdRuleActions(const ChangeDoor& door)
    : m_door(door)
{ }

QList<AdRuleActions::Account> AdRuleActions::accounts() const
{
    QList<Account> out;
    QSqlQuery q = Sql::exec(m_door.db(),
        u"SELECT c.id, c.name, COALESCE(a.currency, ''), COALESCE(a.synced_through, '') FROM connections c LEFT JOIN "
        u"ad_accounts a ON a.connection_id = c.id WHERE c.kind = 'meta_ads' ORDER BY c.name"_s);
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    return out;
}

void AdRuleActions::readAgain(const QSqlDatabase& db, qint64 connectionId) const
{
    // A live rule acts from now, not from the next quarter-hour: its account (0: every one) is read
    // again, and the rules act on what they find.
    if (connectionId > 0)
        AdSync::queue(db, connectionId, m_door.clock()->nowMs());
    else
        AdSync::queueAll(db, m_door.clock()->nowMs());
}

QString AdRuleActions::approvalNotice(const ApprovalDesk::Proposal& proposal) const
{
    try {
        return CampaignEffects::approvalNotice(m_door.db(), proposal);
    } catch (const SqlError&) {
        return {}; // a notice, not a decision: an unreadable campaign says nothing rather than fail the view
    }
}

QList<AdRuleActions::Entry> AdRuleActions::rules() const
{
    QList<Entry> out;
    const qint64 since = m_door.clock()->nowMs() - 30 * kDayMs;
    QSqlQuery q = Sql::exec(m_door.db(),
        u"SELECT r.id, r.spec, r.live, COALESCE(r.connection_id, 0), COALESCE(c.name, ''), COALESCE(a.currency, ''), "
        u"(SELECT COUNT(*) FROM ad_rule_firings f WHERE f.rule_id = r.id AND f.fired = 1 AND f.created_at >= ?), "
        u"(SELECT COUNT(*) FROM ad_rule_firings f WHERE f.rule_id = r.id AND f.fired = 0 AND f.created_at >= ?), "
        u"(SELECT MAX(created_at) FROM ad_rule_firings f WHERE f.rule_id = r.id AND f.fired = 1), "
        u"(SELECT summary FROM ad_rule_firings f WHERE f.rule_id = r.id AND f.fired = 1 ORDER BY created_at DESC, id "
        u"DESC LIMIT 1) "
        u"FROM ad_rules r LEFT JOIN connections c ON c.id = r.connection_id LEFT JOIN ad_accounts a ON "
        u"a.connection_id = r.connection_id WHERE r.enabled = 1 ORDER BY r.name, r.id"_s,
        {since, since});
    while (q.next()) {
        QString why;
        auto rule = AdRuleStore::fromJson(Json::objectFromString(q.value(1).toString()), &why);
        if (!rule)
            continue;
        Entry e;
        e.rule = *rule;
        e.rule.id = q.value(0).toLongLong();
        e.rule.live = q.value(2).toBool();
        e.connectionId = q.value(3).toLongLong();
        e.account = e.connectionId > 0 ? q.value(4).toString()
                                       : QCoreApplication::translate("AdRuleActions", "Every ad account");
        e.currency = q.value(5).toString();
        e.findings = q.value(6).toInt();
        e.held = q.value(7).toInt();
        e.lastAt = q.value(8).toLongLong();
        e.lastSummary = q.value(9).toString();
        out.append(e);
    }
    return out;
}

std::optional<AdRuleActions::Entry> AdRuleActions::rule(qint64 id) const
{
    for (const Entry& e : rules()) {
        if (e.rule.id == id)
            return e;
    }
    return std::nullopt;
}

QList<AdRuleActions::Finding> AdRuleActions::findings(qint64 ruleId, int limit) const
{
    QList<Finding> out;
    QSqlQuery q = Sql::exec(m_door.db(),
        u"SELECT f.created_at, r.name, f.object_name, f.summary, f.brake, f.live, COALESCE(f.proposal_id, 0), "
        u"COALESCE(p.status, ''), COALESCE(p.execution_state, ''), COALESCE(p.execution_error, '') FROM "
        u"ad_rule_firings f JOIN ad_rules r ON r.id = f.rule_id LEFT JOIN action_proposals p ON p.id = f.proposal_id "
        u"WHERE (? = 0 OR f.rule_id = ?) ORDER BY f.created_at DESC, f.id DESC LIMIT ?"_s,
        {ruleId, ruleId, limit});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toBool(), q.value(6).toLongLong(), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toString()});
    return out;
}

QStringList AdRuleActions::check(const AdRules::Rule& rule, qint64 connectionId, QStringList* warnings) const
{
    return AdRuleStore::check(m_door.db(), rule, connectionId, warnings);
}

std::optional<RuleEngine::Backtest> AdRuleActions::backtest(
    const AdRules::Rule& rule, qint64 connectionId, QString* why, QString* account) const
{
    // A rule for every ad account is replayed on the first one that has figures.
    for (const Account& a : accounts()) {
        if ((connectionId <= 0 && a.syncedThrough.isValid()) || a.connectionId == connectionId) {
            connectionId = a.connectionId;
            if (account)
                *account = a.name;
            break;
        }
    }
    if (connectionId <= 0) {
        *why = QCoreApplication::translate(
            "AdRuleActions", "No ad account has figures yet; the backtest runs once the first sync is in.");
        return std::nullopt;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_door.clock()->nowMs(), QTimeZone("UTC")).date();
    const RuleEngine::Account history = AdRuleStore::loadAccount(m_door.db(), connectionId, today.addDays(-100));
    if (!history.syncedThrough.isValid() || history.objects.isEmpty()) {
        *why = QCoreApplication::translate(
            "AdRuleActions", "The ad account has no figures yet; the backtest runs once its first sync is in.");
        return std::nullopt;
    }
    QDate from = history.syncedThrough;
    for (const RuleEngine::Object& o : history.objects) {
        if (!o.days.isEmpty())
            from = std::min(from, o.days.first().day);
    }
    return RuleEngine::backtest(rule, history, from, history.syncedThrough);
}

QString AdRuleActions::whyNot() const
{
    return m_door.mayChange()
        ? QString()
        : QCoreApplication::translate("AdRuleActions", "Only an owner sets ad rules: they spend the shop's money.");
}

qint64 AdRuleActions::save(const AdRules::Rule& rule, qint64 connectionId, QString* error)
{
    if (!m_door.mayChange()) {
        *error = whyNot();
        return 0;
    }
    const QStringList problems = check(rule, connectionId, nullptr);
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return 0;
    }
    qint64 id = 0;
    QString why;
    const bool ok = m_door.change(
        {rule.id > 0 ? u"ads.rule_changed"_s : u"ads.rule_added"_s,
            rule.id > 0 ? u"ad_rule:%1"_s.arg(rule.id) : u"ad_rule"_s,
            QJsonObject{
                {u"rule"_s, AdRuleStore::toJson(rule)}, {u"live"_s, rule.live}, {u"connection"_s, connectionId}},
            EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            id = AdRuleStore::save(db, rule, connectionId, m_door.actor(), m_door.clock()->nowMs(), &why);
            if (id == 0)
                throw SqlError(why);
            if (rule.live)
                readAgain(db, connectionId);
        },
        error);
    return ok ? id : 0;
}

bool AdRuleActions::setLive(qint64 id, bool live, QString* error)
{
    return m_door.change(
        {live ? u"ads.rule_live"_s : u"ads.rule_notify_only"_s, u"ad_rule:%1"_s.arg(id), QJsonObject{{u"live"_s, live}},
            EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            const qint64 now = m_door.clock()->nowMs();
            Sql::exec(db, u"UPDATE ad_rules SET live = ?, updated_at = ? WHERE id = ?"_s, {live, now, id});
            if (live)
                readAgain(db,
                    Sql::scalar(db, u"SELECT COALESCE(connection_id, 0) FROM ad_rules WHERE id = ?"_s, {id})
                        .toLongLong());
        },
        error);
}

bool AdRuleActions::remove(qint64 id, QString* error)
{
    return m_door.change(
        {u"ads.rule_removed"_s, u"ad_rule:%1"_s.arg(id), {}, EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            Sql::exec(db, u"UPDATE ad_rules SET enabled = 0, live = 0, updated_at = ? WHERE id = ?"_s,
                {m_door.clock()->nowMs(), id});
        },
        error);
}

AdRuleActions::ReportImport AdRuleActions::importReport(const QString& path)
{
    ReportImport out;
    if (const QString why = m_door.whyNot(); !why.isEmpty()) {
        out.summary = why;
        return out;
    }
    const auto bytes = SmallFile::read(path, 64LL * 1024 * 1024,
        QCoreApplication::translate("AdReportImport", "Export a shorter period or fewer columns."), &out.summary);
    if (!bytes)
        return out;
    const AdReportImport::Parsed parsed = AdReportImport::parse(*bytes);
    out.problems = parsed.problems;
    out.warnings = parsed.warnings;
    if (!parsed.error.isEmpty()) {
        out.summary = parsed.error;
        return out;
    }
    AdReportImport::Written written;
    QString error;
    const QString name = QFileInfo(path).fileName();
    const bool ok = m_door.change(
        {u"ads.report_imported"_s, u"report:%1"_s.arg(name),
            QJsonObject{{u"file"_s, name}, {u"format"_s, parsed.format.key}, {u"rows"_s, parsed.rows.size()},
                {u"total_rows"_s, parsed.totalRows}, {u"rows_not_read"_s, parsed.problems.size()}},
            EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            written = AdReportImport::write(
                db, parsed, Settings::value(db, u"workspace.currency"_s, u"EUR"_s), m_door.clock()->nowMs());
        },
        &error);
    out.ok = ok;
    out.summary = ok ? AdReportImport::summary(parsed, written) : error;
    return out;
}
