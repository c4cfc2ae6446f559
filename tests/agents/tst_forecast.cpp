#include "shopagents/DemandAgent.h"
#include "storesync/Forecast.h"

#include <QTest>

#include <cmath>

// The forecasting methods on series whose answer is known: a weekly pattern, intermittent demand, a
// hand-computed MASE, and the reorder plan's arithmetic.
class TestForecast : public QObject
{
    Q_OBJECT

    // A deterministic noise in [-1, 1].
    static double noise(quint32& state)
    {
        state = state * 1664525u + 1013904223u;
        return static_cast<double>(state >> 8) / static_cast<double>(1u << 24) * 2.0 - 1.0;
    }
    static constexpr double kWeek[7] = {4, 6, 8, 10, 14, 18, 9};

private slots:
    void holtWintersFollowsAWeeklyPattern()
    {
        quint32 state = 42;
        std::vector<double> y;
        for (int t = 0; t < 140; ++t)
            y.push_back(kWeek[t % 7] + noise(state));
        const auto fit = Forecast::fit(y, 14);
        QVERIFY(fit);
        QCOMPARE(fit->method, Forecast::Method::HoltWinters);
        QCOMPARE(fit->historyDays, 140);
        QVERIFY(fit->mase);
        QCOMPARE(fit->forecast.size(), size_t(14));
        for (int h = 0; h < 14; ++h)
            QVERIFY2(std::abs(fit->forecast[size_t(h)] - kWeek[(140 + h) % 7]) < 1.5,
                qPrintable(QStringLiteral("day %1: %2").arg(h).arg(fit->forecast[size_t(h)])));
        QVERIFY(fit->rmse > 0.2 && fit->rmse < 1.5); // the noise is uniform in [-1, 1]: sd 0.58
    }

    void holtWintersBeatsTheNaiveForecastOnAverage()
    {
        // One noisy series can go either way; over many, the fit's backtest error is well under the
        // same-weekday naive forecast's (a perfect forecast would score about 0.75 on this noise).
        double sum = 0;
        const int series = 30;
        for (int seed = 1; seed <= series; ++seed) {
            quint32 state = static_cast<quint32>(seed);
            std::vector<double> y;
            for (int t = 0; t < 140; ++t)
                y.push_back(kWeek[t % 7] + noise(state));
            const auto fit = Forecast::fit(y, 7);
            QVERIFY(fit && fit->mase);
            sum += *fit->mase;
        }
        QVERIFY2(sum / series < 0.9, qPrintable(QString::number(sum / series)));
    }

    void aRisingSeriesIsFollowedButDamped()
    {
        std::vector<double> y;
        for (int t = 0; t < 112; ++t)
            y.push_back(10 + t * 0.2 + kWeek[t % 7] / 2);
        const auto fit = Forecast::fit(y, 56);
        QVERIFY(fit);
        const double lastWeek = (y[105] + y[106] + y[107] + y[108] + y[109] + y[110] + y[111]) / 7;
        double nextWeek = 0;
        for (int h = 0; h < 7; ++h)
            nextWeek += fit->forecast[size_t(h)] / 7;
        QVERIFY2(nextWeek > lastWeek, qPrintable(QStringLiteral("%1 vs %2").arg(nextWeek).arg(lastWeek)));
        // Damped: the eighth week grows less than the trend would undamped (8 weeks x 1.4 a week).
        double eighth = 0;
        for (int h = 49; h < 56; ++h)
            eighth += fit->forecast[size_t(h)] / 7;
        QVERIFY(eighth < lastWeek + 8 * 1.4);
    }

    void crostonForIntermittentDemand()
    {
        // Three units every fifth day: 0.6 a day.
        std::vector<double> y(100, 0.0);
        for (size_t t = 2; t < y.size(); t += 5)
            y[t] = 3;
        QCOMPARE(Forecast::averageDemandInterval(y), 5.0);
        const auto fit = Forecast::fit(y, 10);
        QVERIFY(fit);
        QCOMPARE(fit->method, Forecast::Method::Croston);
        // SBA: (1 - alpha / 2) x 3 / 5, a little under 0.6 for the grid's alphas.
        for (const double v : fit->forecast)
            QVERIFY2(v > 0.6 * (1 - 0.3 / 2) - 1e-9 && v <= 0.6 + 1e-9, qPrintable(QString::number(v)));
    }

    void maseAsComputedByHand()
    {
        // Training 1 2 3 4: the day-before forecast errs 1 a day. Actual 5 5, forecast 4 7: errors 1 and 2.
        const auto m = Forecast::mase({5, 5}, {4, 7}, {1, 2, 3, 4}, 1);
        QVERIFY(m);
        QCOMPARE(*m, 1.5);
        // A flat training series: the naive forecast never errs, there is nothing to scale by.
        QVERIFY(!Forecast::mase({5, 5}, {4, 7}, {3, 3, 3, 3}, 1));
        QVERIFY(!Forecast::mase({5}, {4, 7}, {1, 2, 3}, 1)); // lengths differ
    }

    void tooShortOrNeverSoldHasNoForecast()
    {
        QVERIFY(!Forecast::fit(std::vector<double>(Forecast::MinHistoryDays - 1, 2.0), 7));
        QVERIFY(!Forecast::fit(std::vector<double>(120, 0.0), 7));
        QVERIFY(Forecast::fit(std::vector<double>(Forecast::MinHistoryDays, 2.0), 7));
        // Sold only in the held-out weeks: a forecast, but no backtest to judge it by.
        std::vector<double> late(60, 0.0);
        late[58] = 4;
        const auto fit = Forecast::fit(late, 7);
        QVERIFY(fit);
        QVERIFY(!fit->mase);
    }

    void planRunsOutAndOrdersWhatTheDeliveryNeeds()
    {
        const std::vector<double> flat(90, 2.0);
        // 30 on hand at 2 a day: 15 days sell 30, the sixteenth day (index 15) runs out.
        DemandAgent::Plan p = DemandAgent::plan(flat, 1.0, 30, 14, 30);
        QVERIFY(p.runsOutInDays);
        QCOMPARE(*p.runsOutInDays, 15);
        QCOMPARE(p.demand, 88.0);                                         // 44 days x 2
        QCOMPARE(p.safety, int(std::ceil(1.65 * 1.0 * std::sqrt(14.0)))); // 7
        QCOMPARE(p.quantity, 88 + 7 - 30);
        // 100 on hand lasts 50 days, past the delivery time and the week until the next look.
        p = DemandAgent::plan(flat, 1.0, 100, 14, 30);
        QCOMPARE(*p.runsOutInDays, 50);
        QCOMPARE(p.quantity, 0);
        // Nothing on hand: it has run out today.
        p = DemandAgent::plan(flat, 0.0, 0, 7, 7);
        QCOMPARE(*p.runsOutInDays, 0);
        QCOMPARE(p.quantity, 28);
        // A slow seller (0.05 a day: under one unit in a 14-day delivery) gets no proposal, even when out.
        p = DemandAgent::plan(std::vector<double>(90, 0.05), 0.2, 0, 14, 30);
        QCOMPARE(*p.runsOutInDays, 0);
        QCOMPARE(p.quantity, 0);
        // Never runs out within the horizon.
        QVERIFY(!DemandAgent::plan(std::vector<double>(90, 0.0), 0.0, 5, 14, 30).runsOutInDays);
        // Past the horizon the last week repeats.
        std::vector<double> week{1, 2, 3, 4, 5, 6, 7};
        QCOMPARE(DemandAgent::units(week, 14), 56.0);
        QCOMPARE(DemandAgent::units(week, 9), 28.0 + 1 + 2);
    }
};

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
