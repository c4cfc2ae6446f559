#include "AdAccount.h"

#include <QHash>

#include <QCryptographicHash>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QString money(qint64 cents)
{
    return QString::number(static_cast<double>(cents) / 100, 'f', 2);
}

QJsonArray purchaseActions(qint64 count7d, qint64 count1dView, bool values)
{
    const auto cell = [&](qint64 a, qint64 b) { return values ? money(a + b) : QString::number(a + b); };
    const auto one = [&](const QString& type) {
        return QJsonObject{{u"action_type"_s, type}, {u"value"_s, cell(count7d, count1dView)},
            {u"7d_click"_s, values ? money(count7d) : QString::number(count7d)},
            {u"1d_view"_s, values ? money(count1dView) : QString::number(count1dView)}};
    };
    return QJsonArray{one(u"omni_purchase"_s), one(u"offsite_conversion.fb_pixel_purchase"_s)};
}
} // namespace

void AdAccount::generate(const Options& options)
{
    m_options = options;
    m_campaigns.clear();
    m_adSets.clear();
    m_creatives.clear();
    m_ads.clear();
    m_created = 0;
    const QDateTime opened = options.now.addDays(-options.days - 30);
    m_campaigns = {{u"120210000000001"_s, u"Prospecting – Wool throws"_s, u"OUTCOME_SALES"_s, u"ACTIVE"_s, opened},
        {u"120210000000002"_s, u"Retargeting – Cart visitors"_s, u"OUTCOME_SALES"_s, u"ACTIVE"_s, opened},
        {u"120210000000003"_s, u"Launch – Linen bedding"_s, u"OUTCOME_SALES"_s, u"ACTIVE"_s, opened}};
    struct Plan
    {
        int campaign;
        const char* name;
        double roas;
        qint64 budget;
        int startedDaysAgo;
        double lateness;
        int archivedDaysAgo = -1; // archived then: no longer listed, its days still reported
    };
    const QList<Plan> plans{
        {0, "Broad 25-54", 2.1, 6000, 90, 0},
        {0, "Interest: interior design", 3.6, 4000, 90, 0},
        {0, "Lookalike 1 %", 0.6, 8000, 80, 0},
        {1, "Cart 7 days", 4.4, 3000, 90, 0},
        {1, "Viewed product 14 days", 1.6, 3000, 70, 1},
        {2, "Linen – video", 1.2, 5000, 40, 0},
        {2, "Linen – carousel", 2.6, 5000, 40, 0},
        {2, "Linen – new creative", 2.4, 4000, 4, 0},
        {0, "Spring test – archived", 1.4, 3000, 90, 0, 60},
    };
    // The Dutch demo's account: the same account, named by a Dutch shop.
    static const QHash<QString, QString> dutch{{u"Prospecting – Wool throws"_s, u"Nieuwe klanten – Wollen plaids"_s},
        {u"Retargeting – Cart visitors"_s, u"Retargeting – Winkelwagenbezoekers"_s},
        {u"Launch – Linen bedding"_s, u"Lancering – Linnen beddengoed"_s}, {u"Broad 25-54"_s, u"Breed 25-54"_s},
        {u"Interest: interior design"_s, u"Interesse: interieurontwerp"_s},
        {u"Cart 7 days"_s, u"Winkelwagen 7 dagen"_s}, {u"Viewed product 14 days"_s, u"Product bekeken 14 dagen"_s},
        {u"Linen – video"_s, u"Linnen – video"_s}, {u"Linen – carousel"_s, u"Linnen – carrousel"_s},
        {u"Linen – new creative"_s, u"Linnen – nieuwe advertentie"_s},
        {u"Spring test – archived"_s, u"Voorjaarstest – gearchiveerd"_s}};
    const auto named
        = [&options](const QString& english) { return options.dutch ? dutch.value(english, english) : english; };
    for (Campaign& c : m_campaigns)
        c.name = named(c.name);
    const QDate last = today();
    int n = 0;
    for (const Plan& p : plans) {
        AdSet a;
        a.id = u"2384%1"_s.arg(1000 + ++n);
        a.campaignId = m_campaigns.at(p.campaign).id;
        a.name = named(QString::fromUtf8(p.name));
        a.roas = p.roas;
        a.lateness = p.lateness;
        a.started = last.addDays(-std::min(p.startedDaysAgo, options.days));
        a.learning = p.startedDaysAgo < 7;
        a.cpmCents = 700 + static_cast<qint64>(random(a.id, {}, 1) * 500);
        a.ctr = 0.008 + random(a.id, {}, 2) * 0.012;
        a.orderCents = 4000 + static_cast<qint64>(random(a.id, {}, 3) * 3000);
        a.created = opened;
        a.changes.append({a.started, u"ACTIVE"_s, p.budget});
        if (p.archivedDaysAgo >= 0)
            a.changes.append({last.addDays(-p.archivedDaysAgo), u"ARCHIVED"_s, p.budget});
        // On the last Monday someone typed 75 where 30 was meant, and put it back the next morning: a
        // day of spend the anomaly check should flag (a calendar day, so a later account agrees).
        if (qstrcmp(p.name, "Viewed product 14 days") == 0) {
            QDate monday = last.addDays(-(last.dayOfWeek() - 1));
            if (monday == last)
                monday = monday.addDays(-7);
            a.changes.append({monday, u"ACTIVE"_s, 7500});
            a.changes.append({monday.addDays(1), u"ACTIVE"_s, p.budget});
        }
        m_adSets.append(a);
    }
}

