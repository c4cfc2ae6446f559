#include "ClaimCorpus.h"

#include "core/Json.h"
#include "core/Money.h"
#include "llm/JsonSchema.h"
#include "pipeline/ClaimReview.h"
#include "pipeline/Claims.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/GateSettings.h"
#include "pipeline/PromptTemplates.h"
#include "sandbox/ContentGenerator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ClaimCorpus
{

namespace
{

ProductFacts productOf(const QJsonObject& o)
{
    ProductFacts f;
    f.name = o.value(u"name"_s).toString();
    f.category = o.value(u"category"_s).toString();
    f.description = o.value(u"description"_s).toString();
    f.priceCents = Money::parse(o.value(u"price"_s).toString()).value_or(0);
    f.currency = u"EUR"_s;
    f.attributes = o.value(u"attributes"_s).toObject();
    f.optionNames = Json::toStringList(o.value(u"optionNames"_s).toArray());
    for (const QJsonValue& v : o.value(u"variants"_s).toArray()) {
        const QJsonObject vo = v.toObject();
        ProductVariant variant;
        variant.sku = vo.value(u"sku"_s).toString();
        variant.options = Json::toStringList(vo.value(u"options"_s).toArray());
        variant.priceCents = Money::parse(vo.value(u"price"_s).toString()).value_or(0);
        if (vo.contains(u"stock"_s))
            variant.stock = vo.value(u"stock"_s).toInt();
        f.variants.append(variant);
    }
    return f;
}

} // namespace

ProductFacts merinoTee()
{
    ProductFacts f;
    f.name = u"Merino Tee"_s;
    f.description = u"A fine merino wool T-shirt, made in Portugal. Machine washable at 30 °C."_s;
    f.priceCents = 5900;
    f.category = u"Apparel"_s;
    f.attributes = QJsonObject{{u"material"_s, u"merino wool"_s}, {u"colour"_s, u"Navy"_s}};
    f.optionNames = {u"Size"_s};
    for (const QString& size : {u"S"_s, u"M"_s, u"L"_s}) {
        ProductVariant v;
        v.sku = u"TEE-"_s + size;
        v.options = {size};
        v.priceCents = 5900;
        v.stock = size == u"M" ? 20 : 10;
        f.variants.append(v);
    }
    return f;
}

Corpus load(QString* error, const QString& path)
{
    const QString file = path.isEmpty() ? QStringLiteral(QUORUM_CORPUS_FILE) : path;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(file, f.errorString());
        return {};
    }
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *error = u"%1: %2"_s.arg(file, parse.errorString());
        return {};
    }
    Corpus c;
    const QJsonObject products = root.value(u"products"_s).toObject();
    for (auto it = products.begin(); it != products.end(); ++it)
        c.products.insert(it.key(), productOf(it.value().toObject()));
    const QJsonObject brand = root.value(u"brand"_s).toObject();
    c.brand.competitors = Json::toStringList(brand.value(u"competitors"_s).toArray());
    c.brand.certifications = Json::toStringList(brand.value(u"certifications"_s).toArray());
    for (const QJsonValue& v : root.value(u"pieces"_s).toArray()) {
        const QJsonObject o = v.toObject();
        c.pieces.append(Piece{o.value(u"id"_s).toString(), o.value(u"product"_s).toString(),
            o.value(u"language"_s).toString(), o.value(u"label"_s).toString(), o.value(u"numeric"_s).toBool(),
            o.value(u"planted"_s).toString(), o.value(u"body"_s).toString()});
        if (!c.products.contains(c.pieces.last().product)) {
            *error = u"%1 names the unknown product %2"_s.arg(c.pieces.last().id, c.pieces.last().product);
            return {};
        }
    }
    return c;
}

QList<ContentChecks::Problem> check(const Corpus& corpus, const Piece& piece)
{
    const ProductFacts& facts = corpus.products.value(piece.product);
    const QJsonObject body{{u"body"_s, piece.body}};
    QList<ContentChecks::Problem> out = ContentChecks::checkPrices(body, facts);
    out += ContentChecks::checkNumbers(body, facts);
    out += Claims::check(u"description"_s, body, facts, corpus.brand).problems();
    return out;
}

