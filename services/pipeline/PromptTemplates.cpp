#include "PromptTemplates.h"

#include "ContentSpec.h"
#include "LockedText.h"
#include "core/AbTest.h"
#include "core/Json.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PromptTemplates
{

QStringList names()
{
    QStringList out{u"writer.system"_s};
    for (const QString& kind : ContentSpec::kinds())
        out.append(u"writer."_s + kind);
    out << u"writer.agreement"_s << u"reviewer.system"_s << u"reviewer.review"_s << u"reply.write"_s
        << u"reply.review"_s;
    // The site factory's chain (sites/SiteSpec): each stage's writer.
    out << u"site.brief"_s << u"site.concept"_s << u"site.design"_s << u"site.section"_s;
    // The e-mail to a lead offering its concept site (sites/Outreach).
    out << u"outreach.email"_s;
    return out;
}

QString displayName(const QString& name)
{
    if (name == u"writer.system")
        return QCoreApplication::translate("PromptTemplates", "Writer: system prompt");
    if (name == u"writer.agreement")
        return QCoreApplication::translate("PromptTemplates", "Writer: answer to the review");
    if (name == u"reviewer.system")
        return QCoreApplication::translate("PromptTemplates", "Reviewer: system prompt");
    if (name == u"reviewer.review")
        return QCoreApplication::translate("PromptTemplates", "Reviewer: review a piece");
    if (name == u"reply.write")
        return QCoreApplication::translate("PromptTemplates", "Review Desk: write a reply to a review");
    if (name == u"reply.review")
        return QCoreApplication::translate("PromptTemplates", "Review Desk: check a reply");
    if (name == u"site.brief")
        return QCoreApplication::translate("PromptTemplates", "Site: the analyst's brief");
    if (name == u"site.concept")
        return QCoreApplication::translate("PromptTemplates", "Site: the concept");
    if (name == u"site.design")
        return QCoreApplication::translate("PromptTemplates", "Site: the art director's design tokens");
    if (name == u"site.section")
        return QCoreApplication::translate("PromptTemplates", "Site: the architect's section");
    if (name == u"outreach.email")
        return QCoreApplication::translate("PromptTemplates", "Outreach: the e-mail to a lead");
    if (name.startsWith(u"writer."_s))
        return QCoreApplication::translate("PromptTemplates", "Writer: %1").arg(ContentSpec::displayName(name.mid(7)));
    return name;
}

QString defaultBody(const QString& name)
{
    QFile f(u":/prompts/"_s + name + u".txt"_s);
    if (f.open(QIODevice::ReadOnly))
        return QString::fromUtf8(f.readAll());
    // Every piece without a specific file uses the generic writing prompt.
    QFile generic(u":/prompts/writer.piece.txt"_s);
    return generic.open(QIODevice::ReadOnly) ? QString::fromUtf8(generic.readAll()) : QString();
}

Template current(const QSqlDatabase& db, const QString& name)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT version, body, author, created_at FROM prompt_templates WHERE name = ? ORDER BY version DESC LIMIT 1"_s,
        {name});
    if (q.next())
        return {name, q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()};
    return {name, 0, defaultBody(name), u"Quorum"_s, 0};
}

QList<Template> history(const QSqlDatabase& db, const QString& name)
{
    QList<Template> out;
    QSqlQuery q = Sql::exec(db,
        u"SELECT version, body, author, created_at FROM prompt_templates WHERE name = ? ORDER BY version DESC"_s,
        {name});
    while (q.next())
        out.append({name, q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong()});
    out.append({name, 0, defaultBody(name), u"Quorum"_s, 0});
    return out;
}

bool hasRecord(const QString& name)
{
    return (name.startsWith(u"writer."_s) && ContentSpec::find(name.mid(7))) || name.startsWith(u"site."_s)
        || name == u"outreach.email";
}

