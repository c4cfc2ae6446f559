#include "ExperimentActions.h"

#include "core/Clock.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

ExperimentActions::ExperimentActions(const ChangeDoor& door)
    : m_door(door)
{ }

QList<Experiments::Experiment> ExperimentActions::experiments() const
{
    return Experiments::all(m_door.db());
}

std::optional<Experiments::Experiment> ExperimentActions::experiment(qint64 id) const
{
    return Experiments::load(m_door.db(), id);
}

QList<Experiments::Look> ExperimentActions::looks(qint64 id) const
{
    return Experiments::looks(m_door.db(), id);
}

QList<ExperimentActions::AdSet> ExperimentActions::adSets(qint64 connectionId) const
{
    QList<AdSet> out;
    QSqlQuery q = Sql::exec(m_door.db(),
        u"SELECT s.remote_id, s.name, COALESCE(c.name, ''), s.status FROM ad_sets s LEFT JOIN campaigns c ON c.id = "
        u"s.campaign_id WHERE s.connection_id = ? AND s.status NOT IN ('ARCHIVED', 'DELETED') ORDER BY c.name, "
        u"s.name"_s,
        {connectionId});
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

QDate ExperimentActions::syncedThrough(qint64 connectionId) const
{
    return QDate::fromString(
        Sql::scalar(m_door.db(), u"SELECT synced_through FROM ad_accounts WHERE connection_id = ?"_s, {connectionId})
            .toString(),
        Qt::ISODate);
}

std::optional<double> ExperimentActions::suggestedBaseline(
    qint64 connectionId, const QString& adSetId, Experiments::Metric metric, QDate start) const
{
    const QDate synced = syncedThrough(connectionId);
    if (!synced.isValid())
        return std::nullopt;
    const QDate through = start.isValid() ? std::min(synced, start.addDays(-1)) : synced;
    return Experiments::observedRate(m_door.db(), connectionId, adSetId, metric, through);
}

QString ExperimentActions::whyNot() const
{
    return m_door.whyNot();
}

QStringList ExperimentActions::problems(const Experiments::Experiment& e) const
{
    QStringList out = Experiments::problems(e) + Experiments::conflicts(m_door.db(), e);
    const QDate synced = syncedThrough(e.connectionId);
    if (synced.isValid() && e.startDay.isValid() && e.startDay <= synced)
        out.append(QCoreApplication::translate("ExperimentActions",
            "A test starts after the last complete day already in (%1): days already seen cannot be registered in "
            "advance.")
                       .arg(QLocale().toString(synced, QLocale::ShortFormat)));
    return out;
}

qint64 ExperimentActions::create(const Experiments::Experiment& e, QString* error)
{
    if (const QStringList p = problems(e); !p.isEmpty()) {
        *error = p.join(u'\n');
        return 0;
    }
    qint64 id = 0;
    QString why;
    const bool ok = m_door.change(
        {u"ads.experiment_added"_s, u"ad_experiment:%1"_s.arg(e.name),
            QJsonObject{{u"name"_s, e.name}, {u"connection"_s, e.connectionId},
                {u"metric"_s, Experiments::metricKey(e.metric)}, {u"arms"_s, Experiments::armsJson(e.arms)},
                {u"baseline_rate"_s, e.settings.baselineRate}, {u"mde"_s, e.settings.mdeRelative},
                {u"alpha"_s, e.settings.alpha}, {u"min_visitors"_s, e.settings.minVisitors},
                {u"min_conversions"_s, e.settings.minConversions}, {u"start_day"_s, e.startDay.toString(Qt::ISODate)},
                {u"max_days"_s, e.maxDays}},
            EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            const qint64 now = m_door.clock()->nowMs();
            id = Experiments::insert(db, e, m_door.actor(), now, &why);
            if (id == 0)
                throw SqlError(why); // its first look comes with the sync after its first day
        },
        error);
    return ok ? id : 0;
}

bool ExperimentActions::stop(qint64 id, QString* error)
{
    QString why;
    return m_door.change(
        {u"ads.experiment_stopped"_s, u"ad_experiment:%1"_s.arg(id), {}, EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            if (!Experiments::stop(db, id, m_door.clock()->nowMs(), &why))
                throw SqlError(why);
        },
        error);
}

qint64 ExperimentActions::proposeWinner(qint64 id, QString* error)
{
    qint64 proposal = 0;
    QString why;
    const bool ok = m_door.change(
        {u"ads.experiment_winner_proposed"_s, u"ad_experiment:%1"_s.arg(id), {}, EventBus::Topic::Campaigns},
        [&](const QSqlDatabase& db) {
            proposal = Experiments::proposeWinner(db, id, m_door.clock()->nowMs(), &why);
            if (proposal == 0)
                throw SqlError(why);
        },
        error);
    if (ok && m_door.bus()) // the Approvals queue and its count
        m_door.bus()->publishChanged(EventBus::Topic::Proposals, {proposal}, true);
    return ok ? proposal : 0;
}
