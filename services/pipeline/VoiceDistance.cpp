#include "VoiceDistance.h"

#include "ContentSpec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace VoiceDistance
{

namespace
{

struct Part
{
    double weight = 0;
    double gap = 0; // 0 to 1
    QString words;  // said when the gap is large enough to matter
};

double rate(int count, int of)
{
    return of > 0 ? static_cast<double>(count) / of : 0.0;
}

} // namespace

bool appliesTo(const QString& pieceKind)
{
    return pieceKind == u"description" || pieceKind == u"blog" || pieceKind == u"email" || pieceKind == u"faq";
}

QString runningText(const QJsonObject& body)
{
    QStringList out;
    for (const auto& [path, text] : ContentSpec::strings(body)) {
        const QString field = path.section(u'.', -1);
        if (field == u"body" || field == u"answer" || field == u"text" || field == u"content")
            out.append(text);
    }
    return out.join(u"\n\n"_s);
}

Result measure(const VoiceProfile::Profile& brand, const QString& text, const QString& language)
{
    Result r;
    if (VoiceProfile::dutchLanguage(language) != brand.dutch)
        return r;
    const VoiceProfile::Profile piece = VoiceProfile::derive({text}, language);
    r.words = piece.words;
    if (brand.sentences == 0 || piece.words < kMinWords || piece.sentences == 0)
        return r;
    r.measured = true;
    const QLocale locale;
    QList<Part> parts;

    // Sentence length: inside the brand's usual range counts for little, outside it for much.
    {
        const double b = std::max(1.0, brand.meanSentenceWords);
        const double m = piece.meanSentenceWords;
        const bool inside = m >= brand.shortSentenceWords && m <= brand.longSentenceWords;
        Part p{0.30, std::min(1.0, std::abs(m - b) / b * (inside ? 0.5 : 1.0)), {}};
        if (!inside)
            p.words = QCoreApplication::translate(
                "VoiceDistance", "Sentences average %1 words; the brand's average %2, most between %3 and %4.")
                          .arg(locale.toString(m, 'f', 0), locale.toString(b, 'f', 0))
                          .arg(brand.shortSentenceWords)
                          .arg(brand.longSentenceWords);
        parts.append(p);
    }
    // How the reader is addressed.
    {
        Part p{0.20, 0, {}};
        const int brandYou = brand.youInformal + brand.youFormal;
        const int pieceYou = piece.youInformal + piece.youFormal;
        if (brand.dutch && brandYou > 0 && pieceYou > 0
            && (brand.youFormal > brand.youInformal) != (piece.youFormal > piece.youInformal)) {
            p.gap = 1;
            p.words = brand.youFormal > brand.youInformal
                ? QCoreApplication::translate("VoiceDistance", "Addresses the reader as “je”; the brand says “u”.")
                : QCoreApplication::translate("VoiceDistance", "Addresses the reader as “u”; the brand says “je”.");
        } else if (brandYou == 0 && rate(pieceYou, piece.sentences) >= 0.2) {
            p.gap = 0.6;
            p.words = QCoreApplication::translate(
                "VoiceDistance", "Speaks to the reader directly; the brand's texts do not.");
        } else if (rate(brandYou, brand.sentences) >= 0.2 && pieceYou == 0) {
            p.gap = 0.6;
            p.words = QCoreApplication::translate(
                "VoiceDistance", "Never addresses the reader; the brand speaks to them directly.");
        }
        parts.append(p);
    }
    // Who speaks.
    {
        Part p{0.10, 0, {}};
        if (brand.we > brand.i && piece.i > piece.we) {
            p.gap = 1;
            p.words = QCoreApplication::translate("VoiceDistance", "Speaks as “I”; the brand speaks as “we”.");
        } else if (brand.i > brand.we && piece.we > piece.i) {
            p.gap = 1;
            p.words = QCoreApplication::translate("VoiceDistance", "Speaks as “we”; the brand speaks as “I”.");
        }
        parts.append(p);
    }
    // Exclamation marks.
    {
        const double b = rate(brand.exclamations, brand.sentences);
        const double m = rate(piece.exclamations, piece.sentences);
        Part p{0.15, std::min(1.0, std::abs(m - b) * 4), {}};
        if (brand.exclamations == 0 && piece.exclamations > 0) {
            p.gap = std::max(p.gap, 0.6);
            p.words = QCoreApplication::translate(
                "VoiceDistance", "Uses %n exclamation mark(s); the brand uses none.", nullptr, piece.exclamations);
        } else if (p.gap >= 0.5) {
            p.words = QCoreApplication::translate(
                "VoiceDistance", "Exclamation marks end %1 % of its sentences; the brand's %2 %.")
                          .arg(qRound(100 * m))
                          .arg(qRound(100 * b));
        }
        parts.append(p);
    }
    // Emoji.
    {
        Part p{0.10, 0, {}};
        if (brand.emoji == 0 && piece.emoji > 0) {
            p.gap = 1;
            p.words = QCoreApplication::translate("VoiceDistance", "Uses emoji; the brand never does.");
        }
        parts.append(p);
    }
    // Reading ease.
    {
        Part p{0.15, std::min(1.0, std::abs(piece.readingEase - brand.readingEase) / 40.0), {}};
        if (p.gap >= 0.5)
            p.words = (piece.readingEase < brand.readingEase
                    ? QCoreApplication::translate(
                        "VoiceDistance", "Harder to read than the brand (reading ease %1; the brand's %2).")
                    : QCoreApplication::translate(
                        "VoiceDistance", "Simpler than the brand writes (reading ease %1; the brand's %2)."))
                          .arg(locale.toString(piece.readingEase, 'f', 0), locale.toString(brand.readingEase, 'f', 0));
        parts.append(p);
    }
    double distance = 0;
    for (const Part& p : std::as_const(parts))
        distance += p.weight * p.gap;
    // The clichés the brand never uses: each one it uses here moves it away.
    QStringList cliches;
    for (const QString& c : brand.avoided) {
        if (!piece.avoided.contains(c))
            cliches.append(u"“"_s + c + u"”"_s);
    }
    if (!cliches.isEmpty()) {
        distance += 0.15 * static_cast<double>(cliches.size());
        parts.append({1.0, 0.15 * static_cast<double>(cliches.size()),
            QCoreApplication::translate("VoiceDistance", "Says %1, which the brand never does.")
                .arg(cliches.join(u", "_s))});
    }
    r.distance = std::min(1.0, distance);
    std::stable_sort(
        parts.begin(), parts.end(), [](const Part& a, const Part& b) { return a.weight * a.gap > b.weight * b.gap; });
    for (const Part& p : std::as_const(parts)) {
        if (!p.words.isEmpty())
            r.differences.append(p.words);
    }
    return r;
}

QJsonObject Result::toJson() const
{
    return QJsonObject{{u"measured"_s, measured}, {u"distance"_s, distance}, {u"words"_s, words},
        {u"differences"_s, QJsonArray::fromStringList(differences)}};
}

Result Result::fromJson(const QJsonObject& o)
{
    Result r;
    r.measured = o.value(u"measured"_s).toBool();
    r.distance = o.value(u"distance"_s).toDouble();
    r.words = o.value(u"words"_s).toInt();
    for (const QJsonValue& v : o.value(u"differences"_s).toArray())
        r.differences.append(v.toString());
    return r;
}

} // namespace VoiceDistance
