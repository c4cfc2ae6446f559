#include "SiteJobs.h"

#include "PageShots.h"
#include "SiteRun.h"
#include "SiteStore.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "core/Log.h"
#include "jobs/JobRegistry.h"
#include "pipeline/PipelineJobs.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SiteJobs
{

namespace
{
class SiteRunHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        SiteRun::Env env;
        env.db = ctx.db();
        env.llm = PipelineJobs::llmFor(ctx);
        env.clock = ctx.clock();
        env.owner = ctx.owner();
        env.sitesDir = ctx.workspaceRoot().isEmpty() ? QString() : QDir(ctx.workspaceRoot()).filePath(u"sites"_s);
        env.stopRequested = [&ctx] { return ctx.stopRequested(); };
        env.retryBaseMs = ctx.retryBaseMs();
        env.random01 = ctx.random01();
        auto* run = new SiteRun(env, job, ctx.thread());
        EventBus* bus = ctx.bus();
        run->start(
            [bus](qint64 siteId) {
                if (bus)
                    bus->publishChanged(EventBus::Topic::Sites, {siteId});
            },
            [done](JobOutcome outcome, const QString& summary) { done(outcome, summary); });
        return run;
    }
};
// Renders a page version with headless Chromium at the three widths. A page that cannot be rendered (no
// browser, past the time limit) is not a failed job: the page keeps the reason, the card says it.
class ShotsHandler final : public JobHandler
{
public:
    QObject* start(JobContext& ctx, const JobQueue::Job& job, JobDone done) const override
    {
        const QSqlDatabase db = ctx.db();
        const qint64 site = job.subjectId;
        const int version = int(job.payload.value(u"version"_s).toInteger());
        const QString sitesDir = QDir(ctx.workspaceRoot()).filePath(u"sites"_s);
        std::optional<SiteStore::Page> page;
        try {
            page = SiteStore::page(db, site, version);
        } catch (const SqlError& e) {
            done(JobOutcome::LostLease, e.message());
            return nullptr;
        }
        const QString owner = ctx.owner();
        const Clock* clock = ctx.clock();
        EventBus* bus = ctx.bus();
        const qint64 jobId = job.id;
        const auto finish
            = [db, site, version, owner, clock, bus, jobId, done](const QJsonObject& shots, const QString& error) {
                  try {
                      Transaction tx(db);
                      SiteStore::saveShots(db, site, version, shots, error);
                      if (!JobQueue::complete(db, jobId, owner, QJsonObject{{u"error"_s, error}}, clock->nowMs())) {
                          done(JobOutcome::LostLease, {});
                          return;
                      }
                      tx.commit();
                  } catch (const SqlError& e) {
                      done(JobOutcome::LostLease, e.message());
                      return;
                  }
                  if (bus)
                      bus->publishChanged(EventBus::Topic::Sites, {site});
                  done(JobOutcome::Done, error);
              };
        if (!page || page->path.isEmpty()) {
            finish({}, QCoreApplication::translate("SiteJobs", "No thumbnail: the page version is gone."));
            return nullptr;
        }
        const QString file = QDir(sitesDir).filePath(page->path);
        const QString base = page->path.chopped(QFileInfo(page->path).suffix().size() + 1);
        QList<PageShots::Shot> shots;
        QJsonObject written;
        for (const int width : PageShots::widths()) {
            const QString relative = u"%1-%2.png"_s.arg(base).arg(width);
            shots.append({width, PageShots::heightFor(width), QDir(sitesDir).filePath(relative)});
            written.insert(QString::number(width), relative);
        }
        int limitMs = 20'000;
        try {
            // A page that hangs the browser is given up on after this long (Settings key, default 20 s).
            limitMs = std::clamp(Settings::value(db, u"sites.render_limit_ms"_s, u"20000"_s).toInt(), 200, 120'000);
        } catch (const SqlError& e) {
            qCWarning(lcPipeline) << "cannot read the render time limit:" << e.message();
        }
        auto* renderer = new PageShots(ctx.thread());
        renderer->setTimeLimitMs(limitMs);
        renderer->render(file, shots,
            [finish, written](const QString& error) { finish(error.isEmpty() ? written : QJsonObject(), error); });
        return renderer;
    }
};
} // namespace

void registerAll(JobRegistry& registry)
{
    registry.add(Generate, std::make_unique<SiteRunHandler>(), JobRegistry::Secrets);
    registry.add(Shots, std::make_unique<ShotsHandler>());
}

} // namespace SiteJobs
