#include "Pricing.h"

#include "core/Clock.h"
#include "core/Log.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
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
    const QString today = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date().toString(Qt::ISODate);
    if (today != m_day) {
        m_day = today;
        m_spent = 0;
    }
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

void SpendGuard::setSpentToday(qint64 micros)
{
    QMutexLocker lock(&m_mutex);
    rollDay();
    m_spent = micros;
}

void SpendGuard::loadSpentToday(const QSqlDatabase& db)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock->nowMs()).date();
    const qint64 start = today.startOfDay().toMSecsSinceEpoch();
    const qint64 spent
        = Sql::scalar(db, u"SELECT COALESCE(SUM(cost_micros), 0) FROM provider_calls WHERE at >= ? AND at < ?"_s,
            {start, today.addDays(1).startOfDay().toMSecsSinceEpoch()})
              .toLongLong();
    setSpentToday(spent);
}

quint64 SpendGuard::reserve(qint64 estimateMicros, QString* refusal)
{
    QMutexLocker lock(&m_mutex);
    rollDay();
    qint64 reserved = 0;
    for (qint64 r : std::as_const(m_reservations))
        reserved += r;
    if (m_budget > 0 && m_spent + reserved + estimateMicros > m_budget) {
        if (refusal) {
            const QLocale l;
            *refusal = QCoreApplication::translate("SpendGuard",
                "Today's AI budget of $%1 would be exceeded: $%2 spent, $%3 reserved by running calls, this call may "
                "cost up to $%4. Raise the budget in Settings or wait until tomorrow.")
                           .arg(l.toString(m_budget / 1e6, 'f', 2), l.toString(m_spent / 1e6, 'f', 4),
                               l.toString(reserved / 1e6, 'f', 4), l.toString(estimateMicros / 1e6, 'f', 4));
        }
        return 0;
    }
    const quint64 id = m_nextId++;
    m_reservations.insert(id, estimateMicros);
    return id;
}

void SpendGuard::settle(quint64 reservation, qint64 actualMicros)
{
    QMutexLocker lock(&m_mutex);
    rollDay();
    m_reservations.remove(reservation);
    m_spent += std::max<qint64>(0, actualMicros);
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
    for (qint64 v : m_reservations)
        r += v;
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
