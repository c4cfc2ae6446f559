#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// What the Pricing agent prices by: the owner's rules (a margin floor, how prices end, the largest
// step it proposes at once), the competitors' prices the owner imports from a price list, and the
// response of a variant's sales to its own price, estimated from the order history.
namespace Pricing
{

// How a proposed price ends: as computed (to the cent), or on .95, .99 or a whole unit.
enum class Ending
{
    None,
    X95,
    X99,
    X00,
};
QString endingKey(Ending e);
std::optional<Ending> endingFromKey(const QString& key);
QString endingName(Ending e); // for people: "x.95"

struct Rules
{
    double marginFloorPct = 30; // (price − cost) / price never proposed below this
    Ending ending = Ending::None;
    int maxStepPct = 10; // the largest change proposed at once, except to reach the floor
    bool operator==(const Rules&) const = default;
};
QJsonObject toJson(const Rules& rules);
Rules fromJson(const QJsonObject& json);
Rules load(const QSqlDatabase& db); // setting "pricing.rules"
// Stores the rules (the caller checks the role and writes the audit entry). Throws SqlError.
void save(const QSqlDatabase& db, const Rules& rules);
QString validate(const Rules& rules); // why they cannot be saved, or empty

enum class Direction
{
    Up,
    Down,
};
// The price ending as the rules say that is nearest to cents in the direction given (never 0 or less).
qint64 rounded(qint64 cents, Ending ending, Direction direction);
// The lowest price whose margin over cost is at least floorPct, in whole cents.
qint64 floorPrice(qint64 costCents, double floorPct);

// The response of units sold to the price paid, from weekly sales: the slope of log(units) on
// log(average price paid) with a linear trend beside it (least squares), and its standard error.
struct Week
{
    double units = 0;
    double netCents = 0; // what was paid for them, after discounts
};
struct Elasticity
{
    double value = 0;
    double se = 0;
    int weeks = 0;          // weeks with sales it was fit on
    double priceSpread = 0; // standard deviation of log price
};
inline constexpr int MinWeeks = 8;
inline constexpr double MinPriceSpread = 0.02; // about 2 %: less says nothing about the response
inline constexpr double Z95 = 1.96;
// Nothing when fewer than MinWeeks weeks sold or the price paid hardly varied (*why says which).
std::optional<Elasticity> elasticity(const std::vector<Week>& weeks, QString* why = nullptr);

// Competitors' prices from a price list (CSV): SKU, competitor, price; currency and date optional.
struct CompetitorPrice
{
    int line = 0;
    QString sku;
    QString competitor;
    qint64 priceCents = 0;
    QString currency; // empty: the workspace's
    QDate seenOn;     // invalid: the day it is imported
};
struct ParsedList
{
    QList<CompetitorPrice> rows;
    QStringList problems; // rows left out, by line
    QStringList warnings;
    QString error; // set: nothing can be imported
};
ParsedList parseCompetitorPrices(const QByteArray& bytes);
// A price as people write it: "49.95", "49,95", "€ 1.234,56", "1,234.56 EUR".
std::optional<qint64> parsePrice(const QString& text);

struct Written
{
    int prices = 0;
    int competitors = 0;
    int unknownSkus = 0; // SKUs no product or variant of the workspace has (kept for when one does)
};
// Each (SKU, competitor) in the list replaces what the workspace had for it (inside the caller's
// transaction).
Written write(
    const QSqlDatabase& db, const ParsedList& list, const QString& workspaceCurrency, const QDate& today, qint64 now);
QString summary(const ParsedList& list, const Written& written);

struct ListState
{
    int prices = 0;
    int competitors = 0;
    QDate newest;
};
ListState listState(const QSqlDatabase& db);

} // namespace Pricing