QString AdAccount::graphTime(const QDateTime& t) const
{
    // As Graph writes times: "2026-11-30T09:00:00+0100".
    const QDateTime local = t.toTimeZone(m_options.zone);
    const int offset = local.offsetFromUtc() / 60;
    return local.toString(u"yyyy-MM-ddTHH:mm:ss"_s) + (offset < 0 ? u'-' : u'+')
        + u"%1%2"_s.arg(std::abs(offset) / 60, 2, 10, QChar(u'0')).arg(std::abs(offset) % 60, 2, 10, QChar(u'0'));
}

QDate AdAccount::today() const
{
    return m_options.now.toTimeZone(m_options.zone).date();
}

double AdAccount::random(const QString& key, QDate day, int salt) const
{
    const QByteArray input = QByteArray::number(m_options.seed) + key.toLatin1() + day.toString(Qt::ISODate).toLatin1()
        + QByteArray::number(salt);
    const QByteArray h = QCryptographicHash::hash(input, QCryptographicHash::Md5);
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<quint8>(h[i]);
    return static_cast<double>(v) / 4294967296.0;
}

const AdAccount::Change& AdAccount::stateOn(const AdSet& a, QDate day) const
{
    const Change* state = &a.changes.first();
    for (const Change& c : a.changes)
        if (c.from <= day)
            state = &c;
    return *state;
}

QJsonObject AdAccount::account() const
{
    return QJsonObject{{u"id"_s, QString(u"act_"_s + m_options.id)}, {u"name"_s, m_options.name},
        {u"currency"_s, m_options.currency}, {u"timezone_name"_s, QString::fromLatin1(m_options.zone.id())},
        {u"account_status"_s, 1}};
}

QJsonObject AdAccount::campaignJson(const Campaign& c) const
{
    bool active = false;
    for (const AdSet& a : m_adSets)
        active = active || (a.campaignId == c.id && stateOn(a, today()).status == u"ACTIVE");
    const QString effective = c.status != u"ACTIVE" ? c.status : (active ? u"ACTIVE"_s : u"ADSET_PAUSED"_s);
    return QJsonObject{{u"id"_s, c.id}, {u"name"_s, c.name}, {u"objective"_s, c.objective}, {u"status"_s, c.status},
        {u"effective_status"_s, effective}, {u"bid_strategy"_s, u"LOWEST_COST_WITHOUT_CAP"_s},
        {u"created_time"_s, graphTime(c.created)}};
}

QJsonArray AdAccount::campaigns() const
{
    QJsonArray out;
    for (const Campaign& c : m_campaigns)
        out.append(campaignJson(c));
    return out;
}

