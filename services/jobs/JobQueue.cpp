#include "JobQueue.h"

#include "core/Json.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace JobQueue
{

std::pair<qint64, bool> enqueue(const QSqlDatabase& db, const NewJob& job, qint64 now)
{
    const int changed = enqueueMany(db, {job}, now);
    return {Sql::scalar(db, u"SELECT id FROM jobs WHERE idempotency_key = ?"_s, {job.idempotencyKey}).toLongLong(),
        changed > 0};
}

int enqueueMany(const QSqlDatabase& db, const QList<NewJob>& jobs, qint64 now)
{
    QVariantList values;
    values.reserve(jobs.size() * 11);
    for (const NewJob& job : jobs) {
        Q_ASSERT_X(!job.kind.isEmpty() && !job.idempotencyKey.isEmpty(), "JobQueue::enqueueMany",
            "a job needs a kind and a key");
        values << job.kind.key() << (job.subjectId > 0 ? QVariant(job.subjectId) : QVariant()) << job.priority
               << job.maxAttempts << job.runAfter << job.idempotencyKey << Json::compact(job.payload) << job.agent
               << job.payload.value(u"lane"_s).toString() << now << now;
    }
    return Sql::insertRows(db,
        u"INSERT INTO jobs (kind, subject_id, state, priority, max_attempts, run_after, idempotency_key, "
        u"payload, agent, lane, created_at, updated_at) VALUES "_s,
        u"(?, ?, 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s, values, u" ON CONFLICT DO NOTHING"_s);
}

namespace
{
Job jobFrom(const QSqlQuery& q)
{
    Job j;
    j.id = q.value(0).toLongLong();
    j.kind = q.value(1).toString();
    j.subjectId = q.value(2).toLongLong();
    j.idempotencyKey = q.value(3).toString();
    j.payload = Json::objectFromString(q.value(4).toString());
    j.attempts = q.value(5).toInt();
    j.maxAttempts = q.value(6).toInt();
    j.claims = q.value(7).toInt();
    j.lastError = q.value(8).toString();
    j.leaseOwner = q.value(9).toString();
    j.leaseExpires = q.value(10).toLongLong();
    j.waits = q.value(11).toInt();
    j.waitingSince = q.value(12).toLongLong();
    return j;
}
} // namespace

std::optional<Job> claim(const QSqlDatabase& db, const QString& owner, qint64 now, qint64 leaseMs, int maxClaims,
    const QStringList& waitingKinds)
{
    const QString waiting
        = waitingKinds.isEmpty() ? QString() : u"AND kind NOT IN (%1) "_s.arg(Sql::placeholders(waitingKinds.size()));
    // PostgreSQL: several processes claim at once. Each locks the row it takes and skips rows another
    // has locked (nobody waits, nobody takes the same job); a job with a lane is only taken by whoever
    // holds the lane's lock for the claim, so two workers never start two jobs of one lane together.
    // SQLite: one writer at a time does all that.
    const bool server = Dialect::isPostgres(db);
    const QString lock = server ? u" FOR UPDATE SKIP LOCKED"_s : QString();
    QList<qint64> passedOver; // PostgreSQL: jobs whose lane another claim holds
    // The first waiting job (read in claim order from the index of waiting jobs) and the first job whose
    // worker's lease ran out; the one of the two that comes first is claimed.
    // The statement that finds the first job of one kind of claimable (which), its row locked on
    // PostgreSQL, with the binds for it.
    const auto candidate = [&](const QString& columns, const QString& which, const QVariantList& whichBinds,
                               QVariantList* binds) -> QString {
        *binds += whichBinds;
        for (const QString& k : waitingKinds)
            binds->append(k);
        binds->append(now);
        if (server)
            binds->append(now);
        return u"SELECT "_s + columns + u" FROM jobs WHERE "_s + which
            + u" AND (agent = '' OR agent NOT IN (SELECT name FROM agents WHERE paused = 1)) "_s + waiting +
            // A job with a lane runs after the lane's earlier jobs, one at a time (publishing to one
            // store drains in order).
            u"AND (lane = '' OR NOT EXISTS (SELECT 1 FROM jobs r WHERE r.lane = jobs.lane AND ((r.state = "
            u"'running' AND r.lease_expires >= ? AND r.id <> jobs.id)"_s
            // PostgreSQL: nor while an earlier job of the lane is due (another session may be claiming
            // it this moment, its row locked and skipped here).
            + (server ? u" OR (r.state = 'queued' AND r.run_after <= ? AND r.id < jobs.id)"_s : QString()) + u"))) "_s
            + (passedOver.isEmpty() ? QString() : u"AND id NOT IN (%1) "_s.arg(Sql::idList(passedOver)))
            + u"ORDER BY priority DESC, id LIMIT 1"_s + lock;
    };
    const QString queued = u"state = 'queued' AND run_after <= ?"_s;
    const QString expired = u"state = 'running' AND lease_expires < ?"_s;
    static const QString kColumns = u"id, kind, COALESCE(subject_id, 0), idempotency_key, payload, attempts, "
                                    u"max_attempts, claims, last_error, lease_owner, lease_expires, waits, "
                                    u"COALESCE(waiting_since, 0), priority"_s;
    const auto first = [&](const QString& which, const QVariantList& whichBinds) -> std::optional<Job> {
        QVariantList binds;
        const QString sql = candidate(kColumns, which, whichBinds, &binds);
        QSqlQuery q = Sql::exec(db, sql, binds);
        if (!q.next())
            return std::nullopt;
        Job j = jobFrom(q);
        j.priority = q.value(13).toInt();
        return j;
    };
    if (server) {
        // PostgreSQL, in one statement (one round trip, no transaction around it): the first of the
        // waiting job and the job whose lease ran out is taken when it has no lane and has claims left.
        // Otherwise (a lane to lock, a job to stop) the claim below does it step by step.
        QVariantList binds;
        const QString q = candidate(u"id, lane, claims, priority"_s, queued, {now}, &binds);
        const QString r = candidate(u"id, lane, claims, priority"_s, expired, {now}, &binds);
        binds << owner << now + leaseMs << now << maxClaims;
        QSqlQuery one = Sql::execCached(db,
            u"WITH q AS (%1), r AS (%2), c AS (SELECT id, lane, claims, priority FROM q UNION ALL SELECT id, lane, "
            u"claims, priority FROM r ORDER BY priority DESC, id LIMIT 1), u AS (UPDATE jobs SET state = 'running', "
            u"lease_owner = ?, lease_expires = ?, claims = jobs.claims + 1, updated_at = ? FROM c WHERE jobs.id = c.id "
            u"AND c.lane = '' AND c.claims < ? RETURNING jobs.id, jobs.kind, COALESCE(jobs.subject_id, 0), "
            u"jobs.idempotency_key, jobs.payload, jobs.attempts, jobs.max_attempts, jobs.claims, jobs.last_error, "
            u"jobs.lease_owner, jobs.lease_expires, jobs.waits, COALESCE(jobs.waiting_since, 0), jobs.priority) "
            u"SELECT u.*, (SELECT COUNT(*) FROM c) FROM (SELECT 1) AS one LEFT JOIN u ON true"_s.arg(q, r),
            binds);
        if (!one.next() || one.value(14).toInt() == 0)
            return std::nullopt; // nothing to claim
        if (!one.value(0).isNull()) {
            Job job = jobFrom(one);
            job.priority = one.value(13).toInt();
            return job;
        }
    }
    Transaction tx(db, Transaction::Normal, Transaction::RowLocks);
    for (;;) {
        std::optional<Job> found = first(queued, {now});
        const std::optional<Job> rescued = first(expired, {now});
        if (rescued
            && (!found || rescued->priority > found->priority
                || (rescued->priority == found->priority && rescued->id < found->id)))
            found = rescued;
        if (!found) {
            tx.commit();
            return std::nullopt;
        }
        Job job = *found;
        const QString lane = job.payload.value(u"lane"_s).toString();
        // With the lane's lock held, look again (a claim that committed since the query above started
        // the lane's job already).
        if (server && !lane.isEmpty()
            && (!Sql::scalar(db, u"SELECT pg_try_advisory_xact_lock(hashtext(?))"_s, {QString(u"lane:"_s + lane)})
                     .toBool()
                || Sql::scalar(db,
                    u"SELECT EXISTS (SELECT 1 FROM jobs WHERE id <> ? AND state = 'running' AND lease_expires >= ? "
                    u"AND lane = ?)"_s,
                    {job.id, now, lane})
                       .toBool())) {
            passedOver.append(job.id);
            continue;
        }
        if (job.claims + 1 > maxClaims) {
            const QString why
                = u"Stopped after %1 interrupted runs: the job may be what brings the process down. Last error: %2"_s
                      .arg(job.claims)
                      .arg(job.lastError.isEmpty() ? u"none"_s : job.lastError);
            Sql::exec(db,
                u"UPDATE jobs SET state = 'dead', lease_owner = NULL, lease_expires = NULL, last_error = ?, "
                u"updated_at = ? WHERE id = ?"_s,
                {why, now, job.id});
            // A job that carries an approved proposal out says on the proposal that it stopped, rather
            // than leave it "running".
            if (const qint64 proposal = job.payload.value(u"proposal"_s).toInteger(); proposal > 0)
                Sql::exec(db,
                    u"UPDATE action_proposals SET execution_state = 'failed', execution_error = ?, updated_at = ? "
                    u"WHERE id = ? AND execution_state IN ('running', 'retrying', 'queued')"_s,
                    {why, now, proposal});
            continue;
        }
        Sql::exec(db,
            u"UPDATE jobs SET state = 'running', lease_owner = ?, lease_expires = ?, claims = claims + 1, "
            u"updated_at = ? WHERE id = ?"_s,
            {owner, now + leaseMs, now, job.id});
        tx.commit();
        job.claims += 1;
        job.leaseOwner = owner;
        job.leaseExpires = now + leaseMs;
        return job;
    }
}

bool revive(const QSqlDatabase& db, qint64 id, qint64 now)
{
    return Sql::update(db,
               u"UPDATE jobs SET state = 'queued', attempts = 0, claims = 0, waits = 0, waiting_since = NULL, "
               u"run_after = ?, lease_owner = NULL, lease_expires = NULL, updated_at = ? WHERE id = ? AND state = "
               u"'dead'"_s,
               {now, now, id})
        > 0;
}

bool renew(const QSqlDatabase& db, qint64 id, const QString& owner, qint64 now, qint64 leaseMs)
{
    return Sql::execCached(db,
               u"UPDATE jobs SET lease_expires = ?, updated_at = ? WHERE id = ? AND state = 'running' AND lease_owner = ?"_s,
               {now + leaseMs, now, id, owner})
               .numRowsAffected()
        > 0;
}

bool complete(const QSqlDatabase& db, qint64 id, const QString& owner, const QJsonObject& result, qint64 now)
{
    return Sql::execCached(db,
               u"UPDATE jobs SET state = 'done', result = ?, lease_owner = NULL, lease_expires = NULL, last_error = "
               u"'', updated_at = ? WHERE id = ? AND state = 'running' AND lease_owner = ?"_s,
               {Json::compact(result), now, id, owner})
               .numRowsAffected()
        > 0;
}

FailOutcome fail(const QSqlDatabase& db, qint64 id, const QString& owner, const QString& reason, bool retryable,
    qint64 backoffMs, qint64 now)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT attempts, max_attempts FROM jobs WHERE id = ? AND state = 'running' AND lease_owner = ?"_s,
        {id, owner});
    if (!q.next())
        return FailOutcome::LostLease;
    const int attempts = q.value(0).toInt() + 1;
    const bool dead = !retryable || attempts >= q.value(1).toInt();
    q.finish();
    Sql::exec(db,
        u"UPDATE jobs SET state = ?, attempts = ?, last_error = ?, run_after = ?, lease_owner = NULL, "
        u"lease_expires = NULL, waiting_since = NULL, updated_at = ? WHERE id = ?"_s,
        {dead ? QString(Dead) : QString(Queued), attempts, reason, dead ? now : now + backoffMs, now, id});
    return dead ? FailOutcome::Dead : FailOutcome::Retrying;
}

