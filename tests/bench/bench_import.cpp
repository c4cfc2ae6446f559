// Benchmark: importing a store's product export, headless and in the window.
//
//   bench_import [--products 1000,10000,100000] [--repeats 3] [--gui]
//
// A Shopify product export of N products is generated once per size (four rows a product: three
// size variants with their own SKU and price, and an extra image row; an HTML body; about 50 columns
// as Shopify writes them) and imported into an empty workspace with the pipeline paused. Each run is
// a fresh process (so its peak memory is its own). Headless, the steps are timed apart: reading and
// checking the file, matching it with the workspace, writing the products, queuing their pipeline
// runs. With --gui the import runs in the real main window (offscreen) through the Import dialog:
// preview, Import, until the products are in the table, while a 10 ms timer on the GUI thread
// measures how late the event loop serves it.
#include "Application.h"
#include "BenchSupport.h"
#include "MainWindow.h"
#include "catalog/CatalogActions.h"
#include "catalog/CatalogImport.h"
#include "core/Clock.h"
#include "dialogs/ImportDialog.h"
#include "jobs/RunControl.h"
#include "panes/PipelinePane.h"
#include "pipeline/ProductStore.h"
#include "storage/Sql.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

using Bench::median;
using Bench::peakRssMb;
using Bench::percentile;

long currentRssMb()
{
    QFile f(u"/proc/self/statm"_s);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().split(' ').value(1).toLong() * 4096 / (1 << 20);
}

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

QByteArray csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s.toUtf8();
    QString q = s;
    q.replace(u"\""_s, u"\"\""_s);
    return '"' + q.toUtf8() + '"';
}

