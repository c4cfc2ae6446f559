#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// A generated site's page, assembled from its accepted units: the art director's tokens become the stylesheet
// (colours as CSS variables by role, the two type roles with their fallbacks, the spacing unit and radius), the
// sections follow in the concept's order. The stylesheet is Quorum's, so every class a section may use is
// known to the writer (SitePage::classes) and every colour on the page is one the design declared.
namespace SitePage
{

struct Input
{
    QString lang = QStringLiteral("en");
    QString title;
    QString description;     // the meta description
    QJsonObject design;      // the accepted design tokens
    QList<QString> sections; // the accepted sections' markup, in order
    QString headExtra;       // JSON-LD Quorum made, inserted as it is
};

QString render(const Input& page);
QString stylesheet(const QJsonObject& design);
// The classes a section may use, with what each looks like, for the writer's prompt.
QString classes();
// The design's tokens as a short header restated in every section's prompt.
QString tokenHeader(const QJsonObject& design);

} // namespace SitePage
