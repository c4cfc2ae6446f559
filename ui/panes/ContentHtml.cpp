#include "ContentHtml.h"

#include "Format.h"
#include "Markup.h"
#include "Theme.h"
#include "pipeline/ClaimReview.h"
#include "pipeline/Claims.h"
#include "pipeline/ContentSpec.h"
#include "pipeline/VoiceDistance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ContentHtml
{

namespace
{

// Whatever an agent, a model or a person wrote goes into this rich text escaped.
QString esc(const QString& s)
{
    return Markup::escaped(s);
}

const ContentStore::Validation* find(const QList<ContentStore::Validation>& verdicts, QLatin1StringView stage)
{
    for (const ContentStore::Validation& v : verdicts) {
        if (v.stage == stage)
            return &v;
    }
    return nullptr;
}

// A quiet paragraph; the text is already rich text.
QString mutedParagraph(const QString& html)
{
    return u"<p style='color:%1'>%2</p>"_s.arg(Theme::css(Theme::Muted), html);
}

QString verdictBadge(bool passed)
{
    return passed ? u"<span style='color:%1;font-weight:600'>✔ %2</span>"_s.arg(
               Theme::css(Theme::Success), QCoreApplication::translate("ContentHtml", "passed"))
                  : u"<span style='color:%1;font-weight:600'>✘ %2</span>"_s.arg(
                      Theme::css(Theme::Danger), QCoreApplication::translate("ContentHtml", "failed"));
}

QString problems(const QJsonArray& list)
{
    if (list.isEmpty())
        return mutedParagraph(QCoreApplication::translate("ContentHtml", "No problems listed."));
    QString html = u"<ul style='margin-left:-20px'>"_s;
    for (const QJsonValue& v : list) {
        const QJsonObject p = v.toObject();
        const QString severity = p.value(u"severity"_s).toString();
        const QString color = Theme::css(
            severity == u"critical" ? Theme::Danger : (severity == u"minor" ? Theme::Muted : Theme::Warning));
        html += u"<li><span style='color:%1;font-weight:600'>%2</span> "_s.arg(color, esc(severity));
        if (!p.value(u"where"_s).toString().isEmpty())
            html += u"<code>%1</code> "_s.arg(esc(p.value(u"where"_s).toString()));
        html += esc(p.value(u"issue"_s).toString());
        if (!p.value(u"fix"_s).toString().isEmpty())
            html += u"<br><span style='color:%3'>%1 %2</span>"_s.arg(QCoreApplication::translate("ContentHtml", "Fix:"),
                esc(p.value(u"fix"_s).toString()), Theme::css(Theme::Muted));
        html += u"</li>"_s;
    }
    return html + u"</ul>"_s;
}

// Contradicted first, then unsupported, then what the knowledge base supports (the facts' support is the usual
// case), then the rest.
int rank(const Claims::Claim& c)
{
    if (c.status == Claims::Status::Contradicted)
        return 0;
    if (c.status == Claims::Status::Unsupported)
        return 1;
    return c.chunkId > 0 ? 2 : 3;
}

// The claims the checks read one by one: what fails first, each with the facts it rests on, then what the facts
// support (a few; the rest counted), then how many sentences were opinion and style.
QString claims(const QJsonObject& stored)
{
    const Claims::Report report = Claims::Report::fromJson(stored);
    if (report.sentences == 0)
        return {};
    const int failed = report.count(Claims::Status::Contradicted) + report.count(Claims::Status::Unsupported);
    QString html = u"<h4><a name='claims'></a>%1</h4>"_s.arg(QCoreApplication::translate("ContentHtml", "Claims"));
    // A document it cites has a newer version: what it states from it may no longer be true.
    for (const QJsonValue& v : stored.value(u"stale"_s).toArray()) {
        const QJsonObject s = v.toObject();
        html += u"<p style='color:%1'>%2</p>"_s.arg(Theme::css(Theme::WarningText),
            esc(QCoreApplication::translate("ContentHtml",
                "Stale: this version cites version %1 of “%2”, which is at version %3 now. Regenerate the piece, or "
                "edit it and check it again.")
                    .arg(s.value(u"cited"_s).toInt())
                    .arg(s.value(u"title"_s).toString())
                    .arg(s.value(u"current"_s).toInt())));
    }
    QList<Claims::Claim> ordered = report.claims;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const Claims::Claim& a, const Claims::Claim& b) { return rank(a) < rank(b); });
    constexpr int kSupportedShown = 6;
    int supportedShown = 0;
    QString rows;
    for (const Claims::Claim& c : ordered) {
        if (c.status == Claims::Status::Supported && ++supportedShown > kSupportedShown)
            continue;
        const QColor& colour = c.status == Claims::Status::Supported
            ? Theme::Success
            : (c.status == Claims::Status::Contradicted ? Theme::Danger : Theme::Warning);
        const QString mark = c.status == Claims::Status::Supported ? u"✔"_s : u"✘"_s;
        QString sentence = esc(c.sentence);
        const qsizetype at = c.sentence.indexOf(c.term);
        if (at >= 0)
            sentence = esc(c.sentence.left(at)) + u"<b>"_s + esc(c.term) + u"</b>"_s
                + esc(c.sentence.mid(at + c.term.size()));
        rows += u"<li><span style='color:%1;font-weight:600'>%2 %3</span> <span style='color:%4'>(%5)</span> %6"_s.arg(
            Theme::css(colour), mark, esc(Claims::statusName(c.status)), Theme::css(Theme::Muted),
            esc(Claims::kindName(c.kind)), sentence);
        const bool policy = c.kind == Claims::Kind::Policy;
        if (!c.citation.isEmpty())
            rows += u"<br><span style='color:%1'>%2 %3</span>"_s.arg(Theme::css(Theme::Muted),
                c.status != Claims::Status::Contradicted ? QCoreApplication::translate("ContentHtml", "Source:")
                    : policy ? QCoreApplication::translate("ContentHtml", "The knowledge base says:")
                             : QCoreApplication::translate("ContentHtml", "The facts say:"),
                esc(c.citation));
        else if (c.status == Claims::Status::Unsupported)
            rows += u"<br><span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Muted),
                policy ? QCoreApplication::translate("ContentHtml", "Nothing in the knowledge base says so.")
                       : QCoreApplication::translate("ContentHtml", "Nothing in the facts says so."));
        rows += u"</li>"_s;
    }
    if (!rows.isEmpty())
        html += u"<ul style='margin-left:-20px'>"_s + rows + u"</ul>"_s;
    const int hidden = supportedShown - kSupportedShown;
    QStringList notes;
    if (hidden > 0)
        notes.append(QCoreApplication::translate("ContentHtml", "%n more supported by the facts.", nullptr, hidden));
    QSet<QString> withClaims;
    for (const Claims::Claim& c : report.claims)
        withClaims.insert(c.where + u'\n' + c.sentence);
    const int opinion = report.sentences - static_cast<int>(withClaims.size());
    if (report.claims.isEmpty())
        notes.append(QCoreApplication::translate(
            "ContentHtml", "No checkable claims in %n sentences.", nullptr, report.sentences));
    else if (opinion > 0)
        notes.append(QCoreApplication::translate(
            "ContentHtml", "%n other sentences state nothing the facts could check.", nullptr, opinion));
    const bool cites
        = std::any_of(report.claims.begin(), report.claims.end(), [](const Claims::Claim& c) { return c.chunkId > 0; });
    if (failed == 0 && !report.claims.isEmpty())
        notes.prepend(cites
                ? QCoreApplication::translate(
                    "ContentHtml", "Every checkable claim is supported by the facts or the knowledge base.")
                : QCoreApplication::translate("ContentHtml", "Every checkable claim is supported by the facts."));
    if (!notes.isEmpty())
        html += mutedParagraph(esc(notes.join(u' ')));
    return html;
}