FailOutcome wait(const QSqlDatabase& db, qint64 id, const QString& owner, const QString& reason, qint64 delayMs,
    qint64 giveUpAfterMs, qint64 now)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT COALESCE(waiting_since, ?) FROM jobs WHERE id = ? AND state = 'running' AND lease_owner = ?"_s,
        {now, id, owner});
    if (!q.next())
        return FailOutcome::LostLease;
    const qint64 since = q.value(0).toLongLong();
    q.finish();
    const bool dead = now - since >= giveUpAfterMs;
    // Not a crash and not an attempt: the claim is given back too.
    Sql::exec(db,
        u"UPDATE jobs SET state = ?, waits = waits + 1, waiting_since = ?, last_error = ?, run_after = ?, "
        u"lease_owner = NULL, lease_expires = NULL, claims = CASE WHEN claims > 0 THEN claims - 1 ELSE 0 END, updated_at = ? WHERE id = ?"_s,
        {dead ? QString(Dead) : QString(Queued), since, reason, dead ? now : now + delayMs, now, id});
    return dead ? FailOutcome::Dead : FailOutcome::Retrying;
}

bool release(const QSqlDatabase& db, qint64 id, const QString& owner, qint64 now)
{
    // A release is not a crash: the claim it used is given back too.
    return Sql::update(db,
               u"UPDATE jobs SET state = 'queued', lease_owner = NULL, lease_expires = NULL, claims = CASE WHEN claims "
               u"> 0 "
               u"THEN claims - 1 ELSE 0 END, updated_at = ? WHERE id = ? AND state = 'running' AND lease_owner = ?"_s,
               {now, id, owner})
        > 0;
}

