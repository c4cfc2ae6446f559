#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Clock;

// Prices per provider kind and model (editable in the workspace, with defaults), and the cost of a
// call from the usage the API reports. Costs are in micro-dollars.
class PriceTable
{
public:
    struct Price
    {
        QString kind;
        QString model;               // exact name, or a prefix ending in '*'
        qint64 inputPerMillion = 0;  // micro-dollars per million input tokens
        qint64 outputPerMillion = 0; // micro-dollars per million output tokens
        qint64 perImage = 0;
    };

    static PriceTable defaults();
    static PriceTable load(const QSqlDatabase& db);
    void save(const QSqlDatabase& db) const;

    void set(const Price& price);
    // Exact model first, then the longest matching prefix; zero prices when nothing matches.
    Price find(const QString& kind, const QString& model) const;
    qint64 cost(const QString& kind, const QString& model, int inputTokens, int outputTokens) const;
    const QList<Price>& prices() const { return m_prices; }

private:
    QList<Price> m_prices;
};

// The workspace's daily AI budget, checked before a call is sent. Each call reserves its worst-case
// cost (the estimated prompt plus every token it may write); the reservation is settled with the
// real cost afterwards. Concurrent workers therefore can never overspend together. Thread-safe.
//
// Within the day, shares (the CEO's plan of the day, AiBudget) cap the calls of some purposes: a call
// counts against the share whose purpose pattern matches it most closely (a pattern ending in ':' or
// '*' matches as a prefix, any other exactly) and is refused when that share would be exceeded; a
// call no share names counts against the daily budget only. The shares hold until the next plan replaces
// them.
class SpendGuard
{
public:
    struct Share
    {
        QString key; // names the work (translated in context "AiShares")
        QStringList purposes;
        qint64 budgetMicros = 0;
        bool operator==(const Share&) const = default;
    };
    struct Shares
    {
        QString day; // yyyy-MM-dd, local time
        QList<Share> list;
        // The share a call of this purpose counts against, or null.
        const Share* find(const QString& purpose) const;
        bool operator==(const Shares&) const = default;
    };

    explicit SpendGuard(const Clock* clock);

    // The workspace's stored daily budget in micro-dollars (0: none).
    static qint64 storedDailyBudget(const QSqlDatabase& db);
    static void storeDailyBudget(const QSqlDatabase& db, qint64 micros);
    // The stored shares (empty when none were planned).
    static Shares storedShares(const QSqlDatabase& db);
    static void storeShares(const QSqlDatabase& db, const Shares& shares);
    static QString dayOf(qint64 msSinceEpoch); // the local day, as shares name it

    void setDailyBudget(qint64 micros); // 0: no budget
    qint64 dailyBudget() const;
    void setShares(const Shares& shares);
    // Today's spend so far (from provider_calls when the workspace opens), in all and by purpose.
    void setSpentToday(qint64 micros);
    void loadSpentToday(const QSqlDatabase& db);

    // Reserves the estimate; 0 and a reason when it would break the budget or the purpose's share.
    quint64 reserve(qint64 estimateMicros, QString* refusal) { return reserve(estimateMicros, {}, refusal); }
    quint64 reserve(qint64 estimateMicros, const QString& purpose, QString* refusal);
    void settle(quint64 reservation, qint64 actualMicros);
    qint64 spentToday() const;
    qint64 reserved() const;

private:
    struct Reservation
    {
        qint64 micros = 0;
        QString purpose;
    };
    void rollDay() const;
    const Clock* m_clock;
    mutable QMutex m_mutex;
    qint64 m_budget = 0;
    Shares m_shares;
    mutable qint64 m_spent = 0;
    mutable QHash<QString, qint64> m_spentByPurpose;
    mutable QString m_day;
    quint64 m_nextId = 1;
    QHash<quint64, Reservation> m_reservations;
};
