#include "Leads.h"

#include "storage/Settings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Leads
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Leads", text);
}

// Pages a business has on someone else's site: a profile, not a website of its own.
const QStringList& socialHosts()
{
    static const QStringList hosts{u"facebook.com"_s, u"instagram.com"_s, u"linktr.ee"_s, u"business.site"_s,
        u"tiktok.com"_s, u"twitter.com"_s, u"x.com"_s, u"linkedin.com"_s, u"yelp.com"_s, u"tripadvisor.com"_s,
        u"wixsite.com"_s, u"jimdosite.com"_s, u"site123.me"_s, u"google.com"_s, u"g.page"_s, u"youtube.com"_s};
    return hosts;
}

QString hostOf(const QString& website)
{
    QString text = website.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(u"://"_s))
        text.prepend(u"http://"_s);
    QString host = QUrl(text).host().toLower();
    if (host.startsWith(u"www."_s))
        host.remove(0, 4);
    return host;
}

QStringList words(const QString& text)
{
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

// Whether the phrase's words appear in the text's words, one after the other.
bool holds(const QStringList& text, const QStringList& phrase)
{
    if (phrase.isEmpty() || phrase.size() > text.size())
        return false;
    for (qsizetype i = 0; i + phrase.size() <= text.size(); ++i) {
        if (std::equal(phrase.cbegin(), phrase.cend(), text.cbegin() + i))
            return true;
    }
    return false;
}

// A category names the kind wanted when one holds the other as whole words: "Artisan bakery" is a bakery,
// a "Barber" is not a "Bar".
bool sameKind(const QString& category, const QString& wanted)
{
    const QStringList a = words(category);
    const QStringList b = words(wanted);
    return holds(a, b) || holds(b, a);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}
} // namespace

QJsonObject Territory::toJson() const
{
    QJsonObject o{{u"categories"_s, QJsonArray::fromStringList(categories)}, {u"radius_km"_s, radiusKm}};
    if (hasHome()) {
        o.insert(u"latitude"_s, *latitude);
        o.insert(u"longitude"_s, *longitude);
    }
    return o;
}

Territory Territory::fromJson(const QJsonObject& o)
{
    Territory t;
    for (const QJsonValue& v : o.value(u"categories"_s).toArray()) {
        if (const QString c = v.toString().trimmed(); !c.isEmpty())
            t.categories.append(c);
    }
    if (o.value(u"latitude"_s).isDouble() && o.value(u"longitude"_s).isDouble()) {
        t.latitude = o.value(u"latitude"_s).toDouble();
        t.longitude = o.value(u"longitude"_s).toDouble();
    }
    t.radiusKm = std::max(1.0, o.value(u"radius_km"_s).toDouble(25));
    return t;
}

Territory Territory::load(const QSqlDatabase& db)
{
    return fromJson(QJsonDocument::fromJson(Settings::value(db, u"leads.territory"_s).toUtf8()).object());
}

void Territory::save(const QSqlDatabase& db) const
{
    Settings::setValue(
        db, u"leads.territory"_s, QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
}

QString hostedOn(const QString& website)
{
    const QString host = hostOf(website);
    for (const QString& social : socialHosts()) {
        if (host == social || host.endsWith(u'.' + social))
            return social;
    }
    return {};
}

QString websiteKey(const QString& website)
{
    const QString host = hostOf(website);
    if (host.isEmpty())
        return {};
    if (hostedOn(website).isEmpty())
        return host;
    // On a shared host the page is the business: keep its path.
    QString text = website.trimmed();
    if (!text.contains(u"://"_s))
        text.prepend(u"http://"_s);
    QString path = QUrl(text).path().toLower();
    while (path.endsWith(u'/'))
        path.chop(1);
    return host + path;
}

QString phoneKey(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    if (digits.size() < 6)
        return {};
    return digits.right(9);
}

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double earthKm = 6371.0;
    constexpr double toRad = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * toRad;
    const double dLon = (lon2 - lon1) * toRad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * toRad) * std::cos(lat2 * toRad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthKm * std::asin(std::min(1.0, std::sqrt(a)));
}

