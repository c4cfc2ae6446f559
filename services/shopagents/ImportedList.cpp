#include "ImportedList.h"

#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ImportedList
{

bool inCatalog(const QSqlDatabase& db, const QString& sku)
{
    return Sql::scalar(db,
        u"SELECT EXISTS (SELECT 1 FROM product_variants WHERE sku = ?) OR EXISTS (SELECT 1 FROM products WHERE sku = "
        u"?)"_s,
        {sku, sku})
        .toBool();
}

QString leftOut(const QStringList& problems)
{
    if (problems.isEmpty())
        return {};
    return u" "_s + QCoreApplication::translate("ImportedList", "%n row(s) left out: ", nullptr, int(problems.size()))
        + problems.first() + (problems.size() > 1 ? u" …"_s : QString());
}

} // namespace ImportedList
