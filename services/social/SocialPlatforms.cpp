#include "SocialPlatforms.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SocialPlatforms
{

namespace
{
constexpr qint64 kMB = 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("SocialPlatforms", text);
}
} // namespace

const QList<Platform>& all()
{
    // Limits from the platforms' publishing documentation (wave2-anchors section 3.1).
    static const QList<Platform> list{
        // Instagram and Facebook take 10 images as a carousel or album; Quorum sends one image a post so far.
        {u"instagram"_s, u"Instagram"_s, u"instagram.caption"_s, 2200, 30, true, 1, 8 * kMB, 0.8, 1.91, 50,
            Refresh::Extend},
        {u"facebook"_s, u"Facebook"_s, u"facebook.post"_s, 63206, -1, false, 1, 4 * kMB, 0.5, 2.0, 0, Refresh::Extend},
        {u"pinterest"_s, u"Pinterest"_s, u"pinterest.description"_s, 500, -1, true, 1, 20 * kMB, 0.5, 1.0, 0,
            Refresh::Rotating},
        // X takes 4 images and LinkedIn 9, through their own media uploads, which Quorum does not do yet: its
        // posts there are text (and link) only, and a post with an image is refused rather than sent without it.
        {u"x"_s, u"X"_s, u"x.post"_s, 280, -1, false, 0, 5 * kMB, 0.5, 2.0, 0, Refresh::Rotating},
        {u"linkedin"_s, u"LinkedIn"_s, u"linkedin.post"_s, 3000, -1, false, 0, 8 * kMB, 0.5, 2.0, 0, Refresh::Rotating},
        {u"tiktok"_s, u"TikTok"_s, u"tiktok.caption"_s, 2200, -1, true, 35, 20 * kMB, 0.5, 0.75, 0, Refresh::Rotating},
    };
    return list;
}

const Platform* find(const QString& key)
{
    for (const Platform& p : all())
        if (p.key == key)
            return &p;
    return nullptr;
}

QString displayName(const QString& key)
{
    const Platform* p = find(key);
    return p ? p->name : key;
}

QJsonArray toJson(const QList<Media>& media)
{
    QJsonArray out;
    for (const Media& m : media)
        out.append(
            QJsonObject{{u"url"_s, m.url}, {u"width"_s, m.width}, {u"height"_s, m.height}, {u"bytes"_s, m.bytes}});
    return out;
}

QList<Media> mediaFromJson(const QJsonArray& array)
{
    QList<Media> out;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        out.append({o.value(u"url"_s).toString(), o.value(u"width"_s).toInt(), o.value(u"height"_s).toInt(),
            o.value(u"bytes"_s).toInteger()});
    }
    return out;
}

int length(const QString& platform, const QString& text)
{
    if (platform == u"x") {
        // X's weighted count (twitter-text 3): these ranges weigh 1, every other code point 2, an address 23.
        static const QRegularExpression address(u"https?://\\S+"_s);
        int weight = 0;
        qsizetype from = 0;
        const auto weigh = [&weight](QStringView part) {
            for (const char32_t c : part.toUcs4()) {
                const bool light
                    = c <= 4351 || (c >= 8192 && c <= 8205) || (c >= 8208 && c <= 8223) || (c >= 8242 && c <= 8247);
                weight += light ? 1 : 2;
            }
        };
        for (auto it = address.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            weigh(QStringView(text).sliced(from, m.capturedStart() - from));
            weight += 23;
            from = m.capturedEnd();
        }
        weigh(QStringView(text).sliced(from));
        return weight;
    }
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QStringList hashtags(const QString& text)
{
    static const QRegularExpression tag(u"(?:^|(?<=\\s))#(\\w+)"_s, QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (auto it = tag.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

QString hashtagLine(const QJsonArray& tags)
{
    QStringList out;
    for (const QJsonValue& t : tags) {
        QString tag = t.toString().trimmed();
        tag.remove(u' ');
        if (!tag.isEmpty())
            out.append(tag.startsWith(u'#') ? tag : u"#"_s + tag);
    }
    return out.join(u' ');
}

QStringList problems(const QString& platform, const QString& text, const QList<Media>& media, int usedToday)
{
    const Platform* p = find(platform);
    if (!p)
        return {tr("Quorum does not post to “%1”.").arg(platform)};
    QStringList out;
    const QLocale locale;
    if (text.trimmed().isEmpty() && media.isEmpty())
        out.append(tr("The post is empty."));
    const int chars = length(platform, text);
    if (chars > p->maxChars)
        out.append(tr("%1 takes at most %2 characters; this post has %3.")
                       .arg(p->name, locale.toString(p->maxChars), locale.toString(chars)));
    const qsizetype tags = hashtags(text).size();
    if (p->maxHashtags >= 0 && tags > p->maxHashtags)
        out.append(tr("%1 takes at most %2 hashtags; this post has %3.").arg(p->name).arg(p->maxHashtags).arg(tags));
    if (p->needsMedia && media.isEmpty())
        out.append(tr("%1 posts need an image.").arg(p->name));
    if (p->maxImages == 0 && !media.isEmpty())
        out.append(
            tr("Quorum posts to %1 without images so far: remove the image or post it there yourself.").arg(p->name));
    else if (media.size() > p->maxImages)
        out.append(tr("%1 takes at most %2 images in a post; this one has %3.")
                       .arg(p->name)
                       .arg(p->maxImages)
                       .arg(media.size()));
    for (qsizetype i = 0; i < media.size(); ++i) {
        const Media& m = media.at(i);
        if (m.bytes > p->maxImageBytes)
            out.append(
                tr("Image %1 is %2; %3 takes at most %4.")
                    .arg(i + 1)
                    .arg(locale.formattedDataSize(m.bytes), p->name, locale.formattedDataSize(p->maxImageBytes)));
        if (m.width > 0 && m.height > 0) {
            const double ratio = static_cast<double>(m.width) / m.height;
            if (ratio < p->minRatio - 0.005 || ratio > p->maxRatio + 0.005)
                out.append(
                    tr("Image %1 is %2 × %3 pixels; %4 takes images from %5:1 to %6:1 (width to height).")
                        .arg(i + 1)
                        .arg(m.width)
                        .arg(m.height)
                        .arg(p->name, locale.toString(p->minRatio, 'g', 3), locale.toString(p->maxRatio, 'g', 3)));
        }
    }
    if (p->dailyQuota > 0 && usedToday >= p->dailyQuota)
        out.append(tr("%1 publishes at most %2 posts of an account in 24 hours; %3 are planned or published around "
                      "this time.")
                       .arg(p->name)
                       .arg(p->dailyQuota)
                       .arg(usedToday));
    return out;
}

} // namespace SocialPlatforms
