#include "AdAccountSetup.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// An approved campaign launch is made on Meta through the real client, in the sandbox's ad account:
// campaign, ad set, creative and ad created paused, then switched on with the campaign last. Lost
// answers never make a second object, a same-named campaign of the shop's own is never taken for the
// launch's, and what cannot run says why.
class TestAdLaunch : public QObject
{
    Q_OBJECT

    static qint64 propose(AdAccountSetup& s, const QString& name, const QJsonObject& changes = {})
    {
        ApprovalDesk::Proposal p;
        p.agent = u"Campaign Manager"_s;
        p.actionType = ActionType::CampaignLaunch;
        p.title = u"Launch “%1” on Meta"_s.arg(name);
        p.description = u"A campaign for the winter range."_s;
        p.currency = u"EUR"_s;
        QJsonObject params{{u"platform"_s, u"meta"_s}, {u"name"_s, name}, {u"daily_budget"_s, u"650.00"_s},
            {u"currency"_s, u"EUR"_s}, {u"countries"_s, u"nl, BE"_s}, {u"link"_s, u"https://shop.example/winter"_s},
            {u"ad_text"_s, u"Warm layers for cold days."_s}};
        for (auto it = changes.begin(); it != changes.end(); ++it)
            params.insert(it.key(), it.value());
        p.parameters = params;
        Transaction tx(s.f.db());
        const qint64 id = ApprovalDesk::propose(s.f.db(), p, u"test"_s, s.clock.nowMs());
        tx.commit();
        return id;
    }

