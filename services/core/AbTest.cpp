#include "AbTest.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace AbTest
{

double mixtureLikelihoodRatio(double estimate, double variance, double tau2)
{
    if (variance <= 0 || tau2 <= 0)
        return 1;
    const double total = variance + tau2;
    const double exponent = estimate * estimate * tau2 / (2 * variance * total);
    return std::sqrt(variance / total) * std::exp(std::min(exponent, 700.0));
}

double confidenceHalfWidth(double variance, double tau2, double alpha)
{
    if (variance <= 0 || tau2 <= 0)
        return std::numeric_limits<double>::infinity();
    const double total = variance + tau2;
    return std::sqrt(2 * variance * total / tau2 * (std::log(1 / alpha) + 0.5 * std::log(total / variance)));
}

Verdict look(const QList<Arm>& arms, const Settings& settings, QList<double>* pValues, bool finished)
{
    Verdict verdict;
    if (arms.size() < 2)
        return verdict;
    const qsizetype comparisons = arms.size() - 1;
    if (pValues->size() != comparisons)
        *pValues = QList<double>(comparisons, 1.0);
    const double alpha = settings.alpha / static_cast<double>(comparisons);
    const Arm& control = arms.first();
    const auto floorsMet
        = [&](const Arm& a) { return a.visitors >= settings.minVisitors && a.conversions >= settings.minConversions; };
    bool allFloors = true;
    for (qsizetype i = 1; i < arms.size(); ++i) {
        const Arm& arm = arms.at(i);
        Comparison c;
        c.arm = static_cast<int>(i);
        c.controlRate = control.visitors > 0 ? static_cast<double>(control.conversions) / control.visitors : 0;
        c.rate = arm.visitors > 0 ? static_cast<double>(arm.conversions) / arm.visitors : 0;
        c.lift = c.controlRate > 0 ? c.rate / c.controlRate - 1 : 0;
        c.floorsMet = floorsMet(control) && floorsMet(arm);
        allFloors = allFloors && c.floorsMet;
        if (control.visitors > 0 && arm.visitors > 0) {
            const double pooled = static_cast<double>(control.conversions + arm.conversions)
                / static_cast<double>(control.visitors + arm.visitors);
            const double variance = pooled * (1 - pooled)
                * (1.0 / static_cast<double>(control.visitors) + 1.0 / static_cast<double>(arm.visitors));
            const double baseline = settings.baselineRate > 0 ? settings.baselineRate : pooled;
            const double tau = settings.mdeRelative * baseline;
            const double estimate = c.rate - c.controlRate;
            const double ratio = mixtureLikelihoodRatio(estimate, variance, tau * tau);
            const double now = std::min(1.0, 1 / ratio);
            // The sequential test starts once both arms are past the floors: the normal approximation is not
            // trusted below them, so what the looks before saw is shown but never carried.
            double& p = (*pValues)[i - 1];
            if (c.floorsMet)
                p = std::min(p, now);
            c.pValue = c.floorsMet ? p : now;
            const double half = confidenceHalfWidth(variance, tau * tau, alpha);
            c.low = estimate - half;
            c.high = estimate + half;
        }
        // Significant, and this look's always-valid interval on one side of zero: the winner's direction is
        // today's, never that of an earlier look that went the other way.
        c.significant = c.floorsMet && c.pValue <= alpha && (c.low > 0 || c.high < 0);
        verdict.comparisons.append(c);
    }
    if (!allFloors) {
        verdict.state = finished ? State::Inconclusive : State::Collecting;
        return verdict;
    }
    // A variant that beats the control wins (the best of them); the control wins when it beats every variant.
    double best = 0;
    bool controlBeatsAll = true;
    for (const Comparison& c : std::as_const(verdict.comparisons)) {
        if (c.significant && c.low > 0 && (verdict.winner < 0 || c.rate > best)) {
            verdict.winner = c.arm;
            best = c.rate;
        }
        controlBeatsAll = controlBeatsAll && c.significant && c.high < 0;
    }
    if (verdict.winner < 0 && controlBeatsAll)
        verdict.winner = 0;
    verdict.state = verdict.winner >= 0 ? State::Winner : finished ? State::Inconclusive : State::Running;
    return verdict;
}

QString stateName(State state)
{
    switch (state) {
    case State::Collecting:
        return QCoreApplication::translate("AbTest", "Collecting data");
    case State::Running:
        return QCoreApplication::translate("AbTest", "No difference yet");
    case State::Winner:
        return QCoreApplication::translate("AbTest", "Winner found");
    case State::Inconclusive:
        return QCoreApplication::translate("AbTest", "Inconclusive");
    }
    return {};
}

} // namespace AbTest