QHash<int, Record> records(const QSqlDatabase& db, const QString& name, qint64 since)
{
    QHash<int, Record> out;
    if (!hasRecord(name))
        return out;
    const bool site = name.startsWith(u"site."_s);
    const bool outreach = name.startsWith(u"outreach."_s);
    const QString pieces = site ? u"site_units"_s : (outreach ? u"outreach_emails"_s : u"content_pieces"_s);
    const QString versions = site ? u"site_versions"_s : (outreach ? u"outreach_versions"_s : u"content_versions"_s);
    const QString verdicts = site ? u"site_validations"_s : (outreach ? u"outreach_validations"_s : u"validations"_s);
    QString kind = u"p.kind = ?"_s;
    QVariantList binds;
    if (name == u"site.section") {
        kind = u"p.kind LIKE 'section:%'"_s;
    } else {
        binds << name.mid(name.indexOf(u'.') + 1);
    }
    const QString passed
        = u"(EXISTS (SELECT 1 FROM %1 c WHERE c.version_id = v.id AND c.stage = 'checks' AND c.passed = 1) "
          u"AND EXISTS (SELECT 1 FROM %1 r WHERE r.version_id = v.id AND r.stage = 'review' AND "
          u"r.passed = 1) AND NOT EXISTS (SELECT 1 FROM %1 x WHERE x.version_id = v.id AND x.passed = 0))"_s.arg(
              verdicts);
    QSqlQuery q = Sql::exec(db,
        u"SELECT COALESCE(v.template_version, 0), COUNT(*), SUM(CASE WHEN %1 THEN 1 ELSE 0 END), SUM(CASE WHEN %1 AND "
        u"NOT EXISTS (SELECT 1 FROM %2 e WHERE e.piece_id = v.piece_id AND e.version_no > v.version_no AND "
        u"COALESCE(e.attempt, 0) = 0) THEN 1 ELSE 0 END) FROM %2 v JOIN %3 p ON p.id = v.piece_id WHERE v.attempt = 1 "
        u"AND %4 AND v.created_at >= ? AND EXISTS (SELECT 1 FROM %5 j WHERE j.version_id = v.id AND (j.stage = "
        u"'review' OR j.passed = 0)) GROUP BY COALESCE(v.template_version, 0)"_s.arg(
            passed, versions, pieces, kind, verdicts),
        binds << since);
    while (q.next())
        out.insert(q.value(0).toInt(), Record{q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});
    return out;
}

Template version(const QSqlDatabase& db, const QString& name, int version)
{
    if (version <= 0)
        return {name, 0, defaultBody(name), u"Quorum"_s, 0};
    QSqlQuery q = Sql::exec(
        db, u"SELECT body, author, created_at FROM prompt_templates WHERE name = ? AND version = ?"_s, {name, version});
    if (!q.next())
        return current(db, name);
    return {name, version, q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()};
}

namespace
{
QString trialKey(const QString& name)
{
    return u"prompts.trial."_s + name;
}
} // namespace

Trial trial(const QSqlDatabase& db, const QString& name)
{
    const QJsonObject o = Json::objectFromString(Settings::value(db, trialKey(name)));
    Trial t;
    t.control = o.value(u"control"_s).toInt();
    t.variant = o.value(u"variant"_s).toInt();
    t.sharePct = std::clamp(o.value(u"share_pct"_s).toInt(50), 1, 99);
    t.startedAt = o.value(u"started_at"_s).toInteger();
    t.startedBy = o.value(u"started_by"_s).toString();
    return t;
}

void setTrial(const QSqlDatabase& db, const QString& name, const Trial& t)
{
    Settings::setValue(db, trialKey(name),
        Json::compact(QJsonObject{{u"control"_s, t.control}, {u"variant"_s, t.variant}, {u"share_pct"_s, t.sharePct},
            {u"started_at"_s, t.startedAt}, {u"started_by"_s, t.startedBy}}));
}

void endTrial(const QSqlDatabase& db, const QString& name)
{
    Settings::setValue(db, trialKey(name), QString());
}

bool inVariantShare(const QString& name, qint64 pieceId, int runNo, int sharePct)
{
    const QByteArray key = name.toUtf8() + ':' + QByteArray::number(pieceId) + ':' + QByteArray::number(runNo);
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    const auto bucket = (static_cast<quint8>(digest[0]) << 8 | static_cast<quint8>(digest[1])) % 100;
    return static_cast<int>(bucket) < sharePct;
}

