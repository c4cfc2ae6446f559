#include "ShopGenerator.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ShopData
{

// splitmix64: tiny, fast and the same on every platform and Qt version, so a seed always makes
// the same shop.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ULL + 0x632BE59BD9B4E019ULL)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double real() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    // [0, n)
    quint32 below(quint32 n) { return n == 0 ? 0 : static_cast<quint32>(next() % n); }
    qint64 between(qint64 lo, qint64 hi)
    {
        return lo + static_cast<qint64>(next() % static_cast<quint64>(hi - lo + 1));
    }
    bool chance(double p) { return real() < p; }

private:
    quint64 m_state;
};

namespace
{

struct Country
{
    QLatin1StringView code;
    int weight;
    QLatin1StringView currency;
    int taxBasisPoints;
};

// About 80 % of orders come from the euro countries, the rest from the UK and the US.
constexpr std::array kCountries{
    Country{"NL"_L1, 30, "EUR"_L1, 2100},
    Country{"DE"_L1, 20, "EUR"_L1, 1900},
    Country{"BE"_L1, 10, "EUR"_L1, 2100},
    Country{"FR"_L1, 8, "EUR"_L1, 2000},
    Country{"AT"_L1, 4, "EUR"_L1, 2000},
    Country{"ES"_L1, 4, "EUR"_L1, 2100},
    Country{"IT"_L1, 4, "EUR"_L1, 2200},
    Country{"IE"_L1, 2, "EUR"_L1, 2300},
    Country{"GB"_L1, 9, "GBP"_L1, 2000},
    Country{"US"_L1, 9, "USD"_L1, 0},
};

constexpr std::array kSizes{"XS"_L1, "S"_L1, "M"_L1, "L"_L1, "XL"_L1, "XXL"_L1};
constexpr std::array kColours{
    "Black"_L1, "White"_L1, "Navy"_L1, "Oatmeal"_L1, "Forest"_L1, "Rust"_L1, "Grey"_L1, "Sand"_L1};
constexpr std::array kCategories{
    "Knitwear"_L1, "Shirts"_L1, "Trousers"_L1, "Outerwear"_L1, "Accessories"_L1, "Home"_L1, "Footwear"_L1};
constexpr std::array kAdjectives{"Classic"_L1, "Everyday"_L1, "Relaxed"_L1, "Heritage"_L1, "Essential"_L1, "Coastal"_L1,
    "Alpine"_L1, "Urban"_L1, "Studio"_L1, "Weekend"_L1, "Harbour"_L1, "Nordic"_L1, "Soft"_L1, "Rugged"_L1,
    "Tailored"_L1, "Vintage"_L1, "Light"_L1, "Warm"_L1, "Field"_L1, "Travel"_L1};
constexpr std::array kMaterials{"Merino"_L1, "Cotton"_L1, "Linen"_L1, "Wool"_L1, "Cashmere"_L1, "Denim"_L1, "Canvas"_L1,
    "Leather"_L1, "Fleece"_L1, "Corduroy"_L1, "Hemp"_L1, "Silk"_L1};
constexpr std::array kNouns{"Sweater"_L1, "Crew Neck"_L1, "Cardigan"_L1, "Oxford Shirt"_L1, "Overshirt"_L1, "Chinos"_L1,
    "Jacket"_L1, "Parka"_L1, "Scarf"_L1, "Beanie"_L1, "Tote Bag"_L1, "Throw"_L1, "Cushion"_L1, "Sneaker"_L1, "Boot"_L1,
    "Hoodie"_L1, "T-Shirt"_L1, "Polo"_L1, "Shorts"_L1, "Socks"_L1};
constexpr std::array kFirstNames{"Emma"_L1, "Noah"_L1, "Julia"_L1, "Liam"_L1, "Sophie"_L1, "Lucas"_L1, "Mila"_L1,
    "Finn"_L1, "Anna"_L1, "Daan"_L1, "Lena"_L1, "Jonas"_L1, "Marie"_L1, "Paul"_L1, "Olivia"_L1, "James"_L1,
    "Charlotte"_L1, "Oliver"_L1, "Amelia"_L1, "Harry"_L1, "Chloé"_L1, "Louis"_L1, "Inès"_L1, "Hugo"_L1, "Giulia"_L1,
    "Marco"_L1, "Lucía"_L1, "Pablo"_L1, "Saoirse"_L1, "Conor"_L1, "Ava"_L1, "Ethan"_L1, "Mia"_L1, "Mason"_L1,
    "Fleur"_L1, "Sem"_L1, "Tess"_L1, "Bram"_L1, "Hannah"_L1, "Felix"_L1};
constexpr std::array kLastNames{"de Vries"_L1, "Jansen"_L1, "Bakker"_L1, "Visser"_L1, "Smit"_L1, "Müller"_L1,
    "Schmidt"_L1, "Schneider"_L1, "Fischer"_L1, "Weber"_L1, "Peeters"_L1, "Maes"_L1, "Martin"_L1, "Bernard"_L1,
    "Dubois"_L1, "Gruber"_L1, "García"_L1, "Rossi"_L1, "Murphy"_L1, "Smith"_L1, "Jones"_L1, "Taylor"_L1, "Brown"_L1,
    "Williams"_L1, "Johnson"_L1, "Miller"_L1, "Davis"_L1, "Wilson"_L1, "van Dijk"_L1, "Meijer"_L1, "Mulder"_L1,
    "de Boer"_L1, "Hoffmann"_L1, "Wagner"_L1, "Lefèvre"_L1, "Ferrari"_L1, "Kelly"_L1, "Walsh"_L1, "O'Brien"_L1,
    "Evans"_L1};
constexpr std::array kReviews{"Fell apart after two washes. Disappointed."_L1,
    "The colour is nothing like the photos and the seams are crooked."_L1,
    "Runs small and the fabric feels thinner than expected."_L1, "Fine, but not worth the full price."_L1,
    "Decent quality, delivery took a while."_L1, "Nice, though the sleeves are a bit long."_L1,
    "Good fit and it washes well. Would buy again."_L1, "Lovely soft fabric, true to size."_L1,
    "Exactly as described and arrived the next day."_L1,
    "My favourite piece this winter: warm, well made and it still looks new."_L1,
    "Bought one for my partner too. Beautiful finish."_L1, "Perfect. The quality is outstanding for the price."_L1};
// The same reviews as a Dutch shop's customers write them (the Dutch demo's store), in the same order.
constexpr std::array kReviewsDutch{"Na twee wasbeurten uit elkaar gevallen. Teleurgesteld."_L1,
    "De kleur lijkt in niets op de foto's en de naden zijn scheef."_L1,
    "Valt klein en de stof voelt dunner dan verwacht."_L1, "Prima, maar niet de volle prijs waard."_L1,
    "Degelijke kwaliteit, de levering duurde wel even."_L1, "Mooi, alleen zijn de mouwen wat lang."_L1,
    "Goede pasvorm en hij blijft mooi na het wassen. Zou hem opnieuw kopen."_L1,
    "Heerlijk zachte stof, valt normaal qua maat."_L1, "Precies zoals beschreven en de volgende dag in huis."_L1,
    "Mijn favoriete stuk deze winter: warm, goed gemaakt en het ziet er nog als nieuw uit."_L1,
    "Ook een voor mijn partner gekocht. Prachtig afgewerkt."_L1,
    "Perfect. De kwaliteit is uitstekend voor deze prijs."_L1};
static_assert(kReviewsDutch.size() == kReviews.size());
constexpr std::array kRefundReasons{""_L1, "Wrong size"_L1, "Damaged in transit"_L1, "Changed my mind"_L1,
    "Item not as described"_L1, "Arrived late"_L1};

// Euro value of one unit of a currency (the rates are a sandbox's, not the market's).
double euroPer(const QString& currency)
{
    if (currency == u"USD")
        return 0.92;
    if (currency == u"GBP")
        return 1.17;
    if (currency == u"CHF")
        return 1.04;
    if (currency == u"SEK")
        return 0.088;
    return 1.0;
}

// Orders per day relative to an average day: weekends and November/December are busy, spring is
// quiet, and the shop grows over the two years.
double dayWeight(const QDate& d, double progress)
{
    static constexpr std::array<double, 7> weekday{0.85, 0.85, 0.9, 0.95, 1.05, 1.45, 1.35}; // Mon..Sun
    static constexpr std::array<double, 12> month{0.8, 0.75, 0.85, 0.78, 0.9, 0.9, 0.85, 0.85, 0.95, 1.05, 1.6, 1.9};
    double w = weekday[static_cast<size_t>(d.dayOfWeek() - 1)] * month[static_cast<size_t>(d.month() - 1)];
    // Black Friday week and the days before Christmas.
    if (d.month() == 11 && d.day() >= 22 && d.day() <= 30)
        w *= 1.5;
    if (d.month() == 12 && d.day() >= 10 && d.day() <= 20)
        w *= 1.3;
    if (d.month() == 12 && d.day() >= 25)
        w *= 0.6;
    return w * (1.0 + 0.35 * progress);
}

qint64 roundedMinor(double v)
{
    return static_cast<qint64>(std::llround(v));
}

} // namespace

