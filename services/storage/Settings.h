#pragma once

#include <QSqlDatabase>
#include <QString>

// Workspace settings live in the workspace database (they travel with it and are shared in team
// mode). Machine-local state (window geometry, last pane, last workspace) lives in QSettings.
namespace Settings
{

QString value(const QSqlDatabase& db, const QString& key, const QString& defaultValue = {});
qint64 intValue(const QSqlDatabase& db, const QString& key, qint64 defaultValue);
double doubleValue(const QSqlDatabase& db, const QString& key, double defaultValue);
bool boolValue(const QSqlDatabase& db, const QString& key, bool defaultValue);
void setValue(const QSqlDatabase& db, const QString& key, const QString& value);
void setValue(const QSqlDatabase& db, const QString& key, qint64 value);
void remove(const QSqlDatabase& db, const QString& key);

} // namespace Settings

// Keys read by more than one domain.
namespace SettingKeys
{
// The gross margin the shop aims for (0–1): set with the brand profile, read by the risk engine.
inline constexpr QLatin1StringView TargetMargin{"brand.target_margin"};
// Whether one model may review its own work: set in Settings → Providers, read by the agreement gate.
inline constexpr QLatin1StringView SelfReview{"gate.allow_self_review"};
} // namespace SettingKeys