// A Shopify export as the admin writes it (2024 column set).
void generate(const QString& path, int products)
{
    const QStringList header{u"Handle"_s, u"Title"_s, u"Body (HTML)"_s, u"Vendor"_s, u"Product Category"_s, u"Type"_s,
        u"Tags"_s, u"Published"_s, u"Option1 Name"_s, u"Option1 Value"_s, u"Option1 Linked To"_s, u"Option2 Name"_s,
        u"Option2 Value"_s, u"Option2 Linked To"_s, u"Option3 Name"_s, u"Option3 Value"_s, u"Option3 Linked To"_s,
        u"Variant SKU"_s, u"Variant Grams"_s, u"Variant Inventory Tracker"_s, u"Variant Inventory Qty"_s,
        u"Variant Inventory Policy"_s, u"Variant Fulfillment Service"_s, u"Variant Price"_s,
        u"Variant Compare At Price"_s, u"Variant Requires Shipping"_s, u"Variant Taxable"_s, u"Variant Barcode"_s,
        u"Image Src"_s, u"Image Position"_s, u"Image Alt Text"_s, u"Gift Card"_s, u"SEO Title"_s, u"SEO Description"_s,
        u"Google Shopping / Google Product Category"_s, u"Google Shopping / Gender"_s, u"Google Shopping / Age Group"_s,
        u"Google Shopping / MPN"_s, u"Google Shopping / Condition"_s, u"Google Shopping / Custom Product"_s,
        u"Variant Image"_s, u"Variant Weight Unit"_s, u"Variant Tax Code"_s, u"Cost per item"_s,
        u"Included / Netherlands"_s, u"Price / Netherlands"_s, u"Compare At Price / Netherlands"_s, u"Status"_s};
    const int columns = static_cast<int>(header.size());
    const auto col = [&](const QString& name) { return static_cast<int>(header.indexOf(name)); };
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray out;
    out.reserve(8 << 20);
    out += header.join(u',').toUtf8() + "\n";
    const QStringList materials{u"merino wool"_s, u"organic cotton"_s, u"linen"_s, u"recycled polyester"_s};
    const QStringList kinds{u"Sweater"_s, u"Shirt"_s, u"Jacket"_s, u"Scarf"_s, u"Hoodie"_s};
    const QStringList sizes{u"S"_s, u"M"_s, u"L"_s};
    for (int p = 0; p < products; ++p) {
        const QString kind = kinds.at(p % kinds.size());
        const QString material = materials.at(p % materials.size());
        const QString handle = u"%1-%2-%3"_s.arg(material, kind).arg(p).toLower().replace(u' ', u'-');
        const QString title = u"%1 %2 no. %3"_s.arg(material, kind).arg(p);
        const int cents = 2900 + (p % 70) * 100;
        for (int v = 0; v <= sizes.size(); ++v) {
            QList<QString> row(columns);
            row[col(u"Handle"_s)] = handle;
            if (v == 0) {
                row[col(u"Title"_s)] = title;
                row[col(u"Body (HTML)"_s)]
                    = u"<p>A %1 %2 cut for everyday wear, made of <strong>%3</strong>.</p>"
                      u"<ul><li>Machine washable at 30 &deg;C</li><li>Regular fit</li>"
                      u"<li>Made in Portugal</li></ul><p>Pairs with everything in the range, "
                      u"and softens with every wash.</p>"_s.arg(kind.toLower(), material, material);
                row[col(u"Vendor"_s)] = u"Wool & Co"_s;
                row[col(u"Product Category"_s)] = u"Apparel & Accessories > Clothing"_s;
                row[col(u"Type"_s)] = kind;
                row[col(u"Tags"_s)] = u"autumn, %1, everyday"_s.arg(material);
                row[col(u"Published"_s)] = u"TRUE"_s;
                row[col(u"Option1 Name"_s)] = u"Size"_s;
                row[col(u"Gift Card"_s)] = u"FALSE"_s;
                row[col(u"SEO Title"_s)] = title;
                row[col(u"SEO Description"_s)] = u"Shop the %1 in %2."_s.arg(title, material);
                row[col(u"Cost per item"_s)] = QString::number(cents / 300.0, 'f', 2);
                row[col(u"Status"_s)] = u"active"_s;
            }
            if (v < sizes.size()) {
                row[col(u"Option1 Value"_s)] = sizes.at(v);
                row[col(u"Variant SKU"_s)] = u"SKU-%1-%2"_s.arg(p).arg(sizes.at(v));
                row[col(u"Variant Grams"_s)] = u"450"_s;
                row[col(u"Variant Inventory Tracker"_s)] = u"shopify"_s;
                row[col(u"Variant Inventory Qty"_s)] = QString::number((p * 7 + v) % 40);
                row[col(u"Variant Inventory Policy"_s)] = u"deny"_s;
                row[col(u"Variant Fulfillment Service"_s)] = u"manual"_s;
                row[col(u"Variant Price"_s)] = QString::number((cents + v * 200) / 100.0, 'f', 2);
                row[col(u"Variant Requires Shipping"_s)] = u"TRUE"_s;
                row[col(u"Variant Taxable"_s)] = u"TRUE"_s;
                row[col(u"Variant Weight Unit"_s)] = u"kg"_s;
            }
            if (v <= 1) {
                row[col(u"Image Src"_s)] = u"https://cdn.example.com/files/%1-%2.jpg"_s.arg(handle).arg(v + 1);
                row[col(u"Image Position"_s)] = QString::number(v + 1);
                row[col(u"Image Alt Text"_s)] = title;
            }
            QList<QByteArray> fields;
            fields.reserve(columns);
            for (const QString& field : row)
                fields.append(csvField(field));
            out += QByteArrayList(fields).join(',') + "\n";
        }
        if (out.size() > (4 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
}

void quiet()
{
    QLoggingCategory::setFilterRules(u"quorum.*.info=false\nquorum.*.debug=false"_s);
}

// One headless run in this process: the steps timed apart.
QJsonObject headless(const QString& file)
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.path(), &error);
    if (!ws)
        qFatal("%s", qPrintable(error));
    RunControl::setState(ws->db(), RunControl::State::Paused, u"bench"_s, Clock::system()->nowMs());
    QElapsedTimer t;
    t.start();
    CatalogImport::Preview preview = CatalogImport::readFile(file, {});
    const double read = seconds(t);
    const long rssAfterRead = currentRssMb();
    if (!preview.fatal.isEmpty())
        qFatal("%s", qPrintable(preview.fatal));
    t.start();
    CatalogImport::match(ws->db(), &preview);
    const double match = seconds(t);
    t.start();
    const CatalogImport::Result result = CatalogImport::apply(ws->db(), preview, u"bench"_s, Clock::system()->nowMs());
    const double write = seconds(t);
    t.start();
    const auto queued = ProductStore::requestRun(ws->db(), result.created, u"bench"_s, Clock::system()->nowMs());
    const double queue = seconds(t);
    return QJsonObject{{u"read"_s, read}, {u"match"_s, match}, {u"write"_s, write}, {u"queue"_s, queue},
        {u"total"_s, read + match + write}, {u"created"_s, result.created.size()}, {u"queued"_s, queued.queued.size()},
        {u"issues"_s, preview.issues.size()}, {u"rss"_s, static_cast<qint64>(peakRssMb())},
        {u"rss_after_read"_s, static_cast<qint64>(rssAfterRead)}};
}

// One run in the real window: Import dialog, preview, Import, products in the table.
QJsonObject inWindow(const QString& file)
{
    QTemporaryDir dir;
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    {
        QString error;
        auto ws = Workspace::open(dir.path(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        RunControl::setState(ws->db(), RunControl::State::Paused, u"bench"_s, Clock::system()->nowMs());
    }
    CommandLine cl;
    cl.workspace = dir.path();
    Application app(cl);
    QString error;
    if (!app.start(&error))
        qFatal("%s", qPrintable(error));
    MainWindow* window = app.mainWindow();
    window->resize(1366, 768);
    window->showPane(PaneId::Pipeline);
    QCoreApplication::processEvents();

    // The event loop's lateness, sampled by a 10 ms timer.
    QList<double> stalls;
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(10);
    QElapsedTimer since;
    since.start();
    const bool trace = qEnvironmentVariableIsSet("BENCH_TRACE");
    QObject::connect(&probe, &QTimer::timeout, &probe, [&] {
        const double late = std::max(0.0, static_cast<double>(tick.nsecsElapsed()) / 1e6 - 10.0);
        stalls.append(late);
        if (trace && late > 40)
            std::fprintf(stderr, "stall %.0f ms at %.3f s\n", late, static_cast<double>(since.elapsed()) / 1e3);
        tick.start();
    });
    probe.start();

    QElapsedTimer t;
    t.start();
    window->pipelinePane()->importCatalog(file);
    auto* dialog = window->findChild<ImportDialog*>();
    QEventLoop loop;
    QObject::connect(dialog, &ImportDialog::previewReady, &loop, &QEventLoop::quit);
    loop.exec();
    const double preview = seconds(t);
    if (trace)
        std::fprintf(stderr, "preview ready at %.3f s\n", static_cast<double>(since.elapsed()) / 1e3);
    if (!dialog->preview().fatal.isEmpty())
        qFatal("%s", qPrintable(dialog->preview().fatal));
    bool done = false;
    bool queuedAll = false;
    QObject::connect(app.context().catalog, &CatalogActions::imported, &loop, [&] {
        done = true;
        loop.quit();
    });
    QObject::connect(app.context().catalog, &CatalogActions::queued, &loop, [&] {
        queuedAll = true;
        loop.quit();
    });
    t.start();
    dialog->importButton()->click();
    if (!done)
        loop.exec();
    const double write = seconds(t);
    t.start();
    if (!queuedAll)
        loop.exec();
    const double queue = seconds(t);
    if (trace)
        std::fprintf(stderr, "imported at %.3f s\n", static_cast<double>(since.elapsed()) / 1e3);
    // The table shows them.
    QCoreApplication::processEvents();
    probe.stop();
    const qint64 products = Sql::scalar(app.workspace()->db(), u"SELECT COUNT(*) FROM products"_s).toLongLong();
    return QJsonObject{{u"preview"_s, preview}, {u"write"_s, write}, {u"total"_s, preview + write}, {u"queue"_s, queue},
        {u"created"_s, products},
        {u"stall_max"_s, stalls.isEmpty() ? 0.0 : *std::max_element(stalls.begin(), stalls.end())},
        {u"stall_p99"_s, percentile(stalls, 0.99)}, {u"rss"_s, static_cast<qint64>(peakRssMb())}};
}

} // namespace

// With BENCH_TRACE, names every event that keeps the GUI thread busy for more than 30 ms.
class TracingApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        static const bool trace = qEnvironmentVariableIsSet("BENCH_TRACE");
        if (!trace)
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const QByteArray cls = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        const bool r = QApplication::notify(receiver, event);
        if (t.elapsed() > 30)
            std::fprintf(stderr, "  slow event %d to %s \"%s\": %lld ms\n", type, cls.constData(), qPrintable(name),
                t.elapsed());
        return r;
    }
};

