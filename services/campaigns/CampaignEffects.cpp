#include "CampaignEffects.h"

#include "AdSync.h"
#include "Experiments.h"
#include "approvals/ActionEffects.h"
#include "core/Money.h"
#include "publishing/Connections.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace CampaignEffects
{

namespace
{
using Result = ActionEffects::Result;

// An ad set on a connected ad account: the change is queued for the platform (AdWriteRun), which
// records Meta's answer on the proposal.
Result toPlatform(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, const QString& change,
    qint64 from, qint64 to, qint64 now)
{
    const qint64 connection = params.value(u"connection"_s).toInteger();
    const QString adSet = params.value(u"ad_set_id"_s).toString();
    if (connection <= 0 || adSet.isEmpty())
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "The change names no ad account or ad set."));
    params.insert(u"job"_s, AdSync::queueApply(db, connection, p.id, adSet, change, from, to, now));
    return Result::handOn(params);
}

struct CampaignRow
{
    QString name;
    QString network;          // as people name it: "Google Ads"
    bool connected = false;   // on a connected ad account (Quorum writes to it)
    bool fromReports = false; // read from the network's report exports (Quorum cannot write to it)
    bool several = false;     // more than one campaign has this name (on different platforms)
};
std::optional<CampaignRow> campaignNamed(const QSqlDatabase& db, const QString& campaign)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT name, platform, connection_id, external_id FROM campaigns WHERE name = ? OR external_id = ? ORDER BY "
        u"id LIMIT 2"_s,
        {campaign, campaign});
    if (!q.next())
        return std::nullopt;
    CampaignRow c{q.value(0).toString(), Platform::displayName(q.value(1).toString()), !q.value(2).isNull(),
        q.value(2).isNull() && q.value(3).toString().startsWith(u"report:"_s)};
    c.several = q.next();
    return c;
}

Result changeBudget(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const auto amount = ActionEffects::amount(params, u"amount"_s);
    const QString campaign = params.value(u"campaign"_s).toString();
    if (!amount)
        return Result::failed(QCoreApplication::translate("ActionExecutor", "The approved budget is not an amount."));
    if (params.contains(u"ad_set_id"_s)) {
        if (*amount < 100)
            return Result::failed(
                QCoreApplication::translate("ActionExecutor", "A daily budget on Meta is at least 1.00."));
        return toPlatform(
            db, p, params, u"budget"_s, ActionEffects::amount(params, u"previous"_s).value_or(0), *amount, now);
    }
    // A campaign rather than an ad set. On a connected ad account Quorum changes the ad sets' budgets;
    // a campaign read from a network's report exports can only be changed there, by a person. Its row
    // keeps the budget the network last reported, never one it has not heard of.
    const auto c = campaignNamed(db, campaign);
    if (!c)
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "There is no campaign called “%1”.").arg(campaign));
    if (c->several)
        return Result::failed(QCoreApplication::translate("ActionExecutor",
            "Several campaigns are called “%1” (on different platforms), and the change does not say which one.")
                                  .arg(campaign));
    if (c->connected)
        return Result::failed(QCoreApplication::translate("ActionExecutor",
            "“%1” is a campaign on a connected ad account: Quorum changes the budgets of its ad sets, and this "
            "proposal names none.")
                                  .arg(c->name));
    if (!c->fromReports)
        return Result::failed(QCoreApplication::translate("ActionExecutor",
            "“%1” is on no connected ad account and in no imported report, so Quorum cannot change it or see the "
            "change: connect its ad account in Settings → Connections.")
                                  .arg(c->name));
    params.insert(u"recorded"_s, true);
    params.insert(u"note"_s,
        QCoreApplication::translate("ActionExecutor",
            "Recorded as decided. Quorum reads “%1” from %2 report exports and cannot change it there: set its daily "
            "budget to %3 in %2. The next report you import shows it.")
            .arg(c->name, c->network, Money::format(*amount, params.value(u"currency"_s).toString(p.currency))));
    return Result::done(params);
}

Result changeAdSet(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const QString change = params.value(u"change"_s).toString();
    if (change == u"bid") {
        const auto amount = ActionEffects::amount(params, u"amount"_s);
        if (!amount || *amount <= 0)
            return Result::failed(QCoreApplication::translate("ActionExecutor", "The approved bid is not an amount."));
        return toPlatform(
            db, p, params, change, ActionEffects::amount(params, u"previous"_s).value_or(0), *amount, now);
    }
    if (change != u"pause" && change != u"resume")
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "Quorum does not know the ad set change “%1”.").arg(change));
    return toPlatform(db, p, params, change, 0, 0, now);
}

