#include "BrandProfile.h"

#include "core/Json.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

BrandProfile BrandProfile::load(const QSqlDatabase& db)
{
    BrandProfile b;
    b.voice = Settings::value(db, u"brand.voice"_s, u"Warm, plain-spoken and precise. No superlatives, no hype."_s);
    b.bannedWords = Json::toStringList(Json::arrayFromString(Settings::value(db, u"brand.banned"_s, u"[]"_s)));
    b.requiredPhrases = Json::toStringList(Json::arrayFromString(Settings::value(db, u"brand.required"_s, u"[]"_s)));
    b.palette = Json::toStringList(
        Json::arrayFromString(Settings::value(db, u"brand.palette"_s, u"[\"#2F3E46\",\"#F4F1EA\",\"#C08552\"]"_s)));
    b.fonts = Json::toStringList(
        Json::arrayFromString(Settings::value(db, u"brand.fonts"_s, u"[\"Georgia\",\"Inter\"]"_s)));
    b.targetMargin = Settings::doubleValue(db, QString(SettingKeys::TargetMargin), 0.55);
    b.language = Settings::value(db, u"brand.language"_s, u"English"_s);
    b.replyOffers = Json::toStringList(Json::arrayFromString(Settings::value(db, u"brand.reply_offers"_s, u"[]"_s)));
    b.competitors = Json::toStringList(Json::arrayFromString(Settings::value(db, u"brand.competitors"_s, u"[]"_s)));
    b.certifications
        = Json::toStringList(Json::arrayFromString(Settings::value(db, u"brand.certifications"_s, u"[]"_s)));
    b.voiceMeasure = Json::objectFromString(Settings::value(db, u"brand.voice_measure"_s, u"{}"_s));
    return b;
}

void BrandProfile::save(const QSqlDatabase& db) const
{
    Transaction tx(db);
    Settings::setValue(db, u"brand.voice"_s, voice);
    Settings::setValue(db, u"brand.banned"_s, Json::compact(Json::fromStringList(bannedWords)));
    Settings::setValue(db, u"brand.required"_s, Json::compact(Json::fromStringList(requiredPhrases)));
    Settings::setValue(db, u"brand.palette"_s, Json::compact(Json::fromStringList(palette)));
    Settings::setValue(db, u"brand.fonts"_s, Json::compact(Json::fromStringList(fonts)));
    Settings::setValue(db, QString(SettingKeys::TargetMargin), QString::number(targetMargin));
    Settings::setValue(db, u"brand.language"_s, language.trimmed().isEmpty() ? u"English"_s : language.trimmed());
    Settings::setValue(db, u"brand.reply_offers"_s, Json::compact(Json::fromStringList(replyOffers)));
    Settings::setValue(db, u"brand.competitors"_s, Json::compact(Json::fromStringList(competitors)));
    Settings::setValue(db, u"brand.certifications"_s, Json::compact(Json::fromStringList(certifications)));
    Settings::setValue(db, u"brand.voice_measure"_s, Json::compact(voiceMeasure));
    tx.commit();
}

QStringList BrandProfile::splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(u"[,;\\n]"_s), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out.append(t);
    }
    return out;
}