int main(int argc, char** argv)
{
    TracingApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"QuorumBench"_s);
    QCoreApplication::setApplicationName(u"QuorumBench"_s);
    QCommandLineParser parser;
    parser.addOption({u"products"_s, u"Sizes to import"_s, u"list"_s, u"1000,10000,100000"_s});
    parser.addOption({u"repeats"_s, u"Runs per size"_s, u"n"_s, u"3"_s});
    parser.addOption({u"gui"_s, u"Import in the real main window"_s});
    parser.addOption({u"child"_s, u"(internal) one run on this file"_s, u"file"_s});
    parser.addOption({u"generate"_s, u"Only write an export of the first size to this file"_s, u"file"_s});
    parser.process(app);
    quiet();
    if (parser.isSet(u"generate"_s)) {
        generate(parser.value(u"generate"_s), parser.value(u"products"_s).section(u',', 0, 0).toInt());
        return 0;
    }
    if (parser.isSet(u"child"_s)) {
        const QJsonObject r
            = parser.isSet(u"gui"_s) ? inWindow(parser.value(u"child"_s)) : headless(parser.value(u"child"_s));
        std::printf("%s\n", QJsonDocument(r).toJson(QJsonDocument::Compact).constData());
        return 0;
    }
    QTemporaryDir files;
    const int repeats = parser.value(u"repeats"_s).toInt();
    const bool gui = parser.isSet(u"gui"_s);
    std::printf("| products | rows | file (MB) | %s | peak RSS (MB) |\n",
        gui ? "preview (s) | write (s) | import total (s) | then queue runs (s) | GUI stall max (ms) | p99 (ms)"
            : "read (s) | match (s) | write (s) | import total (s) | then queue runs (s)");
    std::printf("|---|---|---|---|---|---|---|---|---|%s\n", gui ? "---|" : "");
    for (const QString& size : parser.value(u"products"_s).split(u',')) {
        const int n = size.toInt();
        const QString file = files.filePath(u"products-%1.csv"_s.arg(n));
        generate(file, n);
        QList<double> a, b, c, d, e, f2;
        qint64 rss = 0;
        for (int r = 0; r < repeats; ++r) {
            QProcess child;
            QStringList args{u"--child"_s, file};
            if (gui)
                args.append(u"--gui"_s);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), args);
            if (!child.waitForFinished(3'600'000) || child.exitCode() != 0)
                qFatal("run failed: %s", child.readAllStandardError().constData());
            const QJsonObject o = QJsonDocument::fromJson(child.readAllStandardOutput().trimmed()).object();
            if (gui) {
                a.append(o.value(u"preview"_s).toDouble());
                b.append(o.value(u"write"_s).toDouble());
                c.append(o.value(u"total"_s).toDouble());
                f2.append(o.value(u"queue"_s).toDouble());
                d.append(o.value(u"stall_max"_s).toDouble());
                e.append(o.value(u"stall_p99"_s).toDouble());
            } else {
                a.append(o.value(u"read"_s).toDouble());
                b.append(o.value(u"match"_s).toDouble());
                c.append(o.value(u"write"_s).toDouble());
                d.append(o.value(u"total"_s).toDouble());
                e.append(o.value(u"queue"_s).toDouble());
            }
            rss = std::max<qint64>(rss, o.value(u"rss"_s).toInteger());
            if (o.value(u"created"_s).toInteger() != n)
                qFatal("imported %lld of %d products", o.value(u"created"_s).toInteger(), n);
        }
        const double mb = static_cast<double>(QFileInfo(file).size()) / (1 << 20);
        if (gui)
            std::printf("| %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.0f | %.1f | %lld |\n", n, n * 4, mb,
                median(a), median(b), median(c), median(f2), median(d), median(e), rss);
        else
            std::printf("| %d | %d | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f | %lld |\n", n, n * 4, mb, median(a),
                median(b), median(c), median(d), median(e), rss);
        std::fflush(stdout);
    }
    return 0;
}
