#include "ReportDocument.h"

#include "core/HtmlText.h"
#include "core/Money.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace ReportDocument
{
namespace
{
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ReportDocument", text, disambiguation, n);
}

// The report's own colours: a printed document, not the application's theme (it reads the same on
// paper and in any mail client, light or dark).
const QColor kInk(0x22, 0x2a, 0x35);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kGrid(0xe5, 0xe7, 0xeb);
const QColor kRevenue(0x25, 0x63, 0xeb);
const QColor kProfit(0x16, 0xa3, 0x4a);
const QColor kAds(0xd9, 0x77, 0x06);
const QColor kAi(0x7c, 0x3a, 0xed);
const QColor kBad(0xdc, 0x26, 0x26);

QString money(qint64 cents, const QString& currency)
{
    return Money::format(cents, currency.isEmpty() ? u"EUR"_s : currency);
}

QString day(const QDate& d)
{
    return QLocale().toString(d, QLocale::LongFormat);
}

QString periodText(const ReportData::Data& d)
{
    if (d.period == ReportData::Period::Daily)
        return day(d.first);
    return tr("%1 to %2")
        .arg(QLocale().toString(d.first, QLocale::ShortFormat), QLocale().toString(d.last, QLocale::ShortFormat));
}

// "+12 %" against the period before; empty when there is nothing to compare with.
QString change(qint64 now, qint64 before)
{
    if (before == 0)
        return {};
    const double pct = (double(now) - double(before)) / std::abs(double(before)) * 100.0;
    return (pct >= 0 ? u"+"_s : QString()) + QLocale().toString(pct, 'f', 0) + u" %"_s;
}

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString agentName(const QString& agent)
{
    return QCoreApplication::translate("AgentNames", agent.toUtf8().constData());
}

QString riskName(const QString& risk)
{
    if (risk == u"HIGH")
        return tr("high risk");
    if (risk == u"MEDIUM")
        return tr("medium risk");
    return tr("low risk");
}

struct Row
{
    QString label;
    qint64 current;
    qint64 previous;
};

QList<Row> salesRows(const ReportData::Data& d)
{
    return {{tr("Revenue"), d.current.revenueCents, d.previous.revenueCents},
        {tr("Refunds"), d.current.refundCents, d.previous.refundCents},
        {tr("Gross profit"), d.current.profitCents(), d.previous.profitCents()},
        {tr("Ad spend"), d.current.adSpendCents, d.previous.adSpendCents},
        {tr("AI spend"), d.current.aiSpendCents, d.previous.aiSpendCents},
        {tr("Left after ads and AI"), d.current.netCents(), d.previous.netCents()}};
}

QString beforeName(const ReportData::Data& d)
{
    return d.period == ReportData::Period::Daily ? tr("the day before") : tr("the week before");
}

// The lines both the text and the HTML say, as (heading, lines) sections.
struct Section
{
    QString heading;
    QStringList lines;
};

QList<Section> sections(const ReportData::Data& d)
{
    QList<Section> out;
    {
        Section s{tr("What needs you"), {}};
        if (d.waiting == 0) {
            s.lines.append(tr("No proposal waits for a decision."));
        } else {
            QStringList parts;
            for (const auto& [risk, n] : d.waitingByRisk)
                parts.append(u"%1 %2"_s.arg(n).arg(riskName(risk)));
            s.lines.append(tr("%n proposal(s) wait for a decision (%1); the oldest since %2.", nullptr, d.waiting)
                               .arg(parts.join(u", "_s), when(d.oldestWaitingAt)));
        }
        if (d.alertsOpen > 0)
            s.lines.append(tr("%n alert(s) open: Settings → Autopilot lists them.", nullptr, d.alertsOpen));
        for (const Alerts::Alert& a : d.alerts)
            s.lines.append(tr("Alert, %1: %2").arg(when(a.raisedAt), a.title));
        out.append(s);
    }
    {
        Section s{tr("What the agents did"), {}};
        int own = 0;
        for (const ReportData::AgentLine& a : d.agents) {
            own += a.onTheirOwn;
            s.lines.append(
                tr("%1: %2 on its own, %3 proposed to you").arg(agentName(a.agent)).arg(a.onTheirOwn).arg(a.proposed));
        }
        if (d.agents.isEmpty())
            s.lines.append(tr("The agents proposed nothing."));
        s.lines.append(tr("People approved %1 and rejected %2; the agents acted on their own %n time(s).", nullptr, own)
                           .arg(d.approvedByPeople)
                           .arg(d.rejectedByPeople));
        out.append(s);
    }
    {
        Section s{tr("Failures and recoveries"), {}};
        if (const auto rate = d.recoveryRate()) {
            s.lines.append(tr("%1 of %2 jobs that ran into a failure healed by themselves (%3).")
                               .arg(d.recovered)
                               .arg(d.recovered + d.failedForGood)
                               .arg(QLocale().toString(*rate * 100, 'f', 0) + u" %"_s));
            for (const auto& [kind, n] : d.failedKinds)
                s.lines.append(tr("Failed for good: %n “%1” job(s).", nullptr, n).arg(kind));
        } else {
            s.lines.append(tr("Nothing failed."));
        }
        out.append(s);
    }
    {
        Section s{tr("AI spend"), {}};
        const QString spent = QLocale().toString(d.ai.spent / 1e6, 'f', 2);
        if (d.aiCeilingMicros)
            s.lines.append(
                tr("This month US$ %1 of the ceiling of US$ %2; at the last week's pace US$ %3 by the month's "
                   "end.")
                    .arg(spent, QLocale().toString(*d.aiCeilingMicros / 1e6, 'f', 2),
                        QLocale().toString(d.ai.forecast / 1e6, 'f', 2)));
        else
            s.lines.append(tr("This month US$ %1; at the last week's pace US$ %2 by the month's end (no ceiling set).")
                               .arg(spent, QLocale().toString(d.ai.forecast / 1e6, 'f', 2)));
        out.append(s);
    }
    return out;
}

void drawFrame(QPainter& p, const QRectF& plot, double max, const QString& currency, double scale)
{
    QFont f = p.font();
    f.setPixelSize(qRound(11 * scale));
    p.setFont(f);
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4.0;
        p.setPen(QPen(kGrid, scale));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(0, y - 8 * scale, plot.left() - 6 * scale, 16 * scale), Qt::AlignRight | Qt::AlignVCenter,
            Money::formatShort(qRound64(max * i / 4.0), currency.isEmpty() ? u"EUR"_s : currency));
    }
}

