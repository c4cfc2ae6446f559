#include "BudgetShift.h"

#include "AdRuleStore.h"
#include "AdRules.h"
#include "approvals/ApprovalDesk.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace BudgetShift
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("BudgetShift", text);
}

QString ratio(double v)
{
    return QLocale().toString(v, 'f', 2);
}

// The variance of log(marginal ROAS): the purchases' (Poisson) and, when measured, the elasticity's.
double logVariance(const Return& r)
{
    double v = 1.0 / static_cast<double>(std::max<qint64>(r.purchases, 1));
    if (r.measured) {
        const double b = std::max(r.elasticity, 0.05);
        v += (r.elasticityError / b) * (r.elasticityError / b);
    }
    return v;
}

// Ad set ids of the account with a change waiting or under way (a rule's, a launch's or a shift's).
QStringList busyAdSets(const QSqlDatabase& db, qint64 connectionId)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT COALESCE(json_extract(parameters, '$.ad_set_id'), ''), COALESCE(json_extract(parameters, "
        u"'$.from_ad_set_id'), ''), COALESCE(json_extract(parameters, '$.to_ad_set_id'), '') FROM action_proposals "
        u"WHERE action_type IN ('budget_change', 'ad_set_change', 'budget_shift') AND json_extract(parameters, "
        u"'$.connection') = ? AND (status = 'pending' OR (status IN ('approved', 'auto_approved') AND "
        u"execution_state IN ('none', 'queued', 'running', 'retrying')))"_s,
        {connectionId});
    QStringList out;
    while (q.next())
        for (int i = 0; i < 3; ++i)
            if (!q.value(i).toString().isEmpty())
                out.append(q.value(i).toString());
    return out;
}

QString returnText(const Return& r, const QString& currency)
{
    QString text
        = QCoreApplication::translate("BudgetShift",
            "“%1” spent %2 and brought %3 in purchase value (%n purchase(s)): ROAS %4.", nullptr, int(r.purchases))
              .arg(r.name, Money::format(r.spendCents, currency), Money::format(r.valueCents, currency), ratio(r.roas));
    if (r.measured)
        text += u' '
            + tr("Its value grew by %1 % for each 1 % more spend (elasticity %2 ± %3), so the next unit of spend "
                 "returns about %4.")
                  .arg(QLocale().toString(r.elasticity * 100, 'f', 0), ratio(r.elasticity), ratio(r.elasticityError),
                      ratio(r.marginal));
    else
        text += u' '
            + tr("Its daily spend hardly varied, so the return of the next unit of spend cannot be measured: Quorum "
                 "takes its ROAS, %1, which overstates it when returns diminish.")
                  .arg(ratio(r.marginal));
    return text;
}
} // namespace

Return returnOf(const RuleEngine::Object& o, QDate from, QDate to)
{
    Return r;
    r.id = o.id;
    r.name = o.name;
    r.budgetCents = o.budgetCents;
    QList<std::pair<double, double>> logs;
    for (const RuleEngine::Day& d : o.days) {
        if (d.day < from || d.day > to || d.spendCents <= 0)
            continue;
        ++r.days;
        r.spendCents += d.spendCents;
        r.valueCents += d.valueCents;
        r.purchases += d.purchases;
        if (d.valueCents > 0)
            logs.append({std::log(static_cast<double>(d.spendCents)), std::log(static_cast<double>(d.valueCents))});
    }
    r.roas = r.spendCents > 0 ? static_cast<double>(r.valueCents) / static_cast<double>(r.spendCents) : 0;
    r.marginal = r.roas;
    const auto n = static_cast<double>(logs.size());
    if (logs.size() >= MinElasticityDays) {
        double mx = 0, my = 0;
        for (const auto& [x, y] : logs) {
            mx += x;
            my += y;
        }
        mx /= n;
        my /= n;
        double sxx = 0, sxy = 0;
        for (const auto& [x, y] : logs) {
            sxx += (x - mx) * (x - mx);
            sxy += (x - mx) * (y - my);
        }
        const double spread = std::sqrt(sxx / (n - 1));
        if (spread >= MinLogSpendSpread) {
            const double b = sxy / sxx;
            const double a = my - b * mx;
            double sse = 0;
            for (const auto& [x, y] : logs)
                sse += (y - a - b * x) * (y - a - b * x);
            const double se = std::sqrt(sse / (n - 2) / sxx);
            if (se <= MaxElasticityError) {
                r.measured = true;
                r.elasticity = std::clamp(b, 0.0, 1.0);
                r.elasticityError = se;
                r.marginal = r.elasticity * r.roas;
            }
        }
    }
    return r;
}

