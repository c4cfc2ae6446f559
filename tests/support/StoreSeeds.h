#pragma once

#include <QJsonObject>
#include <QString>

// A product as a shop owner made it in the sandbox's Shopify store, in the shape the Admin API
// answers with: Merino Crew in S–XL × Navy/Grey (no XL in grey; XL was added after the store's
// export), prices 89.00 and 95.00 for L and XL, a compare-at price of 110.00 on the navy ones.
namespace StoreSeeds
{
struct Merino
{
    QString title = QStringLiteral("Merino Crew");
    QString descriptionHtml = QStringLiteral("<p>100% merino wool.</p>");
    QString mNavyPrice = QStringLiteral("89.00"); // the store may have changed one price since the export
    int images = 3;
    int stock = -1;        // every variant's stock; -1: 3, 4, 5 … in order
    bool metafield = true; // a metafield of the store's own
};
QJsonObject shopifyMerino(const Merino& m = {});
} // namespace StoreSeeds
