#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

// Every order of the workspace as a CSV file, one row per order: store, number, dates, status,
// amounts in the order's currency and the shop's, the country. Without personal data (the default)
// the customer is a pseudonym, the same for the same person across exports (so repeat customers can
// be counted), and no name or e-mail address leaves the workspace; with it, the name and e-mail too.
// A cell that a spreadsheet would run as a formula (=, +, -, @) is written as text.
namespace OrdersCsv
{

struct Result
{
    qint64 rows = 0;
    bool cancelled = false;
    QString error; // nothing was written then
};
// progress(done, total) returns false to stop (the file is then not written).
Result write(const QSqlDatabase& db, const QString& path, bool personal,
    const std::function<bool(qint64 done, qint64 total)>& progress = {});

// The customers of one segment (Customer Segments' key; empty: every customer with a segment), one row
// per store customer: the e-mail address and name (what an e-mail tool or an ad platform's customer list
// matches on), country, store, segment, churn risk, paid orders, spent (the store's currency) and the last
// order. Erased customers and customers without an e-mail address are left out.
Result writeCustomers(const QSqlDatabase& db, const QString& path, const QString& segment,
    const std::function<bool(qint64 done, qint64 total)>& progress = {});

} // namespace OrdersCsv
