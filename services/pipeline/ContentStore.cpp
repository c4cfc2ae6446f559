#include "ContentStore.h"

#include "ContentChecks.h"
#include "ContentSpec.h"
#include "ProductFacts.h"
#include "core/Json.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ContentStore
{

QString PieceState::displayName(const QString& state)
{
    if (state == Pending)
        return QCoreApplication::translate("ContentStore", "Not written yet");
    if (state == Queued)
        return QCoreApplication::translate("ContentStore", "Queued");
    if (state == Writing)
        return QCoreApplication::translate("ContentStore", "Writing");
    if (state == Reviewing)
        return QCoreApplication::translate("ContentStore", "Under review");
    if (state == Checking)
        return QCoreApplication::translate("ContentStore", "Checking your edit");
    if (state == Accepted)
        return QCoreApplication::translate("ContentStore", "Accepted");
    if (state == Rejected)
        return QCoreApplication::translate("ContentStore", "Needs review");
    if (state == Failed)
        return QCoreApplication::translate("ContentStore", "Failed");
    return state;
}

QJsonObject Version::json() const
{
    return valid ? Json::objectFromString(body) : QJsonObject();
}

QString generationKey(qint64 pieceId, int runNo, int attempt)
{
    return u"gen:%1:%2:%3"_s.arg(pieceId).arg(runNo).arg(attempt);
}

void ensurePieces(const QSqlDatabase& db, qint64 productId, qint64 now)
{
    QSqlQuery q = Sql::exec(db, u"SELECT category, attributes FROM products WHERE id = ?"_s, {productId});
    if (!q.next())
        return;
    const QString category = q.value(0).toString();
    const QJsonObject attributes = Json::objectFromString(q.value(1).toString());
    q.finish();
    for (const ContentSpec::Piece& p : ContentSpec::forProduct(category, attributes))
        Sql::exec(db,
            u"INSERT INTO content_pieces (product_id, kind, state, updated_at) VALUES (?, ?, 'pending', ?) "
            u"ON CONFLICT DO NOTHING"_s,
            {productId, p.kind, now});
}

const Tables& contentTables()
{
    static const Tables t{u"content_pieces"_s, u"content_versions"_s, u"validations"_s, u"product_id"_s};
    return t;
}

const Tables& siteTables()
{
    static const Tables t{u"site_units"_s, u"site_versions"_s, u"site_validations"_s, u"site_id"_s};
    return t;
}

namespace
{
QString pieceFields(const Tables& t)
{
    return u"id, "_s + t.owner
        + u", kind, state, attempts, run_no, COALESCE(current_version_id, 0), COALESCE(accepted_version_id, 0), "
          u"last_error, updated_at FROM "_s
        + t.pieces;
}
const QString kPieceFields = pieceFields(contentTables());

Piece pieceFrom(const QSqlQuery& q)
{
    return Piece{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toInt(), q.value(5).toInt(), q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toString(),
        q.value(9).toLongLong()};
}

QString versionFields(const Tables& t)
{
    return u"id, piece_id, version_no, run_no, COALESCE(attempt, 0), author, body, provider, model, "
           u"COALESCE(template_version, 0), instruction, valid, created_at FROM "_s
        + t.versions;
}
const QString kVersionFields = versionFields(contentTables());

Version versionFrom(const QSqlQuery& q)
{
    Version v;
    v.id = q.value(0).toLongLong();
    v.pieceId = q.value(1).toLongLong();
    v.versionNo = q.value(2).toInt();
    v.runNo = q.value(3).toInt();
    v.attempt = q.value(4).toInt();
    v.author = q.value(5).toString();
    v.body = q.value(6).toString();
    v.provider = q.value(7).toString();
    v.model = q.value(8).toString();
    v.templateVersion = q.value(9).toInt();
    v.instruction = q.value(10).toString();
    v.valid = q.value(11).toBool();
    v.createdAt = q.value(12).toLongLong();
    return v;
}

QList<Version> versionList(QSqlQuery q)
{
    QList<Version> out;
    while (q.next())
        out.append(versionFrom(q));
    return out;
}

// Keeps the content set in the product's order (description first, blog last).
int kindOrder(const QString& kind)
{
    const int i = static_cast<int>(ContentSpec::kinds().indexOf(kind));
    return i < 0 ? 99 : i;
}
} // namespace

QList<Piece> pieces(const QSqlDatabase& db, qint64 productId)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + kPieceFields + u" WHERE product_id = ?"_s, {productId});
    QList<Piece> out;
    while (q.next())
        out.append(pieceFrom(q));
    std::sort(
        out.begin(), out.end(), [](const Piece& a, const Piece& b) { return kindOrder(a.kind) < kindOrder(b.kind); });
    return out;
}