qint64 Plan::extraValuePerDayCents() const
{
    return std::llround(static_cast<double>(amountCents) * (to.marginal - from.marginal));
}

std::optional<Plan> plan(
    const RuleEngine::Account& account, QDate last, const QStringList& busy, qint64 nowMs, QList<Return>* returns)
{
    if (!last.isValid())
        return std::nullopt;
    const QDate first = last.addDays(-(WindowDays - 1));
    const qint64 quietMs = qint64(EditQuietHours) * 3'600'000;
    QList<Return> all;
    for (const RuleEngine::Object& o : account.objects) {
        Return r = returnOf(o, first, last);
        if (!o.active)
            r.skip = tr("not active");
        else if (o.budgetCents <= 0)
            r.skip = tr("its campaign sets its budget");
        else if (o.learning)
            r.skip = tr("still learning");
        else if (o.lastEditMs > 0 && nowMs - o.lastEditMs < quietMs)
            r.skip
                = QCoreApplication::translate("BudgetShift", "edited in the last %n hour(s)", nullptr, EditQuietHours);
        else if (busy.contains(o.id))
            r.skip = tr("a change to it waits or is under way");
        else if (r.spendCents < MinSpendCents || r.purchases < MinPurchases)
            r.skip = QCoreApplication::translate(
                "BudgetShift", "too little evidence: %1 spent, %n purchase(s)", nullptr, int(r.purchases))
                         .arg(Money::format(r.spendCents, account.currency));
        all.append(r);
    }
    if (returns)
        *returns = all;
    const Return* worst = nullptr;
    const Return* best = nullptr;
    for (const Return& r : std::as_const(all)) {
        if (!r.skip.isEmpty())
            continue;
        if (!worst || r.marginal < worst->marginal)
            worst = &r;
        if (!best || r.marginal > best->marginal)
            best = &r;
    }
    if (!worst || !best || worst == best || best->marginal < MinGap * worst->marginal)
        return std::nullopt;
    Plan p;
    p.from = *worst;
    p.to = *best;
    p.first = first;
    p.last = last;
    const double z = (std::log(std::max(best->marginal, 0.01)) - std::log(std::max(worst->marginal, 0.01)))
        / std::sqrt(logVariance(*best) + logVariance(*worst));
    // Counting noise is not all there is (attribution, seasons): never claimed beyond MaxConfidence.
    p.confidence = std::min(MaxConfidence, 0.5 * std::erfc(-z / std::sqrt(2.0)));
    if (p.confidence < MinConfidence)
        return std::nullopt;
    const qint64 smaller = std::min(worst->budgetCents, best->budgetCents);
    qint64 step = static_cast<qint64>(static_cast<double>(smaller) * MaxStepPercent / 100.0) / 100 * 100;
    step = std::min(step, worst->budgetCents - AdRules::kMinimumBudgetCents) / 100 * 100;
    if (step < 100)
        return std::nullopt;
    p.amountCents = step;
    return p;
}

