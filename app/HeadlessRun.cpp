#include "HeadlessRun.h"

#include "WorkspaceSession.h"
#include "catalog/CatalogImport.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/JobQueue.h"
#include "jobs/RunControl.h"
#include "jobs/WorkerPool.h"
#include "pipeline/PipelineJobs.h"
#include "pipeline/ProductStage.h"
#include "pipeline/ProductStore.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{
std::atomic<int> g_interrupted{0};

void onSignal(int)
{
    g_interrupted.store(1);
}

QString dollars(qint64 micros)
{
    return u"$"_s + QString::number(static_cast<double>(micros) / 1e6, 'f', micros < 10'000'000 ? 4 : 2);
}

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return s >= 60 ? u"%1m%2s"_s.arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'))
                   : u"%1.%2s"_s.arg(s).arg((ms % 1000) / 100);
}
} // namespace

HeadlessRun::HeadlessRun(const CommandLine& options, std::FILE* out, std::FILE* err, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
    , m_tty(::isatty(::fileno(err)) == 1)
    , m_bus(new EventBus(this))
{ }

HeadlessRun::~HeadlessRun()
{
    m_session.reset();
}

void HeadlessRun::say(const QString& line)
{
    std::fprintf(m_out, "%s\n", qPrintable(line));
    std::fflush(m_out);
}

void HeadlessRun::fail(const QString& message, int code)
{
    std::fprintf(m_err, "quorum: %s\n", qPrintable(message));
    m_exitCode = code;
}

bool HeadlessRun::start()
{
    m_elapsed.start();
    m_startedAt = Clock::system()->nowMs();
    const QString dir = m_options.demo && m_options.workspace.isEmpty() ? WorkspaceSession::defaultDemoDirectory()
                                                                        : m_options.workspace;
    QString error;
    m_session = WorkspaceSession::open(dir, m_options.demo, m_options.language, m_bus, &error);
    if (!m_session) {
        fail(tr("Cannot open the workspace %1: %2").arg(dir, error), CannotRun);
        return false;
    }
    const QSqlDatabase db = m_session->workspace()->db();
    if (!m_options.importFile.isEmpty() && !importFile())
        return false;
    const RunControl::State state = RunControl::state(db);
    if (state != RunControl::State::Running) {
        fail(state == RunControl::State::Stopped
                ? tr("The pipeline is under an emergency stop. An owner resumes it in Quorum (Pipeline → Resume).")
                : tr("The pipeline is paused. Resume it in Quorum (Pipeline → Resume) and run again."),
            CannotRun);
        return false;
    }
    if (QString why; !m_session->providersReady(&why)) {
        fail(why, CannotRun);
        return false;
    }

    // What this run is about: every draft, and everything a previous run left in the queue.
    QList<qint64> drafts;
    try {
        QSqlQuery q = Sql::exec(db, u"SELECT id FROM products WHERE stage = 'draft' ORDER BY id"_s);
        while (q.next())
            drafts.append(q.value(0).toLongLong());
        q.finish();
        if (!drafts.isEmpty())
            ProductStore::requestRun(db, drafts, u"run-pipeline"_s, m_startedAt,
                progressLine(tr("Queuing %n product(s)", nullptr, static_cast<int>(drafts.size()))));
        QSqlQuery pending = Sql::exec(db,
            u"SELECT DISTINCT CASE WHEN kind = ? THEN subject_id ELSE CAST(json_extract(payload, '$.product') AS "
            u"BIGINT) END "
            u"FROM jobs WHERE state IN ('queued', 'running') AND kind IN (?, ?, ?)"_s,
            {PipelineJobs::Generate.key(), PipelineJobs::Generate.key(), PipelineJobs::Piece.key(),
                PipelineJobs::Recheck.key()});
        while (pending.next())
            m_products.insert(pending.value(0).toLongLong());
    } catch (const SqlError& e) {
        fail(e.message(), CannotRun);
        return false;
    }
    int pendingJobs = 0;
    try {
        pendingJobs = JobQueue::counts(db).pending();
    } catch (const SqlError& e) {
        fail(e.message(), CannotRun);
        return false;
    }
    if (m_products.isEmpty() && pendingJobs == 0) {
        say(tr("Nothing to do: no product is in Draft and nothing is queued."));
        m_exitCode = m_importFailed ? SomethingFailed : Success;
        QTimer::singleShot(0, this, [this] { finish(m_exitCode); });
        return true;
    }
    if (m_products.isEmpty())
        say(tr("Running %n queued job(s) in %1", nullptr, pendingJobs).arg(m_session->workspace()->root()));
    else
        say(tr("Running the pipeline for %n product(s) in %1", nullptr, static_cast<int>(m_products.size()))
                .arg(m_session->workspace()->root()));
    if (m_session->hasSandbox())
        say(tr("Demo workspace: the AI providers are the sandbox at %1").arg(m_session->sandboxUrl().toString()));

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    connect(m_session->pool(), &WorkerPool::jobFinished, this,
        [this](qint64, const QString&, qint64 productId, int outcome, const QString&) {
            onJobFinished(productId, outcome);
        });
    connect(m_session->pool(), &WorkerPool::workerFailed, this, [this](const QString& e) {
        fail(tr("A worker cannot open the workspace: %1").arg(e), CannotRun);
        finish(CannotRun);
    });
    m_session->startPipeline(u"run-pipeline"_s);
    m_timer = new QTimer(this);
    m_timer->setInterval(m_tty ? 200 : 1000);
    connect(m_timer, &QTimer::timeout, this, &HeadlessRun::tick);
    m_timer->start();
    return true;
}

CatalogImport::Progress HeadlessRun::progressLine(const QString& what)
{
    // On a terminal one line redrawn in place; otherwise a line every few seconds (logs stay short).
    auto last = std::make_shared<QElapsedTimer>();
    return [this, what, last](qint64 done, qint64 total) {
        if (last->isValid() && last->elapsed() < (m_tty ? 200 : 3000) && done < total)
            return true;
        last->start();
        const int percent = total > 0 ? static_cast<int>(100 * done / total) : 0;
        const QString line = tr("%1: %2 %").arg(what).arg(percent);
        if (m_tty)
            std::fprintf(m_err, "\r%s   %s", qPrintable(line), done >= total ? "\n" : "");
        else
            std::fprintf(m_err, "%s\n", qPrintable(line));
        std::fflush(m_err);
        return g_interrupted.load() == 0;
    };
}

bool HeadlessRun::importFile()
{
    const QSqlDatabase db = m_session->workspace()->db();
    CatalogImport::Options options;
    options.currency = Settings::value(db, u"workspace.currency"_s, u"EUR"_s);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    const QString file = QFileInfo(m_options.importFile).fileName();
    CatalogImport::Preview preview
        = CatalogImport::readFile(m_options.importFile, options, progressLine(tr("Reading %1").arg(file)));
    if (!preview.fatal.isEmpty()) {
        fail(preview.fatal, g_interrupted.load() ? Interrupted : SomethingFailed);
        return false;
    }
    CatalogImport::Result result;
    try {
        CatalogImport::match(db, &preview, progressLine(tr("Comparing with the workspace")));
        result = CatalogImport::apply(
            db, preview, u"run-pipeline"_s, Clock::system()->nowMs(), progressLine(tr("Writing products")));
    } catch (const SqlError& e) {
        fail(tr("The import stopped: %1").arg(e.message()), SomethingFailed);
        return false;
    }
    const QLocale locale;
    say(tr("Imported %1: %2 new, %3 updated, %4 unchanged.")
            .arg(CatalogImport::formatName(preview.format))
            .arg(result.created.size())
            .arg(result.updated.size())
            .arg(result.unchanged));
    if (result.cancelled) {
        fail(tr("The import was interrupted: %n product(s) were written; run the import again to add the rest.",
                 nullptr, static_cast<int>(result.created.size() + result.updated.size())),
            Interrupted);
        return false;
    }
    for (const QString& w : std::as_const(preview.warnings))
        say(u"  "_s + w);
    if (preview.skippedRows() > 0)
        say(tr("%n row(s) could not be imported:", nullptr, preview.skippedRows()));
    for (const CatalogImport::Issue& issue : std::as_const(preview.issues))
        say(tr("  line %1: %2").arg(issue.line).arg(issue.reason));
    if (preview.cutOff()) {
        // The end of the file was never read: that is a failure, whatever else succeeds.
        m_importFailed = true;
        std::fprintf(m_err, "quorum: %s\n",
            qPrintable(tr("%1 is cut off: lines %2 to %3 were not read.")
                           .arg(file)
                           .arg(preview.cutOffLine)
                           .arg(preview.lastLine)));
    }
    return true;
}

void HeadlessRun::onJobFinished(qint64 productId, int outcome)
{
    Q_UNUSED(outcome)
    if (!m_tty && m_products.contains(productId) && !m_reported.contains(productId)) {
        const QSqlDatabase db = m_session->workspace()->db();
        QSqlQuery q = Sql::exec(db, u"SELECT name, stage, stage_reason FROM products WHERE id = ?"_s, {productId});
        if (q.next()) {
            const QString stage = q.value(1).toString();
            if (stage == u"ready" || stage == u"needs_review" || stage == u"failed") {
                m_reported.insert(productId);
                say(u"[%1/%2] %3: %4"_s.arg(m_reported.size())
                        .arg(m_products.size())
                        .arg(q.value(0).toString(), Stage::displayNameForKey(stage)));
            }
        }
    }
    tick();
}

void HeadlessRun::tick()
{
    if (m_finished)
        return;
    if (g_interrupted.load()) {
        finish(Interrupted);
        return;
    }
    if (m_tty)
        drawProgress();
    try {
        if (JobQueue::counts(m_session->workspace()->db()).pending() == 0 && m_session->pool()->runningJobs() == 0)
            finish(Success);
    } catch (const SqlError& e) {
        qCDebug(lcApp) << "queue busy; the next tick looks again:" << e.message();
    }
}

void HeadlessRun::drawProgress()
{
    const QSqlDatabase db = m_session->workspace()->db();
    int ready = 0, review = 0, failed = 0;
    QSqlQuery q = Sql::exec(db, u"SELECT id, stage FROM products WHERE stage IN ('ready', 'needs_review', 'failed')"_s);
    while (q.next()) {
        if (!m_products.contains(q.value(0).toLongLong()))
            continue;
        const QString s = q.value(1).toString();
        ready += s == u"ready";
        review += s == u"needs_review";
        failed += s == u"failed";
    }
    const int done = ready + review + failed;
    const int total = static_cast<int>(m_products.size());
    constexpr int kWidth = 28;
    const int filled = total > 0 ? done * kWidth / total : kWidth;
    const qint64 cost
        = Sql::scalar(db, u"SELECT COALESCE(SUM(cost_micros), 0) FROM provider_calls WHERE at >= ?"_s, {m_startedAt})
              .toLongLong();
    const QString bar = QString(filled, u'#') + QString(kWidth - filled, u'-');
    std::fprintf(m_err, "\r[%s] %d/%d  %s %d · %s %d · %s %d · %s · %s   ", qPrintable(bar), done, total,
        qPrintable(tr("ready")), ready, qPrintable(tr("review")), review, qPrintable(tr("failed")), failed,
        qPrintable(dollars(cost)), qPrintable(duration(m_elapsed.elapsed())));
    std::fflush(m_err);
}

void HeadlessRun::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    const bool interrupted = code == Interrupted;
    if (m_tty && !m_products.isEmpty()) {
        drawProgress();
        std::fputs("\n", m_err);
    }
    // Interrupted or not, the workers give back what they hold before the summary is read.
    if (m_session && m_session->pool())
        m_session->pool()->stop();
    if (!m_products.isEmpty())
        printSummary(interrupted);
    if (code == Success && m_importFailed)
        code = SomethingFailed;
    if (code == Success && !m_products.isEmpty()) {
        const qint64 failed = Sql::scalar(m_session->workspace()->db(),
            u"SELECT COUNT(*) FROM products WHERE stage = 'failed' AND id IN (%1)"_s.arg(
                Sql::placeholders(m_products.size())),
            QVariantList(m_products.begin(), m_products.end()))
                                  .toLongLong();
        if (failed > 0)
            code = SomethingFailed;
    }
    m_exitCode = code == CannotRun ? m_exitCode : code;
    emit finished(m_exitCode);
}

