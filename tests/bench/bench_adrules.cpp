// Benchmark: ad rules over a large account's history.
//
//   bench_adrules [--adsets 10000] [--days 90] [--repeats 5]
//
// An account of N ad sets with D days of daily insights each (spend, impressions, clicks,
// purchases and their value drawn around a ROAS of about 2, seeded so every run sees the same
// history) is held in memory as the rule evaluation receives it. Timed: evaluating six rules (a ROAS
// pause with hysteresis, a statistical pause, a scale-up with ceilings, a CPA pause, a CTR and a
// frequency notice) over the whole account at one moment, and backtesting the ROAS pause over all
// D days. Loading the history from the database is not part of these figures.
#include "BenchSupport.h"
#include "campaigns/RuleEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace AdRules;

namespace
{

RuleEngine::Account makeAccount(int adSets, int days)
{
    std::mt19937_64 random(20261202);
    std::lognormal_distribution<double> roas(std::log(2.0), 0.6);
    std::uniform_int_distribution<qint64> spend(1000, 20000);
    RuleEngine::Account account;
    account.zone = QTimeZone("Europe/Amsterdam");
    const QDate first = QDate(2026, 12, 1).addDays(-days);
    account.syncedThrough = QDate(2026, 11, 30);
    account.objects.reserve(adSets);
    for (int i = 0; i < adSets; ++i) {
        RuleEngine::Object o;
        o.id = QString::number(238'400'000 + i);
        o.name = u"Ad set %1"_s.arg(i);
        o.budgetCents = 2000 + (i % 50) * 500;
        const double level = roas(random);
        o.days.reserve(days);
        for (int d = 0; d < days; ++d) {
            const qint64 s = spend(random);
            const double r = level * roas(random) / 2;
            const qint64 impressions = s / 2;
            const qint64 clicks = impressions / 60;
            const qint64 purchases = s / 2500;
            o.days.append({first.addDays(d), s, static_cast<qint64>(static_cast<double>(s) * r), impressions, clicks,
                purchases, 1.0 + (d % 7) * 0.3});
        }
        account.objects.append(std::move(o));
    }
    return account;
}

QList<Rule> rules()
{
    Rule pause;
    pause.id = 1;
    pause.name = u"Pause below 1.5"_s;
    pause.threshold = 1.5;
    pause.resumeThreshold = 2.2;
    pause.action = Action::Pause;
    pause.minSpendCents = 10000;
    pause.minPurchases = 5;
    pause.maxActionsPerDay = 50;
    pause.live = true;
    Rule statistical = pause;
    statistical.id = 2;
    statistical.name = u"Pause when probably below break-even"_s;
    statistical.threshold = 1.3;
    statistical.breakEvenRoas = 1.3;
    statistical.window.days = 7;
    Rule scale;
    scale.id = 3;
    scale.name = u"Scale above 3"_s;
    scale.compare = Compare::Above;
    scale.threshold = 3;
    scale.action = Action::ChangeBudget;
    scale.changePercent = 20;
    scale.minSpendCents = 10000;
    scale.minPurchases = 5;
    scale.objectCeilingCents = 50000;
    scale.accountCeilingCents = 50'000'000;
    scale.maxActionsPerDay = 50;
    scale.live = true;
    Rule cpa = pause;
    cpa.id = 4;
    cpa.name = u"CPA above 40"_s;
    cpa.metric = Metric::Cpa;
    cpa.compare = Compare::Above;
    cpa.threshold = 4000;
    cpa.resumeThreshold = 2500;
    cpa.minPurchases = 0;
    cpa.minClicks = 100;
    Rule ctr;
    ctr.id = 5;
    ctr.name = u"CTR below 1 %"_s;
    ctr.metric = Metric::Ctr;
    ctr.threshold = 0.01;
    ctr.minSpendCents = 5000;
    ctr.minClicks = 50;
    ctr.maxActionsPerDay = 50;
    Rule frequency = ctr;
    frequency.id = 6;
    frequency.name = u"Frequency above 2.5"_s;
    frequency.metric = Metric::Frequency;
    frequency.compare = Compare::Above;
    frequency.threshold = 2.5;
    return {pause, statistical, scale, cpa, ctr, frequency};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"adsets"_s, u"Ad sets."_s, u"n"_s, u"10000"_s}, {u"days"_s, u"Days."_s, u"n"_s, u"90"_s},
        {u"repeats"_s, u"Repeats."_s, u"n"_s, u"5"_s}});
    parser.process(app);
    const int adSets = parser.value(u"adsets"_s).toInt();
    const int days = parser.value(u"days"_s).toInt();
    const int repeats = parser.value(u"repeats"_s).toInt();

    QElapsedTimer t;
    t.start();
    const RuleEngine::Account history = makeAccount(adSets, days);
    std::printf("history: %d ad sets x %d days generated in %.2f s, peak RSS %ld MB\n", adSets, days,
        static_cast<double>(t.elapsed()) / 1000, Bench::peakRssMb());
    const QList<Rule> all = rules();
    const qint64 now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), history.zone).toMSecsSinceEpoch();

    QList<double> evaluate;
    QList<double> backtest;
    qsizetype outcomes = 0;
    qsizetype events = 0;
    for (int i = 0; i < repeats; ++i) {
        RuleEngine::Account account = history;
        t.restart();
        const auto out = RuleEngine::evaluateAll(all, &account, now);
        evaluate.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        outcomes = out.size();
        t.restart();
        const auto result = RuleEngine::backtest(
            all.first(), history, history.syncedThrough.addDays(-(days - 4)), history.syncedThrough);
        backtest.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        events = result.events.size();
    }
    std::printf("evaluate %lld rules over the account: median %.0f ms (min %.0f, max %.0f), %lld outcomes\n",
        static_cast<long long>(all.size()), Bench::median(evaluate), Bench::percentile(evaluate, 0),
        Bench::percentile(evaluate, 1), static_cast<long long>(outcomes));
    std::printf("backtest the ROAS pause over %d days: median %.0f ms (min %.0f, max %.0f), %lld events\n", days - 3,
        Bench::median(backtest), Bench::percentile(backtest, 0), Bench::percentile(backtest, 1),
        static_cast<long long>(events));
    std::printf("peak RSS %ld MB\n", Bench::peakRssMb());
    return 0;
}
