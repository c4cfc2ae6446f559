#include "SupplierAgent.h"

#include "DemandAgent.h"
#include "approvals/ApprovalDesk.h"
#include "core/Money.h"
#include "storage/Sql.h"
#include "storesync/StoreSync.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
[[maybe_unused]] const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "Supplier Vetting");
const char* const kRole
    = QT_TRANSLATE_NOOP("AgentRoles", "Compares new suppliers in the supplier list with the current ones");

QString tr(const char* text)
{
    return QCoreApplication::translate("SupplierAgent", text);
}

QString points(double v)
{
    return QLocale().toString(v, 'f', 0);
}

QString days(double v)
{
    return QLocale().toString(v, 'f', std::abs(v - std::round(v)) < 0.05 ? 0 : 1);
}

QString defects(const std::optional<double>& pct)
{
    return pct ? QLocale().toString(*pct, 'f', 1) + u" %"_s
               : QCoreApplication::translate("SupplierAgent", "not in the list");
}

QString stars(const std::optional<double>& rating)
{
    return rating ? QLocale().toString(*rating, 'f', 1) + u" / 5"_s
                  : QCoreApplication::translate("SupplierAgent", "not in the list");
}

std::optional<double> mean(const QList<std::optional<double>>& values)
{
    double sum = 0;
    int n = 0;
    for (const auto& v : values)
        if (v) {
            sum += *v;
            ++n;
        }
    return n > 0 ? std::optional<double>(sum / n) : std::nullopt;
}

// One side of a comparison over the SKUs, from its quotes for them.
SupplierAgent::Side side(const QList<const Suppliers::Quote*>& rows, const QHash<QString, qint64>& units, bool anySold)
{
    SupplierAgent::Side s;
    s.supplier = rows.first()->supplier;
    double lead = 0;
    QList<std::optional<double>> defects;
    QList<std::optional<double>> ratings;
    for (const Suppliers::Quote* q : rows) {
        s.basketCents += q->unitCostCents * (anySold ? units.value(q->sku) : 1);
        lead += q->leadDays;
        defects.append(q->defectPct);
        ratings.append(q->rating);
        if (s.country.isEmpty())
            s.country = q->country;
        if (s.ref.isEmpty())
            s.ref = q->ref;
        if (q->minOrderUnits)
            s.minOrderUnits = std::max(s.minOrderUnits.value_or(0), *q->minOrderUnits);
    }
    s.leadDays = lead / static_cast<double>(rows.size());
    s.defectPct = mean(defects);
    s.rating = mean(ratings);
    return s;
}

// What the comparison was made from: the same figures make the same key.
QString vettingKey(const SupplierAgent::Comparison& c, const QList<Suppliers::Quote>& quotes)
{
    QStringList parts{c.candidate.supplier, c.incumbent.supplier};
    for (const Suppliers::Quote& q : quotes)
        if (c.skus.contains(q.sku) && (q.supplier == c.candidate.supplier || q.supplier == c.incumbent.supplier))
            parts << u"%1|%2|%3|%4|%5|%6"_s.arg(q.supplier, q.sku)
                         .arg(q.unitCostCents)
                         .arg(q.leadDays)
                         .arg(q.defectPct ? QString::number(*q.defectPct) : QString(),
                             q.rating ? QString::number(*q.rating) : QString());
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QJsonObject row(const SupplierAgent::Side& s, double score, bool current)
{
    const auto orNull
        = [](const std::optional<double>& v) { return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue(); };
    return QJsonObject{{u"supplier"_s, s.supplier}, {u"basket"_s, Money::toDecimalString(s.basketCents)},
        {u"lead_days"_s, std::round(s.leadDays * 10) / 10}, {u"defect_pct"_s, orNull(s.defectPct)},
        {u"rating"_s, orNull(s.rating)}, {u"score"_s, std::round(score * 10) / 10}, {u"current"_s, current}};
}
} // namespace