void HeadlessRun::printSummary(bool interrupted)
{
    const QSqlDatabase db = m_session->workspace()->db();
    QStringList ready, review, failed, waiting;
    const QVariantList ids(m_products.begin(), m_products.end());
    QSqlQuery q = Sql::exec(db,
        u"SELECT name, stage, stage_reason FROM products WHERE id IN (%1) ORDER BY name"_s.arg(
            Sql::placeholders(ids.size())),
        ids);
    while (q.next()) {
        const QString name = q.value(0).toString();
        const QString stage = q.value(1).toString();
        const QString reason = q.value(2).toString();
        if (stage == u"ready")
            ready.append(name);
        else if (stage == u"needs_review")
            review.append(u"  %1: %2"_s.arg(name, reason));
        else if (stage == u"failed")
            failed.append(u"  %1: %2"_s.arg(name, reason));
        else
            waiting.append(name);
    }
    const qint64 cost
        = Sql::scalar(db, u"SELECT COALESCE(SUM(cost_micros), 0) FROM provider_calls WHERE at >= ?"_s, {m_startedAt})
              .toLongLong();
    const qint64 calls
        = Sql::scalar(db, u"SELECT COUNT(*) FROM provider_calls WHERE at >= ?"_s, {m_startedAt}).toLongLong();
    say(QString());
    say(interrupted ? tr("Interrupted after %1.").arg(duration(m_elapsed.elapsed()))
                    : tr("Finished in %1.").arg(duration(m_elapsed.elapsed())));
    say(tr("  Done (ready for approval): %1").arg(ready.size()));
    say(tr("  Needs review: %1").arg(review.size()));
    for (const QString& line : std::as_const(review))
        say(u"  "_s + line);
    say(tr("  Failed: %1").arg(failed.size()));
    for (const QString& line : std::as_const(failed))
        say(u"  "_s + line);
    if (!waiting.isEmpty())
        say(tr("  Not finished (left in the queue; run again to continue): %1").arg(waiting.size()));
    say(tr("  AI cost: %1 over %n call(s)", nullptr, static_cast<int>(calls)).arg(dollars(cost)));
}