struct Series
{
    QString name;
    QColor colour;
    std::function<qint64(const DailySales::Day&)> value;
};

QImage chart(const ReportData::Data& d, int width, const QString& heading, const QList<Series>& series)
{
    const double scale = width / 640.0;
    const int height = qRound(260 * scale);
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = p.font();
    f.setPixelSize(qRound(13 * scale));
    f.setBold(true);
    p.setFont(f);
    p.setPen(kInk);
    p.drawText(QRectF(0, 0, width, 22 * scale), Qt::AlignLeft | Qt::AlignVCenter, heading);
    // The legend, right-aligned.
    f.setBold(false);
    f.setPixelSize(qRound(11 * scale));
    p.setFont(f);
    double x = width;
    for (qsizetype i = series.size() - 1; i >= 0; --i) {
        const double w = p.fontMetrics().horizontalAdvance(series[i].name) + 22 * scale;
        x -= w;
        p.fillRect(QRectF(x, 7 * scale, 10 * scale, 10 * scale), series[i].colour);
        p.setPen(kInk);
        p.drawText(QRectF(x + 14 * scale, 0, w, 22 * scale), Qt::AlignLeft | Qt::AlignVCenter, series[i].name);
    }
    // Every day of the chart, with or without figures.
    QList<QDate> days;
    if (!d.days.isEmpty())
        for (QDate day = d.last.addDays(d.period == ReportData::Period::Daily ? -13 : -27); day <= d.last;
             day = day.addDays(1))
            days.append(day);
    QHash<QDate, DailySales::Day> byDay;
    for (const DailySales::Day& day : d.days)
        byDay.insert(day.day, day);
    double max = 1;
    for (const QDate& day : days)
        for (const Series& s : series)
            max = std::max(max, double(s.value(byDay.value(day))));
    // A round top: 1, 2 or 5 times a power of ten.
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (const double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= max) {
            max = step * magnitude;
            break;
        }
    const QRectF plot(70 * scale, 34 * scale, width - 78 * scale, height - 62 * scale);
    drawFrame(p, plot, max, d.currency, scale);
    if (days.isEmpty()) {
        p.setPen(kMuted);
        p.drawText(plot, Qt::AlignCenter, tr("No sales figures for these days: no store has synced its orders."));
        return image;
    }
    const double slot = plot.width() / days.size();
    const double bar = slot * 0.8 / series.size();
    for (qsizetype i = 0; i < days.size(); ++i) {
        const DailySales::Day dd = byDay.value(days[i]);
        for (qsizetype k = 0; k < series.size(); ++k) {
            const double v = std::max<qint64>(0, series[k].value(dd));
            const double h = plot.height() * v / max;
            // The days before the period, faded: the period stands out.
            const QColor& full = series[k].colour;
            const QColor c = days[i] < d.first
                ? QColor::fromRgbF(full.redF() * 0.4f + 0.6f, full.greenF() * 0.4f + 0.6f, full.blueF() * 0.4f + 0.6f)
                : full;
            p.fillRect(QRectF(plot.left() + slot * i + slot * 0.1 + bar * k, plot.bottom() - h, bar, h), c);
        }
        // A label every few days.
        const int every = days.size() > 14 ? 7 : 2;
        if ((days.size() - 1 - i) % every == 0) {
            p.setPen(kMuted);
            // Centred under its bar, kept inside the image at the right edge.
            QRectF label(plot.left() + slot * i - 30 * scale, plot.bottom() + 4 * scale, slot + 60 * scale, 16 * scale);
            if (label.right() > width)
                label.moveRight(width);
            p.drawText(label, Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(days[i], u"d MMM"_s));
        }
    }
    return image;
}
} // namespace

