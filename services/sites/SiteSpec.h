#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The site factory's chain (DESIGN.md, "The site factory"): the analyst's brief, the concept, the art director's design
// tokens, then the page section by section. Each is a unit the agreement gate judges like a content piece: what
// the writer answers with (the schema), its name on screen and in the prompts, and a readable text of an answer
// for the reviewer.
namespace SiteSpec
{

inline constexpr QLatin1StringView Brief{"brief"};
inline constexpr QLatin1StringView Concept{"concept"};
inline constexpr QLatin1StringView Design{"design"};
inline constexpr QLatin1StringView SectionPrefix{"section:"};

// The stages before the sections, in chain order.
QStringList stages();
bool isSection(const QString& kind);
QString sectionKind(const QString& key); // "section:hero"
QString sectionKey(const QString& kind); // "hero"
// The sections a concept may plan, in their usual order.
QStringList sectionKeys();
QString sectionName(const QString& key); // in the reader's language

QJsonObject schema(const QString& kind);
QString displayName(const QString& kind);
QString promptName(const QString& kind);
// The writer's prompt template of a unit ("site.brief", "site.section").
QString promptTemplate(const QString& kind);
QString render(const QString& kind, const QJsonObject& body);

// The colour roles a design declares (background, text, primary, on_primary are required) and the CSS generic
// font families a fallback must be.
QStringList colourRoles();
QStringList requiredRoles();
QStringList genericFamilies();
// The font families every reader has or the page can rely on without loading a font.
QStringList availableFonts();

} // namespace SiteSpec