QList<ContentChecks::Problem> sandboxReview(const Corpus& corpus, const Piece& piece)
{
    const ProductFacts& facts = corpus.products.value(piece.product);
    const QJsonObject body{{u"body"_s, piece.body}};
    const QList<ClaimReview::Item> items
        = ClaimReview::items(body, Claims::check(u"description"_s, body, facts, corpus.brand));
    QHash<QString, QString> vars{{u"piece"_s, u"long product description"_s}, {u"attempt"_s, u"1"_s},
        {u"thresholds"_s, GateSettings::defaults().describe()}, {u"facts"_s, facts.promptBlock(corpus.brand)},
        {u"knowledge"_s, QString()}, {u"piece_text"_s, piece.body}, {u"claims"_s, ClaimReview::promptBlock(items)},
        {u"language"_s, piece.language == u"nl" ? u"Nederlands (Dutch)"_s : u"English"_s},
        {u"brand_voice"_s, u"Warm, plain-spoken and precise."_s}};
    const QString prompt = PromptTemplates::render(PromptTemplates::defaultBody(u"reviewer.system"_s), vars) + u"\n\n"_s
        + PromptTemplates::render(PromptTemplates::defaultBody(u"reviewer.review"_s), vars);
    ContentGenerator generator;
    ContentGenerator::Facts sandboxFacts = ContentGenerator::factsFromPrompt(prompt);
    const QJsonObject answer
        = generator
              .generate(JsonSchema::withProperty(ContentSpec::reviewSchema(), u"claims"_s, ClaimReview::answerSchema()),
                  sandboxFacts, prompt, qHash(piece.id), {})
              .toObject();
    const ClaimReview::Result judged = ClaimReview::apply(
        items, answer.value(u"claims"_s).toArray(), ClaimReview::sources(facts.promptFacts(corpus.brand), {}));
    QList<ContentChecks::Problem> out;
    for (const QString& score : GateSettings::defaults().failing(answer.value(u"scores"_s).toObject()))
        out.append({u"score"_s, u"major"_s, u"$"_s, u"the reviewer's %1 score is below its pass mark"_s.arg(score)});
    for (const ContentChecks::Problem& p : judged.problems) {
        if (p.severity != u"minor")
            out.append(p);
    }
    return out;
}

Result evaluate(const Corpus& corpus, bool withSandboxReviewer)
{
    Result r;
    QHash<QString, qsizetype> at;
    for (const Piece& p : corpus.pieces) {
        const QList<ContentChecks::Problem> problems = check(corpus, p);
        // The reviewer sees only what the checks pass, as in the gate.
        const QList<ContentChecks::Problem> reviewed
            = withSandboxReviewer && problems.isEmpty() ? sandboxReview(corpus, p) : QList<ContentChecks::Problem>{};
        if (p.label == u"correct") {
            ++r.correct;
            if (!problems.isEmpty()) {
                ++r.falseRejects;
                r.rejected.append(p.id + u": "_s + problems.first().message);
            }
            if (!problems.isEmpty() || !reviewed.isEmpty())
                ++r.falseRejectsWithReviewer;
            if (!reviewed.isEmpty())
                r.rejectedByReviewer.append(p.id + u": "_s + reviewed.first().message);
            continue;
        }
        if (!at.contains(p.label)) {
            at.insert(p.label, r.rows.size());
            r.rows.append(Row{p.label, p.numeric});
        }
        Row& row = r.rows[at.value(p.label)];
        ++row.total;
        if (!problems.isEmpty())
            ++row.caught;
        else
            r.missed.append(p.id + u": "_s + p.planted);
        if (!problems.isEmpty() || !reviewed.isEmpty())
            ++row.caughtWithReviewer;
        else if (withSandboxReviewer)
            r.missedByBoth.append(p.id + u": "_s + p.planted);
    }
    std::stable_sort(r.rows.begin(), r.rows.end(), [](const Row& a, const Row& b) { return a.numeric > b.numeric; });
    return r;
}

int Result::numericTotal() const
{
    int n = 0;
    for (const Row& row : rows)
        n += row.numeric ? row.total : 0;
    return n;
}

int Result::numericCaught() const
{
    int n = 0;
    for (const Row& row : rows)
        n += row.numeric ? row.caught : 0;
    return n;
}

int Result::softTotal() const
{
    int n = 0;
    for (const Row& row : rows)
        n += row.numeric ? 0 : row.total;
    return n;
}

int Result::softCaught() const
{
    int n = 0;
    for (const Row& row : rows)
        n += row.numeric ? 0 : row.caught;
    return n;
}

} // namespace ClaimCorpus
