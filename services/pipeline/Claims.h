#pragma once

#include "ContentChecks.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct BrandProfile;
struct ProductFacts;

// Claims, checked one by one (DESIGN.md section 2, the deterministic half of the gate). A piece is split into
// sentences; each statement of a checkable kind (a material, colour, origin, care instruction, size, certification,
// award, guarantee, scarcity, discount, health effect, or a named competitor) is a claim, classified against the
// product's facts and the brand profile:
//   supported     the facts say so (the claim cites where),
//   contradicted  the facts say otherwise (a wrong fact: critical, both sides shown),
//   unsupported   the facts say nothing about it (major: the writer must leave it out or the owner add the fact).
// Sentences without a checkable claim are opinion and style, which the brand voice governs, not the facts.
namespace Claims
{

enum class Kind
{
    Material,
    Colour,
    Origin,
    Care,
    Size,
    Certification,
    Award,
    Guarantee,
    Scarcity,
    Discount,
    Health,
    Competitor,
    Policy // the shop's shipping and returns terms ("returns within 30 days"), checked against the knowledge base
};

enum class Status
{
    Supported,
    Contradicted,
    Unsupported
};

struct Claim
{
    QString where;    // JSON path in the piece ("$.body")
    QString sentence; // the sentence that makes it
    Kind kind = Kind::Material;
    QString term; // the words as written ("dry clean only")
    Status status = Status::Unsupported;
    QString citation; // where the facts say so or otherwise ("care: machine washable at 30 °C"); empty when silent
    // The knowledge base's passage the citation is (0: the product's facts or the brand profile) and the version of
    // its document then.
    qint64 chunkId = 0;
    qint64 documentId = 0;
    int documentVersion = 0;

    QJsonObject toJson() const;
    static std::optional<Claim> fromJson(const QJsonObject& o);
};

struct Report
{
    QList<Claim> claims;
    int sentences = 0; // all sentences read; those without a claim are opinion and style

    int count(Status status) const;
    // The failed claims as the gate's problems: a material is a "material" problem as it always was, the others
    // "claim"; contradicted is critical, unsupported major.
    QList<ContentChecks::Problem> problems() const;
    QJsonObject toJson() const;
    static Report fromJson(const QJsonObject& o);
};

Report check(const QString& kind, const QJsonObject& body, const ProductFacts& facts, const BrandProfile& brand);

// Sentences and list items of a text, in order, trimmed.
QStringList sentences(const QString& text);

QString kindKey(Kind kind);
std::optional<Kind> kindFromKey(const QString& key);
QString kindName(Kind kind); // in the interface's language
QString statusKey(Status status);
std::optional<Status> statusFromKey(const QString& key);
QString statusName(Status status);

} // namespace Claims
