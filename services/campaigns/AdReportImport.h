#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

// Ad reports exported from networks Quorum does not connect to (Google Ads, TikTok Ads): one row per
// campaign (or ad group) and day. What a network's export looks like is data (adreports/formats.json:
// the names each column may have, the first cell of total rows, the date formats), so another
// network is a mapping, not code. Read as people's exports are: a title and date range above the
// header, total and subtotal rows, numbers written the local way ("1.234,56 €" or "€1,234.56"), a
// renamed column (said by name, with the columns the file has). Rows that cannot be read are named by
// line and left out; the rest come in. Importing a file again replaces the days it holds, so nothing
// counts twice.
namespace AdReportImport
{

struct Format
{
    QString key;      // "google_ads"
    QString name;     // "Google Ads"
    QString platform; // the campaigns' platform: google, tiktok
    QHash<QString, QStringList> columns;
    QStringList totals;
    QStringList dateFormats;
};
QList<Format> formats();

struct Row
{
    int line = 0;
    QDate day;
    QString campaign;
    qint64 spendCents = 0;
    qint64 valueCents = 0;
    qint64 impressions = 0;
    qint64 clicks = 0;
    double conversions = 0;
    QString currency;
    qint64 budgetCents = -1; // the campaign's daily budget that day, when the export says (-1: not said)
};

struct Parsed
{
    Format format;
    QList<Row> rows;
    int totalRows = 0;    // totals and subtotals left out
    QStringList problems; // rows left out, by line
    // Campaign days with a row left out: written as they were (not as the sum of the rest), so a day
    // is never counted short.
    QSet<std::pair<QString, QDate>> incomplete;
    QStringList warnings; // about the whole file
    QString error;        // set: nothing can be imported
};
Parsed parse(const QByteArray& bytes);

// A number as a report writes it, in the file's decimal separator ('.' or ','): currency signs,
// codes, spaces and thousands separators dropped; "--" and empty are 0. Nothing when it is not one.
std::optional<double> number(const QString& text, QChar decimal);
// A count (impressions, clicks): any grouping of thousands ("10.400", "10,400", "10 400") dropped.
std::optional<qint64> count(const QString& text);

struct Written
{
    int campaigns = 0;
    int created = 0;
    int days = 0;       // campaign days written
    int incomplete = 0; // campaign days left as they were, a row of theirs not read
};
// Each campaign's days in the file replace what the workspace had for them (inside the caller's
// transaction). Campaigns are keyed by the network and their name; a campaign's daily budget is the one
// its newest day in the file states, when the file is its newest news.
Written write(const QSqlDatabase& db, const Parsed& parsed, const QString& workspaceCurrency, qint64 now);

// "Google Ads report: 12 campaigns, 540 campaign days (3 new); 4 total rows left out."
QString summary(const Parsed& parsed, const Written& written);

} // namespace AdReportImport