int cancelFor(const QSqlDatabase& db, JobKind kind, qint64 subjectId, qint64 now)
{
    return Sql::update(db,
        u"UPDATE jobs SET state = 'canceled', lease_owner = NULL, lease_expires = NULL, updated_at = ? "
        u"WHERE kind = ? AND subject_id = ? AND state = 'queued'"_s,
        {now, kind.key(), subjectId});
}

QString ownerName(const QString& host, qint64 pid, const QString& worker)
{
    return host + u':' + QString::number(pid) + u':' + worker;
}

int recoverOrphans(const QSqlDatabase& db, const QString& host, const std::function<bool(qint64)>& isAlive, qint64 now)
{
    Transaction tx(db);
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, lease_owner FROM jobs WHERE state = 'running' AND lease_owner LIKE ? ESCAPE '\\'"_s,
        {QString(Sql::likePattern(host + u':') + u'%')});
    QList<qint64> orphans;
    while (q.next()) {
        const QStringList parts = q.value(1).toString().mid(host.size() + 1).split(u':');
        bool ok = false;
        const qint64 pid = parts.value(0).toLongLong(&ok);
        if (ok && !isAlive(pid))
            orphans.append(q.value(0).toLongLong());
    }
    q.finish();
    for (qint64 id : orphans)
        Sql::exec(db,
            u"UPDATE jobs SET state = 'queued', lease_owner = NULL, lease_expires = NULL, updated_at = ? WHERE id = ?"_s,
            {now, id});
    tx.commit();
    return static_cast<int>(orphans.size());
}