std::optional<Piece> piece(const QSqlDatabase& db, qint64 pieceId, const Tables& t)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + pieceFields(t) + u" WHERE id = ?"_s, {pieceId});
    if (q.next())
        return pieceFrom(q);
    return std::nullopt;
}

std::optional<Piece> piece(const QSqlDatabase& db, qint64 productId, const QString& kind)
{
    QSqlQuery q
        = Sql::exec(db, u"SELECT "_s + kPieceFields + u" WHERE product_id = ? AND kind = ?"_s, {productId, kind});
    if (q.next())
        return pieceFrom(q);
    return std::nullopt;
}

QList<Version> versions(const QSqlDatabase& db, qint64 pieceId, const Tables& t)
{
    return versionList(
        Sql::exec(db, u"SELECT "_s + versionFields(t) + u" WHERE piece_id = ? ORDER BY version_no"_s, {pieceId}));
}

std::optional<Version> version(const QSqlDatabase& db, qint64 versionId, const Tables& t)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + versionFields(t) + u" WHERE id = ?"_s, {versionId});
    if (q.next())
        return versionFrom(q);
    return std::nullopt;
}

std::optional<Version> versionByKey(const QSqlDatabase& db, const QString& key, const Tables& t)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_s + versionFields(t) + u" WHERE idempotency_key = ?"_s, {key});
    if (q.next())
        return versionFrom(q);
    return std::nullopt;
}

QList<Evidence> reviewEvidence(const QSqlDatabase& db, qint64 productId)
{
    const QList<Piece> all = pieces(db, productId);
    QList<Piece> chosen;
    for (const Piece& p : all) {
        if (p.state == PieceState::Rejected || p.state == PieceState::Failed)
            chosen.append(p);
    }
    if (chosen.isEmpty())
        chosen = all;
    QList<Evidence> out;
    for (const Piece& p : chosen) {
        Evidence e{p, std::nullopt, std::nullopt, {}};
        if (p.currentVersionId > 0) {
            e.current = version(db, p.currentVersionId);
            e.verdicts = validations(db, p.currentVersionId);
            QSqlQuery q = Sql::exec(db,
                u"SELECT "_s + kVersionFields
                    + u" WHERE piece_id = ? AND version_no < ? ORDER BY version_no DESC LIMIT 1"_s,
                {p.id, e.current ? e.current->versionNo : 0});
            if (q.next())
                e.previous = versionFrom(q);
        }
        out.append(e);
    }
    return out;
}

QList<Version> runVersions(const QSqlDatabase& db, qint64 pieceId, int runNo, const Tables& t)
{
    return versionList(Sql::exec(db,
        u"SELECT "_s + versionFields(t) + u" WHERE piece_id = ? AND run_no = ? AND attempt > 0 ORDER BY attempt"_s,
        {pieceId, runNo}));
}

qint64 insertVersion(const QSqlDatabase& db, const Version& v, const QString& key, const Tables& t)
{
    if (const auto existing = versionByKey(db, key, t))
        return existing->id;
    const int versionNo = Sql::scalar(
        db, u"SELECT COALESCE(MAX(version_no), 0) + 1 FROM "_s + t.versions + u" WHERE piece_id = ?"_s, {v.pieceId})
                              .toInt();
    return Sql::insert(db,
        u"INSERT INTO "_s + t.versions
            + u" (piece_id, version_no, run_no, attempt, author, body, provider, model, "
              u"template_version, instruction, valid, idempotency_key, created_at) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {v.pieceId, versionNo, v.runNo, v.attempt > 0 ? QVariant(v.attempt) : QVariant(), v.author, v.body, v.provider,
            v.model, v.templateVersion > 0 ? QVariant(v.templateVersion) : QVariant(), v.instruction, v.valid ? 1 : 0,
            key, v.createdAt});
}

