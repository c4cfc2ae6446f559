#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

// Leads for the site factory's outreach: businesses from a CSV export of a maps search, each with a
// qualification score 0-100 from stated factors (how much a site would help them, how established they
// are, whether they are in the owner's categories, how near they are), every factor kept with its points
// and its reason so the screen can show why a lead scores what it does.
namespace Leads
{

// Where and for whom the owner builds sites (Settings key "leads.territory", JSON).
struct Territory
{
    QStringList categories; // "bakery", "florist": the kinds of business the owner wants; empty: not scored
    std::optional<double> latitude;
    std::optional<double> longitude;
    double radiusKm = 25;

    bool hasHome() const { return latitude && longitude; }
    QJsonObject toJson() const;
    static Territory fromJson(const QJsonObject& o);
    static Territory load(const QSqlDatabase& db);
    void save(const QSqlDatabase& db) const;
};

struct Lead
{
    qint64 id = -1;
    QString name;
    QString category;
    QString address;
    QString website;
    QString phone;
    std::optional<double> rating; // 0-5
    std::optional<qint64> reviewCount;
    QString openingHours;
    QString placeId;
    QString email; // the address outreach writes to (empty: none in the export)
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString status = QStringLiteral("new"); // new, contacted, do_not_contact, bounced
    int score = 0;
    QJsonArray factors;
    int line = 0; // the CSV line it came from
};

// One factor of the score: its points of its maximum, and why (a reason code and the facts it names, so
// the words are in the language of the screen that shows them, not of the import).
struct Factor
{
    QString key; // website, standing, category, distance
    int points = 0;
    int max = 0;
    QString reason;    // website: none, social, http, own; standing: unknown, rated, reviews_only;
                       // category: no_targets, no_category, match, no_match; distance: no_home, no_coords,
                       // within, outside
    QJsonObject facts; // host, rating, reviews, category, wanted, km, radius_km
};

// The score and its factors (their maxima add up to 100).
QList<Factor> qualify(const Lead& lead, const Territory& territory);
int total(const QList<Factor>& factors);
QJsonArray toJson(const QList<Factor>& factors);
QList<Factor> factorsFromJson(const QJsonArray& array);
QString factorName(const QString& key);
QString reasonText(const Factor& factor);
QString statusDisplayName(const QString& status);

// What duplicates are found by. The website without scheme, "www." and trailing slash ("bakker.nl"; a page
// on a social or listing site keeps its path: "facebook.com/bakkerij-jansen"); the phone's last nine
// digits (the same number written nationally or internationally); empty when there is none.
QString websiteKey(const QString& website);
QString phoneKey(const QString& phone);
// A site on a social network or a free listing rather than the business's own, or empty.
QString hostedOn(const QString& website);

// Great-circle distance in kilometres.
double distanceKm(double lat1, double lon1, double lat2, double lon2);

} // namespace Leads
