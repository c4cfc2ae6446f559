// Benchmark: importing leads (issue 18: "lead import of 50,000 rows < 5 s with scores").
//
//   bench_leadimport [--rows 50000] [--repeats 3]
//
// A maps export of N businesses is generated once (the columns a common scraper writes: title,
// categoryName, address, website, phone, totalScore, reviewsCount, openingHours, placeId, coordinates, emails;
// one row in fifty repeats an earlier business (its place id and phone), one in a hundred has a rating
// that is not one) and imported into an empty workspace with a territory set, so every factor of every score is
// computed. Timed: reading, checking, de-duplicating, scoring and writing, from the file's bytes to the
// last commit; then importing the same file again (every lead found and brought up to date).
#include "BenchSupport.h"
#include "core/Clock.h"
#include "sites/LeadImport.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int rows = option(u"--rows"_s, 50'000);
    const int repeats = option(u"--repeats"_s, 3);

    static const QStringList categories{u"Bakery"_s, u"Florist"_s, u"Hairdresser"_s, u"Car repair"_s, u"Cafe"_s,
        u"Butcher"_s, u"Bookshop"_s, u"Dentist"_s};
    QByteArray file = "title,categoryName,address,website,phone,totalScore,reviewsCount,openingHours,placeId,"
                      "location/lat,location/lng,emails\n";
    for (int i = 0; i < rows; ++i) {
        const int phone = (i % 50 == 49) ? i - 7 : i; // a repeat of an earlier business
        const QString website = i % 3 == 0 ? QString()
            : i % 3 == 1                   ? u"https://www.shop%1.nl"_s.arg(i)
                                           : u"https://facebook.com/shop%1"_s.arg(i);
        const QString rating = i % 100 == 99 ? u"n/a"_s : QString::number(3.0 + (i % 21) / 10.0, 'f', 1);
        file
            += u"\"Business %1\",%2,\"Straat %3, 10%4 AB Amsterdam\",%5,+31 20 %6,%7,%8,\"Mo-Fr 9-17\",ChIJ%9,%10,%11,%12\n"_s
                   .arg(i)
                   .arg(categories.at(i % categories.size()))
                   .arg(i % 200)
                   .arg(i % 90, 2, 10, QChar(u'0'))
                   .arg(website)
                   .arg(3'000'000 + phone)
                   .arg(rating)
                   .arg(i % 400)
                   .arg(phone)
                   .arg(52.0 + (i % 1000) / 1000.0, 0, 'f', 4)
                   .arg(4.5 + (i % 700) / 1000.0, 0, 'f', 4)
                   // Half of them list e-mail addresses (two, as exports do), the first of which is kept.
                   .arg(i % 2 == 0 ? u"\"info@shop%1.nl, orders@shop%1.nl\""_s.arg(i) : QString())
                   .toUtf8();
    }
    Leads::Territory territory;
    territory.categories = {u"bakery"_s, u"florist"_s, u"cafe"_s};
    territory.latitude = 52.3676;
    territory.longitude = 4.9041;
    territory.radiusKm = 40;

    QList<double> first;
    QList<double> again;
    LeadImport::Result last;
    qint64 stored = 0;
    for (int r = 0; r < repeats; ++r) {
        QTemporaryDir dir;
        QString error;
        auto workspace = Workspace::open(dir.path(), &error);
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        last = LeadImport::run(workspace->db(), file, territory, QDateTime::currentMSecsSinceEpoch());
        first.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        t.restart();
        const LeadImport::Result second
            = LeadImport::run(workspace->db(), file, territory, QDateTime::currentMSecsSinceEpoch());
        again.append(static_cast<double>(t.nsecsElapsed()) / 1e6);
        stored = Sql::scalar(workspace->db(), u"SELECT COUNT(*) FROM leads"_s).toLongLong();
        if (second.added != 0 || second.updated != last.added) {
            std::fprintf(
                stderr, "the second import added %d and updated %d of %d\n", second.added, second.updated, last.added);
            return 1;
        }
    }
    std::printf("%d rows (%.1f MB): %d leads stored, %d duplicates, %lld rows refused\n", rows,
        static_cast<double>(file.size()) / 1e6, last.added, last.duplicates,
        static_cast<long long>(last.problems.size() - last.duplicates));
    std::printf("stored in the workspace: %lld\n", static_cast<long long>(stored));
    QStringList a;
    QStringList b;
    for (double v : first)
        a.append(QString::number(v / 1000.0, 'f', 2));
    for (double v : again)
        b.append(QString::number(v / 1000.0, 'f', 2));
    std::printf(
        "import with scores: %s s (median %.2f s)\n", qPrintable(a.join(u", "_s)), Bench::median(first) / 1000.0);
    std::printf(
        "the same file again: %s s (median %.2f s)\n", qPrintable(b.join(u", "_s)), Bench::median(again) / 1000.0);
    std::printf("peak RSS %ld MB\n", Bench::peakRssMb());
    return 0;
}
