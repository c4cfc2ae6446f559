#include "Experiments.h"

#include "AdProposals.h"
#include "approvals/ApprovalDesk.h"
#include "core/Json.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Experiments
{

namespace
{
const char* const kAgentName = QT_TRANSLATE_NOOP("AgentNames", "A/B tests");

QString percent(double rate, int decimals = 2)
{
    return QLocale().toString(rate * 100, 'f', decimals) + u" %"_s;
}

QList<Arm> armsFrom(const QJsonArray& json)
{
    QList<Arm> out;
    for (const QJsonValue& v : json) {
        const QJsonObject o = v.toObject();
        out.append({o.value(u"id"_s).toString(), o.value(u"name"_s).toString(), o.value(u"share"_s).toDouble()});
    }
    return out;
}

QJsonArray doubles(const QList<double>& values)
{
    QJsonArray out;
    for (double v : values)
        out.append(v);
    return out;
}

const QString kSelect = u"SELECT e.id, e.connection_id, COALESCE(c.name, ''), e.name, e.hypothesis, e.metric, e.arms, "
                        u"e.alpha, e.baseline_rate, e.mde, e.min_visitors, e.min_conversions, e.start_day, "
                        u"e.max_days, e.state, e.winner, e.p_values, e.looked_through, COALESCE(e.proposal_id, 0), "
                        u"COALESCE(p.status, ''), e.created_by, e.created_at, COALESCE(e.ended_at, 0), "
                        u"COALESCE(p.execution_state, ''), COALESCE(json_array_length(p.executed_parameters, "
                        u"'$.pause_proposals'), 0) FROM "
                        u"ad_experiments e LEFT JOIN connections c ON c.id = e.connection_id LEFT JOIN "
                        u"action_proposals p ON p.id = e.proposal_id "_s;

Experiment fromRow(const QSqlQuery& q)
{
    Experiment e;
    e.id = q.value(0).toLongLong();
    e.connectionId = q.value(1).toLongLong();
    e.account = q.value(2).toString();
    e.name = q.value(3).toString();
    e.hypothesis = q.value(4).toString();
    e.metric = metricFromKey(q.value(5).toString()).value_or(Metric::PurchasesPerClick);
    e.arms = armsFrom(Json::arrayFromString(q.value(6).toString()));
    e.settings.alpha = q.value(7).toDouble();
    e.settings.baselineRate = q.value(8).toDouble();
    e.settings.mdeRelative = q.value(9).toDouble();
    e.settings.minVisitors = q.value(10).toLongLong();
    e.settings.minConversions = q.value(11).toLongLong();
    e.startDay = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    e.maxDays = q.value(13).toInt();
    e.status = statusFromKey(q.value(14).toString());
    e.winner = q.value(15).toInt();
    for (const QJsonValue& v : Json::arrayFromString(q.value(16).toString()))
        e.pValues.append(v.toDouble(1));
    e.lookedThrough = QDate::fromString(q.value(17).toString(), Qt::ISODate);
    e.proposalId = q.value(18).toLongLong();
    e.proposalStatus = q.value(19).toString();
    e.createdBy = q.value(20).toString();
    e.createdAt = q.value(21).toLongLong();
    e.endedAt = q.value(22).toLongLong();
    e.proposalExecution = q.value(23).toString();
    e.pausesProposed = q.value(24).toInt();
    return e;
}

// Each arm's figures per day from `from` through `through`, as visitors and conversions of the metric.
QList<QHash<QDate, AbTest::Arm>> dailyFigures(const QSqlDatabase& db, const Experiment& e, QDate from, QDate through)
{
    QList<QHash<QDate, AbTest::Arm>> out;
    const bool perClick = e.metric == Metric::PurchasesPerClick;
    for (const Arm& arm : e.arms) {
        QHash<QDate, AbTest::Arm> days;
        QSqlQuery q = Sql::exec(db,
            u"SELECT d.day, d.clicks, d.purchases, d.impressions FROM ad_set_days d JOIN ad_sets s ON s.id = "
            u"d.ad_set_id WHERE s.connection_id = ? AND s.remote_id = ? AND d.day >= ? AND d.day <= ?"_s,
            {e.connectionId, arm.id, from.toString(Qt::ISODate), through.toString(Qt::ISODate)});
        while (q.next()) {
            AbTest::Arm a;
            a.name = arm.name;
            a.visitors = perClick ? q.value(1).toLongLong() : q.value(3).toLongLong();
            a.conversions = perClick ? q.value(2).toLongLong() : q.value(1).toLongLong();
            days.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), a);
        }
        out.append(days);
    }
    return out;
}