QList<Validation> validations(const QSqlDatabase& db, qint64 versionId, const Tables& t)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT stage, passed, scores, problems, provider, model, created_at FROM "_s + t.validations
            + u" WHERE version_id = ? ORDER BY id"_s,
        {versionId});
    QList<Validation> out;
    while (q.next()) {
        Validation v;
        v.versionId = versionId;
        v.stage = q.value(0).toString();
        v.passed = q.value(1).toBool();
        const QJsonObject scores = Json::objectFromString(q.value(2).toString());
        v.summary = scores.value(u"_summary"_s).toString();
        v.scores = scores;
        v.scores.remove(u"_summary"_s);
        v.claims = scores.value(u"_claims"_s).toObject();
        v.scores.remove(u"_claims"_s);
        v.problems = Json::arrayFromString(q.value(3).toString());
        v.provider = q.value(4).toString();
        v.model = q.value(5).toString();
        v.createdAt = q.value(6).toLongLong();
        out.append(v);
    }
    return out;
}

std::optional<Validation> validation(const QSqlDatabase& db, qint64 versionId, const QString& stage, const Tables& t)
{
    for (const Validation& v : validations(db, versionId, t)) {
        if (v.stage == stage)
            return v;
    }
    return std::nullopt;
}

void storeValidation(const QSqlDatabase& db, const Validation& v, const Tables& t)
{
    // The summary and the reviewer's claim verdicts travel inside the scores object, so the schema stays as it
    // shipped.
    QJsonObject scores = v.scores;
    if (!v.summary.isEmpty())
        scores.insert(u"_summary"_s, v.summary);
    if (!v.claims.isEmpty())
        scores.insert(u"_claims"_s, v.claims);
    Sql::exec(db,
        u"INSERT INTO "_s + t.validations
            + u" (version_id, stage, passed, scores, problems, provider, model, "
              u"created_at) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
        {v.versionId, v.stage, v.passed ? 1 : 0, Json::compact(scores), Json::compact(v.problems), v.provider, v.model,
            v.createdAt});
}

void setPieceState(
    const QSqlDatabase& db, qint64 pieceId, const QString& state, qint64 now, const QString& error, const Tables& t)
{
    Sql::exec(db, u"UPDATE "_s + t.pieces + u" SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"_s,
        {state, error, now, pieceId});
}

QString piecesText(const QList<Mention>& mentions)
{
    QStringList pieces;
    for (const Mention& m : mentions)
        pieces.append(ContentSpec::displayName(m.kind));
    return QLocale().createSeparatedList(pieces);
}

QList<Mention> priceStated(const QSqlDatabase& db, qint64 productId, const QString& sku, qint64 cents)
{
    const auto facts = ProductFacts::load(db, productId);
    if (!facts)
        return {};
    // What else in the facts supports the amount keeps the words true, as the gate's price check sees it.
    if (ContentChecks::supportedPrices(*facts, sku).contains(cents))
        return {};
    // The words the store shows (the accepted version) and a later one written since (a draft, a retry): a piece
    // counts when either states it, by the places of the one that states it more.
    const auto places = [&](const QString& body) {
        int n = 0;
        for (const auto& [path, text] : ContentSpec::strings(Json::objectFromString(body))) {
            for (const ContentChecks::Amount& a : ContentChecks::amountsIn(text))
                n += a.cents == cents && (a.currency.isEmpty() || a.currency == facts->currency) ? 1 : 0;
        }
        return n;
    };
    QList<Mention> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.kind, a.body, w.body FROM content_pieces c LEFT JOIN content_versions a ON a.id = "
        u"c.accepted_version_id LEFT JOIN content_versions w ON w.id = c.current_version_id AND w.id <> "
        u"COALESCE(c.accepted_version_id, 0) WHERE c.product_id = ? ORDER BY c.id"_s,
        {productId});
    while (q.next()) {
        const int n = std::max(places(q.value(1).toString()), places(q.value(2).toString()));
        if (n > 0)
            out.append({q.value(0).toString(), n});
    }
    return out;
}

} // namespace ContentStore