QString title(const ReportData::Data& d)
{
    return d.period == ReportData::Period::Daily ? tr("Daily report: %1").arg(periodText(d))
                                                 : tr("Weekly report: %1").arg(periodText(d));
}

QString text(const ReportData::Data& d)
{
    QStringList out{title(d), QString()};
    out.append(tr("Sales (%1; against %2)").arg(d.currency, beforeName(d)));
    for (const Row& r : salesRows(d)) {
        const QString c = change(r.current, r.previous);
        out.append(
            u"  %1: %2%3"_s.arg(r.label, money(r.current, d.currency), c.isEmpty() ? QString() : u" ("_s + c + u")"_s));
    }
    out.append(u"  "_s + tr("%n order(s)", nullptr, static_cast<int>(d.current.orders)));
    if (d.hasGoals) {
        out.append(QString());
        out.append(tr("Goals this month"));
        for (const BusinessHealth::Line& l : d.goals.lines)
            if (l.goal)
                out.append(u"  %1: %2 (%3), %4"_s.arg(
                    BusinessHealth::lineName(l.key), l.actualText, l.goalText, BusinessHealth::statusName(l.status)));
    }
    for (const Section& s : sections(d)) {
        out.append(QString());
        out.append(s.heading);
        for (const QString& l : s.lines)
            out.append(u"  "_s + l);
    }
    out.append(QString());
    out.append(tr("The PDF attached has the charts. Quorum keeps every report in the workspace."));
    return out.join(u'\n');
}