QJsonObject AdAccount::adSet(const QString& id) const
{
    for (const AdSet& a : m_adSets) {
        if (a.id != id)
            continue;
        const Change& now = stateOn(a, today());
        QDateTime edited(a.changes.last().from, QTime(9, 0), m_options.zone);
        QJsonObject o{{u"id"_s, a.id}, {u"name"_s, a.name}, {u"campaign_id"_s, a.campaignId}, {u"status"_s, now.status},
            {u"effective_status"_s, now.status}, {u"daily_budget"_s, QString::number(now.budgetCents)},
            {u"bid_strategy"_s, now.bidCents > 0 ? u"LOWEST_COST_WITH_BID_CAP"_s : u"LOWEST_COST_WITHOUT_CAP"_s},
            {u"learning_stage_info"_s, QJsonObject{{u"status"_s, a.learning ? u"LEARNING"_s : u"SUCCESS"_s}}},
            {u"updated_time"_s, graphTime(edited)}};
        if (now.bidCents > 0)
            o.insert(u"bid_amount"_s, QString::number(now.bidCents));
        return o;
    }
    return {};
}

QJsonArray AdAccount::adSets() const
{
    QJsonArray out;
    for (const AdSet& a : m_adSets) {
        // As on Meta, the edge lists archived and deleted ad sets only when asked to filter for them.
        if (stateOn(a, today()).status == u"ACTIVE" || stateOn(a, today()).status == u"PAUSED")
            out.append(adSet(a.id));
    }
    return out;
}

QJsonObject AdAccount::row(const AdSet& a, QDate day, const QString& level) const
{
    const Change& state = stateOn(a, day);
    if (day < a.started || day > today() || state.status != u"ACTIVE" || !delivers(a))
        return {};
    // Today is reported as far as it has gone.
    double share = 1;
    if (day == today()) {
        const QTime t = m_options.now.toTimeZone(m_options.zone).time();
        share = static_cast<double>(t.msecsSinceStartOfDay()) / 86'400'000.0;
    }
    const qint64 spend
        = std::llround(static_cast<double>(state.budgetCents) * (0.8 + 0.2 * random(a.id, day, 4)) * share);
    if (spend <= 0)
        return {};
    const double weekday = day.dayOfWeek() >= 6 ? 1.15 : 1.0;
    const double noise = std::exp((random(a.id, day, 5) - 0.5) * 0.8);
    const double value = static_cast<double>(spend) * a.roas * weekday * noise;
    // Late attribution: the share of the day's purchases reported so far.
    const qint64 age = day.daysTo(today());
    static const double reported[] = {0.5, 0.75, 0.9, 1.0};
    double late = reported[std::min<qint64>(age, 3)];
    if (a.lateness > 0 && age < 4)
        late = std::min(1.0, late * 0.6);
    const qint64 purchases = std::llround(value * late / static_cast<double>(a.orderCents));
    const qint64 valueCents = purchases * a.orderCents;
    const qint64 view = purchases / 5;
    const qint64 impressions = spend * 1000 / a.cpmCents;
    const qint64 clicks = std::llround(static_cast<double>(impressions) * a.ctr);
    const double frequency = 1.1 + 1.4 * static_cast<double>(a.started.daysTo(day)) / 90.0;
    const qint64 reach = std::llround(static_cast<double>(impressions) / frequency);
    const QString id = level == u"campaign" ? a.campaignId : a.id;
    QString name = a.name;
    for (const Campaign& c : m_campaigns)
        if (level == u"campaign" && c.id == a.campaignId)
            name = c.name;
    return QJsonObject{{level + u"_id"_s, id}, {level + u"_name"_s, name}, {u"campaign_id"_s, a.campaignId},
        {u"spend"_s, money(spend)}, {u"impressions"_s, QString::number(impressions)},
        {u"clicks"_s, QString::number(clicks)}, {u"reach"_s, QString::number(reach)},
        {u"frequency"_s, QString::number(frequency, 'f', 6)},
        {u"actions"_s, purchaseActions(purchases - view, view, false)},
        {u"action_values"_s, purchaseActions((purchases - view) * a.orderCents, view * a.orderCents, true)},
        {u"purchase_roas"_s,
            QJsonArray{QJsonObject{{u"action_type"_s, u"omni_purchase"_s},
                {u"value"_s, QString::number(static_cast<double>(valueCents) / static_cast<double>(spend), 'f', 2)}}}},
        {u"date_start"_s, day.toString(Qt::ISODate)}, {u"date_stop"_s, day.toString(Qt::ISODate)}};
}