QJsonArray comparisonsJson(const AbTest::Verdict& v)
{
    QJsonArray out;
    for (const AbTest::Comparison& c : v.comparisons)
        out.append(QJsonObject{{u"arm"_s, c.arm}, {u"p"_s, c.pValue}, {u"low"_s, c.low}, {u"high"_s, c.high},
            {u"lift"_s, c.lift}, {u"rate"_s, c.rate}, {u"control"_s, c.controlRate}, {u"floors"_s, c.floorsMet},
            {u"significant"_s, c.significant}});
    return out;
}

Status statusOf(AbTest::State s)
{
    switch (s) {
    case AbTest::State::Collecting:
        return Status::Collecting;
    case AbTest::State::Running:
        return Status::Running;
    case AbTest::State::Winner:
        return Status::Winner;
    case AbTest::State::Inconclusive:
        return Status::Inconclusive;
    }
    return Status::Collecting;
}

AbTest::State stateOf(Status s)
{
    switch (s) {
    case Status::Running:
        return AbTest::State::Running;
    case Status::Winner:
    case Status::Decided:
        return AbTest::State::Winner;
    case Status::Inconclusive:
        return AbTest::State::Inconclusive;
    case Status::Collecting:
    case Status::Stopped:
        break;
    }
    return AbTest::State::Collecting;
}
} // namespace

QJsonArray armsJson(const QList<Arm>& arms)
{
    QJsonArray out;
    for (const Arm& a : arms)
        out.append(QJsonObject{{u"id"_s, a.id}, {u"name"_s, a.name}, {u"share"_s, a.share}});
    return out;
}

QString metricKey(Metric metric)
{
    return metric == Metric::ClicksPerImpression ? u"clicks_per_impression"_s : u"purchases_per_click"_s;
}

std::optional<Metric> metricFromKey(const QString& key)
{
    if (key == u"purchases_per_click")
        return Metric::PurchasesPerClick;
    if (key == u"clicks_per_impression")
        return Metric::ClicksPerImpression;
    return std::nullopt;
}

QString metricName(Metric metric)
{
    return metric == Metric::ClicksPerImpression
        ? QCoreApplication::translate("Experiments", "Clicks per impression (CTR)")
        : QCoreApplication::translate("Experiments", "Purchases per click");
}

QString visitorsName(Metric metric)
{
    return metric == Metric::ClicksPerImpression ? QCoreApplication::translate("Experiments", "impressions")
                                                 : QCoreApplication::translate("Experiments", "clicks");
}

QString conversionsName(Metric metric)
{
    return metric == Metric::ClicksPerImpression ? QCoreApplication::translate("Experiments", "clicks")
                                                 : QCoreApplication::translate("Experiments", "purchases");
}

QString statusKey(Status status)
{
    switch (status) {
    case Status::Collecting:
        return u"collecting"_s;
    case Status::Running:
        return u"running"_s;
    case Status::Winner:
        return u"winner"_s;
    case Status::Inconclusive:
        return u"inconclusive"_s;
    case Status::Decided:
        return u"decided"_s;
    case Status::Stopped:
        return u"stopped"_s;
    }
    return u"collecting"_s;
}

