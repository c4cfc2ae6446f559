#pragma once

#include "RestClient.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
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
        QString campaignId;
        qint64 reach = 0;
        double frequency = 0;
        // Purchases and their value per attribution window asked for ("7d_click", "1d_view").
        QJsonObject windows; // {"7d_click": [purchases, value cents], ...}
    };

    MetaAdsClient(ApiCaller* caller, ApiRuntime* runtime, const Config& config, QObject* parent = nullptr);

    // level: campaign | adset | ad. One row per object and day (time_increment=1); follows paging.
    void insights(const QString& level, const QDate& since, const QDate& until, QObject* context,
        std::function<void(const ApiError& error, const QList<InsightRow>& rows)> done);
    // One page of an edge of the ad account ("campaigns", "adsets", "insights") or of a `next` URL
    // from an earlier page; `next` is empty on the last page.
    using PageDone = std::function<void(const ApiError& error, const QJsonArray& data, const QUrl& next)>;
    void page(const QUrl& url, QObject* context, PageDone done);
    QUrl edgeUrl(const QString& edge, const QList<std::pair<QString, QString>>& query) const;
    // The first page of daily ad set insights (time_increment=1) with campaign, reach, frequency and
    // purchases per attribution window.
    QUrl dailyInsightsUrl(const QString& level, const QDate& since, const QDate& until) const;
    // The account itself: name, currency, timezone_name, account_status.
    void account(QObject* context, std::function<void(const ApiError&, const QJsonObject&)> done);

    struct AdSetChange
    {
        std::optional<QString> status;
        std::optional<qint64> dailyBudget; // minor units
        std::optional<qint64> bidAmount;   // minor units
    };
    void updateAdSet(const QString& adSetId, const std::optional<QString>& status,
        const std::optional<qint64>& dailyBudgetMinorUnits, QObject* context, std::function<void(const ApiError&)> done)
    {
        updateAdSet(adSetId, AdSetChange{status, dailyBudgetMinorUnits, std::nullopt}, context, std::move(done));
    }
    void updateAdSet(
        const QString& adSetId, const AdSetChange& change, QObject* context, std::function<void(const ApiError&)> done);
    // One ad set as it is now: id, name, status, effective_status, daily_budget, bid_amount.
    void adSet(const QString& adSetId, QObject* context, std::function<void(const ApiError&, const QJsonObject&)> done);

    // Creating what a campaign launch needs: POST /act_<id>/<edge> (campaigns, adsets, adcreatives, ads)
    // with form fields (objects and arrays as JSON text); done gets the new object's id. Not retried:
    // an answer that never came may hide an object made, so the caller looks before it creates again.
    using Form = QList<std::pair<QString, QString>>;
    void create(const QString& edge, const Form& form, QObject* context,
        std::function<void(const ApiError&, const QString& id)> done);
    // POST /<id> status=ACTIVE|PAUSED for a campaign, ad set or ad (the same status twice is harmless).
    void setStatus(
        const QString& id, const QString& status, QObject* context, std::function<void(const ApiError&)> done);
    // GET /<id>?fields=…
    void node(const QString& id, const QString& fields, QObject* context,
        std::function<void(const ApiError&, const QJsonObject&)> done);
    // The objects called `name` on an edge of the account (parent empty) or of a campaign or ad set:
    // Meta's filtering on name with EQUAL, first page (id, name, status, created_time).
    void named(const QString& parent, const QString& edge, const QString& name, QObject* context,
        std::function<void(const ApiError&, const QJsonArray&)> done);

    ApiError classify(const HttpResponse& response) const;
    // One insights row from Graph's JSON (public for tests).
    static InsightRow parseRow(const QJsonObject& row, const QString& level);

private:
    void fetchPage(const QUrl& url, const QString& level, std::shared_ptr<QList<InsightRow>> rows, int page,
        QObject* context, std::function<void(const ApiError&, const QList<InsightRow>&)> done);
    QUrl url(const QString& path) const;
    HttpRequest get(const QUrl& url) const; // with the token
    HttpRequest post(const QUrl& url, const QByteArray& form) const;
    Config m_config;
};