double SupplierAgent::score(const Side& own, const Side& other, const Weights& w)
{
    const double cost = own.basketCents > 0 ? 100.0 * static_cast<double>(std::min(own.basketCents, other.basketCents))
            / static_cast<double>(own.basketCents)
                                            : 0.0;
    const double lead = own.leadDays > 0 ? 100.0 * std::min(own.leadDays, other.leadDays) / own.leadDays : 0.0;
    // A figure the list leaves out for either side is left out of both scores.
    const double defectsWeight = own.defectPct && other.defectPct ? w.defects : 0.0;
    const double ratingWeight = own.rating && other.rating ? w.rating : 0.0;
    const double quality = own.defectPct ? std::max(0.0, 100.0 - DefectPointsPerPercent * *own.defectPct) : 0.0;
    const double rating = own.rating ? *own.rating / 5.0 * 100.0 : 0.0;
    const double total = w.cost + w.lead + defectsWeight + ratingWeight;
    return (w.cost * cost + w.lead * lead + defectsWeight * quality + ratingWeight * rating) / total;
}

double SupplierAgent::score(const Side& own, const Side& other)
{
    return score(own, other, Weights{});
}

QList<SupplierAgent::Weights> SupplierAgent::weightings()
{
    QList<Weights> out{Weights{}};
    for (const double factor : {0.5, 1.5})
        for (int i = 0; i < 4; ++i) {
            Weights w;
            double* weight[] = {&w.cost, &w.lead, &w.defects, &w.rating};
            *weight[i] *= factor;
            out.append(w);
        }
    return out;
}

QList<SupplierAgent::Comparison> SupplierAgent::compare(
    const QList<Suppliers::Quote>& quotes, const QHash<QString, qint64>& unitsBySku)
{
    // Who is current for each SKU, and what each supplier quotes for it.
    QHash<QString, QList<const Suppliers::Quote*>> currentBySku;
    QMap<QString, QList<const Suppliers::Quote*>> candidates; // supplier → its quotes where it is not current
    for (const Suppliers::Quote& q : quotes) {
        if (q.current)
            currentBySku[q.sku].append(&q);
        else
            candidates[q.supplier].append(&q);
    }
    QList<Comparison> out;
    const QList<Weights> all = weightings();
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        // Per incumbent and currency: the candidate's quotes and the incumbent's for the SKUs they share.
        QMap<std::pair<QString, QString>, std::pair<QList<const Suppliers::Quote*>, QList<const Suppliers::Quote*>>>
            pairs;
        for (const Suppliers::Quote* q : it.value())
            for (const Suppliers::Quote* c : currentBySku.value(q->sku))
                if (c->currency == q->currency && c->supplier != q->supplier) {
                    auto& pair = pairs[{c->supplier, c->currency}];
                    pair.first.append(q);
                    pair.second.append(c);
                }
        for (auto p = pairs.cbegin(); p != pairs.cend(); ++p) {
            Comparison c;
            c.currency = p.value().first.first()->currency;
            for (const Suppliers::Quote* q : p.value().first) {
                c.skus.append(q->sku);
                c.units += unitsBySku.value(q->sku);
            }
            const bool anySold = c.units > 0;
            c.candidate = side(p.value().first, unitsBySku, anySold);
            c.incumbent = side(p.value().second, unitsBySku, anySold);
            c.candidateScore = score(c.candidate, c.incumbent);
            c.incumbentScore = score(c.incumbent, c.candidate);
            for (const Weights& w : all)
                c.weightingsWon += score(c.candidate, c.incumbent, w) > score(c.incumbent, c.candidate, w) ? 1 : 0;
            if (anySold)
                c.yearlyChangeCents = c.candidate.basketCents - c.incumbent.basketCents;
            out.append(c);
        }
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Comparison& a, const Comparison& b) { return a.lead() > b.lead(); });
    return out;
}

QHash<QString, qint64> SupplierAgent::unitsSold(const QSqlDatabase& db, qint64 now)
{
    const qint64 today = QDateTime::fromMSecsSinceEpoch(now).date().toJulianDay();
    QHash<QString, qint64> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT k.sku, SUM(l.units) FROM sales_lines_daily l JOIN sales_keys k ON k.id = l.key_id WHERE l.day >= ? "
        u"AND l.day < ? AND k.sku <> '' GROUP BY k.sku"_s,
        {today - YearDays, today});
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

Agent::Spec SupplierAgent::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(Name);
    s.cluster = u"product"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"suppliers"_s, u"orders"_s, u"decisions"_s};
    s.proposes = {u"new_supplier"_s};
    s.intervalMs = 24 * 3'600'000LL;
    s.onNewOrders = true; // the first orders of a new store weigh the costs
    return s;
}

