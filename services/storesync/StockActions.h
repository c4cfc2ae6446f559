#pragma once

#include "DemandForecasts.h"
#include "Reorders.h"
#include "users/ChangeDoor.h"

#include <QList>
#include <QString>

#include <optional>

// The product detail's door to stock: what each store has of the product's variants and the shared
// stock, and the product's reorder rule, which owners set (approvers and viewers see it).
class StockActions
{
public:
    explicit StockActions(const ChangeDoor& door);

    struct StoreLevel
    {
        QString store;
        int available = 0;
    };
    struct Line
    {
        QString sku;
        std::optional<int> pooled; // the shared stock, when more than one store sells it
        QList<StoreLevel> stores;
    };
    // The product's SKUs (its variants', or its own) as the stores last said.
    QList<Line> stock(qint64 productId) const;
    // "Webshop 12 · Lindenhof 12", or empty when no store has the SKU.
    static QString storesText(const Line& line);

    std::optional<Reorders::Rule> rule(qint64 productId) const;
    // What the Demand Forecast agent last forecast for the product; nullopt when it has not.
    std::optional<DemandForecasts::Product> forecast(qint64 productId) const;
    QString whyNot() const;
    bool saveRule(const Reorders::Rule& rule, QString* error);
    bool removeRule(qint64 productId, QString* error);

private:
    ChangeDoor m_door;
};