TrialVerdict judge(const QSqlDatabase& db, const QString& name, const Trial& t)
{
    TrialVerdict v;
    if (!t.active())
        return v;
    const QHash<int, Record> r = records(db, name, t.startedAt);
    v.control = r.value(t.control);
    v.variant = r.value(t.variant);
    AbTest::Settings s;
    s.minVisitors = 20;
    // A version that hardly ever passes must be able to lose: the floor is on passes and failures in all, not on
    // each version's passes.
    s.minConversions = 0;
    s.mdeRelative = 0.2;
    const int passes = v.control.firstPass + v.variant.firstPass;
    const int failures = v.control.runs + v.variant.runs - passes;
    if (passes < 5 || failures < 5)
        return v; // collecting
    // The control's pass rate before the trial, registered as the baseline when it has a record worth the name.
    const Record before = records(db, name).value(t.control);
    const Record beforeTrial{before.runs - v.control.runs, before.firstPass - v.control.firstPass, 0};
    if (beforeTrial.runs >= 20)
        s.baselineRate = double(beforeTrial.firstPass) / beforeTrial.runs;
    QList<double> pValues;
    const AbTest::Verdict verdict = AbTest::look({AbTest::Arm{u"control"_s, v.control.runs, v.control.firstPass},
                                                     AbTest::Arm{u"variant"_s, v.variant.runs, v.variant.firstPass}},
        s, &pValues);
    v.collecting = verdict.state == AbTest::State::Collecting;
    if (!verdict.comparisons.isEmpty())
        v.pValue = verdict.comparisons.first().pValue;
    if (verdict.state == AbTest::State::Winner)
        v.better = verdict.winner == 1 ? t.variant : t.control;
    return v;
}

int save(const QSqlDatabase& db, const QString& name, const QString& body, const QString& author, qint64 now)
{
    Transaction tx(db);
    const int version
        = Sql::scalar(db, u"SELECT COALESCE(MAX(version), 0) + 1 FROM prompt_templates WHERE name = ?"_s, {name})
              .toInt();
    Sql::exec(db, u"INSERT INTO prompt_templates (name, version, body, author, created_at) VALUES (?, ?, ?, ?, ?)"_s,
        {name, version, body, author, now});
    tx.commit();
    return version;
}