Agent::Outcome SupplierAgent::run(const QSqlDatabase& db, qint64 now) const
{
    const QList<Suppliers::Quote> quotes = Suppliers::quotes(db);
    if (quotes.isEmpty())
        return Outcome::needs(tr("Needs a supplier list: import one in Settings → Suppliers."));
    // Last year's units weigh the cost: while a store's first order sync is under way, wait for it.
    if (const QString store = Sql::scalar(db,
            u"SELECT c.name FROM connections c WHERE c.kind IN ('woocommerce', 'shopify') AND NOT EXISTS (SELECT 1 "
            u"FROM sync_state s WHERE s.connection_id = c.id AND s.resource = 'orders' AND s.since <> '') AND EXISTS "
            u"(SELECT 1 FROM jobs j WHERE j.kind = ? AND j.subject_id = c.id AND j.state IN ('queued', 'running') AND "
            u"json_extract(j.payload, '$.resource') = 'orders') ORDER BY c.id LIMIT 1"_s,
            {StoreSync::Sync.key()})
                                  .toString();
        !store.isEmpty())
        return Outcome::needs(
            tr("Waits for the first order sync of %1: last year's sales weigh the costs.").arg(store));
    if (const auto stale = DemandAgent::staleOrders(db, now))
        return Outcome::needs(*stale);
    if (std::none_of(quotes.cbegin(), quotes.cend(), [](const Suppliers::Quote& q) { return q.current; }))
        return Outcome::needs(tr("The supplier list marks no supplier as current (column current), so there is "
                                 "nothing to compare a new supplier with."));
    const QList<Comparison> comparisons = compare(quotes, unitsSold(db, now));
    if (comparisons.isEmpty())
        return Outcome::done(tr("No supplier in the list quotes for a SKU that another supplier supplies today."));
    const QString name = QString::fromLatin1(Name);
    const qsizetype runs = weightings().size();
    QSet<QString> noted;   // the note names each candidate once, by its best comparison
    QSet<QString> settled; // proposed in this run, or one of its proposals waits
    QStringList notes;
    int proposed = 0;
    for (const Comparison& c : comparisons) {
        const QString& candidate = c.candidate.supplier;
        if (settled.contains(candidate))
            continue;
        const bool best = !noted.contains(candidate);
        noted.insert(candidate);
        const QString line
            = tr("%1 %2 against %3 %4")
                  .arg(candidate, points(c.candidateScore), c.incumbent.supplier, points(c.incumbentScore));
        if (c.lead() < MinLead) {
            if (best)
                notes.append(line);
            continue;
        }
        if (Sql::scalar(db,
                u"SELECT EXISTS (SELECT 1 FROM action_proposals WHERE action_type = 'new_supplier' AND status = "
                u"'pending' AND json_extract(parameters, '$.name') = ?)"_s,
                {candidate})
                .toBool()) {
            settled.insert(candidate);
            if (best)
                notes.append(line);
            continue;
        }
        // Decided with the same figures: not again; its next comparison may still be proposed.
        const QString key = vettingKey(c, quotes);
        if (Sql::scalar(db,
                u"SELECT EXISTS (SELECT 1 FROM action_proposals WHERE action_type = 'new_supplier' AND "
                u"json_extract(parameters, '$.comparison_id') = ?)"_s,
                {key})
                .toBool()) {
            if (best)
                notes.append(line);
            continue;
        }
        const int n = static_cast<int>(c.skus.size());
        ApprovalDesk::Proposal p;
        p.agent = name;
        p.actionType = ActionType::NewSupplier;
        p.currency = c.currency;
        p.confidence = static_cast<double>(c.weightingsWon) / static_cast<double>(runs);
        p.estCostCents = c.yearlyChangeCents;
        p.title = QCoreApplication::translate(
            "SupplierAgent", "Add %1 as the supplier of %n SKU(s) now bought from %2", nullptr, n)
                      .arg(c.candidate.supplier, c.incumbent.supplier);
        const QString basis = c.units > 0
            ? QCoreApplication::translate(
                "SupplierAgent", "at the %n unit(s) of them sold in the last 365 days", nullptr, int(c.units))
            : QCoreApplication::translate("SupplierAgent", "one of each (none of them sold in the last 365 days)");
        const double change = c.incumbent.basketCents > 0
            ? static_cast<double>(c.candidate.basketCents - c.incumbent.basketCents) / c.incumbent.basketCents
            : 0.0;
        p.reasoning = QCoreApplication::translate("SupplierAgent",
            "On the %n SKU(s) both quote for (%1), %2 scores %3 against %4 for %5, weighing cost 40 %, lead time "
            "25 %, defects 25 % and rating 10 %. Bought %6, its prices come to %7 against %8 (%9); lead time %10 "
            "against %11 days; defects %12 against %13; rating %14 against %15. It still scores higher under %16 of "
            "%17 weightings (each weight halved or raised by half).",
            nullptr, n)
                          .arg(c.skus.join(u", "_s), c.candidate.supplier, points(c.candidateScore),
                              points(c.incumbentScore), c.incumbent.supplier, basis,
                              Money::format(c.candidate.basketCents, c.currency),
                              Money::format(c.incumbent.basketCents, c.currency),
                              (change >= 0 ? u"+"_s : QString()) + QLocale().toString(change * 100, 'f', 1) + u" %"_s)
                          .arg(days(c.candidate.leadDays), days(c.incumbent.leadDays), defects(c.candidate.defectPct),
                              defects(c.incumbent.defectPct), stars(c.candidate.rating), stars(c.incumbent.rating))
                          .arg(c.weightingsWon)
                          .arg(runs);
        if (c.yearlyChangeCents)
            p.reasoning += u" "_s
                + (*c.yearlyChangeCents <= 0
                        ? tr("At last year's units the cost of goods is %1 a year lower.")
                              .arg(Money::format(-*c.yearlyChangeCents, c.currency))
                        : tr("At last year's units the cost of goods is %1 a year higher: the score is for the lead "
                             "time and quality.")
                              .arg(Money::format(*c.yearlyChangeCents, c.currency)));
        p.description = tr("Compared with %1 on price, lead time, defects and rating.").arg(c.incumbent.supplier);
        QJsonArray skus;
        for (const QString& sku : c.skus)
            skus.append(sku);
        p.parameters = QJsonObject{{u"name"_s, c.candidate.supplier}, {u"country"_s, c.candidate.country},
            {u"replaces"_s, c.incumbent.supplier}, {u"skus"_s, skus},
            {u"comparison"_s,
                QJsonArray{row(c.candidate, c.candidateScore, false), row(c.incumbent, c.incumbentScore, true)}},
            {u"comparison_id"_s, key}};
        if (!c.candidate.ref.isEmpty())
            p.parameters.insert(u"supplier_id"_s, c.candidate.ref);
        if (c.candidate.minOrderUnits)
            p.parameters.insert(u"min_order_units"_s, *c.candidate.minOrderUnits);
        p.dataSources = {tr("Supplier list"), tr("Store orders, 365 days")};
        p.riskFactors = {tr("A new supplier's first deliveries are untested: order samples first")};
        if (c.candidate.minOrderUnits)
            p.riskFactors.append(QCoreApplication::translate(
                "SupplierAgent", "A first order of at least %n unit(s)", nullptr, *c.candidate.minOrderUnits));
        if (!c.candidate.country.isEmpty() && !c.incumbent.country.isEmpty()
            && c.candidate.country != c.incumbent.country)
            p.riskFactors.append(tr("Ships from %1 instead of %2: transport and duties differ")
                                     .arg(c.candidate.country, c.incumbent.country));
        const bool noDefects = !c.candidate.defectPct || !c.incumbent.defectPct;
        const bool noRating = !c.candidate.rating || !c.incumbent.rating;
        if (noDefects || noRating)
            p.riskFactors.append(noDefects && noRating
                    ? tr("Compared without defects and rating: the list leaves them out for one of the two")
                    : (noDefects ? tr("Compared without defects: the list leaves them out for one of the two")
                                 : tr("Compared without the rating: the list leaves it out for one of the two")));
        p.alternatives = QJsonArray{
            QJsonObject{{u"description"_s, tr("Ask %1 to match the price and lead time").arg(c.incumbent.supplier)}},
            QJsonObject{{u"description"_s, tr("Order a sample batch from %1 first").arg(c.candidate.supplier)}}};
        if (ApprovalDesk::propose(db, p, QString(), now) > 0) {
            ++proposed;
            settled.insert(candidate);
            notes.append(line + u" "_s + tr("(proposed)"));
        }
    }
    return Outcome::done(tr("Compared: %1.").arg(notes.join(u"; "_s)), proposed);
}
