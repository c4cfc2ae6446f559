#include "FinanceWatch.h"

#include "FinanceAlerts.h"
#include "Goals.h"
#include "campaigns/SalesReport.h"
#include "core/Money.h"
#include "publishing/Connections.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
[[maybe_unused]] const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "Finance Watch");
const char* const kRole = QT_TRANSLATE_NOOP(
    "AgentRoles", "Keeps the daily profit and loss and alerts on revenue drops, ad pacing and AI spend");
} // namespace

Agent::Spec FinanceWatch::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(Name);
    s.cluster = u"finance"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"orders"_s, u"ad_sets"_s, u"ai_spend"_s, u"goals"_s};
    s.intervalMs = 3'600'000LL;
    s.onNewOrders = true;
    return s;
}

Agent::Outcome FinanceWatch::run(const QSqlDatabase& db, qint64 now) const
{
    const bool orders = Sql::scalar(db, u"SELECT EXISTS (SELECT 1 FROM orders)"_s).toBool();
    const bool ads = !Connections::adAccounts(db).isEmpty();
    const bool ceiling = Goals::load(db).aiSpendMicros.has_value();
    if (!orders && !ads && !ceiling)
        return Outcome::needs(QCoreApplication::translate("FinanceWatch",
            "Needs orders (connect a store or import an orders export), a Meta ad account or an AI spend ceiling "
            "(a goal on the dashboard)."));
    const FinanceAlerts::Judged judged = FinanceAlerts::judge(db, now);
    const int raised = FinanceAlerts::store(db, judged, now);
    QStringList parts;
    if (judged.yesterday) {
        // Yesterday's profit and loss, as the dashboard's Sales and profit card counts it.
        const SalesReport::Totals& t = *judged.yesterday;
        const QString& currency = judged.currency;
        parts.append(QCoreApplication::translate(
            "FinanceWatch", "Yesterday: revenue %1, gross profit %2, net after ads and AI %3.")
                         .arg(Money::format(t.revenueCents, currency), Money::format(t.profitCents(), currency),
                             t.aiSpendKnown ? Money::format(t.netCents(), currency)
                                            : QCoreApplication::translate(
                                                "FinanceWatch", "not known (no USD rate for AI spend)")));
    }
    if (judged.alerts.isEmpty())
        parts.append(QCoreApplication::translate("FinanceWatch", "No alerts."));
    else {
        QStringList titles;
        for (const FinanceAlerts::Alert& a : judged.alerts)
            titles.append(FinanceAlerts::title(a));
        const int count = static_cast<int>(titles.size());
        parts.append(QCoreApplication::translate("FinanceWatch", "%n alert(s), %1 new: %2", nullptr, count)
                         .arg(raised)
                         .arg(titles.join(u"; "_s))
            + u"."_s);
    }
    parts.append(judged.skipped);
    return Outcome::done(parts.join(u' '));
}