Status statusFromKey(const QString& key)
{
    for (Status s :
        {Status::Collecting, Status::Running, Status::Winner, Status::Inconclusive, Status::Decided, Status::Stopped})
        if (statusKey(s) == key)
            return s;
    return Status::Collecting;
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Collecting:
    case Status::Running:
    case Status::Winner:
    case Status::Inconclusive:
        return AbTest::stateName(stateOf(status)); // what the test itself says
    case Status::Decided:
        return QCoreApplication::translate("Experiments", "Winner declared");
    case Status::Stopped:
        return QCoreApplication::translate("Experiments", "Stopped");
    }
    return {};
}

QStringList problems(const Experiment& e)
{
    QStringList out;
    if (e.name.trimmed().isEmpty())
        out.append(QCoreApplication::translate("Experiments", "Give the test a name."));
    if (e.connectionId <= 0)
        out.append(QCoreApplication::translate("Experiments", "Choose the ad account whose ad sets are tested."));
    if (e.arms.size() < 2)
        out.append(QCoreApplication::translate("Experiments", "A test needs a control and at least one variant."));
    QStringList ids;
    double shares = 0;
    for (const Arm& a : e.arms) {
        if (a.id.isEmpty())
            out.append(QCoreApplication::translate("Experiments", "Every arm needs an ad set."));
        else if (ids.contains(a.id))
            out.append(QCoreApplication::translate("Experiments", "“%1” is in the test twice.").arg(a.name));
        ids.append(a.id);
        if (a.share <= 0)
            out.append(QCoreApplication::translate("Experiments", "“%1” needs a share of the traffic.").arg(a.name));
        shares += a.share;
    }
    if (!e.arms.isEmpty() && std::abs(shares - 1) > 0.005)
        out.append(QCoreApplication::translate("Experiments", "The traffic shares add up to %1, not 100 %.")
                       .arg(percent(shares, 0)));
    if (e.settings.baselineRate <= 0 || e.settings.baselineRate >= 1)
        out.append(QCoreApplication::translate("Experiments",
            "Register the control's expected rate (between 0 and 100 %): the sequential test's guarantee "
            "needs it fixed in advance."));
    if (e.settings.mdeRelative < 0.01 || e.settings.mdeRelative > 5)
        out.append(
            QCoreApplication::translate("Experiments", "The smallest lift worth finding is between 1 % and 500 %."));
    if (e.settings.alpha <= 0 || e.settings.alpha > 0.2)
        out.append(QCoreApplication::translate("Experiments", "The error rate is above 0 and at most 20 %."));
    if (e.settings.minVisitors < 100 || e.settings.minConversions < 25)
        out.append(QCoreApplication::translate(
            "Experiments", "The floors are at least 100 %1 and 25 %2 per arm: below them a verdict is noise.")
                       .arg(visitorsName(e.metric), conversionsName(e.metric)));
    if (!e.startDay.isValid())
        out.append(QCoreApplication::translate("Experiments", "Give the day the test starts."));
    if (e.maxDays < 7 || e.maxDays > 90)
        out.append(QCoreApplication::translate(
            "Experiments", "A test runs between 7 and 90 days: a full week at least, so every weekday is in it."));
    return out;
}

QStringList conflicts(const QSqlDatabase& db, const Experiment& e)
{
    QStringList out;
    for (const Experiment& other : all(db)) {
        if (!isOpen(other.status) && other.status != Status::Winner)
            continue;
        if (other.connectionId != e.connectionId)
            continue;
        for (const Arm& a : e.arms)
            for (const Arm& b : other.arms)
                if (a.id == b.id)
                    out.append(QCoreApplication::translate("Experiments",
                        "“%1” is in the open test “%2” already: declaring either would pause an arm of the other.")
                                   .arg(a.name, other.name));
    }
    return out;
}

bool mayProposeWinner(const Experiment& e)
{
    return e.status == Status::Winner
        && (e.proposalId == 0 || e.proposalStatus == u"rejected" || e.proposalStatus == u"expired"
            || e.proposalExecution == u"failed");
}

