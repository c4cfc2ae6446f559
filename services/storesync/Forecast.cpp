#include "Forecast.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Forecast
{

namespace
{
constexpr double kAlphas[] = {0.05, 0.1, 0.2, 0.3, 0.5};
constexpr double kBetas[] = {0.0, 0.02, 0.1};
constexpr double kGammas[] = {0.05, 0.15, 0.3};
constexpr double kCrostonAlphas[] = {0.05, 0.1, 0.15, 0.2, 0.3};

double mean(const std::vector<double>& y, size_t from, size_t to)
{
    double sum = 0;
    for (size_t i = from; i < to; ++i)
        sum += y[i];
    return to > from ? sum / static_cast<double>(to - from) : 0.0;
}

bool anyDemand(const std::vector<double>& y)
{
    return std::any_of(y.cbegin(), y.cend(), [](double v) { return v > 0; });
}

// The parameters with the least one-step squared error on y.
Params choose(Method method, const std::vector<double>& y)
{
    Params best;
    double bestSse = std::numeric_limits<double>::infinity();
    if (method == Method::Croston) {
        for (const double a : kCrostonAlphas) {
            double sse = 0;
            croston(y, a, 0, &sse);
            if (sse < bestSse) {
                bestSse = sse;
                best = Params{a, 0, 0};
            }
        }
        return best;
    }
    for (const double a : kAlphas)
        for (const double b : kBetas)
            for (const double g : kGammas) {
                double sse = 0;
                holtWinters(y, Params{a, b, g}, Season, 0, &sse);
                if (sse < bestSse) {
                    bestSse = sse;
                    best = Params{a, b, g};
                }
            }
    return best;
}

std::vector<double> run(Method method, const std::vector<double>& y, const Params& p, int horizon)
{
    double sse = 0;
    return method == Method::Croston ? croston(y, p.alpha, horizon, &sse) : holtWinters(y, p, Season, horizon, &sse);
}
} // namespace

std::vector<double> holtWinters(const std::vector<double>& y, const Params& p, int season, int horizon, double* sse)
{
    const size_t m = static_cast<size_t>(season);
    const size_t n = y.size();
    *sse = 0;
    if (m == 0 || n < 2 * m)
        return std::vector<double>(static_cast<size_t>(std::max(horizon, 0)), 0.0);
    const double first = mean(y, 0, m);
    double level = first;
    double trend = (mean(y, m, 2 * m) - first) / static_cast<double>(m);
    std::vector<double> seasonal(m);
    for (size_t i = 0; i < m; ++i)
        seasonal[i] = y[i] - first;
    for (size_t t = m; t < n; ++t) {
        double& s = seasonal[t % m];
        const double oneStep = level + Damping * trend + s;
        if (t >= 2 * m)
            *sse += (y[t] - oneStep) * (y[t] - oneStep);
        const double newLevel = p.alpha * (y[t] - s) + (1 - p.alpha) * (level + Damping * trend);
        trend = p.beta * (newLevel - level) + (1 - p.beta) * Damping * trend;
        s = p.gamma * (y[t] - newLevel) + (1 - p.gamma) * s;
        level = newLevel;
    }
    std::vector<double> out;
    out.reserve(static_cast<size_t>(std::max(horizon, 0)));
    double damped = 0;
    double phi = 1;
    for (int h = 1; h <= horizon; ++h) {
        phi *= Damping;
        damped += phi;
        out.push_back(std::max(0.0, level + damped * trend + seasonal[(n + static_cast<size_t>(h) - 1) % m]));
    }
    return out;
}

std::vector<double> croston(const std::vector<double>& y, double alpha, int horizon, double* sse)
{
    *sse = 0;
    const auto firstDemand = std::find_if(y.cbegin(), y.cend(), [](double v) { return v > 0; });
    if (firstDemand == y.cend())
        return std::vector<double>(static_cast<size_t>(std::max(horizon, 0)), 0.0);
    size_t last = static_cast<size_t>(firstDemand - y.cbegin());
    double size = *firstDemand;
    double interval = static_cast<double>(last + 1);
    const double correction = 1 - alpha / 2; // Syntetos-Boylan: Croston's ratio is biased upwards
    for (size_t t = last + 1; t < y.size(); ++t) {
        const double oneStep = correction * size / interval;
        *sse += (y[t] - oneStep) * (y[t] - oneStep);
        if (y[t] > 0) {
            size = alpha * y[t] + (1 - alpha) * size;
            interval = alpha * static_cast<double>(t - last) + (1 - alpha) * interval;
            last = t;
        }
    }
    return std::vector<double>(static_cast<size_t>(std::max(horizon, 0)), correction * size / interval);
}

std::optional<double> mase(const std::vector<double>& actual, const std::vector<double>& forecast,
    const std::vector<double>& training, int lag)
{
    const size_t l = static_cast<size_t>(std::max(lag, 1));
    if (actual.empty() || actual.size() != forecast.size() || training.size() <= l)
        return std::nullopt;
    double naive = 0;
    for (size_t t = l; t < training.size(); ++t)
        naive += std::abs(training[t] - training[t - l]);
    naive /= static_cast<double>(training.size() - l);
    if (naive <= 0)
        return std::nullopt;
    double error = 0;
    for (size_t i = 0; i < actual.size(); ++i)
        error += std::abs(actual[i] - forecast[i]);
    return error / static_cast<double>(actual.size()) / naive;
}

double averageDemandInterval(const std::vector<double>& y)
{
    const auto days = std::count_if(y.cbegin(), y.cend(), [](double v) { return v > 0; });
    return days > 0 ? static_cast<double>(y.size()) / static_cast<double>(days) : 0.0;
}

std::optional<Fit> fit(const std::vector<double>& daily, int horizon)
{
    if (static_cast<int>(daily.size()) < MinHistoryDays || !anyDemand(daily))
        return std::nullopt;
    Fit f;
    f.historyDays = static_cast<int>(daily.size());
    f.adi = averageDemandInterval(daily);
    f.method = f.adi < IntermittentAdi ? Method::HoltWinters : Method::Croston;
    const auto split = daily.cend() - Holdout;
    const std::vector<double> training(daily.cbegin(), split);
    const std::vector<double> heldOut(split, daily.cend());
    // Parameters from the training days (from all days when the training days never sold: Croston
    // has nothing to smooth there, and the backtest then says nothing either).
    const bool trainable = f.method == Method::HoltWinters || anyDemand(training);
    f.params = choose(f.method, trainable ? training : daily);
    if (trainable) {
        const std::vector<double> backtest = run(f.method, training, f.params, Holdout);
        f.mase = mase(heldOut, backtest, training, f.method == Method::HoltWinters ? Season : 1);
        double squares = 0;
        for (size_t i = 0; i < heldOut.size(); ++i)
            squares += (heldOut[i] - backtest[i]) * (heldOut[i] - backtest[i]);
        f.rmse = std::sqrt(squares / static_cast<double>(heldOut.size()));
    }
    f.forecast = run(f.method, daily, f.params, horizon);
    return f;
}

} // namespace Forecast