QString render(const QString& templateBody, const QHash<QString, QString>& variables)
{
    const QString body = LockedText::forWriter(templateBody); // a skill's locked sections, as the writer reads them
    static const QRegularExpression re(u"\\{\\{\\s*([a-z_]+)\\s*\\}\\}"_s);
    QString out;
    out.reserve(body.size() * 2);
    qsizetype last = 0;
    for (auto it = re.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        out += body.mid(last, m.capturedStart() - last);
        out += variables.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += body.mid(last);
    return out;
}

QStringList variablesIn(const QString& body)
{
    static const QRegularExpression re(u"\\{\\{\\s*([a-z_]+)\\s*\\}\\}"_s);
    QStringList out;
    for (auto it = re.globalMatch(body); it.hasNext();) {
        const QString v = it.next().captured(1);
        if (!out.contains(v))
            out.append(v);
    }
    return out;
}

QList<std::pair<QString, QString>> knownVariables()
{
    struct Known
    {
        const char* name;
        const char* meaning;
    };
    // clang-format off
    static const Known kKnown[] = {
        {"product_name", QT_TRANSLATE_NOOP("PromptTemplates", "the product's name")},
        {"facts", QT_TRANSLATE_NOOP("PromptTemplates", "the product's facts as JSON between <facts> tags")},
        {"knowledge", QT_TRANSLATE_NOOP("PromptTemplates", "the knowledge base's best passages for the piece, each with its id, between <knowledge> tags (empty when none)")},
        {"piece", QT_TRANSLATE_NOOP("PromptTemplates", "the piece being written, e.g. “FAQ”")},
        {"brand_voice", QT_TRANSLATE_NOOP("PromptTemplates", "the brand's voice")},
        {"banned_words", QT_TRANSLATE_NOOP("PromptTemplates", "words the copy must not use")},
        {"required_phrases", QT_TRANSLATE_NOOP("PromptTemplates", "phrases the copy must contain")},
        {"audience", QT_TRANSLATE_NOOP("PromptTemplates", "the target audience hint")},
        {"word_range", QT_TRANSLATE_NOOP("PromptTemplates", "the length the piece must have")},
        {"feedback", QT_TRANSLATE_NOOP("PromptTemplates", "problems found in the previous attempt, with a heading (empty on the first attempt)")},
        {"instruction", QT_TRANSLATE_NOOP("PromptTemplates", "a person's instruction for this version, with a heading (empty when none)")},
        {"attempt", QT_TRANSLATE_NOOP("PromptTemplates", "the attempt number (1-3)")},
        {"piece_text", QT_TRANSLATE_NOOP("PromptTemplates", "the piece under review")},
        {"review", QT_TRANSLATE_NOOP("PromptTemplates", "the reviewer's verdict, for the writer's answer")},
        {"claims", QT_TRANSLATE_NOOP("PromptTemplates", "the piece's sentences as numbered claims the reviewer must give a verdict on, each with a citation, between <claims> tags (added at the end when a template leaves it out)")},
        {"thresholds", QT_TRANSLATE_NOOP("PromptTemplates", "the pass marks the reviewer's scores must reach")},
        {"language", QT_TRANSLATE_NOOP("PromptTemplates", "the language the copy is written in (Brand settings)")},
        {"review_rating", QT_TRANSLATE_NOOP("PromptTemplates", "the stars a customer gave (Review Desk)")},
        {"review_text", QT_TRANSLATE_NOOP("PromptTemplates", "what the customer wrote (Review Desk)")},
        {"reply_offers", QT_TRANSLATE_NOOP("PromptTemplates", "what a reply may offer (Brand settings)")},
        {"reply_text", QT_TRANSLATE_NOOP("PromptTemplates", "the reply under check (Review Desk)")},
        {"subject", QT_TRANSLATE_NOOP("PromptTemplates", "what the page is about: one product, a collection, the whole shop or a lead's business (site factory)")},
        {"brief", QT_TRANSLATE_NOOP("PromptTemplates", "the analyst's accepted brief (site factory)")},
        {"concept", QT_TRANSLATE_NOOP("PromptTemplates", "the accepted concept: positioning, vibe, headlines, sections (site factory)")},
        {"tokens", QT_TRANSLATE_NOOP("PromptTemplates", "the accepted design tokens, restated for every section (site factory)")},
        {"section", QT_TRANSLATE_NOOP("PromptTemplates", "the section being written, e.g. “hero” (site factory)")},
        {"section_purpose", QT_TRANSLATE_NOOP("PromptTemplates", "what the concept says the section is for (site factory)")},
        {"section_keys", QT_TRANSLATE_NOOP("PromptTemplates", "the sections a concept may plan (site factory)")},
        {"classes", QT_TRANSLATE_NOOP("PromptTemplates", "the page stylesheet's classes a section may use (site factory)")},
        {"images", QT_TRANSLATE_NOOP("PromptTemplates", "the images a section may show (site factory)")},
        {"cta_url", QT_TRANSLATE_NOOP("PromptTemplates", "where the call to action links (site factory)")},
        {"reviews", QT_TRANSLATE_NOOP("PromptTemplates", "the product's reviews that may be quoted, with their average (site factory)")},
        {"brand_palette", QT_TRANSLATE_NOOP("PromptTemplates", "the brand's colours (site factory)")},
        {"fonts", QT_TRANSLATE_NOOP("PromptTemplates", "the fonts a page can rely on (site factory)")},
        {"lead_name", QT_TRANSLATE_NOOP("PromptTemplates", "the lead's business name (outreach)")},
        {"lead_category", QT_TRANSLATE_NOOP("PromptTemplates", "the lead's category as its listing gives it (outreach)")},
        {"lead_website", QT_TRANSLATE_NOOP("PromptTemplates", "the lead's website, or “none” (outreach)")},
        {"lead_rating", QT_TRANSLATE_NOOP("PromptTemplates", "the lead's listed rating, or “not listed” (outreach)")},
        {"lead_reviews", QT_TRANSLATE_NOOP("PromptTemplates", "the lead's listed number of reviews, or “not listed” (outreach)")},
        {"concept_attached", QT_TRANSLATE_NOOP("PromptTemplates", "“yes” when a finished concept site goes with the e-mail (outreach)")},
        {"sender_name", QT_TRANSLATE_NOOP("PromptTemplates", "the sender's name from Outreach settings (outreach)")},
    };
    // clang-format on
    QList<std::pair<QString, QString>> out;
    for (const Known& k : kKnown)
        out.append({QString::fromLatin1(k.name), QCoreApplication::translate("PromptTemplates", k.meaning)});
    return out;
}

} // namespace PromptTemplates