qint64 propose(const QSqlDatabase& db, qint64 connectionId, const QString& agent, qint64 nowMs, QString* why)
{
    // One shift at a time per account (waiting, or approved and not carried out yet), at most one a day; a
    // rejected one between the same ad sets waits for a new window.
    if (Sql::scalar(db,
            u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'budget_shift' AND json_extract(parameters, "
            u"'$.connection') = ? AND (status = 'pending' OR (status IN ('approved', 'auto_approved') AND "
            u"execution_state IN ('none', 'queued', 'running', 'retrying')) OR created_at > ?)"_s,
            {connectionId, nowMs - 86'400'000LL})
            .toInt()
        > 0)
        return 0;
    const RuleEngine::Account account = AdRuleStore::loadAccount(
        db, connectionId, QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone("UTC")).date().addDays(-(WindowDays + 10)));
    if (!account.syncedThrough.isValid()) {
        *why = tr("The ad account has no complete day synced yet.");
        return 0;
    }
    // Figures older than MaxStaleDays are not decided on: the window would not be the last two weeks.
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, account.zone).date();
    if (account.syncedThrough.daysTo(today) > MaxStaleDays) {
        *why = tr("The ad account's figures end on %1: its sync has not run since, so no budget is moved.")
                   .arg(QLocale().toString(account.syncedThrough, QLocale::ShortFormat));
        return 0;
    }
    const auto found = plan(account, account.syncedThrough, busyAdSets(db, connectionId), nowMs);
    if (!found)
        return 0;
    const Plan& s = *found;
    if (Sql::scalar(db,
            u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'budget_shift' AND status = 'rejected' AND "
            u"json_extract(parameters, '$.connection') = ? AND json_extract(parameters, '$.from_ad_set_id') = ? AND "
            u"json_extract(parameters, '$.to_ad_set_id') = ? AND COALESCE(decided_at, created_at) > ?"_s,
            {connectionId, s.from.id, s.to.id, nowMs - qint64(WindowDays) * 86'400'000LL})
            .toInt()
        > 0)
        return 0;
    const QString cur = account.currency;
    const QLocale locale;
    const qint64 total = account.budgetTotalCents();
    ApprovalDesk::Proposal p;
    p.agent = agent;
    p.actionType = ActionType::BudgetShift;
    p.currency = cur;
    p.title = tr("Move %1 a day from “%2” to “%3”").arg(Money::format(s.amountCents, cur), s.from.name, s.to.name);
    p.description = tr("The next unit of spend is expected to return %1 in “%2” and %3 in “%4”. Moving %5 a day "
                       "from the one to the other keeps the account's daily budgets at %6 in total.")
                        .arg(ratio(s.to.marginal), s.to.name, ratio(s.from.marginal), s.from.name,
                            Money::format(s.amountCents, cur), Money::format(total, cur));
    p.reasoning = QStringList{tr("From %1 to %2 (complete days in the account's time zone):")
                                  .arg(locale.toString(s.first, QLocale::ShortFormat),
                                      locale.toString(s.last, QLocale::ShortFormat)),
        returnText(s.from, cur), returnText(s.to, cur),
        tr("The chance that the next unit of spend returns more in “%1” than in “%2”: %3 %.")
            .arg(s.to.name, s.from.name, locale.toString(s.confidence * 100, 'f', 0)),
        tr("The step is %1 % of the smaller daily budget; “%2” is lowered first and “%3” raised after it, so the "
           "account never spends more than now.")
            .arg(locale.toString(MaxStepPercent, 'f', 0), s.from.name, s.to.name)}
                      .join(u'\n');
    p.dataSources
        = {tr("Meta ad insights from %1 to %2")
                .arg(locale.toString(s.first, QLocale::ShortFormat), locale.toString(s.last, QLocale::ShortFormat)),
            tr("the daily budgets of the account's ad sets")};
    p.confidence = s.confidence;
    p.estRevenueCents = s.extraValuePerDayCents() * EstimateDays;
    p.estCostCents = 0;
    if (!s.from.measured || !s.to.measured)
        p.riskFactors.append(tr("the return of the next unit of spend is taken as the average return"));
    p.riskFactors.append(tr("a budget change can restart an ad set's learning"));
    const qint64 half = s.amountCents / 200 * 100;
    QJsonArray alternatives;
    if (half >= 100)
        alternatives.append(QJsonObject{{u"description"_s, tr("Move %1 a day instead").arg(Money::format(half, cur))},
            {u"pros"_s, QJsonArray{tr("a smaller change to both ad sets")}},
            {u"cons"_s, QJsonArray{tr("half the expected gain")}},
            {u"impact"_s,
                Money::format(
                    std::llround(static_cast<double>(half) * (s.to.marginal - s.from.marginal)) * EstimateDays, cur)}});
    alternatives.append(QJsonObject{{u"description"_s, tr("Leave the budgets as they are")},
        {u"pros"_s, QJsonArray{tr("no learning restarts")}},
        {u"cons"_s, QJsonArray{tr("the weaker ad set keeps its share of the spend")}},
        {u"impact"_s, Money::format(0, cur)}});
    p.alternatives = alternatives;
    p.parameters = QJsonObject{{u"from_ad_set"_s, s.from.name}, {u"to_ad_set"_s, s.to.name},
        {u"amount"_s, Money::toDecimalString(s.amountCents)}, {u"currency"_s, cur},
        {u"from_budget"_s, Money::toDecimalString(s.from.budgetCents)},
        {u"to_budget"_s, Money::toDecimalString(s.to.budgetCents)}, {u"connection"_s, connectionId},
        {u"from_ad_set_id"_s, s.from.id}, {u"to_ad_set_id"_s, s.to.id}, {u"from_marginal_roas"_s, s.from.marginal},
        {u"to_marginal_roas"_s, s.to.marginal}, {u"window_from"_s, s.first.toString(Qt::ISODate)},
        {u"window_to"_s, s.last.toString(Qt::ISODate)}};
    return ApprovalDesk::propose(db, p, QString(), nowMs);
}

} // namespace BudgetShift