qint64 insert(const QSqlDatabase& db, Experiment e, const QString& who, qint64 now, QString* why)
{
    e.name = e.name.trimmed();
    if (const QStringList p = problems(e) + conflicts(db, e); !p.isEmpty()) {
        *why = p.join(u'\n');
        return 0;
    }
    return Sql::insert(db,
        u"INSERT INTO ad_experiments (connection_id, name, hypothesis, metric, arms, alpha, baseline_rate, mde, "
        u"min_visitors, min_conversions, start_day, max_days, state, created_by, created_at, updated_at) VALUES (?, "
        u"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'collecting', ?, ?, ?)"_s,
        {e.connectionId, e.name, e.hypothesis.trimmed(), metricKey(e.metric), Json::compact(armsJson(e.arms)),
            e.settings.alpha, e.settings.baselineRate, e.settings.mdeRelative, e.settings.minVisitors,
            e.settings.minConversions, e.startDay.toString(Qt::ISODate), e.maxDays, who, now, now});
}

std::optional<Experiment> load(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, kSelect + u"WHERE e.id = ?"_s, {id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<Experiment> all(const QSqlDatabase& db)
{
    QList<Experiment> out;
    QSqlQuery q = Sql::exec(db, kSelect + u"ORDER BY e.ended_at IS NOT NULL, e.start_day DESC, e.id DESC"_s);
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QList<Look> looks(const QSqlDatabase& db, qint64 id)
{
    const auto e = load(db, id);
    QList<Look> out;
    if (!e)
        return out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT day, arms, comparisons, state FROM ad_experiment_looks WHERE experiment_id = ? ORDER BY day"_s, {id});
    while (q.next()) {
        Look look;
        look.day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const QJsonArray arms = Json::arrayFromString(q.value(1).toString());
        for (qsizetype i = 0; i < arms.size(); ++i) {
            const QJsonArray pair = arms.at(i).toArray();
            look.arms.append(
                {i < e->arms.size() ? e->arms.at(i).name : QString(), pair.at(0).toInteger(), pair.at(1).toInteger()});
        }
        for (const QJsonValue& v : Json::arrayFromString(q.value(2).toString())) {
            const QJsonObject o = v.toObject();
            AbTest::Comparison c;
            c.arm = o.value(u"arm"_s).toInt();
            c.pValue = o.value(u"p"_s).toDouble(1);
            c.low = o.value(u"low"_s).toDouble();
            c.high = o.value(u"high"_s).toDouble();
            c.lift = o.value(u"lift"_s).toDouble();
            c.rate = o.value(u"rate"_s).toDouble();
            c.controlRate = o.value(u"control"_s).toDouble();
            c.floorsMet = o.value(u"floors"_s).toBool();
            c.significant = o.value(u"significant"_s).toBool();
            look.verdict.comparisons.append(c);
        }
        const Status s = statusFromKey(q.value(3).toString());
        look.verdict.state = stateOf(s);
        look.verdict.winner = s == Status::Winner ? e->winner : -1;
        out.append(look);
    }
    return out;
}

std::optional<double> observedRate(
    const QSqlDatabase& db, qint64 connectionId, const QString& adSetId, Metric metric, QDate through, int days)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT COALESCE(SUM(d.clicks), 0), COALESCE(SUM(d.purchases), 0), COALESCE(SUM(d.impressions), 0) FROM "
        u"ad_set_days d JOIN ad_sets s ON s.id = d.ad_set_id WHERE s.connection_id = ? AND s.remote_id = ? AND d.day "
        u">= ? AND d.day <= ?"_s,
        {connectionId, adSetId, through.addDays(-(days - 1)).toString(Qt::ISODate), through.toString(Qt::ISODate)});
    if (!q.next())
        return std::nullopt;
    const bool perClick = metric == Metric::PurchasesPerClick;
    const double per = perClick ? q.value(0).toDouble() : q.value(2).toDouble();
    const double conversions = perClick ? q.value(1).toDouble() : q.value(0).toDouble();
    if (per <= 0 || conversions <= 0)
        return std::nullopt;
    return conversions / per;
}

QString evidenceText(const Experiment& e, const Look& look)
{
    const QLocale locale;
    QStringList parts;
    const int days = static_cast<int>(e.startDay.daysTo(look.day) + 1);
    parts.append(
        QCoreApplication::translate(
            "Experiments", "From %1 through %2 (%n complete day(s) in the account's time zone):", nullptr, days)
            .arg(locale.toString(e.startDay, QLocale::ShortFormat), locale.toString(look.day, QLocale::ShortFormat)));
    for (qsizetype i = 0; i < look.arms.size(); ++i) {
        const AbTest::Arm& a = look.arms.at(i);
        const double rate = a.visitors > 0 ? static_cast<double>(a.conversions) / static_cast<double>(a.visitors) : 0;
        QString line = (i == 0 ? QCoreApplication::translate("Experiments", "control “%1”: %2 %3, %4 %5 (%6)")
                               : QCoreApplication::translate("Experiments", "“%1”: %2 %3, %4 %5 (%6)"))
                           .arg(a.name, locale.toString(a.visitors), visitorsName(e.metric),
                               locale.toString(a.conversions), conversionsName(e.metric), percent(rate));
        for (const AbTest::Comparison& c : look.verdict.comparisons) {
            if (c.arm != i)
                continue;
            line += u", "_s
                + QCoreApplication::translate("Experiments",
                    "%1 against the control, the difference between %2 and %3 points (always-valid interval), "
                    "p = %4")
                      .arg(QString(c.lift >= 0 ? u"+"_s : QString()) + percent(c.lift, 1),
                          locale.toString(c.low * 100, 'f', 2), locale.toString(c.high * 100, 'f', 2),
                          locale.toString(c.pValue, 'g', 2));
        }
        parts.append(line + u';');
    }
    const int comparisons = std::max(1, static_cast<int>(e.arms.size()) - 1);
    parts.append(QCoreApplication::translate("Experiments",
        "Significant means p at most %1 (an error rate of %2 shared by %n comparison(s)); a verdict "
        "only once every arm has %3 %4 and %5 %6.",
        nullptr, comparisons)
                     .arg(locale.toString(e.settings.alpha / comparisons, 'g', 2), percent(e.settings.alpha, 0),
                         locale.toString(e.settings.minVisitors), visitorsName(e.metric),
                         locale.toString(e.settings.minConversions), conversionsName(e.metric)));
    return parts.join(u' ');
}

qint64 proposeWinner(const QSqlDatabase& db, qint64 id, qint64 now, QString* why)
{
    const auto e = load(db, id);
    if (!e) {
        *why = QCoreApplication::translate("Experiments", "The test no longer exists.");
        return 0;
    }
    if (e->status != Status::Winner || e->winner < 0 || e->winner >= e->arms.size()) {
        *why = QCoreApplication::translate("Experiments", "“%1” has no winner to declare: %2.")
                   .arg(e->name, statusName(e->status).toLower());
        return 0;
    }
    if (!mayProposeWinner(*e)) {
        *why = QCoreApplication::translate("Experiments", "Declaring the winner of “%1” is already proposed.")
                   .arg(e->name);
        return 0;
    }
    const QList<Look> all = looks(db, id);
    if (all.isEmpty()) {
        *why = QCoreApplication::translate("Experiments", "“%1” has not been looked at yet.").arg(e->name);
        return 0;
    }
    const Look& last = all.last();
    const Arm& winner = e->arms.at(e->winner);
    QStringList losers;
    double p = 0;
    for (qsizetype i = 0; i < e->arms.size(); ++i)
        if (i != e->winner)
            losers.append(e->arms.at(i).name);
    for (const AbTest::Comparison& c : last.verdict.comparisons)
        if (e->winner == 0 || c.arm == e->winner)
            p = std::max(p, c.pValue);

    ApprovalDesk::Proposal proposal;
    proposal.agent = QString::fromLatin1(kAgentName);
    proposal.actionType = ActionType::ExperimentWinner;
    proposal.title
        = QCoreApplication::translate("Experiments", "Declare “%1” the winner of “%2”").arg(winner.name, e->name);
    proposal.description = e->hypothesis.isEmpty()
        ? QCoreApplication::translate("Experiments", "The A/B test “%1” on %2 has a verdict.")
              .arg(e->name, metricName(e->metric).toLower())
        : QCoreApplication::translate("Experiments", "The A/B test “%1” (%2) has a verdict.")
              .arg(e->name, e->hypothesis);
    proposal.reasoning = evidenceText(*e, last);
    proposal.dataSources = {QCoreApplication::translate("Experiments", "Meta ad insights from %1 through %2")
                                .arg(QLocale().toString(e->startDay, QLocale::ShortFormat),
                                    QLocale().toString(last.day, QLocale::ShortFormat)),
        QCoreApplication::translate("Experiments", "the A/B test “%1”").arg(e->name)};
    proposal.confidence = std::clamp(1 - p, 0.0, 1.0);
    proposal.currency
        = Sql::scalar(db, u"SELECT currency FROM ad_accounts WHERE connection_id = ?"_s, {e->connectionId}).toString();
    if (proposal.currency.isEmpty())
        proposal.currency = u"EUR"_s;
    proposal.parameters = QJsonObject{{u"experiment"_s, e->name}, {u"experiment_id"_s, e->id},
        {u"winner"_s, winner.name}, {u"winner_arm"_s, e->winner}, {u"losers"_s, losers.join(u", "_s)},
        {u"pause_losers"_s, u"yes"_s}, {u"connection"_s, e->connectionId}};
    const qint64 proposalId = ApprovalDesk::propose(db, proposal, QString(), now);
    Sql::exec(db, u"UPDATE ad_experiments SET proposal_id = ?, updated_at = ? WHERE id = ?"_s, {proposalId, now, id});
    return proposalId;
}

int evaluate(const QSqlDatabase& db, qint64 connectionId, qint64 now)
{
    QList<qint64> ids;
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT id FROM ad_experiments WHERE state IN ('collecting', 'running') AND (? = 0 OR connection_id = ?) "
            u"ORDER BY id"_s,
            {connectionId, connectionId});
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    int taken = 0;
    for (qint64 id : std::as_const(ids)) {
        auto e = load(db, id);
        const QDate synced = QDate::fromString(
            Sql::scalar(db, u"SELECT synced_through FROM ad_accounts WHERE connection_id = ?"_s, {e->connectionId})
                .toString(),
            Qt::ISODate);
        if (!synced.isValid())
            continue;
        const QDate from = e->lookedThrough.isValid() ? e->lookedThrough.addDays(1) : e->startDay;
        const QDate through = std::min(synced, e->lastDay());
        if (from > through)
            continue;
        // The totals through the day before the first new look (revised since, as the platform reports them now).
        const QList<QHash<QDate, AbTest::Arm>> figures = dailyFigures(db, *e, e->startDay, through);
        QList<AbTest::Arm> totals;
        for (const Arm& a : std::as_const(e->arms))
            totals.append({a.name, 0, 0});
        for (QDate day = e->startDay; day <= through; day = day.addDays(1)) {
            for (qsizetype i = 0; i < totals.size(); ++i) {
                const AbTest::Arm a = figures.at(i).value(day);
                totals[i].visitors += a.visitors;
                totals[i].conversions += a.conversions;
            }
            if (day < from)
                continue;
            const AbTest::Verdict v = AbTest::look(totals, e->settings, &e->pValues, day == e->lastDay());
            e->status = statusOf(v.state);
            e->winner = v.winner;
            e->lookedThrough = day;
            QJsonArray arms;
            for (const AbTest::Arm& a : std::as_const(totals))
                arms.append(QJsonArray{a.visitors, a.conversions});
            Sql::exec(db,
                u"INSERT INTO ad_experiment_looks (experiment_id, day, arms, comparisons, state, taken_at) "
                u"VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (experiment_id, day) DO UPDATE SET arms = excluded.arms, "
                u"comparisons = excluded.comparisons, state = excluded.state, taken_at = excluded.taken_at"_s,
                {id, day.toString(Qt::ISODate), Json::compact(arms), Json::compact(comparisonsJson(v)),
                    statusKey(e->status), now});
            ++taken;
            if (!isOpen(e->status))
                break; // a verdict (or the last day): no more looks
        }
        Sql::exec(db,
            u"UPDATE ad_experiments SET state = ?, winner = ?, p_values = ?, looked_through = ?, updated_at = ?, "
            u"ended_at = CASE WHEN ? THEN ? ELSE ended_at END WHERE id = ?"_s,
            {statusKey(e->status), e->winner, Json::compact(doubles(e->pValues)),
                e->lookedThrough.toString(Qt::ISODate), now, e->status == Status::Inconclusive, now, id});
        if (e->status == Status::Winner) {
            QString why;
            proposeWinner(db, id, now, &why);
        }
    }
    return taken;
}

