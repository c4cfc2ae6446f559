#include "visuals/ColorScience.h"
#include "visuals/SubjectCrop.h"
#include "visuals/VisualComposer.h"
#include "visuals/VisualFormats.h"
#include "visuals/VisualGuards.h"

#include <QGuiApplication>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using VisualGuards::Guard;

// The seven guards and the crop on real pixels: a product photographed to one side of a pale backdrop, the
// composer's own layouts (which pass), and planted faults (low contrast, text over the product, text in the
// platform's margin, a covered or oversized logo, the wrong ratio, colours far from the brand, tiny text), each
// caught by its guard and no other.
class TestVisualGuards : public QObject
{
    Q_OBJECT

    // A pale, slightly noisy backdrop with a red-brown throw folded on a chair to the right.
    static QImage product(QSize size = {1600, 900}, QRect where = {1130, 240, 330, 520})
    {
        QImage img(size, QImage::Format_RGB32);
        QRandomGenerator rng(7);
        for (int y = 0; y < img.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(img.scanLine(y));
            for (int x = 0; x < img.width(); ++x) {
                const int n = int(rng.bounded(7)) - 3;
                const int shade = 236 - y * 10 / img.height();
                line[x] = qRgb(shade + n, shade - 3 + n, shade - 10 + n);
            }
        }
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(150, 60, 40));
        p.drawRoundedRect(where.adjusted(0, where.height() / 3, 0, 0), 30, 30);
        p.setBrush(QColor(120, 45, 30));
        p.drawEllipse(where.adjusted(where.width() / 6, 0, -where.width() / 6, -where.height() * 2 / 3 + 10));
        return img;
    }
    static QImage logo()
    {
        QImage img(300, 120, QImage::Format_ARGB32);
        img.fill(QColor(46, 64, 52));
        QPainter p(&img);
        p.setPen(QColor(245, 240, 230));
        QFont f(u"DejaVu Sans"_s);
        f.setPixelSize(60);
        f.setBold(true);
        p.setFont(f);
        p.drawText(img.rect(), Qt::AlignCenter, u"WOL"_s);
        return img;
    }
    static VisualComposer::Input input(const QString& format, QImage photo = product())
    {
        VisualComposer::Input in;
        in.photo = photo;
        in.headline = u"The merino throw, back in moss"_s;
        // The shop's colours: moss, clay, linen.
        in.brand = {QColor(46, 64, 52), QColor(150, 60, 40), QColor(236, 230, 220)};
        in.logo = logo();
        in.format = VisualFormats::find(format);
        return in;
    }
    static const VisualGuards::Result& result(const QList<VisualGuards::Result>& all, Guard g)
    {
        return all.at(int(g));
    }
    static QStringList failed(const QList<VisualGuards::Result>& all)
    {
        QStringList out;
        for (const auto& r : all)
            if (!r.passed)
                out.append(VisualGuards::key(r.guard));
        return out;
    }