// A budget shift between two ad sets of one account: the source is lowered first and the target raised
// once that is done (AdWriteRun queues the second change), so the account never spends more than before.
Result shiftBudget(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const auto amount = ActionEffects::amount(params, u"amount"_s);
    const auto fromBudget = ActionEffects::amount(params, u"from_budget"_s);
    const auto toBudget = ActionEffects::amount(params, u"to_budget"_s);
    const qint64 connection = params.value(u"connection"_s).toInteger();
    const QString from = params.value(u"from_ad_set_id"_s).toString();
    const QString to = params.value(u"to_ad_set_id"_s).toString();
    if (connection <= 0 || from.isEmpty() || to.isEmpty() || !fromBudget || !toBudget)
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "The shift names no ad account or not both ad sets."));
    if (!amount || *amount <= 0)
        return Result::failed(QCoreApplication::translate("ActionExecutor", "The amount to move is not an amount."));
    if (*fromBudget - *amount < 100)
        return Result::failed(QCoreApplication::translate("ActionExecutor",
            "Moving %1 would leave “%2” below 1.00 a day, the smallest daily budget on Meta: modify the amount.")
                                  .arg(Money::format(*amount, params.value(u"currency"_s).toString(p.currency)),
                                      params.value(u"from_ad_set"_s).toString()));
    const QJsonObject then{
        {u"ad_set_id"_s, to}, {u"change"_s, u"budget"_s}, {u"from"_s, *toBudget}, {u"to"_s, *toBudget + *amount}};
    params.insert(u"job"_s,
        AdSync::queueApply(db, connection, p.id, from, u"budget"_s, *fromBudget, *fromBudget - *amount, now, then));
    return Result::handOn(params);
}

// Where the ad leads: the link approved, else the product's published page, else the shop's address.
QString linkFor(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, const QJsonObject& params)
{
    QString link = params.value(u"link"_s).toString().trimmed();
    if (link.isEmpty() && p.productId > 0)
        link = Sql::scalar(db,
            u"SELECT url FROM publications WHERE product_id = ? AND status = 'published' AND url <> '' ORDER BY "
            u"published_at DESC LIMIT 1"_s,
            {p.productId})
                   .toString();
    if (link.isEmpty()) {
        for (const Connections::Connection& c : Connections::all(db)) {
            if (c.kind == Connections::Kind::WordPress)
                continue;
            link = c.url.startsWith(u"http"_s) ? c.url : u"https://"_s + c.url;
            break;
        }
    }
    return link;
}

