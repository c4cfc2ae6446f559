#pragma once

#include <QList>
#include <QString>

// A/B tests that may be looked at every day: an always-valid sequential test (the mixture
// sequential probability ratio test, mSPRT) on the difference of two conversion rates, each
// variant against the control. The p-value kept from look to look only ever goes down, and the
// chance that it ever falls below alpha when the variants are the same stays below alpha however
// often it is looked at. No verdict before the floors (visitors and conversions per arm).
//
// The normal approximation is used for the rates' difference (variance from the pooled rate, as
// under "no difference"); the mixing spread tau is the pre-registered minimum detectable effect.
// With more than one variant, alpha is split between the comparisons (Bonferroni).
namespace AbTest
{

struct Arm
{
    QString name;
    qint64 visitors = 0; // or clicks, impressions: whatever the primary metric counts per
    qint64 conversions = 0;
};

struct Settings
{
    double alpha = 0.05;
    // The control's expected rate, registered before the test. 0 falls back to the pooled rate of each
    // look, which the always-valid guarantee does not cover: register it.
    double baselineRate = 0;
    double mdeRelative = 0.10;  // the smallest relative lift worth finding (10 %)
    qint64 minVisitors = 100;   // per arm, before any verdict
    qint64 minConversions = 25; // per arm, before any verdict
};

enum class State
{
    Collecting,   // an arm is below the floors
    Running,      // no comparison is significant yet
    Winner,       // a variant beats the control (or the control beats every variant)
    Inconclusive, // the maximum duration passed without a significant difference
};

struct Comparison
{
    int arm = 0; // the variant's index (the control is index 0)
    double controlRate = 0;
    double rate = 0;
    double lift = 0;   // relative to the control's rate
    double pValue = 1; // always valid: the smallest seen so far
    double low = 0;    // the confidence interval of the rates' difference at this look
    double high = 0;
    bool floorsMet = false;
    bool significant = false;
};

struct Verdict
{
    State state = State::Collecting;
    int winner = -1; // the winning arm's index
    QList<Comparison> comparisons;
};

// One look. `pValues` carries each comparison's always-valid p-value from the earlier looks (empty
// on the first look; it is updated), from the first look past the floors on: below them the p-value
// of the look alone is reported and not carried. A comparison is significant past the floors when its
// p-value is at most alpha and this look's interval is on one side of zero. `finished`: the maximum
// duration has passed.
Verdict look(const QList<Arm>& arms, const Settings& settings, QList<double>* pValues, bool finished = false);

// The mixture likelihood ratio for an estimate with the given variance, mixing N(0, tau2) over
// the true difference (public for tests).
double mixtureLikelihoodRatio(double estimate, double variance, double tau2);
// Half the width of the always-valid confidence interval at level 1 - alpha.
double confidenceHalfWidth(double variance, double tau2, double alpha);

QString stateName(State state);

} // namespace AbTest
