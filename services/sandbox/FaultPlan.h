#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Fault injection per route, set from the command line, a config file or the admin endpoint:
//
//   {"seed": 7,
//    "routes": {
//      "openai.chat": {"latency": {"kind": "fixed", "ms": 200},          // or uniform(min,max),
//      lognormal(median,sigma)
//                      "errors": [{"kind": "429", "rate": 0.1, "retryAfter": 1}],
//                      "sequence": ["500", "ok"],                       // exact faults for the next requests
//                      "maxConcurrency": 8, "retryAfter": 1,            // 429 beyond 8 concurrent calls
//                      "wrongFacts": 0.2, "reviewReject": 0.3, "reviewNitpick": 0.5,
//                      "strayVerdicts": 1, "uncitedVerdict": 1,          // the reviewer's claim verdicts
//                      "dropLocked": 1,                                  // the writer ignores locked texts
//                      "pageSize": 2},                                   // lists answer in pages this long
//      "*": {...}}}                                                      // applies to every route
//
// Kinds: 429, 500, 503, 529, 401, 400, insufficient_quota, model_not_found, shopify_throttled, meta_17,
// malformed, truncated, reset, stall, timeout_after_create (the write happens, then the answer stalls).
class FaultPlan
{
public:
    struct Decision
    {
        QString kind; // empty: answer normally
        qint64 latencyMs = 0;
        int retryAfterSeconds = 1;
        bool wrongFacts = false;     // LLM copy states a different price and material
        bool reviewReject = false;   // the reviewer scores low and lists problems; a writer disagrees
        bool reviewNitpick = false;  // the reviewer passes the piece but lists a minor problem
        bool strayVerdicts = false;  // the reviewer answers for claims that are not in the list, one twice
        bool uncitedVerdict = false; // the reviewer calls a claim supported and cites nothing
        bool dropLocked = false;     // the writer leaves out a skill's locked texts
        int pageSize = 0;            // the longest page a list answers with (0: the API's own default)
    };

    void configure(const QJsonObject& config);
    QJsonObject config() const;
    // Adds or replaces one route's settings (command-line shorthand).
    void setRoute(const QString& route, const QJsonObject& settings);
    Decision decide(const QString& route);

    // Concurrency accounting for maxConcurrency.
    bool tryEnter(const QString& route);
    void leave(const QString& route);

private:
    QJsonObject routeConfig(const QString& route) const;
    qint64 latency(const QJsonObject& spec);

    mutable QMutex m_mutex;
    QJsonObject m_config;
    QRandomGenerator m_rng{7};
    QHash<QString, int> m_sequencePos;
    QHash<QString, int> m_inFlight;
};
