#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QTimeZone>
#include <QUrlQuery>

// A Meta ad account with a history: campaigns, their ad sets (winners, losers, one still learning,
// one whose sales arrive late) and `days` days of daily insights up to `now` in the account's time
// zone. Conversions are attributed late as on Meta: of a day's purchases about half are reported the
// same day, three quarters the next, all after three days, so re-reading recent days finds more.
// Today is reported as far as it has gone. One ad set was archived 60 days ago: no longer listed, its
// earlier days still reported. One ad set spent 2.5 times its budget on the last Monday (a mistyped
// budget, put back the next day). Pausing an ad set or changing its budget takes effect
// from that day on. Everything is derived from the seed: the same account every time.
// Campaigns, ad sets, creatives and ads can be created as Meta creates them (validated as Meta does,
// the creative's Page must be the account's); a launched ad set delivers from the day it is active
// while its campaign and an ad of it are active too.
class AdAccount
{
public:
    struct Options
    {
        quint64 seed = 7;
        QString id = QStringLiteral("1234567890");
        QString name = QStringLiteral("Sandbox ad account");
        QString currency = QStringLiteral("EUR");
        QString pageId = QStringLiteral("104857600000001"); // the Facebook Page its ads may run as
        QTimeZone zone = QTimeZone("Europe/Amsterdam");
        QDateTime now = QDateTime::currentDateTimeUtc();
        int days = 90;
        bool dutch = false; // campaign and ad set names in Dutch (the Dutch demo)
    };

    void generate(const Options& options);
    bool isGenerated() const { return !m_adSets.isEmpty(); }
    QString id() const { return m_options.id; }

    QJsonObject account() const;
    QJsonArray campaigns() const;
    QJsonArray adSets() const;
    // Rows as Meta's insights edge answers with time_increment=1 (level adset or campaign).
    QJsonArray insights(const QString& level, QDate since, QDate until) const;
    // POST /<id>: status, daily_budget and bid_amount (minor units; only with a bid cap). False with *why on a bad
    // value or id.
    bool update(const QString& id, const QUrlQuery& form, QString* why);
    QJsonObject adSet(const QString& id) const;

    // POST /act_<id>/<edge> (campaigns, adsets, adcreatives, ads): the new object's id, or empty with
    // *why (Meta's error text) on a missing or bad field.
    QString create(const QString& edge, const QUrlQuery& form, QString* why);
    // GET /<id> of a campaign, ad set, creative or ad; empty when there is none.
    QJsonObject node(const QString& id) const;
    // GET /act_<id>/<edge> or /<parent>/<edge> (a campaign's adsets, an ad set's ads); `name`
    // non-empty keeps only objects of that name (Meta's filtering with operator EQUAL).
    QJsonArray list(const QString& parent, const QString& edge, const QString& name) const;

private:
    struct Change
    {
        QDate from;
        QString status;
        qint64 budgetCents = 0;
        qint64 bidCents = 0; // a bid cap (0: lowest cost without a cap)
    };
    struct AdSet
    {
        QString id;
        QString campaignId;
        QString name;
        double roas = 2;     // its level
        double lateness = 0; // 0: ordinary attribution lag; 1: much later
        QDate started;
        bool learning = false;
        qint64 cpmCents = 900;
        double ctr = 0.012;
        qint64 orderCents = 5000;
        QList<Change> changes; // the first is its state when it started
        bool launched = false; // created through the API: delivers only while its campaign and an ad are active
        QString optimizationGoal = QStringLiteral("OFFSITE_CONVERSIONS");
        QJsonObject targeting;
        QDateTime created;
    };
    struct Campaign
    {
        QString id;
        QString name;
        QString objective;
        QString status = QStringLiteral("ACTIVE");
        QDateTime created;
    };
    struct Creative
    {
        QString id;
        QString name;
        QJsonObject spec; // object_story_spec
        QDateTime created;
    };
    struct Ad
    {
        QString id;
        QString adSetId;
        QString name;
        QString creativeId;
        QString status;
        QDateTime created;
    };
    QJsonObject campaignJson(const Campaign& c) const;
    QJsonObject adJson(const Ad& a) const;
    bool delivers(const AdSet& a) const;
    QString nextId(const QString& prefix);

    const Change& stateOn(const AdSet& a, QDate day) const;
    QJsonObject row(const AdSet& a, QDate day, const QString& level) const;
    QDate today() const;
    QString graphTime(const QDateTime& t) const;
    double random(const QString& key, QDate day, int salt) const; // 0..1, fixed by the seed

    Options m_options;
    QList<Campaign> m_campaigns;
    QList<AdSet> m_adSets;
    QList<Creative> m_creatives;
    QList<Ad> m_ads;
    int m_created = 0;
};
