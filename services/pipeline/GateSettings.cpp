#include "GateSettings.h"

#include "ContentSpec.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

GateSettings GateSettings::defaults()
{
    GateSettings g;
    g.minScores = {
        {u"quality"_s, 90}, {u"seo"_s, 85}, {u"brand_voice"_s, 80}, {u"factual_accuracy"_s, 90}, {u"compliance"_s, 90}};
    g.maxAttempts = 3;
    return g;
}

GateSettings GateSettings::load(const QSqlDatabase& db)
{
    GateSettings g = defaults();
    for (const QString& score : ContentSpec::scoreNames())
        g.minScores[score] = static_cast<int>(
            std::clamp<qint64>(Settings::intValue(db, u"gate."_s + score, g.minScores.value(score)), 0, 100));
    g.maxAttempts = static_cast<int>(std::clamp<qint64>(Settings::intValue(db, u"gate.max_attempts"_s, 3), 1, 10));
    g.allowSelfReview = Settings::boolValue(db, QString(SettingKeys::SelfReview), false);
    return g;
}

void GateSettings::save(const QSqlDatabase& db) const
{
    for (auto it = minScores.begin(); it != minScores.end(); ++it)
        Settings::setValue(db, u"gate."_s + it.key(), static_cast<qint64>(it.value()));
    Settings::setValue(db, u"gate.max_attempts"_s, static_cast<qint64>(maxAttempts));
}

QStringList GateSettings::failing(const QJsonObject& scores) const
{
    QStringList out;
    for (const QString& name : ContentSpec::scoreNames()) {
        const int min = minScores.value(name, 0);
        const QJsonValue v = scores.value(name);
        if (!v.isDouble()) {
            out.append(u"%1 missing"_s.arg(name));
            continue;
        }
        const int score = v.toInt();
        if (score < min)
            out.append(u"%1 %2 < %3"_s.arg(name).arg(score).arg(min));
    }
    return out;
}

QString GateSettings::describe() const
{
    QStringList parts;
    for (const QString& name : ContentSpec::scoreNames())
        parts.append(u"%1 ≥ %2"_s.arg(name).arg(minScores.value(name)));
    return parts.join(u", "_s);
}