QJsonArray AdAccount::insights(const QString& level, QDate since, QDate until) const
{
    QJsonArray out;
    if (!since.isValid() || !until.isValid())
        return out;
    if (level == u"campaign") {
        // The sum of the campaign's ad sets, day by day.
        for (const Campaign& c : m_campaigns) {
            for (QDate d = since; d <= until; d = d.addDays(1)) {
                QJsonObject sum;
                double spend = 0;
                qint64 impressions = 0;
                qint64 clicks = 0;
                for (const AdSet& a : m_adSets) {
                    if (a.campaignId != c.id)
                        continue;
                    const QJsonObject r = row(a, d, level);
                    if (r.isEmpty())
                        continue;
                    spend += r.value(u"spend"_s).toString().toDouble();
                    impressions += r.value(u"impressions"_s).toString().toLongLong();
                    clicks += r.value(u"clicks"_s).toString().toLongLong();
                    sum = r;
                }
                if (sum.isEmpty())
                    continue;
                sum.insert(u"spend"_s, QString::number(spend, 'f', 2));
                sum.insert(u"impressions"_s, QString::number(impressions));
                sum.insert(u"clicks"_s, QString::number(clicks));
                out.append(sum);
            }
        }
        return out;
    }
    for (const AdSet& a : m_adSets) {
        for (QDate d = since; d <= until; d = d.addDays(1)) {
            const QJsonObject r = row(a, d, level);
            if (!r.isEmpty())
                out.append(r);
        }
    }
    return out;
}

bool AdAccount::update(const QString& id, const QUrlQuery& form, QString* why)
{
    const QString wanted = form.queryItemValue(u"status"_s);
    const bool known = QStringList{u"ACTIVE"_s, u"PAUSED"_s, u"ARCHIVED"_s, u"DELETED"_s}.contains(wanted);
    const auto setStatus = [&](QString* status) {
        if (!known) {
            *why = u"(#100) Param status must be one of {ACTIVE, PAUSED, DELETED, ARCHIVED}"_s;
            return false;
        }
        *status = wanted;
        return true;
    };
    for (Campaign& c : m_campaigns)
        if (c.id == id)
            return setStatus(&c.status);
    for (Ad& ad : m_ads)
        if (ad.id == id)
            return setStatus(&ad.status);
    for (AdSet& a : m_adSets) {
        if (a.id != id)
            continue;
        Change next = stateOn(a, today());
        next.from = today();
        const QString status = form.queryItemValue(u"status"_s);
        if (!status.isEmpty()) {
            if (!QStringList{u"ACTIVE"_s, u"PAUSED"_s, u"ARCHIVED"_s, u"DELETED"_s}.contains(status)) {
                *why = u"(#100) Param status must be one of {ACTIVE, PAUSED, DELETED, ARCHIVED}"_s;
                return false;
            }
            next.status = status;
        }
        if (form.hasQueryItem(u"daily_budget"_s)) {
            bool ok = false;
            const qint64 budget = form.queryItemValue(u"daily_budget"_s).toLongLong(&ok);
            if (!ok || budget < 100) {
                *why = u"(#100) Invalid parameter: daily_budget"_s;
                return false;
            }
            next.budgetCents = budget;
        }
        if (form.hasQueryItem(u"bid_amount"_s)) {
            bool ok = false;
            const qint64 bid = form.queryItemValue(u"bid_amount"_s).toLongLong(&ok);
            if (next.bidCents <= 0) {
                *why = u"(#100) bid_amount can only be set with bid strategy LOWEST_COST_WITH_BID_CAP or COST_CAP"_s;
                return false;
            }
            if (!ok || bid < 1) {
                *why = u"(#100) Invalid parameter: bid_amount"_s;
                return false;
            }
            next.bidCents = bid;
        }
        if (a.changes.last().from == next.from)
            a.changes.last() = next;
        else
            a.changes.append(next);
        return true;
    }
    *why = u"(#100) Object with ID '%1' does not exist"_s.arg(id);
    return false;
}