private slots:
    void deltaE2000MatchesSharmasReferencePairs_data()
    {
        QTest::addColumn<QList<double>>("pair");
        QTest::addColumn<double>("expected");
        // G. Sharma, W. Wu, E. N. Dalal (2005), the CIEDE2000 test data, pairs 1–4, 17, 19, 20, 21.
        QTest::newRow("1") << QList<double>{50, 2.6772, -79.7751, 50, 0, -82.7485} << 2.0425;
        QTest::newRow("2") << QList<double>{50, 3.1571, -77.2803, 50, 0, -82.7485} << 2.8615;
        QTest::newRow("3") << QList<double>{50, 2.8361, -74.0200, 50, 0, -82.7485} << 3.4412;
        QTest::newRow("4") << QList<double>{50, -1.3802, -84.2814, 50, 0, -82.7485} << 1.0000;
        QTest::newRow("17") << QList<double>{50, 2.5, 0, 73, 25, -18} << 27.1492;
        QTest::newRow("19") << QList<double>{50, 2.5, 0, 56, -27, -3} << 31.9030;
        QTest::newRow("20") << QList<double>{50, 2.5, 0, 58, 24, 15} << 19.4535;
        QTest::newRow("21") << QList<double>{50, 2.5, 0, 50, 3.1736, 0.5854} << 1.0000;
    }
    void deltaE2000MatchesSharmasReferencePairs()
    {
        QFETCH(QList<double>, pair);
        QFETCH(double, expected);
        const double got = ColorScience::deltaE({pair[0], pair[1], pair[2]}, {pair[3], pair[4], pair[5]});
        QVERIFY2(std::abs(got - expected) < 0.0001, qPrintable(QString::number(got, 'f', 4)));
    }

    void wcagContrastIsTheStandardsOwn()
    {
        QCOMPARE(ColorScience::contrast(Qt::white, Qt::black), 21.0);
        QCOMPARE(ColorScience::contrast(Qt::white, Qt::white), 1.0);
        // #767676 on white is the lightest grey that passes AA (4.54:1); #777777 just fails (4.48:1).
        QVERIFY(ColorScience::contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(ColorScience::contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void theCropKeepsAProductToOneSideInFrame()
    {
        const QRect drawn(1130, 240, 330, 520);
        const QImage img = product({1600, 900}, drawn);
        const auto s = SubjectCrop::find(img);
        QVERIFY(s.found);
        // Found within a few pixels of where it was drawn.
        QVERIFY2(std::abs(s.box.left() - drawn.left()) < 30 && std::abs(s.box.right() - drawn.right()) < 30
                && std::abs(s.box.top() - drawn.top()) < 30 && std::abs(s.box.bottom() - drawn.bottom()) < 30,
            qPrintable(u"%1,%2 %3x%4"_s.arg(s.box.x()).arg(s.box.y()).arg(s.box.width()).arg(s.box.height())));
        for (const VisualFormats::Format& f : VisualFormats::all()) {
            const QRect c = SubjectCrop::crop(img.size(), s, f.ratio());
            QVERIFY(img.rect().contains(c));
            QVERIFY2(std::abs(double(c.width()) / c.height() - f.ratio()) / f.ratio() < 0.01, qPrintable(f.key));
            QVERIFY2(SubjectCrop::inFrame(drawn, c) > 0.99, qPrintable(f.key));
        }
        // The centre would have cut the product off: the 9:16 window in the middle holds none of it.
        const int w = int(900 * 9.0 / 16);
        QVERIFY(SubjectCrop::inFrame(drawn, QRect((1600 - w) / 2, 0, w, 900)) < 0.05);
        // A product too wide for the window: as much of it as fits, not the empty side.
        const QRect wide(200, 300, 1200, 300);
        const QImage broad = product({1600, 900}, wide);
        const QRect c = SubjectCrop::crop(broad.size(), SubjectCrop::find(broad), 9.0 / 16);
        QVERIFY(wide.intersects(c));
        QVERIFY(SubjectCrop::inFrame(wide, c) > 0.35);
        // A flat picture: nothing stands out, said so.
        QImage flat(800, 800, QImage::Format_RGB32);
        flat.fill(QColor(200, 200, 200));
        QVERIFY(!SubjectCrop::find(flat).found);
    }

    void theComposersLayoutsPassEveryGuardInEveryFormat()
    {
        for (const VisualFormats::Format& f : VisualFormats::all()) {
            const auto in = input(f.key);
            const auto plan = VisualComposer::plan(in);
            const auto v = VisualComposer::render(in, plan);
            QCOMPARE(v.composed.size(), f.size);
            const auto results = VisualGuards::check(v, in.rules);
            QCOMPARE(results.size(), VisualGuards::kGuards);
            QVERIFY2(VisualGuards::passed(results),
                qPrintable(f.key + u": "_s + VisualGuards::failures(results).join(u" | "_s)));
            for (const auto& r : results)
                QVERIFY2(r.checked && !r.detail.isEmpty(), qPrintable(VisualGuards::key(r.guard)));
            // The headline lies off the product.
            QVERIFY(result(results, Guard::TextOverProduct).value <= in.rules.maxTextOnProduct);
        }
    }

    void aPlantedLowContrastOverlayIsCaught()
    {
        auto in = input(u"square"_s);
        auto plan = VisualComposer::plan(in);
        // Linen-grey text straight on the pale backdrop, no plate.
        plan.plate = false;
        plan.textColor = QColor(205, 200, 192);
        const auto v = VisualComposer::render(in, plan);
        const auto results = VisualGuards::check(v, in.rules);
        QCOMPARE(failed(results), QStringList{u"contrast"_s});
        const auto& c = result(results, Guard::Contrast);
        QVERIFY2(c.value < 1.6, qPrintable(c.detail));
        // 60 px on a 1080 square is under a 15th of its side: not large text, so 4.5:1.
        QVERIFY2(c.detail.contains(u"where 4.5:1 is needed"_s), qPrintable(c.detail));
        QCOMPARE(c.where.size(), 1);
        QVERIFY(plan.textBox.contains(c.where.first().center()));
        // The composer's own second attempt puts it on a plate that reads.
        const auto again = VisualComposer::plan(in, 1);
        QVERIFY(again.plate);
        QVERIFY(VisualGuards::passed(VisualGuards::check(VisualComposer::render(in, again), in.rules)));
    }

    void textOnTheProductInTheMarginOrTooSmallIsCaught()
    {
        auto in = input(u"portrait"_s);
        const auto good = VisualComposer::plan(in);
        const auto base = VisualComposer::render(in, good);
        const auto subject = SubjectCrop::find(base.photo);
        // Over the product, on a plate so that contrast still passes.
        auto over = good;
        over.textBox.moveCenter(QRectF(subject.box).center());
        over.plate = true;
        over.plateColor = QColor(46, 64, 52);
        over.textColor = Qt::white;
        auto results = VisualGuards::check(VisualComposer::render(in, over), in.rules);
        QVERIFY(failed(results).contains(u"text_over_product"_s));
        QVERIFY(result(results, Guard::TextOverProduct).detail.contains(u"lies over the product"_s));
        // Into the story format's bottom fifth, where TikTok lays its own caption.
        in = input(u"story"_s);
        auto low = VisualComposer::plan(in);
        low.textBox.moveBottom(1920 - 60);
        results = VisualGuards::check(VisualComposer::render(in, low), in.rules);
        QVERIFY(failed(results).contains(u"safe_margins"_s));
        // 14 px on a 1080 picture.
        in = input(u"square"_s);
        auto tiny = VisualComposer::plan(in);
        tiny.pixelSize = 14;
        results = VisualGuards::check(VisualComposer::render(in, tiny), in.rules);
        QCOMPARE(failed(results), QStringList{u"font_size"_s});
        QVERIFY(result(results, Guard::FontSize).detail.contains(u"at least 27 px"_s));
    }

    void theLogoMustBeThereInItsCornerAtItsSize()
    {
        auto in = input(u"square"_s);
        const auto good = VisualComposer::plan(in);
        // Covered by the headline.
        auto covered = good;
        covered.textBox = good.logoBox;
        covered.textColor = Qt::white;
        auto results = VisualGuards::check(VisualComposer::render(in, covered), in.rules);
        QVERIFY(failed(results).contains(u"logo"_s));
        QVERIFY2(result(results, Guard::Logo).detail.contains(u"covered"_s),
            qPrintable(result(results, Guard::Logo).detail));
        // In the wrong corner, and twice the allowed size.
        auto moved = good;
        moved.logoBox = QRectF(60, 60, 500, 200);
        results = VisualGuards::check(VisualComposer::render(in, moved), in.rules);
        const QString detail = result(results, Guard::Logo).detail;
        QVERIFY(detail.contains(u"outside its corner"_s));
        QVERIFY(detail.contains(u"46% of the width"_s));
        // Missing although asked for.
        in.logo = QImage();
        results = VisualGuards::check(VisualComposer::render(in, VisualComposer::plan(in)), in.rules);
        QCOMPARE(failed(results), QStringList{u"logo"_s});
        in.rules.logoRequired = false;
        results = VisualGuards::check(VisualComposer::render(in, VisualComposer::plan(in)), in.rules);
        QVERIFY(VisualGuards::passed(results));
        QVERIFY(!result(results, Guard::Logo).checked);
    }

    void theRatioAndTheBrandsColoursAreChecked()
    {
        auto in = input(u"portrait"_s);
        auto v = VisualComposer::render(in, VisualComposer::plan(in));
        // Stretched to square by a careless resize.
        auto square = v;
        square.composed = v.composed.scaled(1080, 1080);
        square.background = v.background.scaled(1080, 1080);
        square.photo = v.photo.scaled(1080, 1080);
        QVERIFY(failed(VisualGuards::check(square, in.rules)).contains(u"aspect_ratio"_s));
        // A brand of neon green and violet: the picture's beige and clay are far from it.
        v.brand = {QColor(0, 255, 0), QColor(140, 0, 255)};
        auto results = VisualGuards::check(v, in.rules);
        QCOMPARE(failed(results), QStringList{u"palette"_s});
        QVERIFY2(result(results, Guard::Palette).value > 30, qPrintable(result(results, Guard::Palette).detail));
        // No brand colours set: not checked, said so.
        v.brand.clear();
        results = VisualGuards::check(v, in.rules);
        QVERIFY(VisualGuards::passed(results));
        QVERIFY(!result(results, Guard::Palette).checked);
        QVERIFY(result(results, Guard::Palette).detail.contains(u"No brand colours"_s));
    }

    void theOwnersColourIsLaidOutAsAskedThenOnAPlate()
    {
        auto in = input(u"square"_s);
        // Linen on a pale backdrop: what the owner asked for, and what the guards catch.
        in.textColor = QColor(236, 230, 220);
        const auto first = VisualComposer::plan(in, 0);
        QVERIFY(!first.plate);
        QCOMPARE(first.textColor, *in.textColor);
        auto results = VisualGuards::check(VisualComposer::render(in, first), in.rules);
        QCOMPARE(failed(results), QStringList{u"contrast"_s});
        // The next try keeps the colour and sets it on the brand's darkest colour.
        const auto second = VisualComposer::plan(in, 1);
        QVERIFY(second.plate);
        QCOMPARE(second.textColor, *in.textColor);
        QCOMPARE(second.plateColor, QColor(46, 64, 52));
        results = VisualGuards::check(VisualComposer::render(in, second), in.rules);
        QVERIFY2(VisualGuards::passed(results), qPrintable(VisualGuards::failures(results).join(u"; "_s)));
    }

    void aBusyBackgroundGetsAPlate()
    {
        // Black and white stripes: no text colour reads on both.
        QImage stripes(1600, 1600, QImage::Format_RGB32);
        stripes.fill(Qt::white);
        QPainter p(&stripes);
        for (int y = 20; y < 1600; y += 40)
            p.fillRect(0, y, 1600, 20, Qt::black);
        p.end();
        auto in = input(u"square"_s, stripes);
        in.rules.maxDeltaE = 100;
        const auto plan = VisualComposer::plan(in);
        QVERIFY(plan.plate);
        const auto results = VisualGuards::check(VisualComposer::render(in, plan), in.rules);
        QVERIFY2(result(results, Guard::Contrast).passed, qPrintable(result(results, Guard::Contrast).detail));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestVisualGuards test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_visualguards.moc"