// How far the piece is from the brand's measured voice, and where it differs.
QString voice(const QJsonObject& stored)
{
    const VoiceDistance::Result r = VoiceDistance::Result::fromJson(stored.value(u"voice"_s).toObject());
    if (!r.measured)
        return {};
    const QString distance = QLocale().toString(r.distance, 'f', 2);
    QString html = u"<h4>%1</h4>"_s.arg(QCoreApplication::translate("ContentHtml", "Brand voice"));
    html += u"<p><span style='color:%1;font-weight:600'>%2</span></p>"_s.arg(
        Theme::css(r.far() ? Theme::Danger : (r.differences.isEmpty() ? Theme::Success : Theme::WarningText)),
        esc(r.far()
                ? QCoreApplication::translate("ContentHtml", "Far from the measured voice: %1 of 1").arg(distance)
                : QCoreApplication::translate("ContentHtml", "Close to the measured voice: %1 of 1").arg(distance)));
    if (!r.differences.isEmpty()) {
        html += u"<ul style='margin-left:-20px'>"_s;
        for (const QString& d : r.differences)
            html += u"<li>%1</li>"_s.arg(esc(d));
        html += u"</ul>"_s;
    }
    return html;
}

// The reviewer's verdict on each claim: what it contradicts or cannot support first, with what it cites, then what it
// supports (a few; the rest counted), opinion counted, and what it answered that was not asked.
QString claimVerdicts(const QJsonObject& stored)
{
    const ClaimReview::Result result = ClaimReview::Result::fromJson(stored);
    if (result.judged.isEmpty() && result.ignored.isEmpty())
        return {};
    QString html = u"<h4>%1</h4>"_s.arg(QCoreApplication::translate("ContentHtml", "Claims, one by one"));
    QList<ClaimReview::Judged> ordered = result.judged;
    const auto rankOf = [](const ClaimReview::Judged& j) {
        switch (j.verdict) {
        case ClaimReview::Verdict::Contradicted:
            return 0;
        case ClaimReview::Verdict::Unsupported:
            return ClaimReview::checkable(j.kind) ? 1 : 2;
        case ClaimReview::Verdict::Supported:
            return j.source.contains(u" (K"_s) ? 3 : 4; // the knowledge base's support first, as in the claims
        case ClaimReview::Verdict::Opinion:
            break;
        }
        return 5;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
        [&rankOf](const ClaimReview::Judged& a, const ClaimReview::Judged& b) { return rankOf(a) < rankOf(b); });
    constexpr int kSupportedShown = 4;
    int supported = 0;
    int opinion = 0;
    QString rows;
    for (const ClaimReview::Judged& j : ordered) {
        if (j.verdict == ClaimReview::Verdict::Opinion) {
            ++opinion;
            continue;
        }
        if (j.verdict == ClaimReview::Verdict::Supported && ++supported > kSupportedShown)
            continue;
        const QColor& colour = j.verdict == ClaimReview::Verdict::Supported ? Theme::Success
            : j.verdict == ClaimReview::Verdict::Contradicted               ? Theme::Danger
            : ClaimReview::checkable(j.kind)                                ? Theme::Warning
                                                                            : Theme::Muted;
        const QString mark = j.verdict == ClaimReview::Verdict::Supported ? u"✔"_s : u"✘"_s;
        const auto kind = Claims::kindFromKey(j.kind);
        rows += u"<li><span style='color:%1;font-weight:600'>%2 %3</span> "_s.arg(
            Theme::css(colour), mark, esc(ClaimReview::verdictName(j.verdict)));
        if (kind)
            rows
                += u"<span style='color:%1'>(%2)</span> "_s.arg(Theme::css(Theme::Muted), esc(Claims::kindName(*kind)));
        rows += esc(j.item.sentence);
        QString note;
        if (j.uncited && j.citation.isEmpty())
            note = QCoreApplication::translate("ContentHtml", "Called supported, but cites nothing.");
        else if (j.uncited)
            note = QCoreApplication::translate(
                "ContentHtml", "Called supported, citing “%1”: neither a fact nor a passage it was given.")
                       .arg(j.citation.left(80));
        else if (!j.source.isEmpty())
            note = QCoreApplication::translate("ContentHtml", "Cites: %1").arg(j.source);
        else if (!j.citation.isEmpty())
            note = QCoreApplication::translate("ContentHtml", "Cites: %1").arg(j.citation.left(80));
        if (!note.isEmpty())
            rows += u"<br><span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Muted), esc(note));
        rows += u"</li>"_s;
    }
    if (!rows.isEmpty())
        html += u"<ul style='margin-left:-20px'>"_s + rows + u"</ul>"_s;
    QStringList notes;
    if (supported > kSupportedShown)
        notes.append(QCoreApplication::translate(
            "ContentHtml", "%n more supported, each with its citation.", nullptr, supported - kSupportedShown));
    if (opinion > 0)
        notes.append(QCoreApplication::translate("ContentHtml", "%n called opinion or style.", nullptr, opinion));
    if (result.unanswered > 0)
        notes.append(QCoreApplication::translate(
            "ContentHtml", "%n without a verdict (the rule checks' reading stands).", nullptr, result.unanswered));
    const int ignored = static_cast<int>(result.ignored.size());
    if (ignored > 0)
        notes.append(QCoreApplication::translate(
            "ContentHtml", "%n verdicts for claims that are not in the piece were ignored.", nullptr, ignored));
    if (!notes.isEmpty())
        html += mutedParagraph(esc(notes.join(u' ')));
    return html;
}

} // namespace

