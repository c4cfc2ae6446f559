#include "Pricing.h"

#include "core/Clock.h"
#include "core/Json.h"
#include "core/Log.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

PriceTable PriceTable::defaults()
{
    // List prices in USD per million tokens as published by the vendors; edit them in Settings when
    // they change. Local models (Ollama) cost nothing; the sandbox is priced like a small model so the
    // demo shows plausible costs.
    PriceTable t;
    const QList<Price> list{
        {u"openai"_s, u"gpt-4o-mini*"_s, 150'000, 600'000, 0},
        {u"openai"_s, u"gpt-4o*"_s, 2'500'000, 10'000'000, 0},
        {u"openai"_s, u"gpt-4.1-mini*"_s, 400'000, 1'600'000, 0},
        {u"openai"_s, u"gpt-4.1*"_s, 2'000'000, 8'000'000, 0},
        {u"openai"_s, u"gpt-image-1*"_s, 0, 0, 42'000},
        {u"openai"_s, u"dall-e-3*"_s, 0, 0, 40'000},
        {u"stability"_s, u"stable-image-core*"_s, 0, 0, 30'000},
        {u"stability"_s, u"sd3.5-large*"_s, 0, 0, 65'000},
        {u"openai"_s, u"text-embedding-3-small*"_s, 20'000, 0, 0},
        {u"openai"_s, u"text-embedding-3-large*"_s, 130'000, 0, 0},
        {u"openai"_s, u"sandbox-*"_s, 150'000, 600'000, 40'000},
        {u"anthropic"_s, u"claude-sonnet-4*"_s, 3'000'000, 15'000'000, 0},
        {u"anthropic"_s, u"claude-haiku-4*"_s, 1'000'000, 5'000'000, 0},
        {u"anthropic"_s, u"claude-opus-4*"_s, 15'000'000, 75'000'000, 0},
        {u"anthropic"_s, u"sandbox-*"_s, 150'000, 600'000, 0},
        {u"gemini"_s, u"gemini-2.5-flash*"_s, 300'000, 2'500'000, 0},
        {u"gemini"_s, u"gemini-2.5-pro*"_s, 1'250'000, 10'000'000, 0},
        {u"gemini"_s, u"sandbox-*"_s, 150'000, 600'000, 0},
        {u"ollama"_s, u"*"_s, 0, 0, 0},
    };
    for (const Price& p : list)
        t.set(p);
    return t;
}

PriceTable PriceTable::load(const QSqlDatabase& db)
{
    PriceTable t;
    try {
        QSqlQuery q
            = Sql::exec(db, u"SELECT kind, model, input_per_mtok, output_per_mtok, per_image FROM model_prices"_s);
        while (q.next())
            t.set({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                q.value(4).toLongLong()});
    } catch (const SqlError& e) {
        qCWarning(lcLlm) << "cannot read model prices, using defaults:" << e.message();
        return defaults();
    }
    return t.m_prices.isEmpty() ? defaults() : t;
}

void PriceTable::save(const QSqlDatabase& db) const
{
    Transaction tx(db);
    Sql::exec(db, u"DELETE FROM model_prices"_s);
    for (const Price& p : m_prices)
        Sql::exec(db,
            u"INSERT INTO model_prices (kind, model, input_per_mtok, output_per_mtok, per_image) VALUES (?, ?, ?, ?, ?)"_s,
            {p.kind, p.model, p.inputPerMillion, p.outputPerMillion, p.perImage});
    tx.commit();
}

void PriceTable::set(const Price& price)
{
    for (Price& p : m_prices) {
        if (p.kind == price.kind && p.model == price.model) {
            p = price;
            return;
        }
    }
    m_prices.append(price);
}

PriceTable::Price PriceTable::find(const QString& kind, const QString& model) const
{
    const Price* best = nullptr;
    qsizetype bestLength = -1;
    for (const Price& p : m_prices) {
        if (p.kind != kind)
            continue;
        if (p.model == model)
            return p;
        if (p.model.endsWith(u'*')) {
            const QString prefix = p.model.chopped(1);
            if (model.startsWith(prefix) && prefix.size() > bestLength) {
                best = &p;
                bestLength = prefix.size();
            }
        }
    }
    return best ? *best : Price{kind, model, 0, 0, 0};
}

qint64 PriceTable::cost(const QString& kind, const QString& model, int inputTokens, int outputTokens) const
{
    const Price p = find(kind, model);
    // Rounded up: a budget is better overestimated by a micro-dollar than under.
    const auto part = [](qint64 perMillion, int tokens) {
        return (perMillion * static_cast<qint64>(tokens) + 999'999) / 1'000'000;
    };
    return part(p.inputPerMillion, inputTokens) + part(p.outputPerMillion, outputTokens);
}

SpendGuard::SpendGuard(const Clock* clock)
    : m_clock(clock)
{ }

void SpendGuard::rollDay() const
{
    const QString today = dayOf(m_clock->nowMs());
    if (today != m_day) {
        m_day = today;
        m_spent = 0;
        m_spentByPurpose.clear();
    }
}

QString SpendGuard::dayOf(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date().toString(Qt::ISODate);
}

const SpendGuard::Share* SpendGuard::Shares::find(const QString& purpose) const
{
    const Share* best = nullptr;
    qsizetype bestLength = -1;
    for (const Share& share : list) {
        for (const QString& pattern : share.purposes) {
            const bool prefix = pattern.endsWith(u':') || pattern.endsWith(u'*');
            const QString stem = pattern.endsWith(u'*') ? pattern.chopped(1) : pattern;
            const bool matches = prefix ? purpose.startsWith(stem) : purpose == pattern;
            if (matches && stem.size() > bestLength) {
                best = &share;
                bestLength = stem.size();
            }
        }
    }
    return best;
}

void SpendGuard::setDailyBudget(qint64 micros)
{
    QMutexLocker lock(&m_mutex);
    m_budget = std::max<qint64>(0, micros);
}

qint64 SpendGuard::dailyBudget() const
{
    QMutexLocker lock(&m_mutex);
    return m_budget;
}

void SpendGuard::setShares(const Shares& shares)
{
    QMutexLocker lock(&m_mutex);
    m_shares = shares;
}

void SpendGuard::setSpentToday(qint64 micros)
{
    QMutexLocker lock(&m_mutex);
    rollDay();
    m_spent = micros;
    m_spentByPurpose.clear(); // not known by purpose
}

void SpendGuard::loadSpentToday(const QSqlDatabase& db)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date();
    QSqlQuery q = Sql::exec(db,
        u"SELECT purpose, COALESCE(SUM(cost_micros), 0) FROM provider_calls WHERE at >= ? AND at < ? GROUP BY purpose"_s,
        {today.startOfDay().toMSecsSinceEpoch(), today.addDays(1).startOfDay().toMSecsSinceEpoch()});
    QHash<QString, qint64> byPurpose;
    qint64 spent = 0;
    while (q.next()) {
        byPurpose.insert(q.value(0).toString(), q.value(1).toLongLong());
        spent += q.value(1).toLongLong();
    }
    QMutexLocker lock(&m_mutex);
    rollDay();
    m_spent = spent;
    m_spentByPurpose = byPurpose;
}

quint64 SpendGuard::reserve(qint64 estimateMicros, const QString& purpose, QString* refusal)
{
    QMutexLocker lock(&m_mutex);
    rollDay();
    qint64 reserved = 0;
    for (const Reservation& r : std::as_const(m_reservations))
        reserved += r.micros;
    const QLocale l;
    if (m_budget > 0 && m_spent + reserved + estimateMicros > m_budget) {
        if (refusal) {
            *refusal = QCoreApplication::translate("SpendGuard",
                "Today's AI budget of $%1 would be exceeded: $%2 spent, $%3 reserved by running calls, this call may "
                "cost up to $%4. Raise the budget in Settings or wait until tomorrow.")
                           .arg(l.toString(m_budget / 1e6, 'f', 2), l.toString(m_spent / 1e6, 'f', 4),
                               l.toString(reserved / 1e6, 'f', 4), l.toString(estimateMicros / 1e6, 'f', 4));
        }
        return 0;
    }
    // The last plan's shares hold until the next replaces them (the CEO re-plans on a new day's first run).
    const Share* share = m_shares.find(purpose);
    if (share) {
        qint64 shareSpent = 0;
        for (auto it = m_spentByPurpose.cbegin(); it != m_spentByPurpose.cend(); ++it)
            shareSpent += m_shares.find(it.key()) == share ? it.value() : 0;
        qint64 shareReserved = 0;
        for (const Reservation& r : std::as_const(m_reservations))
            shareReserved += m_shares.find(r.purpose) == share ? r.micros : 0;
        if (shareSpent + shareReserved + estimateMicros > share->budgetMicros) {
            if (refusal) {
                *refusal = QCoreApplication::translate("SpendGuard",
                    "Today's share of the AI budget for %1 is $%2: $%3 spent, $%4 reserved by running calls, this "
                    "call may cost up to $%5. The CEO shares the monthly AI spend ceiling (dashboard goals) out day "
                    "by day, within the daily budget in Settings, and again at each of its runs.")
                               .arg(QCoreApplication::translate("AiShares", share->key.toUtf8().constData()),
                                   l.toString(share->budgetMicros / 1e6, 'f', share->budgetMicros >= 10'000 ? 2 : 4),
                                   l.toString(shareSpent / 1e6, 'f', 4), l.toString(shareReserved / 1e6, 'f', 4),
                                   l.toString(estimateMicros / 1e6, 'f', 4));
            }
            return 0;
        }
    }
    const quint64 id = m_nextId++;
    m_reservations.insert(id, {estimateMicros, purpose});
    return id;
}

void SpendGuard::settle(quint64 reservation, qint64 actualMicros)
{
    QMutexLocker lock(&m_mutex);
    rollDay();
    const Reservation r = m_reservations.take(reservation);
    const qint64 actual = std::max<qint64>(0, actualMicros);
    m_spent += actual;
    m_spentByPurpose[r.purpose] += actual;
}

qint64 SpendGuard::spentToday() const
{
    QMutexLocker lock(&m_mutex);
    rollDay();
    return m_spent;
}

qint64 SpendGuard::reserved() const
{
    QMutexLocker lock(&m_mutex);
    qint64 r = 0;
    for (const Reservation& v : m_reservations)
        r += v.micros;
    return r;
}

qint64 SpendGuard::storedDailyBudget(const QSqlDatabase& db)
{
    return Settings::intValue(db, u"budget.daily_micros"_s, 0);
}

void SpendGuard::storeDailyBudget(const QSqlDatabase& db, qint64 micros)
{
    Settings::setValue(db, u"budget.daily_micros"_s, micros);
}

SpendGuard::Shares SpendGuard::storedShares(const QSqlDatabase& db)
{
    const QJsonObject o = Json::objectFromString(Settings::value(db, u"budget.shares"_s));
    Shares out;
    out.day = o.value(u"day"_s).toString();
    for (const QJsonValue& v : o.value(u"shares"_s).toArray()) {
        const QJsonObject s = v.toObject();
        Share share;
        share.key = s.value(u"key"_s).toString();
        share.purposes = Json::toStringList(s.value(u"purposes"_s).toArray());
        share.budgetMicros = s.value(u"budget_micros"_s).toInteger();
        out.list.append(share);
    }
    return out;
}

void SpendGuard::storeShares(const QSqlDatabase& db, const Shares& shares)
{
    if (shares.list.isEmpty()) {
        Settings::remove(db, u"budget.shares"_s);
        return;
    }
    QJsonArray list;
    for (const Share& s : shares.list)
        list.append(QJsonObject{{u"key"_s, s.key}, {u"purposes"_s, QJsonArray::fromStringList(s.purposes)},
            {u"budget_micros"_s, s.budgetMicros}});
    Settings::setValue(db, u"budget.shares"_s, Json::compact(QJsonObject{{u"day"_s, shares.day}, {u"shares"_s, list}}));
}
