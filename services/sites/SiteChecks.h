#pragma once

#include "pipeline/BrandProfile.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ProductFacts.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The deterministic checks of the site factory, before any reviewer or person sees a unit: the design's
// contrast and fonts, each section's markup (it parses; no scripts, frames, trackers or event handlers; every
// image has alt text and is a workspace file or an approved address; headings in order; links only where the
// facts point) and its words (every price, discount, rating, testimonial and number agrees with the product's
// facts and reviews), and the assembled page (parses, one h1, heading order, weight budget, the rendered
// colours' contrast).
namespace SiteChecks
{

using Problem = ContentChecks::Problem;

struct Review
{
    int rating = 0;
    QString body;
};

// What the words and the markup may rest on.
struct Facts
{
    ProductFacts product;
    BrandProfile brand;
    QList<Review> reviews;
    QStringList images; // the addresses an <img> may point at (the product's images)
    QString ctaUrl;     // where the call to action may link
    // A lead's business: the rating its maps listing shows (no review texts: nothing may be quoted) and the
    // phone a call to action may dial (tel:).
    std::optional<double> listedRating;
    QString phone;
    // A page about several products: each one's own published page (a link the page may make) and each one's
    // own average rating (a rating the page may state beside the average of them all).
    QStringList links;
    QList<double> ratings;
    // What the page is about, as the prompts name it ("one product", "a collection of the shop's products").
    QString subject = QStringLiteral("one product");
};

// The page's weight budget and the smallest contrast for text (WCAG 2.1 AA, normal text).
inline constexpr int kPageBudgetBytes = 100 * 1024;
inline constexpr double kMinContrast = 4.5;

QList<Problem> run(const QString& kind, const QJsonObject& body, const Facts& facts);
QList<Problem> brief(const QJsonObject& body, const Facts& facts);
QList<Problem> plan(const QJsonObject& body, const Facts& facts);
QList<Problem> design(const QJsonObject& body, const Facts& facts);
QList<Problem> section(const QString& key, const QJsonObject& body, const Facts& facts);
// The assembled page, with the design it was styled by.
QList<Problem> page(const QString& html, const QJsonObject& design);

// Discounts and ratings stated in plain text (an e-mail), against the facts: the claims the page checks make.
QList<Problem> textClaims(const QString& where, const QString& text, const Facts& facts);

// The rating a page may state: the average of the reviews, or a lead's listed rating (none without either).
std::optional<double> averageRating(const Facts& facts);

// WCAG 2.1 contrast ratio of two colours written #RRGGBB (1-21; 0 when one is not a colour).
double contrast(const QString& a, const QString& b);
// The design's colour for a role, as #rrggbb (empty when it has none or it is not a colour).
QString roleColour(const QJsonObject& design, const QString& role);
// The text/background role pairs the page's stylesheet draws (SitePage), present in the design.
QList<std::pair<QString, QString>> renderedPairs(const QJsonObject& design);

} // namespace SiteChecks
