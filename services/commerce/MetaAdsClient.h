#pragma once

#include "RestClient.h"

#include <QDate>
#include <QUrl>

#include <optional>

// Meta Marketing API: ad insights (numbers arrive as strings, spend in major units) and ad set
// updates (status, daily_budget in minor units). Rate limits arrive in the body (codes 4, 17, 613,
// 80000-80014), usually with HTTP 400.
class MetaAdsClient final : public RestClient
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl graphUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
        QString apiVersion = QStringLiteral("v21.0");
        QString accessToken;
        QString adAccountId; // without "act_"
    };
    struct InsightRow
    {
        QString id; // adset_id, campaign_id or ad_id by level
        QString name;
        QDate dateStart;
        QDate dateStop;
        qint64 spendCents = 0;
        qint64 purchaseValueCents = 0;
        int purchases = 0;
        double purchaseRoas = 0;
        qint64 impressions = 0;
        qint64 clicks = 0;
    };

    MetaAdsClient(ApiCaller* caller, ApiRuntime* runtime, const Config& config, QObject* parent = nullptr);

    // level: campaign | adset | ad. One row per object and day (time_increment=1); follows paging.
    void insights(const QString& level, const QDate& since, const QDate& until, QObject* context,
        std::function<void(const ApiError& error, const QList<InsightRow>& rows)> done);
    void updateAdSet(const QString& adSetId, const std::optional<QString>& status,
        const std::optional<qint64>& dailyBudgetMinorUnits, QObject* context,
        std::function<void(const ApiError&)> done);

    ApiError classify(const HttpResponse& response) const;
    // One insights row from Graph's JSON (public for tests).
    static InsightRow parseRow(const QJsonObject& row, const QString& level);

private:
    void fetchPage(const QUrl& url, const QString& level, std::shared_ptr<QList<InsightRow>> rows, int page,
        QObject* context, std::function<void(const ApiError&, const QList<InsightRow>&)> done);
    QUrl url(const QString& path) const;
    Config m_config;
};
