#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What the owner's imported lists (competitor prices, suppliers) share: whether a SKU is in the catalog,
// and how the rows that could not be read are summed up.
namespace ImportedList
{

// A product or variant of the workspace has the SKU. Throws SqlError.
bool inCatalog(const QSqlDatabase& db, const QString& sku);
// " 2 rows left out: line 3: … …", or empty when every row was read.
QString leftOut(const QStringList& problems);

} // namespace ImportedList