QString html(const ReportData::Data& d, int chartWidth)
{
    const bool forPdf = chartWidth > 0;
    const auto esc = [](const QString& s) { return HtmlText::escape(s); };
    QString h
        = u"<html><head><meta charset=\"utf-8\"></head><body style=\"font-family: sans-serif; color: #222a35\">"_s;
    h += u"<h1 style=\"font-size: 20pt\">%1</h1>"_s.arg(esc(title(d)));
    if (!d.workspace.isEmpty())
        h += u"<p style=\"color: #6b7280\">%1</p>"_s.arg(esc(d.workspace));
    h += u"<h2 style=\"font-size: 14pt\">%1</h2>"_s.arg(esc(tr("Sales")));
    h += u"<table cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse\"><tr><th align=\"left\"></th>"
         u"<th align=\"right\">%1</th><th align=\"right\">%2</th><th align=\"right\"></th></tr>"_s.arg(
             esc(periodText(d)), esc(beforeName(d)));
    for (const Row& r : salesRows(d)) {
        const QString c = change(r.current, r.previous);
        const bool worse = !c.isEmpty() && c.startsWith(u'-') && r.label != tr("Refunds") && r.label != tr("Ad spend")
            && r.label != tr("AI spend");
        h += u"<tr><td>%1</td><td align=\"right\"><b>%2</b></td><td align=\"right\">%3</td><td align=\"right\" "
             u"style=\"color: %5\">%4</td></tr>"_s.arg(esc(r.label), esc(money(r.current, d.currency)),
                 esc(money(r.previous, d.currency)), esc(c), worse ? kBad.name() : kMuted.name());
    }
    h += u"<tr><td>%1</td><td align=\"right\"><b>%2</b></td><td align=\"right\">%3</td><td></td></tr></table>"_s.arg(
        esc(tr("Orders")), QString::number(d.current.orders), QString::number(d.previous.orders));
    if (!d.unconverted.isEmpty())
        h += u"<p style=\"color: #6b7280\">%1</p>"_s.arg(
            esc(tr("Left out for want of a rate to %1: %2.").arg(d.currency, d.unconverted.join(u", "_s))));
    if (forPdf)
        h += u"<p><img src=\"chart:sales\" width=\"%1\"></p><p><img src=\"chart:spend\" width=\"%1\"></p>"_s.arg(
            chartWidth);
    if (d.hasGoals) {
        h += u"<h2 style=\"font-size: 14pt\">%1</h2><table cellspacing=\"0\" cellpadding=\"4\"><tr><th "
             u"align=\"left\"></th><th align=\"right\">%2</th><th align=\"right\">%3</th><th align=\"right\">%4</th>"
             u"<th align=\"left\"></th></tr>"_s.arg(
                 esc(tr("Goals this month")), esc(tr("So far")), esc(tr("By the month's end")), esc(tr("Goal")));
        for (const BusinessHealth::Line& l : d.goals.lines) {
            if (!l.goal)
                continue;
            // A figure that cannot be worked out says why on a line of its own.
            const bool missing = l.status == BusinessHealth::Status::NeedsData;
            h += u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td "
                 u"align=\"right\">%4</td><td>%5</td></tr>"_s.arg(esc(BusinessHealth::lineName(l.key)),
                     missing ? u"—"_s : esc(l.actualText), missing ? u"—"_s : esc(l.forecastText), esc(l.goalText),
                     esc(BusinessHealth::statusName(l.status)));
            if (missing)
                h += u"<tr><td></td><td colspan=\"4\" style=\"color: #6b7280\">%1</td></tr>"_s.arg(esc(l.actualText));
        }
        h += u"</table>"_s;
    }
    for (const Section& s : sections(d)) {
        h += u"<h2 style=\"font-size: 14pt\">%1</h2><ul>"_s.arg(esc(s.heading));
        for (const QString& l : s.lines)
            h += u"<li>%1</li>"_s.arg(esc(l));
        h += u"</ul>"_s;
    }
    if (!forPdf)
        h += u"<p style=\"color: #6b7280\">%1</p>"_s.arg(
            esc(tr("The PDF attached has the charts. Quorum keeps every report in the workspace.")));
    h += u"</body></html>"_s;
    return h;
}

QImage salesChart(const ReportData::Data& d, int width)
{
    return chart(d, width, tr("Revenue and gross profit per day"),
        {{tr("Revenue"), kRevenue, [](const DailySales::Day& x) { return x.revenueCents; }},
            {tr("Gross profit"), kProfit, [](const DailySales::Day& x) { return x.profitCents(); }}});
}

QImage spendChart(const ReportData::Data& d, int width)
{
    return chart(d, width, tr("Ad and AI spend per day"),
        {{tr("Ad spend"), kAds, [](const DailySales::Day& x) { return x.adSpendCents; }},
            {tr("AI spend"), kAi, [](const DailySales::Day& x) { return x.aiSpendCents; }}});
}

QByteArray pdf(const ReportData::Data& d, QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        *error = tr("A PDF is made by a Quorum with fonts: the desktop, “quorum serve” or “quorum report”.");
        return {};
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title(d));
        writer.setCreator(u"Quorum"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(150);
        // Laid out on the writer itself: its pixels (150 per inch) are the document's units, so the
        // charts fill the text width exactly and the fonts keep their point sizes.
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        const QSizeF page = writer.pageLayout().paintRectPixels(writer.resolution()).size();
        doc.setPageSize(page);
        QFont font = doc.defaultFont();
        font.setPointSizeF(10);
        doc.setDefaultFont(font);
        // Drawn at the writer's resolution; an image's width in the HTML counts in 96-per-inch pixels.
        const int width = static_cast<int>(page.width()) - 4;
        doc.addResource(QTextDocument::ImageResource, QUrl(u"chart:sales"_s), salesChart(d, width));
        doc.addResource(QTextDocument::ImageResource, QUrl(u"chart:spend"_s), spendChart(d, width));
        doc.setHtml(html(d, static_cast<int>(width * 96.0 / writer.logicalDpiX())));
        doc.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF")) {
        *error = tr("The PDF could not be written.");
        return {};
    }
    return bytes;
}

} // namespace ReportDocument
