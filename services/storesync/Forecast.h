#pragma once

#include <optional>
#include <vector>

// Demand forecasting for one daily series of units sold (pure numbers, no storage).
//
// The method follows the series: a series that sells on most days (average demand interval, ADI, below
// 1.32 days, after Syntetos & Boylan) gets Holt-Winters' additive method with a damped trend and a
// weekly season; an intermittent one gets Croston's method with the Syntetos-Boylan correction (SBA).
// The smoothing parameters are chosen on a grid by the one-step squared error on the training part.
//
// Every fit is backtested: the last Holdout days are held out, the method is fit on the days before
// them and forecasts the held-out days; the error is the MASE (mean absolute scaled error: the
// forecast's mean absolute error over the in-sample mean absolute error of the naive forecast: the
// same weekday a week earlier for Holt-Winters, the day before for Croston). Below 1 the forecast beats
// the naive one. The forecast itself then comes from the same method and parameters fit on all days.
namespace Forecast
{

inline constexpr int Season = 7;
inline constexpr int Holdout = 28;
inline constexpr int MinHistoryDays = 56; // two holdouts: four weeks to fit on, four to test
inline constexpr double IntermittentAdi = 1.32;

enum class Method
{
    HoltWinters,
    Croston,
};

struct Params
{
    double alpha = 0.2;
    double beta = 0.0;  // Holt-Winters only
    double gamma = 0.0; // Holt-Winters only
};

inline constexpr double Damping = 0.98; // Holt-Winters' trend damping (phi)

struct Fit
{
    Method method = Method::HoltWinters;
    Params params;
    int historyDays = 0;
    double adi = 0;
    std::optional<double> mase;   // nullopt when the naive forecast has no error to scale by
    double rmse = 0;              // the backtest's root mean squared daily error, in units
    std::vector<double> forecast; // units per day from the day after the history, never negative
};

// Holt-Winters (additive, damped trend, season `season`): the forecast for `horizon` days after y, and
// the one-step sum of squared errors from the second season on. y must hold at least two seasons.
std::vector<double> holtWinters(const std::vector<double>& y, const Params& p, int season, int horizon, double* sse);
// Croston-SBA: the flat forecast for `horizon` days, and the one-step sum of squared errors after the
// first demand. y must hold at least one day with demand.
std::vector<double> croston(const std::vector<double>& y, double alpha, int horizon, double* sse);

// Mean absolute scaled error of forecast against actual, scaled by the in-sample naive forecast of
// lag `lag` on training; nullopt when that naive forecast never errs.
std::optional<double> mase(const std::vector<double>& actual, const std::vector<double>& forecast,
    const std::vector<double>& training, int lag);

double averageDemandInterval(const std::vector<double>& y); // days per day with demand; 0 when none

// Fits the series (oldest day first) and forecasts `horizon` days; nullopt when it is shorter than
// MinHistoryDays or never sold.
std::optional<Fit> fit(const std::vector<double>& daily, int horizon);

} // namespace Forecast
