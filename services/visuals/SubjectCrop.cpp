#include "SubjectCrop.h"

#include "ColorScience.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace SubjectCrop
{

namespace
{

constexpr int kSmallSide = 160;

// Otsu's threshold of an 8-bit histogram: the level that best separates two classes.
int otsu(const std::vector<int>& histogram, int total)
{
    double sum = 0;
    for (int i = 0; i < 256; ++i)
        sum += double(i) * histogram[i];
    double sumB = 0;
    int weightB = 0;
    double best = -1;
    int level = 128;
    for (int t = 0; t < 256; ++t) {
        weightB += histogram[t];
        if (weightB == 0)
            continue;
        const int weightF = total - weightB;
        if (weightF == 0)
            break;
        sumB += double(t) * histogram[t];
        const double meanB = sumB / weightB;
        const double meanF = (sum - sumB) / weightF;
        const double between = double(weightB) * weightF * (meanB - meanF) * (meanB - meanF);
        if (between > best) {
            best = between;
            level = t;
        }
    }
    return level;
}

// A 3 × 3 box blur, in place.
void blur(std::vector<float>& v, int w, int h)
{
    std::vector<float> out(v.size());
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            float s = 0;
            int n = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx) {
                    const int xx = x + dx;
                    const int yy = y + dy;
                    if (xx >= 0 && yy >= 0 && xx < w && yy < h) {
                        s += v[size_t(yy) * w + xx];
                        ++n;
                    }
                }
            out[size_t(y) * w + x] = s / n;
        }
    v.swap(out);
}

} // namespace

Subject find(const QImage& picture)
{
    Subject s;
    if (picture.isNull())
        return s;
    const QImage small = picture.scaled(kSmallSide, kSmallSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_RGB32);
    const int w = small.width();
    const int h = small.height();
    s.scale = double(w) / picture.width();
    // Every pixel in L*a*b*, at once.
    QList<QColor> colors;
    colors.reserve(w * h);
    for (int y = 0; y < h; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(small.constScanLine(y));
        for (int x = 0; x < w; ++x)
            colors.append(QColor::fromRgb(line[x]));
    }
    const QList<ColorScience::Lab> lab = ColorScience::toLab(colors);
    // The background: the median colour of the border ring.
    std::vector<double> bl, ba, bb;
    const int ring = std::max(1, std::min(w, h) / 40);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (x < ring || y < ring || x >= w - ring || y >= h - ring) {
                const auto& p = lab[y * w + x];
                bl.push_back(p.L);
                ba.push_back(p.a);
                bb.push_back(p.b);
            }
    auto median = [](std::vector<double>& v) {
        std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
        return v[v.size() / 2];
    };
    const ColorScience::Lab bg{median(bl), median(ba), median(bb)};
    // Saliency: the distance from the background plus half the edge strength (Sobel on lightness).
    std::vector<float> sal(size_t(w) * h, 0.f);
    auto L = [&](int x, int y) { return lab[std::clamp(y, 0, h - 1) * w + std::clamp(x, 0, w - 1)].L; };
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const auto& p = lab[y * w + x];
            const double dist
                = std::sqrt((p.L - bg.L) * (p.L - bg.L) + (p.a - bg.a) * (p.a - bg.a) + (p.b - bg.b) * (p.b - bg.b));
            const double gx = L(x + 1, y - 1) + 2 * L(x + 1, y) + L(x + 1, y + 1) - L(x - 1, y - 1) - 2 * L(x - 1, y)
                - L(x - 1, y + 1);
            const double gy = L(x - 1, y + 1) + 2 * L(x, y + 1) + L(x + 1, y + 1) - L(x - 1, y - 1) - 2 * L(x, y - 1)
                - L(x + 1, y - 1);
            sal[size_t(y) * w + x] = float(dist + 0.5 * std::sqrt(gx * gx + gy * gy) / 4.0);
        }
    blur(sal, w, h);
    blur(sal, w, h);
    const float top = *std::max_element(sal.begin(), sal.end());
    s.map = QImage(w, h, QImage::Format_Grayscale8);
    std::vector<int> histogram(256, 0);
    for (int y = 0; y < h; ++y) {
        uchar* line = s.map.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const int v = top > 0 ? int(std::lround(255.0 * sal[size_t(y) * w + x] / top)) : 0;
            line[x] = uchar(v);
            ++histogram[v];
        }
    }
    // Nothing stands out: a flat picture (under 8 ΔE from its border everywhere).
    const int level = otsu(histogram, w * h);
    if (top < 8.f) {
        s.box = QRect(picture.width() / 4, picture.height() / 4, picture.width() / 2, picture.height() / 2);
        return s;
    }
    // The subject's box: the salient pixels' extent, less 1% of their mass on each side (stray specks).
    std::vector<int> cols(w, 0), rows(h, 0);
    int total = 0;
    for (int y = 0; y < h; ++y) {
        const uchar* line = s.map.constScanLine(y);
        for (int x = 0; x < w; ++x)
            if (line[x] > level) {
                ++cols[x];
                ++rows[y];
                ++total;
            }
    }
    auto span = [total](const std::vector<int>& v) {
        const int trim = total / 100;
        int lo = 0, acc = 0;
        while (lo < int(v.size()) - 1 && acc + v[lo] <= trim)
            acc += v[lo++];
        int hi = int(v.size()) - 1;
        acc = 0;
        while (hi > lo && acc + v[hi] <= trim)
            acc += v[hi--];
        return std::pair{lo, hi};
    };
    const auto [x0, x1] = span(cols);
    const auto [y0, y1] = span(rows);
    const double k = 1.0 / s.scale;
    s.box = QRect(QPoint(int(std::floor(x0 * k)), int(std::floor(y0 * k))),
        QPoint(int(std::ceil((x1 + 1) * k)) - 1, int(std::ceil((y1 + 1) * k)) - 1))
                .intersected(QRect(QPoint(0, 0), picture.size()));
    s.found = true;
    s.level = level;
    return s;
}

