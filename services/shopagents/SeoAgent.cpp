#include "SeoAgent.h"

#include "approvals/ApprovalDesk.h"
#include "core/Json.h"
#include "pipeline/BrandProfile.h"
#include "pipeline/ContentChecks.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/GateSettings.h"
#include "pipeline/KnowledgeClaims.h"
#include "pipeline/ProductFacts.h"
#include "pipeline/ProductStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
[[maybe_unused]] const char* const kName = QT_TRANSLATE_NOOP("AgentNames", "SEO");
const char* const kRole = QT_TRANSLATE_NOOP("AgentRoles",
    "Checks the content in the store against today's facts and gate, and proposes refreshing what no longer holds");
constexpr qint64 kDay = 86'400'000;

QString tr(const char* text)
{
    return QCoreApplication::translate("SeoAgent", text);
}

// Products with a refresh waiting, or decided lately: not proposed again yet, unless a price change of the
// product was carried out since that decision (its words may now state a price it no longer has).
QSet<qint64> quiet(const QSqlDatabase& db, qint64 now)
{
    QSet<qint64> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT DISTINCT r.product_id FROM action_proposals r WHERE r.action_type = 'content_refresh' AND "
        u"r.product_id IS NOT NULL AND (r.status = 'pending' OR (COALESCE(r.decided_at, 0) > ? AND NOT EXISTS "
        u"(SELECT 1 FROM action_proposals c WHERE c.action_type = 'price_change' AND c.product_id = r.product_id "
        u"AND c.execution_state = 'done' AND COALESCE(c.decided_at, c.created_at) > r.decided_at)))"_s,
        {now - SeoAgent::QuietDays * kDay});
    while (q.next())
        out.insert(q.value(0).toLongLong());
    return out;
}
} // namespace

QList<SeoAgent::Product> SeoAgent::read(const QSqlDatabase& db, qint64 /*now*/, int* inStore)
{
    const int bar = GateSettings::load(db).minScores.value(u"seo"_s, 0);
    QList<Product> products;
    QHash<qint64, qsizetype> at;
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT id, name, COALESCE(sku, ''), COALESCE(seo_score, -1) FROM products WHERE stage IN ('published', "
            u"'live') AND archived_at IS NULL ORDER BY id"_s);
        while (q.next()) {
            Product p;
            p.id = q.value(0).toLongLong();
            p.name = q.value(1).toString();
            p.sku = q.value(2).toString();
            p.seoScore = q.value(3).toInt();
            p.seoBar = bar;
            at.insert(p.id, products.size());
            products.append(p);
        }
    }
    if (inStore)
        *inStore = static_cast<int>(products.size());
    // The accepted pieces, checked as the gate would check them today.
    const BrandProfile brand = BrandProfile::load(db);
    QSqlQuery q = Sql::exec(db,
        u"SELECT c.product_id, c.kind, v.body, COALESCE(k.problems, '[]'), COALESCE(k.scores, '{}') FROM "
        u"content_pieces c "
        u"JOIN content_versions "
        u"v ON v.id = c.accepted_version_id JOIN products p ON p.id = c.product_id LEFT JOIN validations k ON "
        u"k.version_id = v.id AND k.stage = 'checks' WHERE p.stage IN ('published', 'live') AND p.archived_at IS NULL "
        u"ORDER BY c.product_id, c.id"_s);
    qint64 factsOf = 0;
    std::optional<ProductFacts> facts;
    QHash<QString, QList<Knowledge::Passage>> knowledge; // by kind, material and category
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const auto it = at.constFind(id);
        if (it == at.cend())
            continue;
        if (factsOf != id) {
            facts = ProductFacts::load(db, id);
            factsOf = id;
        }
        if (!facts)
            continue;
        const QString kind = q.value(1).toString();
        // What the checks found when the piece was accepted (a person may accept a piece the checks failed)
        // is not news: only what is new since is said.
        const QList<ContentChecks::Problem> accepted
            = ContentChecks::fromJson(Json::arrayFromString(q.value(3).toString()));
        // A piece accepted before the gate read claims one by one was never held to them: its claims are not news
        // either (the next run of the piece is).
        const QJsonObject checkedWith = Json::objectFromString(q.value(4).toString());
        const bool claimsChecked = checkedWith.contains(u"claims"_s);
        // Likewise a piece accepted before the brand's voice was measured.
        const bool voiceChecked = checkedWith.contains(u"voice"_s);
        // The knowledge base as it is now: a policy changed since the piece was written shows as a contradiction.
        const QString knowledgeKey = kind + u'\n' + facts->material() + u'\n' + facts->category;
        auto passages = knowledge.constFind(knowledgeKey);
        if (passages == knowledge.cend())
            passages = knowledge.insert(knowledgeKey, KnowledgeClaims::passagesFor(db, kind, *facts));
        for (const ContentChecks::Problem& problem : ContentChecks::run(
                 kind, Json::objectFromString(q.value(2).toString()), *facts, brand, nullptr, *passages)) {
            const bool known = std::any_of(accepted.cbegin(), accepted.cend(), [&](const ContentChecks::Problem& a) {
                return a.code == problem.code && a.where == problem.where && a.message == problem.message;
            });
            if (!known && (claimsChecked || problem.code != u"claim") && (voiceChecked || problem.code != u"voice"))
                products[*it].findings.append({kind, problem.message});
        }
    }
    QList<Product> out;
    for (Product& p : products)
        if ((!p.findings.isEmpty() || p.belowBar()) && !ProductStore::hasActiveWork(db, p.id)
            && !ProductStore::isBeingPublished(db, p.id))
            out.append(std::move(p));
    std::stable_sort(out.begin(), out.end(), [](const Product& a, const Product& b) {
        if (a.findings.size() != b.findings.size())
            return a.findings.size() > b.findings.size();
        return (a.seoBar - a.seoScore) > (b.seoBar - b.seoScore);
    });
    return out;
}