QString content(const QString& kind, const ContentStore::Version& version)
{
    if (!version.valid)
        return u"<p style='color:%3'>%1</p><pre>%2</pre>"_s.arg(
            QCoreApplication::translate(
                "ContentHtml", "The model's answer did not match the piece's schema; this is what it returned:"),
            version.body.toHtmlEscaped(), Theme::css(Theme::Danger));
    const QString text = ContentSpec::render(kind, version.json());
    QString html = u"<div style='line-height:140%'>"_s;
    const QStringList paragraphs = text.split(u"\n\n"_s);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QString p = paragraphs.at(i);
        if (i == 0 && !p.contains(u'\n')) // a title line; a list that opens the piece stays a list
            html += u"<p style='font-size:15px;font-weight:600'>%1</p>"_s.arg(esc(p));
        else
            html += u"<p>%1</p>"_s.arg(esc(p));
    }
    return html + u"</div>"_s;
}

QString diff(const QList<TextDiff::Span>& spans)
{
    QString html = u"<div style='line-height:140%'>"_s;
    for (const TextDiff::Span& s : spans) {
        switch (s.op) {
        case TextDiff::Op::Equal:
            html += esc(s.text);
            break;
        case TextDiff::Op::Insert:
            html += u"<span style='background:%2;color:%3'>%1</span>"_s.arg(
                esc(s.text), Theme::css(Theme::InsertedBackground), Theme::css(Theme::InsertedText));
            break;
        case TextDiff::Op::Delete:
            html += u"<span style='background:%2;color:%3;text-decoration:line-through'>%1</span>"_s.arg(
                esc(s.text), Theme::css(Theme::DeletedBackground), Theme::css(Theme::DeletedText));
            break;
        }
    }
    return html + u"</div>"_s;
}

