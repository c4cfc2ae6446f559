#include "FaultPlan.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

void FaultPlan::configure(const QJsonObject& config)
{
    QMutexLocker lock(&m_mutex);
    m_config = config;
    m_rng.seed(static_cast<quint32>(config.value(u"seed"_s).toInt(7)));
    m_sequencePos.clear();
}

QJsonObject FaultPlan::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void FaultPlan::setRoute(const QString& route, const QJsonObject& settings)
{
    QMutexLocker lock(&m_mutex);
    QJsonObject routes = m_config.value(u"routes"_s).toObject();
    QJsonObject merged = routes.value(route).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        if (it.key() == u"errors" && merged.value(u"errors"_s).isArray()) {
            QJsonArray errors = merged.value(u"errors"_s).toArray();
            for (const QJsonValue& e : it.value().toArray())
                errors.append(e);
            merged.insert(u"errors"_s, errors);
        } else {
            merged.insert(it.key(), it.value());
        }
    }
    routes.insert(route, merged);
    m_config.insert(u"routes"_s, routes);
    if (settings.contains(u"sequence"_s))
        m_sequencePos.remove(route); // a new sequence starts from its beginning
}

QJsonObject FaultPlan::routeConfig(const QString& route) const
{
    const QJsonObject routes = m_config.value(u"routes"_s).toObject();
    // A route's own settings override the "*" settings; "openai.chat" also matches "openai".
    QJsonObject out = routes.value(u"*"_s).toObject();
    const QString family = route.section(u'.', 0, 0);
    for (const QString& key : {family, route}) {
        const QJsonObject specific = routes.value(key).toObject();
        for (auto it = specific.begin(); it != specific.end(); ++it)
            out.insert(it.key(), it.value());
    }
    return out;
}

qint64 FaultPlan::latency(const QJsonObject& spec)
{
    const QString kind = spec.value(u"kind"_s).toString(u"fixed"_s);
    if (kind == u"uniform") {
        const qint64 lo = spec.value(u"min"_s).toInteger();
        const qint64 hi = std::max(lo, spec.value(u"max"_s).toInteger());
        return lo + static_cast<qint64>(m_rng.bounded(static_cast<quint64>(hi - lo + 1)));
    }
    if (kind == u"lognormal") {
        // Box-Muller normal sample, exponentiated around the median.
        const double median = spec.value(u"median"_s).toDouble(200);
        const double sigma = spec.value(u"sigma"_s).toDouble(0.5);
        const double u1 = std::max(1e-12, m_rng.generateDouble());
        const double u2 = m_rng.generateDouble();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        return static_cast<qint64>(median * std::exp(sigma * z));
    }
    return spec.value(u"ms"_s).toInteger();
}

FaultPlan::Decision FaultPlan::decide(const QString& route)
{
    QMutexLocker lock(&m_mutex);
    const QJsonObject cfg = routeConfig(route);
    Decision d;
    d.retryAfterSeconds = cfg.value(u"retryAfter"_s).toInt(1);
    d.pageSize = cfg.value(u"pageSize"_s).toInt(0);
    if (cfg.value(u"latency"_s).isObject())
        d.latencyMs = latency(cfg.value(u"latency"_s).toObject());
    else if (cfg.value(u"latency"_s).isDouble())
        d.latencyMs = cfg.value(u"latency"_s).toInteger();
    const QJsonArray sequence = cfg.value(u"sequence"_s).toArray();
    int& pos = m_sequencePos[route];
    if (pos < sequence.size()) {
        const QString kind = sequence.at(pos++).toString();
        d.kind = kind == u"ok" ? QString() : kind;
    } else {
        for (const QJsonValue& v : cfg.value(u"errors"_s).toArray()) {
            const QJsonObject e = v.toObject();
            if (m_rng.generateDouble() < e.value(u"rate"_s).toDouble()) {
                d.kind = e.value(u"kind"_s).toString();
                if (e.contains(u"retryAfter"_s))
                    d.retryAfterSeconds = e.value(u"retryAfter"_s).toInt();
                break;
            }
        }
    }
    d.wrongFacts = m_rng.generateDouble() < cfg.value(u"wrongFacts"_s).toDouble();
    d.reviewReject = m_rng.generateDouble() < cfg.value(u"reviewReject"_s).toDouble();
    d.reviewNitpick = m_rng.generateDouble() < cfg.value(u"reviewNitpick"_s).toDouble();
    d.strayVerdicts = m_rng.generateDouble() < cfg.value(u"strayVerdicts"_s).toDouble();
    d.uncitedVerdict = m_rng.generateDouble() < cfg.value(u"uncitedVerdict"_s).toDouble();
    d.dropLocked = m_rng.generateDouble() < cfg.value(u"dropLocked"_s).toDouble();
    return d;
}

bool FaultPlan::tryEnter(const QString& route)
{
    QMutexLocker lock(&m_mutex);
    const int limit = routeConfig(route).value(u"maxConcurrency"_s).toInt(0);
    int& n = m_inFlight[route];
    if (limit > 0 && n >= limit)
        return false;
    ++n;
    return true;
}

void FaultPlan::leave(const QString& route)
{
    QMutexLocker lock(&m_mutex);
    int& n = m_inFlight[route];
    n = std::max(0, n - 1);
}
