#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// The social platforms Quorum posts to, and what each accepts (wave2-anchors section 3): the length of a
// post, hashtags, the media it needs and takes (count, bytes, aspect ratios), a day's posting quota, and how
// its tokens are renewed. One table drives validation, the sandbox's checks and the screens.
namespace SocialPlatforms
{

enum class Refresh
{
    Rotating, // a refresh token that is good once: each refresh brings a new one (X, LinkedIn, TikTok, Pinterest)
    Extend,   // a long-lived access token extended before it lapses (Instagram, Facebook Pages)
};

struct Platform
{
    QString key; // instagram | facebook | pinterest | x | linkedin | tiktok
    QString name;
    QString captionField; // the field of the generated social piece that holds its text ("instagram.caption")
    int maxChars = 0;
    int maxHashtags = -1; // -1: no limit
    bool needsMedia = false;
    int maxImages = 1;
    qint64 maxImageBytes = 0;
    double minRatio = 0; // width / height
    double maxRatio = 0;
    int dailyQuota = 0; // posts per moving 24 hours (0: none published)
    Refresh refresh = Refresh::Rotating;
};

const QList<Platform>& all();
const Platform* find(const QString& key);
QString displayName(const QString& key);

struct Media
{
    QString url;
    int width = 0;
    int height = 0;
    qint64 bytes = 0;
};
QJsonArray toJson(const QList<Media>& media);
QList<Media> mediaFromJson(const QJsonArray& array);

// Characters as the platform counts them: Unicode code points (an emoji is one, not two UTF-16 units); X weighs
// them (Latin and most punctuation 1, CJK, emoji and the rest 2) and counts every web address as 23.
int length(const QString& platform, const QString& text);
// The #hashtags in a text.
QStringList hashtags(const QString& text);
// The hashtags a writer gave (with or without #, spaces inside dropped) as one line: "#merino #wool".
QString hashtagLine(const QJsonArray& tags);

// What keeps a post from being scheduled on the platform, in words (empty: nothing).
// usedToday: posts the account published or has scheduled in the 24 hours around the post's time.
QStringList problems(const QString& platform, const QString& text, const QList<Media>& media, int usedToday = 0);

} // namespace SocialPlatforms
