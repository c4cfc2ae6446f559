#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Content pieces, their versions and the verdicts on each version. Versions are never changed or
// removed; an edit by a person is a new version. A model's version is keyed
// gen:<piece>:<run>:<attempt>, so storing it twice (a job resumed after a crash) stores it once.
namespace ContentStore
{

namespace PieceState
{
inline constexpr QLatin1StringView Pending{"pending"}; // never run
inline constexpr QLatin1StringView Queued{"queued"};   // a run is queued
inline constexpr QLatin1StringView Writing{"writing"}; // the writer is at work
inline constexpr QLatin1StringView Reviewing{"reviewing"};
inline constexpr QLatin1StringView Checking{"checking"}; // a person's edit is being checked
inline constexpr QLatin1StringView Accepted{"accepted"};
inline constexpr QLatin1StringView Rejected{"rejected"}; // failed the gate; a person decides
inline constexpr QLatin1StringView Failed{"failed"};     // could not be generated (provider, budget)
QString displayName(const QString& state);
} // namespace PieceState

struct Piece
{
    qint64 id = 0;
    qint64 productId = 0;
    QString kind;
    QString state;
    int attempts = 0;
    int runNo = 0;
    qint64 currentVersionId = 0;
    qint64 acceptedVersionId = 0;
    QString lastError;
    qint64 updatedAt = 0;
};

struct Version
{
    qint64 id = 0;
    qint64 pieceId = 0;
    int versionNo = 0;
    int runNo = 0;
    int attempt = 0; // 0 for a person's edit
    QString author;  // "model" or the person's name
    QString body;    // the JSON as stored (or the raw answer when !valid)
    QString provider;
    QString model;
    int templateVersion = 0;
    QString instruction;
    bool valid = true;
    qint64 createdAt = 0;

    QJsonObject json() const;
    bool byPerson() const { return attempt == 0; }
};

// Validation stages, in gate order.
namespace Stage
{
inline constexpr QLatin1StringView Schema{"schema"};
inline constexpr QLatin1StringView Checks{"checks"};
inline constexpr QLatin1StringView Review{"review"};
inline constexpr QLatin1StringView Agreement{"agreement"};
} // namespace Stage

struct Validation
{
    qint64 versionId = 0;
    QString stage;
    bool passed = false;
    QJsonObject scores;
    QJsonArray problems;
    QString summary;
    QJsonObject claims; // the reviewer's verdict on each claim (ClaimReview::Result::toJson); empty for other stages
    QString provider;
    QString model;
    qint64 createdAt = 0;
};

QString generationKey(qint64 pieceId, int runNo, int attempt);

// Where a kind of gated piece lives: a product's content (content_pieces, content_versions, validations, owned by
// product_id) or a site's stages and sections (site_units, site_versions, site_validations, owned by site_id). The
// rows have the same shape, so the gate and the functions below serve both.
struct Tables
{
    QString pieces;
    QString versions;
    QString validations;
    QString owner;
};
const Tables& contentTables();
const Tables& siteTables();

// Creates the pieces the product needs (the size guide only for apparel or sized products).
void ensurePieces(const QSqlDatabase& db, qint64 productId, qint64 now);
QList<Piece> pieces(const QSqlDatabase& db, qint64 productId);
std::optional<Piece> piece(const QSqlDatabase& db, qint64 pieceId, const Tables& t = contentTables());
std::optional<Piece> piece(const QSqlDatabase& db, qint64 productId, const QString& kind);

QList<Version> versions(const QSqlDatabase& db, qint64 pieceId, const Tables& t = contentTables());
std::optional<Version> version(const QSqlDatabase& db, qint64 versionId, const Tables& t = contentTables());
std::optional<Version> versionByKey(const QSqlDatabase& db, const QString& key, const Tables& t = contentTables());
// The versions of one run of a piece, by attempt.
QList<Version> runVersions(const QSqlDatabase& db, qint64 pieceId, int runNo, const Tables& t = contentTables());
// Stores a version under key; when the key exists, returns the stored one's id (nothing is added).
qint64 insertVersion(const QSqlDatabase& db, const Version& v, const QString& key, const Tables& t = contentTables());

QList<Validation> validations(const QSqlDatabase& db, qint64 versionId, const Tables& t = contentTables());
std::optional<Validation> validation(
    const QSqlDatabase& db, qint64 versionId, const QString& stage, const Tables& t = contentTables());
// Stores a verdict. A stored verdict is never replaced: the first one for (version, stage) stands.
void storeValidation(const QSqlDatabase& db, const Validation& v, const Tables& t = contentTables());

// What a person needs to decide a content review: each piece the gate did not accept (all pieces
// when every one was accepted since), its current version, the version before it and the verdicts.
struct Evidence
{
    Piece piece;
    std::optional<Version> current;
    std::optional<Version> previous;
    QList<Validation> verdicts;
};
QList<Evidence> reviewEvidence(const QSqlDatabase& db, qint64 productId);

void setPieceState(const QSqlDatabase& db, qint64 pieceId, const QString& state, qint64 now, const QString& error = {},
    const Tables& t = contentTables());

// Where the words of a product (each piece's accepted version, or a later one written since) state the price of one of
// its variants (or of the product, by its SKU), a price about to change or just changed: per piece, in the order
// of the pieces, how many places. Nothing when the facts still support that amount otherwise (another variant has
// the price, the product's own description states it), as the gate's price check sees it; an amount written in
// another currency is not counted.
struct Mention
{
    QString kind;
    int places = 0;
};
QList<Mention> priceStated(const QSqlDatabase& db, qint64 productId, const QString& sku, qint64 cents);
// The pieces mentioned, by name, as a list in the reader's language ("Long description and FAQ").
QString piecesText(const QList<Mention>& mentions);

} // namespace ContentStore
