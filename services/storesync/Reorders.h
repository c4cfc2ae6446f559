#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

// When to order more: per product, a low-stock threshold (any variant at or below it), the days a
// delivery takes and the days of sales an order should cover once it arrives. A variant that falls
// to the threshold gets a reorder proposal with the quantity and how it was worked out from its
// sales over the last 28 days in every store. A person approves it and places the order with the
// supplier; Quorum does not order from suppliers.
namespace Reorders
{

struct Rule
{
    qint64 productId = 0;
    int threshold = 0;
    int leadDays = 14;
    int coverDays = 30;
};
std::optional<Rule> rule(const QSqlDatabase& db, qint64 productId);
// Stores or replaces the rule (the caller checks the role and writes the audit entry).
void save(const QSqlDatabase& db, const Rule& rule, qint64 now);
void remove(const QSqlDatabase& db, qint64 productId);

inline constexpr int kVelocityDays = 28;

struct Suggestion
{
    int soldInWindow = 0; // units in the last kVelocityDays days, paid orders, every store
    int quantity = 0;
    QString reasoning;
};
// What to order for a variant with onHand units under rule.
Suggestion suggest(const QSqlDatabase& db, const QString& sku, int onHand, const Rule& rule, qint64 now);

// The product a SKU belongs to (a variant's or a simple product's), named for people: "Name — M / Blue";
// for a SKU only a store knows, the name its order lines give it (productId 0).
struct Owner
{
    qint64 productId = 0; // 0: not a product of Quorum's
    QString name;
    QString variant; // the variant's option values ("M / Blue"), empty for a simple product
    QString label() const;
};
std::optional<Owner> ownerOf(const QSqlDatabase& db, const QString& sku);

// Whether a reorder of the SKU waits for a person, or was approved less than leadDays ago (the goods
// are on their way): then nothing proposes another.
bool pending(const QSqlDatabase& db, const QString& sku, int leadDays, qint64 now);

// Proposes a reorder for the SKU when it is at or below its product's threshold and none is waiting
// or on its way (approved less than the delivery time ago). Returns whether it proposed one.
bool check(const QSqlDatabase& db, const QString& sku, int onHand, qint64 now);

} // namespace Reorders