bool stop(const QSqlDatabase& db, qint64 id, qint64 now, QString* why)
{
    const auto e = load(db, id);
    if (!e) {
        *why = QCoreApplication::translate("Experiments", "The test no longer exists.");
        return false;
    }
    if (!isOpen(e->status) && e->status != Status::Winner) {
        *why = QCoreApplication::translate("Experiments", "“%1” has ended: %2.")
                   .arg(e->name, statusName(e->status).toLower());
        return false;
    }
    if (e->status == Status::Winner && e->proposalId > 0 && !mayProposeWinner(*e)) {
        *why = QCoreApplication::translate("Experiments",
            "Declaring the winner of “%1” waits in Approvals or is being carried out: reject it there first.")
                   .arg(e->name);
        return false;
    }
    Sql::exec(db, u"UPDATE ad_experiments SET state = 'stopped', ended_at = ?, updated_at = ? WHERE id = ?"_s,
        {now, now, id});
    return true;
}

bool declare(const QSqlDatabase& db, const QJsonObject& parameters, qint64 now, QList<qint64>* pauses, QString* why)
{
    const auto e = load(db, parameters.value(u"experiment_id"_s).toInteger());
    if (!e) {
        *why = QCoreApplication::translate("Experiments", "The A/B test no longer exists.");
        return false;
    }
    const int winner = parameters.value(u"winner_arm"_s).toInt(-1);
    if (e->status == Status::Decided && e->winner == winner)
        return true; // declared before (a retry)
    if (e->status != Status::Winner || winner != e->winner) {
        *why
            = QCoreApplication::translate("Experiments", "“%1” is no longer waiting for its winner to be declared: %2.")
                  .arg(e->name, statusName(e->status).toLower());
        return false;
    }
    Sql::exec(db, u"UPDATE ad_experiments SET state = 'decided', ended_at = ?, updated_at = ? WHERE id = ?"_s,
        {now, now, e->id});
    if (parameters.value(u"pause_losers"_s).toString() != u"yes")
        return true;
    for (qsizetype i = 0; i < e->arms.size(); ++i) {
        if (i == winner)
            continue;
        const QString status
            = Sql::scalar(db, u"SELECT status FROM ad_sets WHERE connection_id = ? AND remote_id = ?"_s,
                {e->connectionId, e->arms.at(i).id})
                  .toString();
        if (status != u"ACTIVE")
            continue;
        const qint64 p
            = AdProposals::proposePause(db, e->connectionId, e->arms.at(i).id, QString::fromLatin1(kAgentName),
                QCoreApplication::translate(
                    "Experiments", "“%1” was not declared the winner of the A/B test “%2”; “%3” was.")
                    .arg(e->arms.at(i).name, e->name, e->arms.at(winner).name),
                now);
        if (p > 0)
            pauses->append(p);
    }
    return true;
}

} // namespace Experiments
