#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// Fills the landing-page template (resources/demo/site-template.html) with a site's title, tagline,
// palette and featured product. Values are HTML-escaped.
namespace SiteRenderer
{

struct Page
{
    QString lang = QStringLiteral("en");
    QString shop;
    QString title;
    QString tagline;
    QStringList palette; // primary, background, accent
    QString productName;
    QString description;
    QString price;
    QString cta;
    QString ctaUrl;
    QString headExtra; // markup Quorum made for the head (a JSON-LD script), inserted as it is
};

QString render(const Page& page);
// Lower-case ASCII slug for file names and WordPress slugs: "Merino Sweater – Prospecting" ->
// "merino-sweater-prospecting".
QString slugify(const QString& text);

} // namespace SiteRenderer