    static QJsonArray named(const AdAccountSetup& s, const QString& parent, const QString& edge, const QString& name)
    {
        QJsonArray out;
        for (const QJsonValue& v : s.f.sandbox()->adList(parent, edge))
            if (v.toObject().value(u"name"_s).toString() == name)
                out.append(v);
        return out;
    }

private slots:
    void approvingALaunchMakesItOnMetaPausedThenSwitchesItOn()
    {
        AdAccountSetup s;
        QVERIFY(s.sync());
        const qint64 id = propose(s, u"Winter Layers"_s);
        // 650.00 a day is above the launch tier: it waits, and nothing is made yet.
        QCOMPARE(ApprovalDesk::load(s.f.db(), id)->status, u"pending"_s);
        QCOMPARE(named(s, {}, u"campaigns"_s, u"Winter Layers"_s).size(), 0);
        QCOMPARE(s.posts(), 0);
        // Proposed for a product: the campaign launched belongs to it (the CEO's product lines read that).
        const qint64 product = Sql::insert(s.f.db(),
            u"INSERT INTO products (sku, name, price_cents, created_at, updated_at) VALUES ('WL-1', 'Winter Layer', "
            u"4900, 0, "
            u"0)"_s);
        Sql::exec(s.f.db(), u"UPDATE action_proposals SET product_id = ? WHERE id = ?"_s, {product, id});
        QVERIFY(s.approve(id));

        const auto p = ApprovalDesk::load(s.f.db(), id);
        QCOMPARE(p->executionState, u"done"_s);
        QCOMPARE(p->executedParameters.value(u"outcome"_s).toString(), u"launched"_s);
        const QJsonObject launch = p->executedParameters.value(u"launch"_s).toObject();
        const QString campaign = launch.value(u"campaign_id"_s).toString();
        const QString adSet = launch.value(u"ad_set_id"_s).toString();
        const QString ad = launch.value(u"ad_id"_s).toString();
        QVERIFY(!campaign.isEmpty() && !adSet.isEmpty() && !ad.isEmpty());
        // On Meta: everything on, 650.00 a day in minor units, shown in the Netherlands and Belgium, the
        // ad on the account's Page leading to the link approved.
        QCOMPARE(s.f.sandbox()->adNode(campaign).value(u"status"_s).toString(), u"ACTIVE"_s);
        const QJsonObject set = s.f.sandbox()->adNode(adSet);
        QCOMPARE(set.value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(set.value(u"daily_budget"_s).toString(), u"65000"_s);
        QCOMPARE(set.value(u"name"_s).toString(), u"Winter Layers – NL, BE"_s);
        QCOMPARE(set.value(u"campaign_id"_s).toString(), campaign);
        QCOMPARE(s.f.sandbox()->adNode(ad).value(u"status"_s).toString(), u"ACTIVE"_s);
        const QJsonObject creative = s.f.sandbox()->adNode(launch.value(u"creative_id"_s).toString());
        const QJsonObject story = creative.value(u"object_story_spec"_s).toObject();
        QCOMPARE(story.value(u"page_id"_s).toString(), AdAccount::Options().pageId);
        QCOMPARE(story.value(u"link_data"_s).toObject().value(u"link"_s).toString(), u"https://shop.example/winter"_s);
        QCOMPARE(
            story.value(u"link_data"_s).toObject().value(u"message"_s).toString(), u"Warm layers for cold days."_s);
        // Made paused, then switched on: the campaign last, so nothing spent before all was in place.
        QStringList creates;
        QStringList switched;
        for (const auto& r : s.f.sandbox()->requests(u"meta"_s)) {
            if (r.method != "POST")
                continue;
            const QUrlQuery form(QString::fromUtf8(r.body));
            if (r.path.endsWith(u"/campaigns"_s) || r.path.endsWith(u"/adsets"_s) || r.path.endsWith(u"/ads"_s)) {
                creates.append(form.queryItemValue(u"status"_s));
            } else if (!r.path.endsWith(u"/adcreatives"_s)) {
                switched.append(r.path.section(u'/', -1));
                QCOMPARE(form.queryItemValue(u"status"_s), u"ACTIVE"_s);
            }
        }
        QCOMPARE(creates, (QStringList{u"PAUSED"_s, u"PAUSED"_s, u"PAUSED"_s}));
        QCOMPARE(switched, (QStringList{adSet, ad, campaign}));
        QCOMPARE(s.posts(), 7);
        // In the workspace at once, learning; the sync that followed keeps it one campaign.
        QCOMPARE(s.text(u"SELECT status FROM campaigns WHERE external_id = ?"_s, {campaign}), u"learning"_s);
        QCOMPARE(s.scalar(u"SELECT connection_id FROM campaigns WHERE external_id = ?"_s, {campaign}), s.connection);
        QCOMPARE(s.scalar(u"SELECT product_id FROM campaigns WHERE external_id = ?"_s, {campaign}), product);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM campaigns WHERE name = 'Winter Layers'"_s), 1);
        QCOMPARE(s.text(u"SELECT status FROM ad_sets WHERE remote_id = ?"_s, {adSet}), u"ACTIVE"_s);
        QCOMPARE(s.scalar(u"SELECT daily_budget_cents FROM ad_sets WHERE remote_id = ?"_s, {adSet}), 65000);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'ads.launched'"_s), 1);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM jobs WHERE kind = 'ads.sync' AND state = 'done'"_s), 2);
    }

    void answersThatNeverCameMakeNothingTwice()
    {
        AdAccountSetup s(1500);
        const qint64 id = propose(s, u"Winter Layers"_s);
        // The campaign is made and its answer lost; after the retry has found it, the ad set too.
        s.f.sandbox()->setRouteFaults(u"meta"_s,
            QJsonObject{
                {u"sequence"_s, QJsonArray{u"timeout_after_write"_s, u"ok"_s, u"ok"_s, u"timeout_after_write"_s}}});
        QVERIFY(s.approve(id));
        const auto p = ApprovalDesk::load(s.f.db(), id);
        QCOMPARE(p->executionState, u"done"_s);
        const QJsonArray campaigns = named(s, {}, u"campaigns"_s, u"Winter Layers"_s);
        QCOMPARE(campaigns.size(), 1);
        const QString campaign = campaigns.first().toObject().value(u"id"_s).toString();
        QCOMPARE(p->executedParameters.value(u"launch"_s).toObject().value(u"campaign_id"_s).toString(), campaign);
        QCOMPARE(s.f.sandbox()->adList(campaign, u"adsets"_s).size(), 1);
        QCOMPARE(s.f.sandbox()
                     ->adList(s.f.sandbox()->adList(campaign, u"adsets"_s).first().toObject().value(u"id"_s).toString(),
                         u"ads"_s)
                     .size(),
            1);
        QCOMPARE(s.f.sandbox()->adNode(campaign).value(u"status"_s).toString(), u"ACTIVE"_s);
        QVERIFY(s.scalar(u"SELECT claims FROM jobs WHERE kind = 'ads.launch'"_s) >= 3);
    }

    void aSameNamedCampaignOfTheShopIsNeverTakenForTheLaunch()
    {
        AdAccountSetup s(1500);
        const QString name = u"Prospecting – Wool throws"_s;
        const QString existing = u"120210000000001"_s;
        const int setsBefore = static_cast<int>(s.f.sandbox()->adList(existing, u"adsets"_s).size());
        const qint64 id = propose(s, name);
        s.f.sandbox()->setRouteFaults(u"meta"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"timeout_after_write"_s}}});
        QVERIFY(s.approve(id));
        const auto p = ApprovalDesk::load(s.f.db(), id);
        QCOMPARE(p->executionState, u"done"_s);
        // Two campaigns of that name now: the shop's, untouched, and the launch's.
        QCOMPARE(named(s, {}, u"campaigns"_s, name).size(), 2);
        const QString launched = p->executedParameters.value(u"launch"_s).toObject().value(u"campaign_id"_s).toString();
        QVERIFY(launched != existing);
        QCOMPARE(s.f.sandbox()->adList(existing, u"adsets"_s).size(), setsBefore);
        QCOMPARE(s.f.sandbox()->adList(launched, u"adsets"_s).size(), 1);
    }

    void whatCannotRunSaysWhy()
    {
        AdAccountSetup s;
        const auto failure = [&s](qint64 id) {
            const auto p = ApprovalDesk::load(s.f.db(), id);
            return p->executionState == u"failed" ? p->executionError : u"(state %1)"_s.arg(p->executionState);
        };
        // Not a country, and a platform Quorum cannot launch on: refused before anything is sent.
        const qint64 holland = propose(s, u"Winter Layers"_s, {{u"countries"_s, u"Holland"_s}});
        QVERIFY(s.approve(holland));
        QCOMPARE(failure(holland), u"“Holland” is not a country code: use two letters, e.g. NL, BE."_s);
        // A budget in another currency than the account spends in, and a launch without the ad's text.
        QVERIFY(s.sync());
        const qint64 dollars = propose(s, u"Winter Layers"_s, {{u"currency"_s, u"USD"_s}});
        QVERIFY(s.approve(dollars));
        QCOMPARE(failure(dollars),
            u"The budget is in USD but the ad account Ads spends in EUR: modify the launch and give the budget in EUR."_s);
        const qint64 silent = propose(s, u"Winter Layers"_s, {{u"ad_text"_s, u""_s}});
        QVERIFY(s.approve(silent));
        QVERIFY2(failure(silent).contains(u"the ad's text"_s), qPrintable(failure(silent)));
        const qint64 tiktok = propose(s, u"Desk Set"_s, {{u"platform"_s, u"tiktok"_s}});
        QVERIFY(s.approve(tiktok));
        QVERIFY2(failure(tiktok).contains(u"Meta only"_s), qPrintable(failure(tiktok)));
        // No Page on the connection: said at once, with where to enter it.
        auto c = *Connections::find(s.f.db(), s.connection);
        c.pageId.clear();
        Connections::save(s.f.db(), c, s.clock.nowMs());
        const qint64 noPage = propose(s, u"Winter Layers"_s);
        QVERIFY(s.approve(noPage));
        QVERIFY2(failure(noPage).contains(u"Facebook Page"_s) && failure(noPage).contains(u"Settings → Connections"_s),
            qPrintable(failure(noPage)));
        QCOMPARE(s.posts(), 0);
        // A Page the token may not advertise for: Meta refuses the creative (#100), which is not retried;
        // what was made stays paused, so nothing spends.
        c.pageId = u"999999999"_s;
        Connections::save(s.f.db(), c, s.clock.nowMs());
        const qint64 wrongPage = propose(s, u"Winter Layers"_s);
        QVERIFY(s.approve(wrongPage));
        QVERIFY2(failure(wrongPage).contains(u"(#100)"_s) && failure(wrongPage).contains(u"Winter Layers"_s),
            qPrintable(failure(wrongPage)));
        const QJsonObject launch
            = ApprovalDesk::load(s.f.db(), wrongPage)->executedParameters.value(u"launch"_s).toObject();
        QCOMPARE(s.f.sandbox()->adNode(launch.value(u"campaign_id"_s).toString()).value(u"status"_s).toString(),
            u"PAUSED"_s);
        QCOMPARE(
            s.f.sandbox()->adNode(launch.value(u"ad_set_id"_s).toString()).value(u"status"_s).toString(), u"PAUSED"_s);
        QVERIFY(launch.value(u"creative_id"_s).toString().isEmpty());
        QCOMPARE(s.scalar(u"SELECT claims FROM jobs WHERE kind = 'ads.launch'"_s), 1);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.failed'"_s), 6);
    }

    // A launch that gave up runs again when a person asks, once the cause is put right: first a launch
    // refused before anything was sent (no Page), then one Meta refused half way (a Page the token may
    // not use), which goes on with what it made instead of making it twice.
    void aFailedLaunchRunsAgainFromWhereItStopped()
    {
        AdAccountSetup s;
        QVERIFY(s.sync());
        auto c = *Connections::find(s.f.db(), s.connection);
        const auto setPage = [&](const QString& page) {
            c.pageId = page;
            Connections::save(s.f.db(), c, s.clock.nowMs());
        };
        const auto state = [&s](qint64 id) { return ApprovalDesk::load(s.f.db(), id)->executionState; };
        const Users::User ann = Users::signIn(s.f.db(), u"Ann"_s, s.clock.nowMs());
        const auto runAgain = [&](qint64 id, const Users::User& who) {
            const auto out = ApprovalDesk::runAgain(s.f.db(), id, who, u"test"_s, s.clock.nowMs());
            s.f.pool()->wake();
            return out.ok && s.f.runUntilIdle(10, 60'000) ? QString() : out.error;
        };
        setPage({});
        const qint64 noPage = propose(s, u"Winter Layers"_s);
        // Waiting work is not "run again": it has not run.
        QCOMPARE(ApprovalDesk::runAgain(s.f.db(), noPage, ann, u"test"_s, s.clock.nowMs()).error,
            u"Only approved work that failed can run again."_s);
        QVERIFY(s.approve(noPage));
        QCOMPARE(state(noPage), u"failed"_s);
        // Asking before the cause is put right fails the same way again, and says so.
        QCOMPARE(runAgain(noPage, ann), QString());
        QCOMPARE(state(noPage), u"failed"_s);
        QCOMPARE(s.posts(), 0);

        setPage(u"999999999"_s);
        QCOMPARE(runAgain(noPage, ann), QString());
        QCOMPARE(state(noPage), u"failed"_s);
        const QJsonObject made = ApprovalDesk::load(s.f.db(), noPage)->executedParameters.value(u"launch"_s).toObject();
        QVERIFY(!made.value(u"campaign_id"_s).toString().isEmpty());
        QCOMPARE(
            s.f.sandbox()->adNode(made.value(u"campaign_id"_s).toString()).value(u"status"_s).toString(), u"PAUSED"_s);

        // A viewer may not; the owner may, and the launch goes on with the campaign and ad set it made.
        Users::User viewer;
        viewer.name = u"Vic"_s;
        viewer.role = Users::Role::Viewer;
        viewer.active = true;
        QCOMPARE(runAgain(noPage, viewer), u"Viewers can look but not decide."_s);
        setPage(AdAccount::Options().pageId);
        QCOMPARE(runAgain(noPage, ann), QString());
        QCOMPARE(state(noPage), u"done"_s);
        QCOMPARE(named(s, {}, u"campaigns"_s, u"Winter Layers"_s).size(), 1);
        QCOMPARE(s.f.sandbox()->adList(made.value(u"campaign_id"_s).toString(), u"adsets"_s).size(), 1);
        QCOMPARE(
            s.f.sandbox()->adNode(made.value(u"campaign_id"_s).toString()).value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(s.scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'proposal.run_again'"_s), 3);
        // Done is done.
        QCOMPARE(ApprovalDesk::runAgain(s.f.db(), noPage, ann, u"test"_s, s.clock.nowMs()).error,
            u"Only approved work that failed can run again."_s);
    }
};

QTEST_GUILESS_MAIN(TestAdLaunch)
#include "tst_adlaunch.moc"
