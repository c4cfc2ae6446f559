#include "SampleAgents.h"

#include "storage/Sql.h"

using namespace Qt::StringLiterals;

namespace SampleAgents
{

void insert(const QSqlDatabase& db, qint64 now)
{
    struct Row
    {
        QString name;
        QString cluster;
        QString status;
        int heartbeatAgoSec;
        int load;
        int ok;
        int failed;
        int latencyMs;
        int costCents;
        int paused;
    };
    // clang-format off
    const Row rows[] = {
        {u"CEO Orchestrator"_s, u"executive"_s, u"running"_s, 4, 35, 412, 3, 2100, 184, 0},
        {u"Product Scout"_s, u"product"_s, u"running"_s, 8, 52, 231, 9, 3400, 96, 0},
        {u"Supplier Vetting"_s, u"product"_s, u"idle"_s, 21, 5, 64, 2, 5200, 41, 0},
        {u"Pricing Optimizer"_s, u"product"_s, u"running"_s, 3, 61, 388, 6, 1800, 72, 0},
        {u"Content Writer"_s, u"product"_s, u"running"_s, 2, 78, 1204, 31, 4100, 612, 0},
        {u"Quality Reviewer"_s, u"product"_s, u"running"_s, 2, 71, 1187, 12, 2900, 398, 0},
        {u"Inventory Sync"_s, u"product"_s, u"error"_s, 340, 0, 920, 44, 900, 0, 0},
        {u"Store Publisher"_s, u"product"_s, u"running"_s, 6, 24, 96, 4, 1600, 0, 0},
        {u"Ad Creative"_s, u"marketing"_s, u"idle"_s, 15, 10, 143, 5, 8800, 254, 0},
        {u"Ad Copywriter"_s, u"marketing"_s, u"running"_s, 5, 44, 310, 7, 2600, 118, 0},
        {u"Campaign Manager"_s, u"marketing"_s, u"running"_s, 9, 38, 205, 2, 1300, 35, 0},
        {u"SEO Specialist"_s, u"marketing"_s, u"paused"_s, 60, 0, 167, 4, 3000, 66, 1},
        {u"Social Media"_s, u"marketing"_s, u"running"_s, 12, 29, 276, 8, 2200, 89, 0},
        {u"Support Agent"_s, u"customer_service"_s, u"running"_s, 4, 56, 842, 19, 1900, 203, 0},
        {u"Review Responder"_s, u"customer_service"_s, u"idle"_s, 30, 8, 221, 3, 2100, 47, 0},
        {u"Email Marketer"_s, u"customer_service"_s, u"running"_s, 14, 33, 98, 1, 3900, 58, 0},
        {u"Retention"_s, u"customer_service"_s, u"idle"_s, 45, 4, 57, 2, 2500, 22, 0},
        {u"Fulfilment"_s, u"finance"_s, u"running"_s, 7, 47, 533, 11, 1100, 12, 0},
        {u"Financial Analyst"_s, u"finance"_s, u"running"_s, 11, 22, 120, 0, 4600, 77, 0},
        {u"Fraud Detection"_s, u"finance"_s, u"running"_s, 3, 18, 701, 5, 700, 31, 0},
        {u"Tax Compliance"_s, u"finance"_s, u"offline"_s, 7200, 0, 40, 1, 5200, 9, 0},
    };
    // clang-format on
    for (const Row& r : rows)
        Sql::exec(db,
            u"INSERT INTO agents (name, cluster, role, kind, status, paused, heartbeat_at, load_pct, tasks_ok, "
            u"tasks_failed, avg_latency_ms, cost_micros, updated_at) VALUES (?, ?, '', 'external', ?, ?, ?, ?, ?, ?, "
            u"?, ?, ?)"_s,
            {r.name, r.cluster, r.status, r.paused, now - r.heartbeatAgoSec * 1000LL, r.load, r.ok, r.failed,
                r.latencyMs, r.costCents * 10'000LL, now});
}

} // namespace SampleAgents