// A launch on Meta: checked here (so a proposal that cannot run says why at once), then queued for
// the platform (AdLaunchRun), which records Meta's answer on the proposal.
Result launch(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, QJsonObject params, qint64 now)
{
    const auto budget = ActionEffects::amount(params, u"daily_budget"_s);
    const QString platform = params.value(u"platform"_s).toString();
    if (platform != u"meta")
        return Result::failed(QCoreApplication::translate(
            "ActionExecutor", "Quorum launches campaigns on Meta only; create this one in the %1 ad manager itself.")
                                  .arg(Platform::displayName(platform)));
    if (!budget || *budget < 100)
        return Result::failed(
            QCoreApplication::translate("ActionExecutor", "A daily budget on Meta is at least 1.00."));
    const QList<Connections::Connection> accounts = Connections::adAccounts(db);
    std::optional<Connections::Connection> account;
    const qint64 wanted = params.value(u"connection"_s).toInteger();
    for (const Connections::Connection& c : accounts)
        if (c.id == wanted || (wanted <= 0 && accounts.size() == 1))
            account = c;
    if (!account)
        return Result::failed(wanted > 0 || accounts.isEmpty()
                ? QCoreApplication::translate("ActionExecutor",
                    "No Meta ad account is connected to launch this on: add one in Settings → Connections.")
                : QCoreApplication::translate("ActionExecutor",
                    "This workspace has several Meta ad accounts and the launch names none of them."));
    if (account->pageId.trimmed().isEmpty())
        return Result::failed(QCoreApplication::translate("ActionExecutor",
            "An ad needs the Facebook Page it runs as: enter the Page ID of %1 in Settings → Connections.")
                                  .arg(account->name));
    QJsonArray countries;
    static const QRegularExpression separators(u"[,;\\s]+"_s);
    static const QRegularExpression code(u"^[A-Z]{2}$"_s);
    for (const QString& c : params.value(u"countries"_s).toString().split(separators, Qt::SkipEmptyParts)) {
        if (!code.match(c.toUpper()).hasMatch())
            return Result::failed(QCoreApplication::translate(
                "ActionExecutor", "“%1” is not a country code: use two letters, e.g. NL, BE.")
                                      .arg(c));
        countries.append(c.toUpper());
    }
    if (countries.isEmpty())
        return Result::failed(QCoreApplication::translate("ActionExecutor",
            "The launch names no countries to show the ads in: modify it and enter them, e.g. NL, BE."));
    const QString link = linkFor(db, p, params);
    const QUrl url(link);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"https" && url.scheme() != u"http"))
        return Result::failed(QCoreApplication::translate("ActionExecutor",
            "The ad has no page to lead to: modify the launch and enter its link, e.g. https://shop.example/winter."));
    // What Meta shows people is what a person approved, never the proposal's own wording.
    const QString name = params.value(u"name"_s).toString().trimmed();
    const QString text = params.value(u"ad_text"_s).toString().trimmed();
    if (name.isEmpty() || text.isEmpty())
        return Result::failed(QCoreApplication::translate(
            "ActionExecutor", "The launch needs the campaign's name and the ad's text: modify it and enter them."));
    const QString accountCurrency
        = Sql::scalar(db, u"SELECT currency FROM ad_accounts WHERE connection_id = ?"_s, {account->id}).toString();
    const QString currency = params.value(u"currency"_s).toString(p.currency);
    if (!accountCurrency.isEmpty() && !currency.isEmpty() && accountCurrency != currency)
        return Result::failed(QCoreApplication::translate("ActionExecutor",
            "The budget is in %1 but the ad account %2 spends in %3: modify the launch and give the budget in %3.")
                                  .arg(currency, account->name, accountCurrency));
    params.insert(u"connection"_s, account->id);
    params.insert(u"job"_s,
        AdSync::queueLaunch(db, account->id, p.id,
            QJsonObject{{u"name"_s, name}, {u"daily_budget"_s, *budget}, {u"currency"_s, params.value(u"currency"_s)},
                {u"countries"_s, countries}, {u"link"_s, link}, {u"text"_s, text}},
            now));
    return Result::handOn(params);
}
} // namespace

// The approved winner of an A/B test: the test is decided, and its other arms still running are each proposed
// for a pause (judged by the ad set rules, so a small budget's pause runs by itself).
Result declareWinner(const QSqlDatabase& db, const ApprovalDesk::Proposal&, QJsonObject params, qint64 now)
{
    QList<qint64> pauses;
    QString why;
    if (!Experiments::declare(db, params, now, &pauses, &why))
        return Result::failed(why);
    QJsonArray ids;
    for (qint64 id : std::as_const(pauses))
        ids.append(id);
    params.insert(u"pause_proposals"_s, ids);
    return Result::done(params);
}

QString approvalNotice(const QSqlDatabase& db, const ApprovalDesk::Proposal& p)
{
    const QJsonObject params = p.effectiveParameters();
    // Before the decision only: afterwards the proposal's Execution line says what was done.
    if (p.actionType != ActionType::BudgetChange || params.contains(u"ad_set_id"_s)
        || p.status != ProposalStatus::Pending)
        return {};
    const auto c = campaignNamed(db, params.value(u"campaign"_s).toString());
    if (!c || !c->fromReports || c->several)
        return {};
    return QCoreApplication::translate("ActionExecutor",
        "Quorum reads “%1” from %2 report exports and cannot change it there: approving records the decision, and "
        "you set the budget in %2.")
        .arg(c->name, c->network);
}

void registerAll(ActionEffects& effects)
{
    effects.add(ActionType::BudgetChange, &changeBudget);
    effects.add(ActionType::CampaignLaunch, &launch);
    effects.add(ActionType::AdSetChange, &changeAdSet);
    effects.add(ActionType::ExperimentWinner, &declareWinner);
    effects.add(ActionType::BudgetShift, &shiftBudget);
}

} // namespace CampaignEffects