QRect crop(const QSize& picture, const Subject& subject, double ratio)
{
    const int W = picture.width();
    const int H = picture.height();
    if (W <= 0 || H <= 0 || ratio <= 0)
        return {};
    const bool slideX = double(W) / H > ratio; // too wide: full height, slide left and right
    const int cw = slideX ? std::max(1, int(std::lround(H * ratio))) : W;
    const int ch = slideX ? H : std::max(1, int(std::lround(W / ratio)));
    const int length = slideX ? W : H;
    const int window = slideX ? cw : ch;
    const int room = length - window;
    if (room <= 0)
        return QRect(0, 0, cw, ch);
    // The saliency along the free axis (picture coordinates, summed over the other), as a running sum.
    std::vector<double> mass(size_t(length) + 1, 0.0);
    if (!subject.map.isNull()) {
        const int sw = subject.map.width();
        const int sh = subject.map.height();
        std::vector<double> small(slideX ? sw : sh, 0.0);
        for (int y = 0; y < sh; ++y) {
            const uchar* line = subject.map.constScanLine(y);
            for (int x = 0; x < sw; ++x)
                small[slideX ? x : y] += line[x];
        }
        for (int i = 0; i < length; ++i) {
            const int j = std::clamp(int(i * subject.scale), 0, int(small.size()) - 1);
            mass[size_t(i) + 1] = mass[size_t(i)] + small[size_t(j)];
        }
    }
    // Where the whole subject fits, only offsets that hold it; among them the most salient, then the one that
    // centres the subject.
    const int lo = slideX ? subject.box.left() : subject.box.top();
    const int hi = slideX ? subject.box.right() + 1 : subject.box.bottom() + 1;
    int first = 0;
    int last = room;
    if (hi - lo <= window) {
        first = std::clamp(hi - window, 0, room);
        last = std::clamp(lo, 0, room);
    }
    const double centre = (lo + hi) / 2.0;
    int best = first;
    double bestMass = -1;
    double bestDistance = 0;
    for (int off = first; off <= last; ++off) {
        const double m = mass[size_t(off + window)] - mass[size_t(off)];
        const double distance = std::abs(off + window / 2.0 - centre);
        if (m > bestMass + 1e-6 || (std::abs(m - bestMass) <= 1e-6 && distance < bestDistance)) {
            best = off;
            bestMass = m;
            bestDistance = distance;
        }
    }
    return slideX ? QRect(best, 0, cw, ch) : QRect(0, best, cw, ch);
}

double inFrame(const QRect& subject, const QRect& crop)
{
    const double area = double(subject.width()) * subject.height();
    if (area <= 0)
        return 1;
    const QRect in = subject.intersected(crop);
    return double(in.width()) * in.height() / area;
}

double subjectShare(const Subject& subject, const QRectF& area)
{
    if (!subject.found || subject.map.isNull() || area.isEmpty())
        return 0;
    const QRect small = QRectF(
        area.x() * subject.scale, area.y() * subject.scale, area.width() * subject.scale, area.height() * subject.scale)
                            .toAlignedRect()
                            .intersected(subject.map.rect());
    if (small.isEmpty())
        return 0;
    int in = 0;
    for (int y = small.top(); y <= small.bottom(); ++y) {
        const uchar* line = subject.map.constScanLine(y);
        for (int x = small.left(); x <= small.right(); ++x)
            in += line[x] > subject.level;
    }
    return double(in) / (double(small.width()) * small.height());
}

} // namespace SubjectCrop