QString compare(
    const QString& kind, const ContentStore::Version& older, const ContentStore::Version& newer, QString* summary)
{
    const auto text
        = [&kind](const ContentStore::Version& v) { return v.valid ? ContentSpec::render(kind, v.json()) : v.body; };
    const QList<TextDiff::Span> spans = TextDiff::diff(text(older), text(newer));
    const auto [inserted, deleted] = TextDiff::wordCounts(spans);
    *summary = QCoreApplication::translate("ContentHtml", "From v%1 to v%2: %3 words added, %4 removed")
                   .arg(older.versionNo)
                   .arg(newer.versionNo)
                   .arg(inserted)
                   .arg(deleted);
    return diff(spans);
}

QString writerSide(const ContentStore::Version& version, const QList<ContentStore::Validation>& verdicts)
{
    QString html = u"<h3>%1</h3>"_s.arg(QCoreApplication::translate("ContentHtml", "Writer"));
    if (version.byPerson()) {
        html += u"<p>%1</p>"_s.arg(QCoreApplication::translate("ContentHtml", "Edited by hand by <b>%1</b>, %2.")
                                       .arg(esc(version.author), esc(Format::dateTime(version.createdAt))));
    } else {
        html += u"<p><b>%1</b> (%2)<br>%3</p>"_s.arg(esc(version.model), esc(version.provider),
            QCoreApplication::translate("ContentHtml", "Attempt %1 of run %2, %3.")
                .arg(version.attempt)
                .arg(version.runNo)
                .arg(esc(Format::dateTime(version.createdAt))));
        html += mutedParagraph(version.templateVersion > 0
                ? QCoreApplication::translate("ContentHtml", "Prompt template version %1.").arg(version.templateVersion)
                : QCoreApplication::translate("ContentHtml", "Quorum's default prompt template."));
    }
    if (!version.instruction.isEmpty())
        html += u"<p><i>%1</i> %2</p>"_s.arg(
            QCoreApplication::translate("ContentHtml", "Instruction:"), esc(version.instruction));
    if (const auto* schema = find(verdicts, ContentStore::Stage::Schema))
        html += u"<h4>%1 %2</h4>"_s.arg(
                    QCoreApplication::translate("ContentHtml", "Schema"), verdictBadge(schema->passed))
            + problems(schema->problems);
    if (const auto* checks = find(verdicts, ContentStore::Stage::Checks))
        html += u"<h4>%1 %2</h4>"_s.arg(
                    QCoreApplication::translate("ContentHtml", "Rule checks"), verdictBadge(checks->passed))
            + (checks->passed ? mutedParagraph(
                   QCoreApplication::translate("ContentHtml", "Lengths, counts, words and facts agree."))
                              : problems(checks->problems))
            + claims(checks->scores) + voice(checks->scores);
    if (const auto* agreement = find(verdicts, ContentStore::Stage::Agreement))
        html += u"<h4>%1 %2</h4><p>%3</p>"_s.arg(QCoreApplication::translate("ContentHtml", "Answer to the review"),
            agreement->passed ? u"<span style='color:%1;font-weight:600'>%2</span>"_s.arg(
                Theme::css(Theme::Success), QCoreApplication::translate("ContentHtml", "agrees the piece stands"))
                              : u"<span style='color:%1;font-weight:600'>%2</span>"_s.arg(Theme::css(Theme::Danger),
                                  QCoreApplication::translate("ContentHtml", "agrees it needs a new version")),
            esc(agreement->summary));
    return html;
}

