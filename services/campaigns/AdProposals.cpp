#include "AdProposals.h"

#include "approvals/ApprovalDesk.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace AdRules;

namespace AdProposals
{

namespace
{
const char* const kAgentName = QT_TRANSLATE_NOOP("AgentNames", "Ad Rules");

QString evidenceText(const RuleEngine::Evidence& e, const QString& currency)
{
    const QLocale locale;
    QString text = QCoreApplication::translate("AdProposals",
        "From %1 to %2 (complete days in the account's time zone): spend %3, purchase value %4, purchases %5, "
        "clicks %6, impressions %7.")
                       .arg(locale.toString(e.from, QLocale::ShortFormat), locale.toString(e.to, QLocale::ShortFormat),
                           Money::format(e.spendCents, currency), Money::format(e.valueCents, currency))
                       .arg(e.purchases)
                       .arg(e.clicks)
                       .arg(e.impressions);
    if (e.probabilityBelowBreakEven >= 0)
        text += u' '
            + QCoreApplication::translate("AdProposals", "The chance that its true ROAS is below break-even: %1 %.")
                  .arg(locale.toString(e.probabilityBelowBreakEven * 100, 'f', 0));
    return text;
}

// The rule replayed on this ad set over the synced history: how often its action would have held.
QString backtestText(
    const Rule& rule, const RuleEngine::Account& history, const QString& objectId, double* hitRate, int* actions)
{
    // The account's settings with only this ad set (never a copy of every ad set's days).
    RuleEngine::Account one;
    one.zone = history.zone;
    one.currency = history.currency;
    one.syncedThrough = history.syncedThrough;
    for (const RuleEngine::Object& o : history.objects) {
        if (o.id == objectId)
            one.objects.append(o);
    }
    *actions = 0;
    if (one.objects.isEmpty() || one.objects.first().days.isEmpty() || !history.syncedThrough.isValid())
        return {};
    const QDate from = one.objects.first().days.first().day;
    const RuleEngine::Backtest b = RuleEngine::backtest(rule, one, from, history.syncedThrough);
    *actions = b.actions;
    *hitRate = b.hitRate();
    if (b.actions == 0)
        return QCoreApplication::translate(
            "AdProposals", "Replayed on this ad set from %1, the rule would not have acted before.")
            .arg(QLocale().toString(from, QLocale::ShortFormat));
    return QCoreApplication::translate("AdProposals",
        "Replayed on this ad set from %1, the rule would have acted %n time(s); its condition still held "
        "three days later in %2 of them.",
        nullptr, b.actions)
        .arg(QLocale().toString(from, QLocale::ShortFormat))
        .arg(b.hits);
}
} // namespace

qint64 propose(const QSqlDatabase& db, qint64 connectionId, const Rule& rule, const RuleEngine::Outcome& o,
    const RuleEngine::Account& history, qint64 nowMs)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT s.daily_budget_cents, COALESCE(c.name, ''), s.bid_amount_cents FROM ad_sets s LEFT JOIN campaigns c "
        u"ON c.id = s.campaign_id WHERE s.connection_id = ? AND s.remote_id = ?"_s,
        {connectionId, o.objectId});
    if (!q.next())
        return 0;
    const qint64 budget = q.value(0).toLongLong();
    const QString campaign = q.value(1).toString();
    q.finish();
    const QString currency = history.currency;
    double hitRate = 0;
    int actions = 0;
    const QString backtest = backtestText(rule, history, o.objectId, &hitRate, &actions);

    ApprovalDesk::Proposal p;
    p.agent = QString::fromLatin1(kAgentName);
    Q_ASSERT(p.agent == Agent);
    p.currency = currency;
    p.reasoning = QStringList{o.summary, evidenceText(o.evidence, currency), backtest}.join(u' ').trimmed();
    p.dataSources = {QCoreApplication::translate("AdProposals", "Meta ad insights from %1 to %2")
                         .arg(QLocale().toString(o.evidence.from, QLocale::ShortFormat),
                             QLocale().toString(o.evidence.to, QLocale::ShortFormat)),
        QCoreApplication::translate("AdProposals", "the ad rule “%1”").arg(rule.name)};
    // How sure: the posterior where the rule has one, else how often it held in the backtest.
    if (o.evidence.probabilityBelowBreakEven >= 0)
        p.confidence = o.action == Action::Pause ? o.evidence.probabilityBelowBreakEven
                                                 : 1.0 - o.evidence.probabilityBelowBreakEven;
    else if (actions >= 3)
        p.confidence = hitRate;
    p.description
        = QCoreApplication::translate("AdProposals", "Found by the ad rule “%1” in the synced figures.").arg(rule.name);
    QJsonObject params{{u"campaign"_s, campaign}, {u"ad_set"_s, o.objectName}, {u"currency"_s, currency},
        {u"connection"_s, connectionId}, {u"ad_set_id"_s, o.objectId}, {u"rule"_s, rule.id}};
    switch (o.action) {
    case Action::ChangeBudget:
        p.actionType = ActionType::BudgetChange;
        p.title = (o.toCents > o.fromCents
                ? QCoreApplication::translate("AdProposals", "Raise the budget of “%1” to %2 a day")
                : QCoreApplication::translate("AdProposals", "Lower the budget of “%1” to %2 a day"))
                      .arg(o.objectName, Money::format(o.toCents, currency));
        params.insert(u"amount"_s, Money::toDecimalString(o.toCents));
        params.insert(u"previous"_s, Money::toDecimalString(o.fromCents));
        break;
    case Action::ChangeBid:
        p.actionType = ActionType::AdSetChange;
        p.title = QCoreApplication::translate("AdProposals", "Set the bid cap of “%1” to %2")
                      .arg(o.objectName, Money::format(o.toCents, currency));
        params.insert(u"change"_s, u"bid"_s);
        params.insert(u"amount"_s, Money::toDecimalString(o.toCents));
        params.insert(u"previous"_s, Money::toDecimalString(o.fromCents));
        params.insert(u"daily_budget"_s, Money::toDecimalString(budget));
        break;
    case Action::Pause:
    case Action::Resume:
        p.actionType = ActionType::AdSetChange;
        p.title = (o.action == Action::Pause ? QCoreApplication::translate("AdProposals", "Pause “%1”")
                                             : QCoreApplication::translate("AdProposals", "Resume “%1”"))
                      .arg(o.objectName);
        params.insert(u"change"_s, o.action == Action::Pause ? u"pause"_s : u"resume"_s);
        params.insert(u"daily_budget"_s, Money::toDecimalString(budget));
        break;
    case Action::Notify:
        return 0;
    }
    p.parameters = params;
    return ApprovalDesk::propose(db, p, QString(), nowMs);
}

