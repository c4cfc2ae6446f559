// Benchmark: the seven visual guards on one 2048 × 2048 picture (issue 19: < 200 ms), and for context the subject
// search and crop, and the composer's whole layout.
//
//   bench_visualguards [--repeats 30]
//
// The picture: a noisy pale backdrop with a product to one side, a three-line headline, a logo, three brand
// colours. Timed: VisualGuards::check (every guard on the full-size layers), SubjectCrop::find + crop, and
// VisualComposer::plan + render (which run the subject search and the contrast measure themselves).
#include "BenchSupport.h"
#include "visuals/SubjectCrop.h"
#include "visuals/VisualComposer.h"
#include "visuals/VisualGuards.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{

QImage picture(int side)
{
    QImage img(side, side, QImage::Format_RGB32);
    QRandomGenerator rng(11);
    for (int y = 0; y < side; ++y) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < side; ++x) {
            const int n = int(rng.bounded(9)) - 4;
            const int shade = 232 - y * 14 / side;
            line[x] = qRgb(shade + n, shade - 4 + n, shade - 12 + n);
        }
    }
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(150, 60, 40));
    p.drawRoundedRect(QRect(side * 55 / 100, side * 35 / 100, side * 30 / 100, side * 45 / 100), 40, 40);
    return img;
}

QImage logo()
{
    QImage img(300, 120, QImage::Format_ARGB32);
    img.fill(QColor(46, 64, 52));
    return img;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"repeats"_s, u"How often each step is timed."_s, u"n"_s, u"30"_s});
    parser.addHelpOption();
    parser.process(app);
    const int repeats = std::max(1, parser.value(u"repeats"_s).toInt());

    constexpr int kSide = 2048;
    // A 2048 × 2048 square: the format's own size for this run.
    VisualFormats::Format square = *VisualFormats::find(u"square"_s);
    square.size = {kSide, kSide};
    VisualComposer::Input in;
    in.photo = picture(kSide);
    in.headline = u"The merino throw, back in moss: warm evenings, long walks, no itch"_s;
    in.brand = {QColor(46, 64, 52), QColor(150, 60, 40), QColor(236, 230, 220)};
    in.logo = logo();
    in.format = &square;

    QList<double> guards, crop, compose;
    VisualGuards::Visual v;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        const auto plan = VisualComposer::plan(in);
        v = VisualComposer::render(in, plan);
        compose.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const auto s = SubjectCrop::find(in.photo);
        const QRect c = SubjectCrop::crop(in.photo.size(), s, 4.0 / 5);
        crop.append(double(t.nsecsElapsed()) / 1e6);
        Q_UNUSED(c);
        t.restart();
        const auto results = VisualGuards::check(v, in.rules);
        guards.append(double(t.nsecsElapsed()) / 1e6);
        if (results.size() != VisualGuards::kGuards)
            return 1;
    }
    std::printf("bench_visualguards: %d × %d, %d repeats\n", kSide, kSide, repeats);
    std::printf("  seven guards (VisualGuards::check): median %.1f ms, p95 %.1f ms, max %.1f ms (target < 200 ms)\n",
        Bench::median(guards), Bench::percentile(guards, 0.95), Bench::percentile(guards, 1));
    std::printf("  subject and a 4:5 crop (SubjectCrop::find + crop): median %.1f ms\n", Bench::median(crop));
    std::printf("  whole layout (VisualComposer::plan + render): median %.1f ms\n", Bench::median(compose));
    std::printf("  peak memory %ld MB\n", Bench::peakRssMb());
    return 0;
}