QString wooStatus(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Completed:
        return u"completed"_s;
    case OrderStatus::Processing:
        return u"processing"_s;
    case OrderStatus::OnHold:
        return u"on-hold"_s;
    case OrderStatus::Cancelled:
        return u"cancelled"_s;
    case OrderStatus::Refunded:
        return u"refunded"_s;
    case OrderStatus::Failed:
        return u"failed"_s;
    case OrderStatus::Pending:
        return u"pending"_s;
    }
    return u"pending"_s;
}

bool isPaid(OrderStatus status)
{
    return status == OrderStatus::Completed || status == OrderStatus::Processing || status == OrderStatus::OnHold
        || status == OrderStatus::Refunded;
}

std::shared_ptr<const ShopLedger> ShopLedger::generate(Options options)
{
    if (!options.endDate.isValid())
        options.endDate = QDate::currentDate();
    if (options.currencies.isEmpty())
        options.currencies = QStringList{u"EUR"_s};
    options.currencies = options.currencies.mid(0, 200);
    options.products = std::clamp(options.products, 1, 200000);
    options.orders = std::clamp(options.orders, 0, 5000000);
    if (options.customers <= 0)
        options.customers = std::max(1, options.orders / 4);
    std::shared_ptr<ShopLedger> ledger(new ShopLedger);
    ledger->m_options = options;
    ledger->m_endSecs = QDateTime(options.endDate, QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
    if (options.endTime.isValid())
        ledger->m_endSecs = std::min(ledger->m_endSecs, options.endTime.toSecsSinceEpoch());
    ledger->m_startSecs = QDateTime(options.endDate.addDays(-729), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    // Each part draws from its own stream, so a change to one never reshuffles the others.
    Rng catalog(options.seed * 4 + 0);
    Rng customers(options.seed * 4 + 1);
    Rng orders(options.seed * 4 + 2);
    Rng reviews(options.seed * 4 + 3);
    ledger->makeCatalog(catalog);
    ledger->makeCustomers(customers);
    ledger->makeOrders(orders);
    ledger->makeReviews(reviews);
    return ledger;
}

void ShopLedger::makeCatalog(Rng& rng)
{
    const int n = m_options.products;
    m_products.reserve(static_cast<size_t>(n));
    m_variants.reserve(static_cast<size_t>(n) * 5);
    qint64 nextVariation = kFirstVariationId;
    for (int i = 0; i < n; ++i) {
        Product p;
        p.id = kFirstProductId + i;
        p.createdSecs = m_startSecs - 365 * 86400 + rng.between(0, 700 * 86400);
        p.updatedSecs = std::min(m_endSecs, p.createdSecs + rng.between(0, 400 * 86400));
        p.category = static_cast<quint8>(rng.below(kCategories.size()));
        p.adjective = static_cast<quint16>(rng.below(kAdjectives.size()));
        p.noun = static_cast<quint16>(rng.below(kNouns.size()));
        p.material = static_cast<quint16>(rng.below(kMaterials.size()));
        // 1-12 variants: a quarter are simple products, the rest have sizes, colours or both.
        const double shape = rng.real();
        if (shape < 0.25) {
            p.sizes = 1;
            p.colours = 1;
        } else if (shape < 0.55) {
            p.sizes = static_cast<quint8>(rng.between(3, 6));
        } else if (shape < 0.7) {
            p.colours = static_cast<quint8>(rng.between(2, 6));
        } else {
            p.sizes = static_cast<quint8>(rng.between(2, 4));
            p.colours = static_cast<quint8>(rng.between(2, 3));
        }
        const Options::Named* named = i < m_options.named.size() ? &m_options.named.at(i) : nullptr;
        if (named)
            p.sizes = p.colours = 1;
        p.variantCount = static_cast<quint8>(p.sizes * p.colours);
        p.firstVariant = static_cast<quint32>(m_variants.size());
        // Prices end in .95 or .00, from about 9.95 to 250.
        const double base = std::exp(std::log(9.95) + rng.real() * (std::log(250.0) - std::log(9.95)));
        const qint64 priceMinor
            = rng.chance(0.6) ? (static_cast<qint64>(base) * 100 + 95) : static_cast<qint64>(base + 1) * 100;
        const bool onSale = rng.chance(0.18);
        const int sizeOffset = p.sizes >= 4 ? 0 : static_cast<int>(rng.below(2)) + 1;
        const int colourOffset = static_cast<int>(rng.below(static_cast<quint32>(kColours.size() - p.colours + 1)));
        for (int s = 0; s < p.sizes; ++s) {
            for (int c = 0; c < p.colours; ++c) {
                Variant v;
                v.id = p.variantCount > 1 ? nextVariation++ : 0;
                v.gid = 46000000000000LL + static_cast<qint64>(m_variants.size());
                v.product = static_cast<quint32>(i);
                v.size = static_cast<quint8>(p.sizes > 1 ? std::min<int>(s + sizeOffset, kSizes.size() - 1) : 0);
                v.colour = static_cast<quint8>(p.colours > 1 ? c + colourOffset : 0);
                v.priceMinor = priceMinor + (kSizes[v.size] == "XXL"_L1 ? 500 : 0);
                if (onSale) {
                    v.compareAtMinor = v.priceMinor;
                    v.priceMinor = (v.priceMinor * 75 / 100) / 100 * 100 + 95;
                }
                v.costMinor = v.priceMinor * static_cast<qint64>(rng.between(32, 55)) / 100;
                if (named) {
                    v.priceMinor = named->priceMinor;
                    v.compareAtMinor = 0;
                    v.costMinor = named->costMinor;
                }
                v.stock = rng.chance(0.08) ? 0 : static_cast<qint32>(rng.between(1, 240));
                v.weightGrams = static_cast<qint32>(rng.between(80, 1800));
                if (v.id)
                    m_variationIndex.insert(v.id, static_cast<quint32>(m_variants.size()));
                m_variants.push_back(v);
            }
        }
        // A few variants were deleted after they sold (never a product's last one).
        if (p.variantCount > 2 && rng.chance(0.01))
            m_variants[p.firstVariant + rng.below(p.variantCount)].deleted = true;
        m_products.push_back(p);
    }
}

void ShopLedger::makeCustomers(Rng& rng)
{
    const int n = m_options.customers;
    int totalWeight = 0;
    for (const Country& c : kCountries)
        totalWeight += c.weight;
    m_customers.reserve(static_cast<size_t>(n));
    std::vector<qint64> created(static_cast<size_t>(n));
    for (qint64& c : created)
        c = m_startSecs - 180 * 86400 + rng.between(0, (m_endSecs - m_startSecs) + 180 * 86400 - 3600);
    std::sort(created.begin(), created.end());
    for (int i = 0; i < n; ++i) {
        Customer c;
        c.id = kFirstCustomerId + i;
        c.createdSecs = created[static_cast<size_t>(i)];
        c.updatedSecs = c.createdSecs;
        c.firstName = static_cast<quint16>(rng.below(kFirstNames.size()));
        c.lastName = static_cast<quint16>(rng.below(kLastNames.size()));
        int pick = static_cast<int>(rng.below(static_cast<quint32>(totalWeight)));
        for (size_t k = 0; k < kCountries.size(); ++k) {
            pick -= kCountries[k].weight;
            if (pick < 0) {
                c.country = static_cast<quint8>(k);
                break;
            }
        }
        m_customers.push_back(c);
    }
}

void ShopLedger::makeOrders(Rng& rng)
{
    const int k = m_options.orders;
    const int days = 730;
    // Orders per day follow the seasonal weight (with a little noise) exactly: cumulative rounding.
    std::vector<double> weights(days);
    double total = 0;
    const QDate first = m_options.endDate.addDays(-(days - 1));
    for (int d = 0; d < days; ++d) {
        weights[static_cast<size_t>(d)] = dayWeight(first.addDays(d), d / double(days)) * (0.9 + 0.2 * rng.real());
        total += weights[static_cast<size_t>(d)];
    }
    // Product popularity: a long tail over a shuffled ranking.
    std::vector<quint32> ranking(m_products.size());
    std::iota(ranking.begin(), ranking.end(), 0u);
    for (size_t i = ranking.size(); i > 1; --i)
        std::swap(ranking[i - 1], ranking[rng.below(static_cast<quint32>(i))]);
    // Named products lead the ranking, in their order.
    for (quint32 j = 0; j < static_cast<quint32>(m_options.named.size()) && j < ranking.size(); ++j)
        std::swap(ranking[j], *std::find(ranking.begin(), ranking.end(), j));
    std::vector<double> popularity(ranking.size());
    double cumulative = 0;
    for (size_t r = 0; r < ranking.size(); ++r) {
        cumulative += 1.0 / std::pow(static_cast<double>(r) + 5.0, 0.9);
        popularity[r] = cumulative;
    }
    int countryWeight = 0;
    for (const Country& c : kCountries)
        countryWeight += c.weight;

    m_orders.reserve(static_cast<size_t>(k));
    m_lines.reserve(static_cast<size_t>(k) * 2);
    const QString shop = shopCurrency();
    double before = 0;
    qint64 nextLine = 1001;
    qint64 nextRefund = 900001;
    std::vector<qint64> times;
    std::vector<bool> ordered(m_customers.size(), false); // customers who have ordered (for fraud attempts)
    int fraudLeft = m_options.fraudAttempts;
    for (int d = 0; d < days; ++d) {
        const double after = before + weights[static_cast<size_t>(d)];
        const int count = static_cast<int>(std::llround(k * after / total) - std::llround(k * before / total));
        before = after;
        const qint64 dayStart = m_startSecs + static_cast<qint64>(d) * 86400;
        times.assign(static_cast<size_t>(count), 0);
        for (qint64& t : times) {
            // Most orders in the evening, few at night.
            const double hour = std::fmod(20.5 + 24.0 + 5.5 * (rng.real() + rng.real() + rng.real() - 1.5) * 1.6, 24.0);
            t = dayStart + static_cast<qint64>(hour * 3600.0);
        }
        std::sort(times.begin(), times.end());
        for (const qint64 created : times) {
            if (created > m_endSecs)
                break; // nothing is ordered after the end (the times are sorted)
            Order o;
            o.id = kFirstOrderId + static_cast<qint64>(m_orders.size());
            o.createdSecs = created;
            // A registered customer (one who signed up before) or a guest.
            const auto registered = std::upper_bound(m_customers.begin(), m_customers.end(), created,
                [](qint64 t, const Customer& c) { return t < c.createdSecs; });
            const auto known = static_cast<quint32>(registered - m_customers.begin());
            if (known > 0 && !rng.chance(0.18)) {
                // Recent sign-ups buy more often than old ones.
                const double u = rng.real();
                o.customer = 1 + std::min<quint32>(known - 1, static_cast<quint32>((1.0 - u * u) * known));
                o.country = m_customers[o.customer - 1].country;
                if (fraudLeft > 0 && d >= days - 2 && !ordered[o.customer - 1]) {
                    // A fraud attempt: billed elsewhere than the account's country (and large, below).
                    o.country = static_cast<quint8>((o.country + 1) % kCountries.size());
                    o.fraud = true;
                    --fraudLeft;
                }
                ordered[o.customer - 1] = true;
            } else {
                o.guestFirst = static_cast<quint16>(rng.below(kFirstNames.size()));
                o.guestLast = static_cast<quint16>(rng.below(kLastNames.size()));
                int pick = static_cast<int>(rng.below(static_cast<quint32>(countryWeight)));
                for (size_t c = 0; c < kCountries.size(); ++c) {
                    pick -= kCountries[c].weight;
                    if (pick < 0) {
                        o.country = static_cast<quint8>(c);
                        break;
                    }
                }
            }
            // Where it ships: mostly where it is billed; one order in a hundred is a gift sent abroad (from the order
            // number, so the random draws of everything else stay as they were); fraud ships to yet another country.
            const auto elsewhere = [](quint8 c) { return static_cast<quint8>((c + 1) % kCountries.size()); };
            o.shipCountry = o.fraud || o.id % 100 == 0 ? elsewhere(o.country) : o.country;
            const Country& country = kCountries[o.country];
            const qsizetype currency = m_options.currencies.indexOf(QString(country.currency));
            o.currency = static_cast<quint8>(currency < 0 ? 0 : currency);
            const QString code = m_options.currencies.value(o.currency);
            if (code != shop) {
                const double drift
                    = 1.0 + 0.04 * std::sin(2 * M_PI * d / 365.0 + code.size() * 0.7 + code.at(0).unicode());
                o.rate = std::round(euroPer(code) / euroPer(shop) * drift * 1e6) / 1e6;
            }
            // 1-4 lines; now and then a coupon over the whole order.
            const double linesDraw = rng.real();
            const int lines = o.fraud ? 4 : linesDraw < 0.55 ? 1 : linesDraw < 0.83 ? 2 : linesDraw < 0.95 ? 3 : 4;
            const int couponPercent = rng.chance(0.15) ? (rng.chance(0.5) ? 10 : 15) : 0;
            o.firstLine = static_cast<quint32>(m_lines.size());
            o.lineCount = static_cast<quint8>(lines);
            qint64 subtotal = 0;
            for (int l = 0; l < lines; ++l) {
                const double pick = rng.real() * cumulative;
                const auto rank = static_cast<size_t>(
                    std::lower_bound(popularity.begin(), popularity.end(), pick) - popularity.begin());
                const Product& p = m_products[ranking[std::min(rank, ranking.size() - 1)]];
                LineItem line;
                line.id = nextLine++;
                line.variant = p.firstVariant + rng.below(p.variantCount);
                const double q = rng.real();
                line.quantity = static_cast<quint16>(o.fraud || q >= 0.95 ? 3 : q < 0.8 ? 1 : 2);
                line.unitPriceMinor = roundedMinor(static_cast<double>(m_variants[line.variant].priceMinor) / o.rate);
                line.discountMinor = line.subtotalMinor() * couponPercent / 100;
                line.taxMinor = roundedMinor(static_cast<double>(line.totalMinor()) * country.taxBasisPoints / 10000.0);
                o.discountMinor += line.discountMinor;
                o.taxMinor += line.taxMinor;
                subtotal += line.totalMinor();
                m_lines.push_back(line);
            }
            o.shippingMinor = subtotal >= 7500 ? 0 : (country.code == "US"_L1 ? 995 : 495);
            o.totalMinor = subtotal + o.taxMinor + o.shippingMinor;

            // Status, completion and refunds.
            const qint64 age = m_endSecs - created;
            const double s = rng.real();
            qint64 updated = created + rng.between(60, 600);
            if (s < 0.01) {
                o.status = OrderStatus::Failed;
            } else if (s < 0.035) {
                o.status = OrderStatus::Cancelled;
                updated = created + rng.between(600, 3 * 86400);
                o.cancelledSecs = std::min(updated, m_endSecs);
            } else if (s < 0.04 && age < 7 * 86400) {
                o.status = rng.chance(0.5) ? OrderStatus::Pending : OrderStatus::OnHold;
            } else if (age < 2 * 86400 && rng.chance(0.7)) {
                o.status = OrderStatus::Processing;
            } else {
                o.status = OrderStatus::Completed;
                updated = created + rng.between(3600, 72 * 3600);
                const double r = rng.real();
                const int refunds = r < 0.012 ? -1 : r < 0.052 ? (rng.chance(0.8) ? 1 : 2) : 0;
                qint64 when = updated;
                o.firstRefund = static_cast<quint32>(m_refunds.size());
                for (int i = 0; i < (refunds < 0 ? 1 : refunds); ++i) {
                    when += rng.between(86400, 20 * 86400);
                    if (when > m_endSecs)
                        break;
                    Refund refund;
                    refund.id = nextRefund++;
                    refund.createdSecs = when;
                    refund.reason = static_cast<quint8>(rng.below(kRefundReasons.size()));
                    if (refunds < 0) {
                        refund.amountMinor = o.totalMinor;
                    } else {
                        const LineItem& line = m_lines[o.firstLine + rng.below(o.lineCount)];
                        const qint64 lineWorth = (line.totalMinor() + line.taxMinor) / line.quantity;
                        refund.amountMinor = std::min(lineWorth, (o.totalMinor - o.refundedMinor) / 2);
                    }
                    if (refund.amountMinor <= 0)
                        break;
                    o.refundedMinor += refund.amountMinor;
                    m_refunds.push_back(refund);
                    ++o.refundCount;
                    updated = when;
                }
                if (refunds < 0 && o.refundCount > 0)
                    o.status = OrderStatus::Refunded;
            }
            o.updatedSecs = std::min(std::max(updated, created), m_endSecs);
            if (o.customer) {
                Customer& c = m_customers[o.customer - 1];
                c.updatedSecs = std::max(c.updatedSecs, created);
                if (isPaid(o.status)) {
                    ++c.orderCount;
                    c.spentShopMinor += toShop(o, o.totalMinor - o.refundedMinor);
                }
            }
            m_orders.push_back(o);
        }
    }
    m_byUpdate.resize(m_orders.size());
    std::iota(m_byUpdate.begin(), m_byUpdate.end(), 0u);
    std::sort(m_byUpdate.begin(), m_byUpdate.end(), [this](quint32 a, quint32 b) {
        const Order& x = m_orders[a];
        const Order& y = m_orders[b];
        return x.updatedSecs != y.updatedSecs ? x.updatedSecs < y.updatedSecs : x.id < y.id;
    });
    m_customersByUpdate.resize(m_customers.size());
    std::iota(m_customersByUpdate.begin(), m_customersByUpdate.end(), 0u);
    std::sort(m_customersByUpdate.begin(), m_customersByUpdate.end(), [this](quint32 a, quint32 b) {
        const Customer& x = m_customers[a];
        const Customer& y = m_customers[b];
        return x.updatedSecs != y.updatedSecs ? x.updatedSecs < y.updatedSecs : x.id < y.id;
    });
    m_customersByName.resize(m_customers.size());
    std::iota(m_customersByName.begin(), m_customersByName.end(), 0u);
    std::stable_sort(m_customersByName.begin(), m_customersByName.end(), [this](quint32 a, quint32 b) {
        const Customer& x = m_customers[a];
        const Customer& y = m_customers[b];
        const QLatin1StringView xFirst = kFirstNames[x.firstName];
        const QLatin1StringView yFirst = kFirstNames[y.firstName];
        if (xFirst != yFirst)
            return QString(xFirst) < QString(yFirst);
        return QString(kLastNames[x.lastName]) < QString(kLastNames[y.lastName]);
    });
}

void ShopLedger::makeReviews(Rng& rng)
{
    std::vector<Review> drafts;
    for (quint32 i = 0; i < m_products.size(); ++i) {
        // The products the shop sells under their own name (the demo catalog's) all have reviews; the draw is
        // made either way, so the rest of the shop is the same with or without them.
        if (!rng.chance(m_options.reviewShare) && i >= static_cast<quint32>(m_options.named.size()))
            continue;
        const Product& p = m_products[i];
        int count = 1;
        while (count < 25 && rng.chance(0.7))
            ++count;
        for (int c = 0; c < count; ++c) {
            Review r;
            r.product = i;
            // The named products are the shop's current lines: their reviews are of the last 60 days.
            const qint64 from = std::max(p.createdSecs,
                i < static_cast<quint32>(m_options.named.size()) ? m_endSecs - 60LL * 24 * 3600 : m_startSecs);
            r.createdSecs = from + rng.between(0, std::max<qint64>(1, m_endSecs - from));
            const double s = rng.real();
            r.rating = static_cast<quint8>(s < 0.05 ? 1 : s < 0.1 ? 2 : s < 0.2 ? 3 : s < 0.45 ? 4 : 5);
            r.firstName = static_cast<quint16>(rng.below(kFirstNames.size()));
            r.lastName = static_cast<quint16>(rng.below(kLastNames.size()));
            // Texts are grouped by rating, two or three per star.
            const quint16 band = static_cast<quint16>((r.rating - 1) * kReviews.size() / 5);
            r.text = static_cast<quint16>(std::min<size_t>(band + rng.below(2), kReviews.size() - 1));
            r.verified = rng.chance(0.6);
            drafts.push_back(r);
        }
    }
    std::sort(
        drafts.begin(), drafts.end(), [](const Review& a, const Review& b) { return a.createdSecs < b.createdSecs; });
    qint64 id = 3001;
    for (Review& r : drafts)
        r.id = id++;
    m_reviews = std::move(drafts);
}

const Order* ShopLedger::order(qint64 id) const
{
    const qint64 i = id - kFirstOrderId;
    return i >= 0 && i < static_cast<qint64>(m_orders.size()) ? &m_orders[static_cast<size_t>(i)] : nullptr;
}

const Customer* ShopLedger::customer(qint64 id) const
{
    const qint64 i = id - kFirstCustomerId;
    return i >= 0 && i < static_cast<qint64>(m_customers.size()) ? &m_customers[static_cast<size_t>(i)] : nullptr;
}

const Product* ShopLedger::product(qint64 id) const
{
    const qint64 i = id - kFirstProductId;
    return i >= 0 && i < static_cast<qint64>(m_products.size()) ? &m_products[static_cast<size_t>(i)] : nullptr;
}

const Variant* ShopLedger::variationById(qint64 id) const
{
    const auto it = m_variationIndex.constFind(id);
    return it == m_variationIndex.cend() ? nullptr : &m_variants[*it];
}

QString ShopLedger::productName(const Product& p) const
{
    if (const qint64 i = p.id - kFirstProductId; i < m_options.named.size())
        return m_options.named.at(i).name;
    return kAdjectives[p.adjective] + u' ' + kMaterials[p.material] + u' ' + kNouns[p.noun];
}

QString ShopLedger::productHandle(const Product& p) const
{
    return (productName(p) + u' ' + QString::number(p.id)).toLower().replace(u' ', u'-');
}

QString ShopLedger::variantTitle(const Variant& v) const
{
    const Product& p = m_products[v.product];
    QStringList parts;
    if (p.sizes > 1)
        parts.append(sizeName(v.size));
    if (p.colours > 1)
        parts.append(colourName(v.colour));
    return parts.isEmpty() ? u"Default Title"_s : parts.join(u" / "_s);
}

QString ShopLedger::sku(const Variant& v) const
{
    const Product& p = m_products[v.product];
    if (v.product < static_cast<quint32>(m_options.named.size()))
        return m_options.named.at(v.product).sku;
    const QString base = u"QS-%1"_s.arg(p.id - kFirstProductId + 1, 5, 10, QChar(u'0'));
    if (p.variantCount == 1)
        return base;
    return base + u'-' + QString::number(&v - m_variants.data() - p.firstVariant + 1).rightJustified(2, u'0');
}

QString ShopLedger::sizeName(int index) const
{
    return kSizes[static_cast<size_t>(index) % kSizes.size()];
}

QString ShopLedger::colourName(int index) const
{
    return kColours[static_cast<size_t>(index) % kColours.size()];
}

QString ShopLedger::categoryName(int index) const
{
    return kCategories[static_cast<size_t>(index) % kCategories.size()];
}

// The name lists are UTF-8 source text ("Chloé", "Müller"), not Latin-1.
QString ShopLedger::firstName(int index) const
{
    const QLatin1StringView name = kFirstNames[static_cast<size_t>(index) % kFirstNames.size()];
    return QString::fromUtf8(name.data(), name.size());
}

QString ShopLedger::lastName(int index) const
{
    const QLatin1StringView name = kLastNames[static_cast<size_t>(index) % kLastNames.size()];
    return QString::fromUtf8(name.data(), name.size());
}

QString ShopLedger::mailbox(const QString& first, const QString& last)
{
    // "chloe.wagner": lower case, without spaces, apostrophes or accents, as people type addresses.
    QString out;
    for (const QChar c : (first + u'.' + last).toLower().normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing && c != u' ' && c != u'\'')
            out.append(c);
    }
    return out;
}

QString ShopLedger::countryCode(int index) const
{
    return kCountries[static_cast<size_t>(index) % kCountries.size()].code;
}

QString ShopLedger::email(const Customer& c) const
{
    return mailbox(firstName(c.firstName), lastName(c.lastName)) + QString::number(c.id) + u"@example.com"_s;
}

QString ShopLedger::reviewText(const Review& r) const
{
    return m_options.dutch ? kReviewsDutch[r.text % kReviewsDutch.size()] : kReviews[r.text % kReviews.size()];
}

QString ShopLedger::refundReason(const Refund& r) const
{
    return kRefundReasons[r.reason % kRefundReasons.size()];
}

ShopLedger::Attribution ShopLedger::attribution(const Order& o) const
{
    // The sandbox ad account's campaigns (AdAccount): prospecting, retargeting and the linen launch.
    static const char* const kMetaCampaigns[] = {"120210000000001", "120210000000001", "120210000000001",
        "120210000000002", "120210000000002", "120210000000003"};
    const quint64 h = (static_cast<quint64>(o.id) * 2654435761ULL) >> 8;
    const int bucket = static_cast<int>(h % 200);
    if (bucket < 7)
        return {bucket % 3 == 0 ? u"instagram"_s : u"facebook"_s, u"paid_social"_s,
            QString::fromLatin1(kMetaCampaigns[(h / 200) % 6])};
    if (bucket < 15)
        return {u"google"_s, u"cpc"_s, u"Shopping – Bedding"_s};
    return {};
}

qint64 ShopLedger::toShop(const Order& o, qint64 presentmentMinor) const
{
    return o.rate == 1.0 ? presentmentMinor : roundedMinor(static_cast<double>(presentmentMinor) * o.rate);
}

} // namespace ShopData