Agent::Spec SeoAgent::spec() const
{
    Spec s;
    s.name = QString::fromLatin1(Name);
    s.cluster = u"marketing"_s;
    s.role = QString::fromLatin1(kRole);
    s.reads = {u"products"_s, u"content"_s, u"decisions"_s};
    s.proposes = {u"content_refresh"_s};
    s.intervalMs = 24 * 3'600'000LL;
    s.onPublished = true; // an approved price change is published: the words that state the old price show
    return s;
}

Agent::Outcome SeoAgent::run(const QSqlDatabase& db, qint64 now) const
{
    int inStore = 0;
    const QList<Product> found = read(db, now, &inStore);
    const QString traffic = tr("Traffic is not watched: no source of page views or search rankings is connected.");
    if (inStore == 0)
        return Outcome::needs(
            tr("Needs products in a store: publish a product the pipeline wrote.") + u" "_s + traffic);
    const QSet<qint64> waiting = quiet(db, now);
    const QString name = QString::fromLatin1(Name);
    int proposed = 0;
    for (const Product& c : found) {
        if (proposed >= MaxProposals)
            break;
        if (waiting.contains(c.id))
            continue;
        ApprovalDesk::Proposal p;
        p.agent = name;
        p.actionType = ActionType::ContentRefresh;
        p.productId = c.id;
        const int problems = static_cast<int>(c.findings.size());
        // The same problem in several places of a piece (a price stated in the body and a bullet) is said once.
        QStringList kinds;
        QList<std::pair<QString, int>> said; // "piece: message", how many places
        for (const Finding& f : c.findings) {
            const QString piece = ContentSpec::displayName(f.kind);
            if (!kinds.contains(piece))
                kinds.append(piece);
            const QString line = tr("%1: %2").arg(piece, f.message);
            const auto same = std::find_if(said.begin(), said.end(), [&](const auto& s) { return s.first == line; });
            if (same != said.end())
                ++same->second;
            else
                said.append({line, 1});
        }
        QStringList why;
        for (qsizetype i = 0; i < said.size() && i < ShownFindings; ++i)
            why.append(said.at(i).second > 1
                    ? QCoreApplication::translate("SeoAgent", "%1 (in %n places)", nullptr, said.at(i).second)
                          .arg(said.at(i).first)
                    : said.at(i).first);
        const int unsaid = static_cast<int>(said.size()) - ShownFindings; // lupdate cannot read a cast in translate()
        if (unsaid > 0)
            why.append(QCoreApplication::translate("SeoAgent", "And %n more.", nullptr, unsaid));
        if (c.belowBar())
            why.append(
                tr("The reviewer scored its SEO %1; the gate asks at least %2 now.").arg(c.seoScore).arg(c.seoBar));
        if (problems > 0) {
            p.title = QCoreApplication::translate("SeoAgent",
                "Refresh the content of “%1”: %n problem(s) against today's facts and checks", nullptr, problems)
                          .arg(c.name);
            p.confidence = 1.0;
        } else {
            p.title = tr("Refresh the content of “%1”: its SEO score is below today's bar").arg(c.name);
            p.confidence = 0.5;
            why.append(tr("Whether a rewrite ranks better is not measured: a person decides."));
        }
        why.append(tr("Approving checks every piece again and has the writer rewrite what fails; the stores keep "
                      "the published words until publishing the new ones is approved."));
        p.reasoning = why.join(u' ');
        p.description = tr("Check every piece of %1 again against its facts and the gate; the writer rewrites what "
                           "fails.")
                            .arg(c.name);
        p.dataSources = {tr("Product facts"), tr("The accepted content"), tr("Brand profile"), tr("Gate settings")};
        p.parameters = QJsonObject{{u"product"_s, c.name}, {u"sku"_s, c.sku}, {u"product_id"_s, c.id},
            {u"problems"_s, problems}, {u"seo_bar"_s, c.seoBar}};
        if (!kinds.isEmpty())
            p.parameters.insert(u"pieces"_s, QLocale().createSeparatedList(kinds));
        if (c.seoScore >= 0)
            p.parameters.insert(u"seo_score"_s, c.seoScore);
        p.riskFactors = {tr("Rewriting calls the AI models: it counts against the daily content budget"),
            tr("Until it passes the gate again the product is back in the pipeline")};
        p.alternatives = QJsonArray{QJsonObject{{u"description"_s, tr("Correct the facts if they changed by mistake")}},
            QJsonObject{{u"description"_s, tr("Leave the content as it is")}}};
        proposed += ApprovalDesk::propose(db, p, QString(), now) > 0 ? 1 : 0;
    }
    QStringList notes{QCoreApplication::translate("SeoAgent", "%n product(s) in the store checked.", nullptr, inStore)};
    const int failing = static_cast<int>(found.size());
    if (failing > 0)
        notes.append(
            QCoreApplication::translate("SeoAgent", "%n with content that no longer holds up.", nullptr, failing));
    notes.append(proposed > 0 ? QCoreApplication::translate("SeoAgent", "Proposed %n refresh(es).", nullptr, proposed)
                              : QCoreApplication::translate("SeoAgent", "Nothing new to refresh."));
    notes.append(traffic);
    return Outcome::done(notes.join(u' '), proposed);
}