qint64 proposePause(const QSqlDatabase& db, qint64 connectionId, const QString& adSetId, const QString& agent,
    const QString& reasoning, qint64 nowMs)
{
    ApprovalDesk::Proposal base;
    base.agent = agent;
    base.reasoning = reasoning;
    return proposePause(db, connectionId, adSetId, base, nowMs);
}

qint64 proposePause(
    const QSqlDatabase& db, qint64 connectionId, const QString& adSetId, ApprovalDesk::Proposal p, qint64 nowMs)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT s.name, s.daily_budget_cents, COALESCE(c.name, ''), COALESCE(a.currency, '') FROM ad_sets s LEFT "
        u"JOIN campaigns c ON c.id = s.campaign_id LEFT JOIN ad_accounts a ON a.connection_id = s.connection_id "
        u"WHERE s.connection_id = ? AND s.remote_id = ?"_s,
        {connectionId, adSetId});
    if (!q.next())
        return 0;
    // A pause of this ad set already waiting or under way (a rule's, say): not proposed twice.
    if (Sql::scalar(db,
            u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'ad_set_change' AND json_extract(parameters, "
            u"'$.ad_set_id') = ? AND json_extract(parameters, '$.connection') = ? AND json_extract(parameters, "
            u"'$.change') = 'pause' AND (status = 'pending' OR (status IN ('approved', 'auto_approved') AND "
            u"execution_state IN ('none', "
            u"'queued', 'running', 'retrying')))"_s,
            {adSetId, connectionId})
            .toInt()
        > 0)
        return 0;
    p.actionType = ActionType::AdSetChange;
    const QString name = q.value(0).toString();
    p.currency = q.value(3).toString().isEmpty() ? u"EUR"_s : q.value(3).toString();
    p.title = QCoreApplication::translate("AdProposals", "Pause “%1”").arg(name);
    if (p.description.isEmpty())
        p.description = p.reasoning;
    const QJsonObject own{{u"campaign"_s, q.value(2).toString()}, {u"ad_set"_s, name}, {u"currency"_s, p.currency},
        {u"connection"_s, connectionId}, {u"ad_set_id"_s, adSetId}, {u"change"_s, u"pause"_s},
        {u"daily_budget"_s, Money::toDecimalString(q.value(1).toLongLong())}};
    for (auto it = own.begin(); it != own.end(); ++it)
        p.parameters.insert(it.key(), it.value());
    q.finish();
    return ApprovalDesk::propose(db, p, QString(), nowMs);
}

} // namespace AdProposals
