#include "VisualFormats.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace VisualFormats
{

const QList<Format>& all()
{
    // Story: TikTok and Reels put the account, the caption and the buttons over the bottom fifth and the right
    // edge, and the tabs over the top.
    static const QList<Format> formats{
        {u"square"_s, u"1:1"_s, {1080, 1080}, {0.05, 0.05, 0.05, 0.05}, {u"instagram"_s, u"facebook"_s, u"linkedin"_s}},
        {u"portrait"_s, u"4:5"_s, {1080, 1350}, {0.05, 0.05, 0.05, 0.05}, {u"instagram"_s}},
        {u"story"_s, u"9:16"_s, {1080, 1920}, {0.06, 0.14, 0.12, 0.20}, {u"tiktok"_s}},
        {u"landscape"_s, u"1.91:1"_s, {1200, 628}, {0.04, 0.06, 0.04, 0.06}, {u"facebook"_s, u"x"_s, u"linkedin"_s}},
        {u"pin"_s, u"2:3"_s, {1000, 1500}, {0.05, 0.05, 0.05, 0.08}, {u"pinterest"_s}},
    };
    return formats;
}

const Format* find(const QString& key)
{
    for (const Format& f : all())
        if (f.key == key)
            return &f;
    return nullptr;
}

QList<const Format*> forPlatform(const QString& platform)
{
    // Instagram's feed shows 4:5 tallest; the rest take their first listed format first.
    QList<const Format*> out;
    if (platform == u"instagram")
        out.append(find(u"portrait"_s));
    for (const Format& f : all())
        if (f.platforms.contains(platform) && !out.contains(&f))
            out.append(&f);
    return out;
}

QString displayName(const QString& key)
{
    const Format* f = find(key);
    const QString ratio = f ? f->ratioText : QString();
    if (key == u"square")
        return QCoreApplication::translate("VisualFormats", "Square %1").arg(ratio);
    if (key == u"portrait")
        return QCoreApplication::translate("VisualFormats", "Portrait %1").arg(ratio);
    if (key == u"story")
        return QCoreApplication::translate("VisualFormats", "Story %1").arg(ratio);
    if (key == u"landscape")
        return QCoreApplication::translate("VisualFormats", "Landscape %1").arg(ratio);
    if (key == u"pin")
        return QCoreApplication::translate("VisualFormats", "Pin %1").arg(ratio);
    return key;
}

} // namespace VisualFormats