qint64 nextWakeAt(const QSqlDatabase& db)
{
    const QVariant v = Sql::scalar(db,
        u"SELECT MIN(t) FROM (SELECT MIN(run_after) AS t FROM jobs WHERE state = 'queued' "
        u"UNION ALL SELECT MIN(lease_expires) FROM jobs WHERE state = 'running') AS w"_s);
    return v.isNull() || !v.isValid() ? -1 : v.toLongLong();
}

Counts counts(const QSqlDatabase& db, const QString& kindPrefix)
{
    Counts c;
    QSqlQuery q = Sql::exec(db, u"SELECT state, COUNT(*) FROM jobs WHERE kind LIKE ? ESCAPE '\\' GROUP BY state"_s,
        {QString(Sql::likePattern(kindPrefix) + u'%')});
    while (q.next()) {
        const QString s = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (s == Queued)
            c.queued = n;
        else if (s == Running)
            c.running = n;
        else if (s == Done)
            c.done = n;
        else if (s == Dead)
            c.dead = n;
    }
    return c;
}

bool hasActiveJob(const QSqlDatabase& db, JobKind kind, qint64 subjectId)
{
    return Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM jobs WHERE kind = ? AND subject_id = ? AND state IN ('queued', 'running'))"_s,
        {kind.key(), subjectId})
        .toBool();
}

qint64 backoffMs(int attempt, double random01, qint64 baseMs, qint64 capMs)
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min(capMs, baseMs << shift);
    // Full jitter, but never less than a second: a failed job must not spin.
    return std::max<qint64>(1000, static_cast<qint64>(random01 * static_cast<double>(ceiling)));
}

} // namespace JobQueue