QList<Factor> qualify(const Lead& lead, const Territory& territory)
{
    QList<Factor> out;
    // What a site would change for them: most for a business with none.
    Factor web{u"website"_s, 0, 40, u"own"_s, {}};
    const QString social = hostedOn(lead.website);
    if (lead.website.trimmed().isEmpty()) {
        web.points = 40;
        web.reason = u"none"_s;
    } else if (!social.isEmpty()) {
        web.points = 30;
        web.reason = u"social"_s;
        web.facts.insert(u"host"_s, social);
    } else if (lead.website.trimmed().startsWith(u"http://"_s, Qt::CaseInsensitive)) {
        web.points = 15;
        web.reason = u"http"_s;
    }
    out.append(web);

    // Established: customers who rate it are customers a site would reach.
    Factor standing{u"standing"_s, 0, 30, u"unknown"_s, {}};
    if (lead.rating || lead.reviewCount) {
        const qint64 reviews = lead.reviewCount.value_or(0);
        const int reviewPoints = static_cast<int>(std::lround(18.0 * double(std::min<qint64>(reviews, 200)) / 200.0));
        int ratingPoints = 0;
        standing.facts.insert(u"reviews"_s, reviews);
        if (lead.rating) {
            const double r = *lead.rating;
            ratingPoints = r >= 4.5 ? 12 : r >= 4.0 ? 9 : r >= 3.5 ? 5 : 0;
            standing.facts.insert(u"rating"_s, r);
        }
        standing.points = reviewPoints + ratingPoints;
        standing.reason = lead.rating ? u"rated"_s : u"reviews_only"_s;
    }
    out.append(standing);

    Factor fit{u"category"_s, 0, 20, u"no_targets"_s, {}};
    const QString category = lead.category.trimmed();
    if (!territory.categories.isEmpty() && category.isEmpty()) {
        fit.reason = u"no_category"_s;
    } else if (!territory.categories.isEmpty()) {
        fit.reason = u"no_match"_s;
        fit.facts.insert(u"category"_s, category);
        for (const QString& wanted : territory.categories) {
            if (sameKind(category, wanted)) {
                fit.points = 20;
                fit.reason = u"match"_s;
                fit.facts.insert(u"wanted"_s, wanted);
                break;
            }
        }
    }
    out.append(fit);

    Factor near{u"distance"_s, 0, 10, u"no_home"_s, {}};
    if (territory.hasHome() && (!lead.latitude || !lead.longitude)) {
        near.reason = u"no_coords"_s;
    } else if (territory.hasHome()) {
        const double km = distanceKm(*territory.latitude, *territory.longitude, *lead.latitude, *lead.longitude);
        near.facts.insert(u"km"_s, std::round(km * 10) / 10);
        near.facts.insert(u"radius_km"_s, territory.radiusKm);
        if (km <= territory.radiusKm) {
            near.points = std::max(1, static_cast<int>(std::lround(10.0 * (1.0 - km / territory.radiusKm))));
            near.reason = u"within"_s;
        } else {
            near.reason = u"outside"_s;
        }
    }
    out.append(near);
    return out;
}

QString reasonText(const Factor& f)
{
    const QString& r = f.reason;
    const QJsonObject& x = f.facts;
    const int reviews = x.value(u"reviews"_s).toInt();
    if (r == u"none")
        return tr("No website.");
    if (r == u"social")
        return tr("Only a page on %1, no website of its own.").arg(x.value(u"host"_s).toString());
    if (r == u"http")
        return tr("Its website is not secure (http, no https).");
    if (r == u"own")
        return tr("Has its own website.");
    if (r == u"unknown")
        return tr("No rating or reviews in the export.");
    if (r == u"rated")
        return QCoreApplication::translate("Leads", "%1 stars from %n review(s).", nullptr, reviews)
            .arg(number(x.value(u"rating"_s).toDouble(), 1));
    if (r == u"reviews_only")
        return QCoreApplication::translate("Leads", "%n review(s), no rating.", nullptr, reviews);
    if (r == u"no_targets")
        return tr("Not scored: no categories set for your territory.");
    if (r == u"no_category")
        return tr("No category in the export.");
    if (r == u"match")
        return tr("%1 is one of your categories (%2).")
            .arg(x.value(u"category"_s).toString(), x.value(u"wanted"_s).toString());
    if (r == u"no_match")
        return tr("%1 is not one of your categories.").arg(x.value(u"category"_s).toString());
    if (r == u"no_home")
        return tr("Not scored: no home location set for your territory.");
    if (r == u"no_coords")
        return tr("No coordinates in the export.");
    const QString km = number(x.value(u"km"_s).toDouble(), 1);
    const QString radius = number(x.value(u"radius_km"_s).toDouble(), 0);
    if (r == u"within")
        return tr("%1 km from you, within your %2 km.").arg(km, radius);
    if (r == u"outside")
        return tr("%1 km from you, outside your %2 km.").arg(km, radius);
    return {};
}

int total(const QList<Factor>& factors)
{
    int sum = 0;
    for (const Factor& f : factors)
        sum += f.points;
    return std::clamp(sum, 0, 100);
}

QJsonArray toJson(const QList<Factor>& factors)
{
    QJsonArray out;
    for (const Factor& f : factors)
        out.append(QJsonObject{{u"factor"_s, f.key}, {u"points"_s, f.points}, {u"max"_s, f.max},
            {u"reason"_s, f.reason}, {u"facts"_s, f.facts}});
    return out;
}

QList<Factor> factorsFromJson(const QJsonArray& array)
{
    QList<Factor> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(u"factor"_s).toString(), o.value(u"points"_s).toInt(), o.value(u"max"_s).toInt(),
            o.value(u"reason"_s).toString(), o.value(u"facts"_s).toObject()});
    }
    return out;
}

QString factorName(const QString& key)
{
    if (key == u"website")
        return tr("Website");
    if (key == u"standing")
        return tr("Rating and reviews");
    if (key == u"category")
        return tr("Category");
    if (key == u"distance")
        return tr("Distance");
    return key;
}

QString statusDisplayName(const QString& status)
{
    if (status == u"contacted")
        return tr("Contacted");
    if (status == u"do_not_contact")
        return tr("Do not contact");
    if (status == u"bounced")
        return tr("Bounced");
    return tr("New");
}

} // namespace Leads
