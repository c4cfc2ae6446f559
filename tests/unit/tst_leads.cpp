#include "LeadsModel.h"
#include "ModelChecks.h"
#include "TestWorkspace.h"
#include "sites/LeadImport.h"
#include "sites/Leads.h"
#include "storage/Connection.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QFuture>
#include <QStringEncoder>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

// Leads for outreach: a maps export read row by row (each bad row refused with its line and why, the same
// business once), scored from stated factors that the screen can show, and kept up to date by importing again
// without losing what a person marked.
class TestLeads : public QObject
{
    Q_OBJECT

private:
    static QByteArray csv(const QStringList& lines) { return lines.join(u'\n').toUtf8(); }
    static const QString& header()
    {
        // The columns of a common maps scraper's export (folded names: title, categoryName, location/lat, …).
        static const QString h = u"title,categoryName,address,website,phone,totalScore,reviewsCount,openingHours,"
                                 u"placeId,location/lat,location/lng"_s;
        return h;
    }
    static Leads::Factor factor(const QList<Leads::Factor>& factors, const QString& key)
    {
        for (const Leads::Factor& f : factors) {
            if (f.key == key)
                return f;
        }
        return {};
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void eachFactorHasItsPointsAndItsReason()
    {
        Leads::Territory amsterdam;
        amsterdam.categories = {u"bakery"_s, u"florist"_s};
        amsterdam.latitude = 52.3676;
        amsterdam.longitude = 4.9041;
        amsterdam.radiusKm = 50;
        Leads::Lead bakery;
        bakery.name = u"Bakkerij Jansen"_s;
        bakery.category = u"Bakery"_s;
        bakery.rating = 4.6;
        bakery.reviewCount = 128;
        bakery.latitude = 52.0907; // Utrecht, about 35 km away
        bakery.longitude = 5.1214;
        QList<Leads::Factor> f = Leads::qualify(bakery, amsterdam);
        QCOMPARE(f.size(), 4);
        int max = 0;
        for (const Leads::Factor& each : f)
            max += each.max;
        QCOMPARE(max, 100);
        QCOMPARE(factor(f, u"website"_s).points, 40);
        QCOMPARE(Leads::reasonText(factor(f, u"website"_s)), u"No website."_s);
        QCOMPARE(factor(f, u"standing"_s).points, 12 + 12); // 4.6 stars; 128 of 200 reviews of 18 points
        QCOMPARE(Leads::reasonText(factor(f, u"standing"_s)), u"4.6 stars from 128 review(s)."_s);
        QCOMPARE(factor(f, u"category"_s).points, 20);
        QCOMPARE(Leads::reasonText(factor(f, u"category"_s)), u"Bakery is one of your categories (bakery)."_s);
        QCOMPARE(factor(f, u"distance"_s).points, 3);
        QVERIFY2(Leads::reasonText(factor(f, u"distance"_s)).startsWith(u"34."_s),
            qPrintable(Leads::reasonText(factor(f, u"distance"_s))));
        QCOMPARE(Leads::total(f), 40 + 24 + 20 + 3);

        // A page on a social network is not a site of its own; a site on http is not secure.
        bakery.website = u"https://www.facebook.com/bakkerijjansen"_s;
        QCOMPARE(factor(Leads::qualify(bakery, amsterdam), u"website"_s).points, 30);
        QCOMPARE(Leads::reasonText(factor(Leads::qualify(bakery, amsterdam), u"website"_s)),
            u"Only a page on facebook.com, no website of its own."_s);
        bakery.website = u"http://bakkerijjansen.nl"_s;
        QCOMPARE(factor(Leads::qualify(bakery, amsterdam), u"website"_s).points, 15);
        bakery.website = u"https://bakkerijjansen.nl"_s;
        QCOMPARE(factor(Leads::qualify(bakery, amsterdam), u"website"_s).points, 0);

        // What cannot be scored says so and scores nothing: no territory, no coordinates, no rating.
        Leads::Lead bare;
        bare.name = u"Garage Smit"_s;
        bare.category = u"Car repair"_s;
        f = Leads::qualify(bare, {});
        QCOMPARE(factor(f, u"standing"_s).points, 0);
        QCOMPARE(Leads::reasonText(factor(f, u"standing"_s)), u"No rating or reviews in the export."_s);
        QCOMPARE(Leads::reasonText(factor(f, u"category"_s)), u"Not scored: no categories set for your territory."_s);
        QCOMPARE(
            Leads::reasonText(factor(f, u"distance"_s)), u"Not scored: no home location set for your territory."_s);
        f = Leads::qualify(bare, amsterdam);
        QCOMPARE(factor(f, u"category"_s).points, 0);
        QCOMPARE(Leads::reasonText(factor(f, u"category"_s)), u"Car repair is not one of your categories."_s);
        QCOMPARE(Leads::reasonText(factor(f, u"distance"_s)), u"No coordinates in the export."_s);
        // Far away: outside the radius, no points.
        bare.latitude = 51.9244; // Rotterdam, ~57 km
        bare.longitude = 4.4777;
        QCOMPARE(factor(Leads::qualify(bare, amsterdam), u"distance"_s).points, 0);
        QVERIFY(Leads::reasonText(factor(Leads::qualify(bare, amsterdam), u"distance"_s)).contains(u"outside"_s));
        // The factors survive the database (as JSON) with their reasons.
        const QList<Leads::Factor> back = Leads::factorsFromJson(Leads::toJson(Leads::qualify(bakery, amsterdam)));
        QCOMPARE(Leads::reasonText(factor(back, u"standing"_s)), u"4.6 stars from 128 review(s)."_s);
    }

    void theSameBusinessIsFoundByItsWebsiteOrPhone()
    {
        QCOMPARE(Leads::websiteKey(u"https://www.Bakker.nl/"_s), u"bakker.nl"_s);
        QCOMPARE(Leads::websiteKey(u"bakker.nl"_s), u"bakker.nl"_s);
        QCOMPARE(Leads::websiteKey(u"http://bakker.nl/contact"_s), u"bakker.nl"_s);
        // On a shared host the page is the business.
        QCOMPARE(Leads::websiteKey(u"https://facebook.com/BakkerJansen/"_s), u"facebook.com/bakkerjansen"_s);
        QVERIFY(Leads::websiteKey(u"https://facebook.com/a"_s) != Leads::websiteKey(u"https://facebook.com/b"_s));
        QCOMPARE(Leads::websiteKey(QString()), QString());
        QCOMPARE(Leads::phoneKey(u"+31 20 123 4567"_s), Leads::phoneKey(u"020-1234567"_s));
        QCOMPARE(Leads::phoneKey(u"0031 (0)20 1234567"_s), Leads::phoneKey(u"020 123 45 67"_s));
        QCOMPARE(Leads::phoneKey(u"112"_s), QString()); // too short to tell businesses apart
    }

    void eachBadRowIsRefusedWithItsLineAndTheRestGoIn()
    {
        TestWorkspace tw;
        const QByteArray file = csv(
            {header(), u"Bakkerij Jansen,Bakery,Dorpsstraat 1,,+31 20 123 4567,4.6,128,Mo-Sa 7-18,ChIJ1,52.37,4.90"_s,
                u",Florist,Kerkstraat 2,,,4.0,3,,ChIJ2,,"_s,                      // 3: no name
                u"Bloemen Bep,Florist,Kerkstraat 3,bep.nl,,five,3,,ChIJ3,,"_s,    // 4: rating not a number
                u"Kapper Kees,Hairdresser,Markt 4,,,7,3,,ChIJ4,,"_s,              // 5: rating above 5
                u"Slager Sam,Butcher,Markt 5,,,4.1,many,,ChIJ5,,"_s,              // 6: reviews not a number
                u"Cafe Cor,Cafe,Markt 6,,,4.1,1,,ChIJ6,52.1,"_s,                  // 7: latitude alone
                u"Jansen Bakery,Bakery,Dorpsstraat 1,,020-1234567,4.6,128,,,,"_s, // 8: line 2's phone
                u"Garage Smit,Car repair,Industrieweg 9,https://www.garagesmit.nl,,3.9,\"1,204\",,ChIJ9,,"_s,
                u"Smit Garage,Car repair,Industrieweg 9,http://garagesmit.nl/,,3.9,1204,,,,"_s, // 10: line 9's site
                u"Bakkerij Jansen (again),Bakery,,,,,,,ChIJ1,,"_s,                              // 11: line 2's place
                u"Visser Vis,Fishmonger,Haven 1,,,\"4,5\",12,,ChIJ12,52.0,4.5"_s});
        const LeadImport::Result r = LeadImport::run(tw.db(), file, {}, tw.clock().nowMs());
        QVERIFY2(r.fatal.isEmpty(), qPrintable(r.fatal));
        QCOMPARE(r.added, 3);
        QCOMPARE(r.updated, 0);
        QCOMPARE(r.duplicates, 3);
        QCOMPARE(r.problems.size(), 8);
        QStringList lines;
        for (const LeadImport::RowProblem& p : r.problems)
            lines.append(QString::number(p.line) + u": "_s + p.message);
        QCOMPARE(lines,
            QStringList({u"3: No name."_s, u"4: The rating “five” is not a number from 0 to 5."_s,
                u"5: The rating “7” is not a number from 0 to 5."_s,
                u"6: The number of reviews “many” is not a whole number."_s,
                u"7: The coordinates “52.1, ” are not a latitude and longitude."_s,
                u"8: The same business as line 2."_s, u"10: The same business as line 9."_s,
                u"11: The same business as line 2."_s}));
        // What went in is what the rows said: grouped counts, decimal commas, the line it came from.
        QCOMPARE(tw.count(u"SELECT review_count FROM leads WHERE name = 'Garage Smit'"_s), 1204);
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT rating FROM leads WHERE name = 'Visser Vis'"_s).toDouble(), 4.5);
        QCOMPARE(tw.count(u"SELECT source_line FROM leads WHERE name = 'Visser Vis'"_s), 12);
        QCOMPARE(tw.count(u"SELECT score FROM leads WHERE name = 'Bakkerij Jansen'"_s), 40 + 24);
        QCOMPARE(tw.count(u"SELECT COUNT(DISTINCT import_id) FROM leads"_s), 1);
    }

    void anExportsEmailColumnIsKeptForOutreach()
    {
        TestWorkspace tw;
        const QByteArray file = csv({u"name,category,emails,phone"_s,
            u"Bakkerij Jansen,Bakery,\"Info@Bakkerij-Jansen.nl, bestel@bakkerij-jansen.nl\",+31 20 123 4567"_s,
            u"Bloemen Bep,Florist,not an address,"_s, // 3: refused with its line
            u"Kapper Kees,Hairdresser,,+31 20 765 4321"_s});
        const LeadImport::Result r = LeadImport::run(tw.db(), file, {}, tw.clock().nowMs());
        QVERIFY2(r.fatal.isEmpty(), qPrintable(r.fatal));
        QCOMPARE(r.added, 2);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.first().line, 3);
        QCOMPARE(r.problems.first().message, u"The e-mail address “not an address” is not an address."_s);
        // The first address of several, in lower case; none stays none.
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT email FROM leads WHERE name = 'Bakkerij Jansen'"_s).toString(),
            u"info@bakkerij-jansen.nl"_s);
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT email FROM leads WHERE name = 'Kapper Kees'"_s).toString(), QString());
        // A later export without the column keeps the address; one with a new address brings it up to date.
        QCOMPARE(LeadImport::run(
                     tw.db(), csv({u"name,phone"_s, u"Bakkerij Jansen,+31 20 123 4567"_s}), {}, tw.clock().nowMs())
                     .updated,
            1);
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT email FROM leads WHERE name = 'Bakkerij Jansen'"_s).toString(),
            u"info@bakkerij-jansen.nl"_s);
        LeadImport::run(tw.db(), csv({u"name,phone,e-mail"_s, u"Kapper Kees,+31 20 765 4321,kees@kapper.nl"_s}), {},
            tw.clock().nowMs());
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT email FROM leads WHERE name = 'Kapper Kees'"_s).toString(),
            u"kees@kapper.nl"_s);
    }

    void importingAgainBringsLeadsUpToDateAndKeepsWhatAPersonMarked()
    {
        TestWorkspace tw;
        const QString first = u"Bakkerij Jansen,Bakery,Dorpsstraat 1,,+31 20 123 4567,4.6,128,,ChIJ1,,"_s;
        QCOMPARE(LeadImport::run(tw.db(), csv({header(), first}), {}, tw.clock().nowMs()).added, 1);
        Sql::exec(tw.db(), u"UPDATE leads SET status = 'do_not_contact'"_s);
        // A later export: more reviews, and now a website; found again by its place id.
        const LeadImport::Result again = LeadImport::run(tw.db(),
            csv({header(), u"Bakkerij Jansen,Bakery,Dorpsstraat 1,https://jansen.nl,,4.7,150,,ChIJ1,,"_s,
                u"Nieuwe Zaak,Florist,,,,,,,ChIJ7,,"_s}),
            {}, tw.clock().nowMs());
        QCOMPARE(again.added, 1);
        QCOMPARE(again.updated, 1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM leads"_s), 2);
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT status FROM leads WHERE place_id = 'ChIJ1'"_s).toString(),
            u"do_not_contact"_s);
        QCOMPARE(tw.count(u"SELECT review_count FROM leads WHERE place_id = 'ChIJ1'"_s), 150);
        QCOMPARE(tw.count(u"SELECT score FROM leads WHERE place_id = 'ChIJ1'"_s), 0 + 12 + 14);
        QCOMPARE(tw.count(u"SELECT COUNT(DISTINCT import_id) FROM leads"_s), 2);
    }

    void twoBusinessesAreNotMergedForOneKeyAlike()
    {
        TestWorkspace tw;
        const LeadImport::Result r = LeadImport::run(tw.db(),
            csv({header(),
                // Two branches of a chain: one website, their own place ids and phones.
                u"Bakker Bart Centrum,Bakery,Markt 1,https://bakkerbart.nl,+31 30 100 0001,4.1,50,,ChIJa,,"_s,
                u"Bakker Bart Station,Bakery,Stationsplein 2,https://bakkerbart.nl,+31 30 100 0002,4.0,40,,ChIJb,,"_s,
                // Alike in their last nine digits, different websites: not one business.
                u"Deli One,Cafe,,https://deli-one.com,+1 212 555 1234,4.5,10,,,,"_s,
                u"Deli Two,Cafe,,https://deli-two.com,+1 312 555 1234,4.5,10,,,,"_s,
                // No place id, website or phone: known by name and address.
                u"Kiosk Jan,Kiosk,Plein 3,,,,,,,,"_s}),
            {}, tw.clock().nowMs());
        QCOMPARE(r.added, 5);
        QCOMPARE(r.duplicates, 0);
        // Importing the same again brings all five up to date, the one without keys too.
        const LeadImport::Result again = LeadImport::run(tw.db(),
            csv({header(), u"Kiosk Jan,Kiosk,Plein 3,,,4.0,2,,,,"_s,
                u"Bakker Bart Station,Bakery,Stationsplein 2,,,,,,ChIJb,,"_s}),
            {}, tw.clock().nowMs());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.updated, 2);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM leads"_s), 5);
        QCOMPARE(tw.count(u"SELECT review_count FROM leads WHERE name = 'Kiosk Jan'"_s), 2);
        // What the later export leaves empty stays as it was.
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT website FROM leads WHERE place_id = 'ChIJb'"_s).toString(),
            u"https://bakkerbart.nl"_s);
        QCOMPARE(tw.count(u"SELECT review_count FROM leads WHERE place_id = 'ChIJb'"_s), 40);
        // A whole number written as a decimal is a whole number.
        QCOMPARE(
            LeadImport::run(tw.db(), csv({u"name,reviews"_s, u"Script Shop,128.0"_s}), {}, tw.clock().nowMs()).added,
            1);
        QCOMPARE(tw.count(u"SELECT review_count FROM leads WHERE name = 'Script Shop'"_s), 128);
    }

    void aCategoryIsTheKindWantedAsWholeWords()
    {
        Leads::Territory t;
        t.categories = {u"bar"_s, u"bakery"_s};
        Leads::Lead lead;
        lead.category = u"Barber"_s;
        QCOMPARE(factor(Leads::qualify(lead, t), u"category"_s).points, 0);
        lead.category = u"Artisan bakery"_s;
        QCOMPARE(factor(Leads::qualify(lead, t), u"category"_s).points, 20);
        lead.category = u"Cocktail Bar"_s;
        QCOMPARE(factor(Leads::qualify(lead, t), u"category"_s).points, 20);
    }

    void otherEncodingsAndDelimitersAreRead()
    {
        TestWorkspace tw;
        // Latin-1 (said in a warning), semicolons, decimal commas.
        const QString text = u"Name;Category;Rating;Reviews\nBäckerei Müller;Bäckerei;4,8;57\n"_s;
        const LeadImport::Result latin = LeadImport::run(tw.db(), text.toLatin1(), {}, tw.clock().nowMs());
        QCOMPARE(latin.added, 1);
        QCOMPARE(latin.warnings.size(), 1);
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT name FROM leads"_s).toString(), u"Bäckerei Müller"_s);
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT rating FROM leads"_s).toDouble(), 4.8);
        // UTF-16 with its byte order mark (a spreadsheet's "Unicode text"), tabs.
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray wide = utf16(u"Title\tPhone\nFleur & Co\t+31 6 12345678\n"_s);
        const LeadImport::Result w = LeadImport::run(tw.db(), wide, {}, tw.clock().nowMs());
        QCOMPARE(w.added, 1);
        QCOMPARE(Sql::scalar(tw.db(), u"SELECT phone FROM leads WHERE name = 'Fleur & Co'"_s).toString(),
            u"+31 6 12345678"_s);
    }

    void aFileThatIsNotALeadsExportSaysWhy()
    {
        TestWorkspace tw;
        LeadImport::Result r = LeadImport::run(tw.db(), "sku,price\nA1,10\n", {}, tw.clock().nowMs());
        QVERIFY2(r.fatal.contains(u"name or title"_s) && r.fatal.contains(u"sku, price"_s), qPrintable(r.fatal));
        r = LeadImport::run(tw.db(), QByteArray(), {}, tw.clock().nowMs());
        QCOMPARE(r.fatal, u"The file is empty."_s);
        r = LeadImport::run(tw.db(), QByteArray("\x00\x01\x02\x03name", 8), {}, tw.clock().nowMs());
        QVERIFY(!r.fatal.isEmpty());
        // A quote that never closes: the rows before it are in, and the line is named.
        r = LeadImport::run(tw.db(), csv({u"name,address"_s, u"A,x"_s, u"B,\"open"_s}), {}, tw.clock().nowMs());
        QCOMPARE(r.added, 1);
        QCOMPARE(r.problems.size(), 1);
        QCOMPARE(r.problems.at(0).line, 3);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM leads"_s), 1);
    }

    void aCancelledImportLeavesWholeRowsAndImportingAgainCompletesIt()
    {
        TestWorkspace tw;
        QStringList lines{u"name,phone"_s};
        for (int i = 0; i < 3000; ++i)
            lines.append(u"Business %1,+31 20 %2"_s.arg(i).arg(1000000 + i));
        const QByteArray file = csv(lines);
        int calls = 0;
        const LeadImport::Result stopped
            = LeadImport::run(tw.db(), file, {}, tw.clock().nowMs(), [&calls](qint64, qint64) { return ++calls < 3; });
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.added > 0 && stopped.added < 3000);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM leads"_s), stopped.added);
        const LeadImport::Result rest = LeadImport::run(tw.db(), file, {}, tw.clock().nowMs());
        QCOMPARE(rest.added, 3000 - stopped.added);
        QCOMPARE(rest.updated, stopped.added);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM leads"_s), 3000);
    }

    // Two desks of a team import at once: the second waits for the first's turn (PostgreSQL; on SQLite the
    // workspace's write lock already takes them in turn).
    void onATeamWorkspaceImportsTakeTurns()
    {
        TestWorkspace tw;
        if (!Dialect::isPostgres(tw.db()))
            QSKIP("a team workspace's concern (tst_leads_pg)");
        Connection other(tw.workspace().databasePath(), u"other-desk"_s);
        Sql::exec(other.db(), u"SELECT pg_advisory_lock(%1)"_s.arg(0x716c65616473));
        const QString path = tw.workspace().databasePath();
        const qint64 now = tw.clock().nowMs();
        QFuture<int> importing = QtConcurrent::run([path, now] {
            Connection mine(path, u"importing-desk"_s);
            return LeadImport::run(mine.db(), "name,phone\nBakkerij Jansen,+31 20 123 4567\n", {}, now).added;
        });
        // It waits for the other desk's turn...
        QTRY_COMPARE(
            tw.count(u"SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 29036 "
                     u"AND objid = 1700881523 AND database = (SELECT oid FROM pg_database WHERE datname = "
                     u"current_database())"_s),
            1);
        QVERIFY(!importing.isFinished());
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM leads"_s), 0);
        // ...and imports when it ends.
        Sql::exec(other.db(), u"SELECT pg_advisory_unlock(%1)"_s.arg(0x716c65616473));
        QTRY_VERIFY(importing.isFinished());
        QCOMPARE(importing.result(), 1);
        QCOMPARE(tw.count(u"SELECT COUNT(*) FROM leads"_s), 1);
    }

    void aNewTerritoryScoresEveryLeadAgain()
    {
        TestWorkspace tw;
        LeadImport::run(tw.db(),
            csv({header(), u"Bakkerij Jansen,Bakery,,,,4.6,128,,ChIJ1,52.09,5.12"_s,
                u"Garage Smit,Car repair,,https://garagesmit.nl,,3.9,20,,ChIJ2,,"_s}),
            {}, tw.clock().nowMs());
        QCOMPARE(tw.count(u"SELECT score FROM leads WHERE place_id = 'ChIJ1'"_s), 64);
        Leads::Territory t;
        t.categories = {u"bakery"_s};
        t.latitude = 52.3676;
        t.longitude = 4.9041;
        t.radiusKm = 50;
        t.save(tw.db());
        QCOMPARE(Leads::Territory::load(tw.db()).categories, QStringList{u"bakery"_s});
        QVERIFY(Leads::Territory::load(tw.db()).hasHome());
        QCOMPARE(LeadImport::rescoreAll(tw.db(), t, tw.clock().nowMs()), 2);
        QCOMPARE(tw.count(u"SELECT score FROM leads WHERE place_id = 'ChIJ1'"_s), 64 + 20 + 3);
        QCOMPARE(tw.count(u"SELECT score FROM leads WHERE place_id = 'ChIJ2'"_s), 0 + 5 + 2 + 0 + 0);
    }

    void theModelListsTheBestFirstWithTheirFactors()
    {
        TestWorkspace tw;
        LeadImport::run(tw.db(),
            csv({header(), u"Garage Smit,Car repair,Industrieweg 9,https://garagesmit.nl,,3.9,20,,ChIJ2,,"_s,
                u"Bakkerij Jansen,Bakery,Dorpsstraat 1,,,4.6,128,,ChIJ1,,"_s,
                u"Bloemen Bep,Florist,Kerkstraat 3,http://bep.nl,,4.2,40,,ChIJ3,,"_s}),
            {}, tw.clock().nowMs());
        LeadsModel model(tw.db());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(LeadsModel::ColumnCount));
        QCOMPARE(model.index(0, LeadsModel::Name).data().toString(), u"Bakkerij Jansen"_s);
        QCOMPARE(model.index(0, LeadsModel::Score).data().toInt(), 64);
        QCOMPARE(model.index(0, LeadsModel::Website).data().toString(), u"none"_s);
        QCOMPARE(model.index(0, LeadsModel::Status).data().toString(), u"New"_s);
        QVERIFY(model.index(0, LeadsModel::Score).data(Qt::ToolTipRole).toString().contains(u"Website: 40 of 40"_s));
        const Leads::Lead lead = model.leadAt(model.index(0, 0));
        QCOMPARE(lead.name, u"Bakkerij Jansen"_s);
        QCOMPARE(Leads::factorsFromJson(lead.factors).size(), 4);
        QCOMPARE(model.leadAt(QModelIndex()).id, -1);
        model.setTextFilter(u"kerkstraat"_s);
        QCOMPARE(model.rowCount(), 1);
        model.setTextFilter({});
        Sql::exec(tw.db(), u"UPDATE leads SET status = 'do_not_contact' WHERE place_id = 'ChIJ2'"_s);
        model.setStatusFilter(u"do_not_contact"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, LeadsModel::Status).data().toString(), u"Do not contact"_s);
        model.setStatusFilter({});
        model.sort(LeadsModel::Reviews, Qt::DescendingOrder);
        QCOMPARE(model.index(0, LeadsModel::Reviews).data().toString(), u"128"_s);
    }
};

QTEST_GUILESS_MAIN(TestLeads)
#include "tst_leads.moc"