QString reviewerSide(const QList<ContentStore::Validation>& verdicts, const QHash<QString, int>& passMarks)
{
    QString html = u"<h3>%1</h3>"_s.arg(QCoreApplication::translate("ContentHtml", "Reviewer"));
    const auto* review = find(verdicts, ContentStore::Stage::Review);
    if (!review) {
        const auto* checks = find(verdicts, ContentStore::Stage::Checks);
        return html
            + mutedParagraph(checks && !checks->passed
                    ? QCoreApplication::translate(
                        "ContentHtml", "Not sent to the reviewer: the deterministic checks failed first.")
                    : QCoreApplication::translate("ContentHtml", "Not reviewed yet."));
    }
    html += u"<p><b>%1</b> (%2) %3</p>"_s.arg(esc(review->model), esc(review->provider), verdictBadge(review->passed));
    html += u"<table cellspacing='0' cellpadding='3'>"_s;
    for (const QString& name : ContentSpec::scoreNames()) {
        const int score = review->scores.value(name).toInt();
        const int mark = passMarks.value(name);
        const bool ok = score >= mark;
        const QString color = Theme::css(ok ? Theme::Success : Theme::Danger);
        const int filled = std::clamp(score, 1, 99);
        html += u"<tr><td>%1</td><td align='right' style='color:%2;font-weight:600'>%3</td>"
                u"<td style='color:%7'>/ %4</td><td width='120'><table cellspacing='0' cellpadding='0' "
                u"width='100%'>"
                u"<tr><td width='%5%' bgcolor='%2' height='7'></td><td width='%6%' bgcolor='%8'></td></tr>"
                u"</table></td></tr>"_s.arg(esc(ContentSpec::scoreDisplayName(name)), color, QString::number(score),
                    QString::number(mark), QString::number(filled), QString::number(100 - filled),
                    Theme::css(Theme::Muted), Theme::css(Theme::ScoreTrack));
    }
    html += u"</table>"_s;
    if (!review->summary.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(esc(review->summary));
    return html + u"<h4>%1</h4>"_s.arg(QCoreApplication::translate("ContentHtml", "Problems"))
        + problems(review->problems) + claimVerdicts(review->claims);
}

QString evidence(const QList<ContentStore::Evidence>& pieces, const QHash<QString, int>& passMarks)
{
    if (pieces.isEmpty())
        return mutedParagraph(QCoreApplication::translate("ContentHtml", "The product has no content yet."));
    QString html;
    for (const ContentStore::Evidence& e : pieces) {
        html += u"<h3 style='margin-top:16px'>%1 <span style='color:%3;font-weight:normal'>· %2</span></h3>"_s.arg(
            esc(ContentSpec::displayName(e.piece.kind)), esc(ContentStore::PieceState::displayName(e.piece.state)),
            Theme::css(Theme::Muted));
        if (!e.current) {
            html += mutedParagraph(
                esc(e.piece.lastError.isEmpty() ? QCoreApplication::translate("ContentHtml", "Nothing written yet.")
                                                : e.piece.lastError));
            continue;
        }
        html += u"<table width='100%' cellspacing='0' cellpadding='8' style='background:%2'><tr><td>%1</td></tr>"
                u"</table>"_s.arg(content(e.piece.kind, *e.current), Theme::css(Theme::Window));
        html += u"<table width='100%' cellspacing='0' cellpadding='4'><tr><td width='50%' valign='top'>%1</td>"
                u"<td width='50%' valign='top'>%2</td></tr></table>"_s.arg(
                    writerSide(*e.current, e.verdicts), reviewerSide(e.verdicts, passMarks));
        if (e.previous) {
            QString summary;
            const QString changes = compare(e.piece.kind, *e.previous, *e.current, &summary);
            html += u"<h4>%1</h4>"_s.arg(esc(summary)) + changes;
        } else {
            html
                += mutedParagraph(QCoreApplication::translate("ContentHtml", "The first version: nothing to compare."));
        }
    }
    return html;
}

} // namespace ContentHtml
