// WCAG 2.1 contrast of every text colour Quorum draws on its own backgrounds.
//
// Each pair names where the text appears, its colour, its background and whether it is "large" in the
// WCAG sense (at least 24 px, or at least 18.66 px and bold). Normal text needs 4.5:1 (success criterion
// 1.4.3, level AA), large text 3:1. Quorum's text is 11 to 20 px and at most semi-bold (600), which
// WCAG does not count as bold, so every pair below is normal text and needs 4.5:1; each pair says why.
// Disabled controls (QPushButton:disabled) are exempt in WCAG and not listed.
//
// Where a colour is drawn translucent (the pills' fill), it is composited over each background it can
// stand on: the card, the alternate row and the selected row.

#include "Format.h"
#include "Theme.h"
#include "delegates/PillDelegate.h"
#include "pipeline/ProductStage.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace
{

// sRGB channel (0..1) to linear light, as WCAG 2.1 defines relative luminance.
double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double relativeLuminance(const QColor& c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A translucent colour painted over an opaque one (source-over), as QPainter composes it.
QColor over(const QColor& top, const QColor& bottom)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)),
        float(top.greenF() * a + bottom.greenF() * (1 - a)), float(top.blueF() * a + bottom.blueF() * (1 - a)));
}

// The value of a property in the application style sheet's rule for a selector, e.g.
// sheetColour("QHeaderView::section", "color"). Empty when the rule or property is missing.
QColor sheetColour(const QString& sheet, const QString& selector, const QString& property)
{
    const QRegularExpression rule(
        u"(?:^|[}\\s,])"_s + QRegularExpression::escape(selector) + u"\\s*(?:,[^{]*)?\\{([^}]*)\\}"_s);
    const QRegularExpressionMatch r = rule.match(sheet);
    if (!r.hasMatch())
        return {};
    const QRegularExpression value(u"(?:^|[;{\\s])"_s + QRegularExpression::escape(property) + u"\\s*:\\s*([^;]+)"_s);
    const QRegularExpressionMatch v = value.match(r.captured(1));
    return v.hasMatch() ? QColor(v.captured(1).trimmed()) : QColor();
}

struct Pair
{
    QString name;
    QColor text;
    QColor background;
    bool large = false;
    QString why; // where it is drawn and why its threshold applies
};

constexpr double NormalText = 4.5;
constexpr double LargeText = 3.0;

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private:
    QList<Pair> pairs() const
    {
        const QPalette p = QApplication::palette();
        const QString sheet = qApp->styleSheet();
        const QColor window = p.color(QPalette::Window);
        const QColor card = p.color(QPalette::Base);
        const QColor alternate = p.color(QPalette::AlternateBase);
        const QColor selection = p.color(QPalette::Highlight);
        const QColor statusBar = sheetColour(sheet, u"QStatusBar"_s, u"background"_s);
        const QColor header = sheetColour(sheet, u"QHeaderView::section"_s, u"background"_s);

        QList<Pair> out{
            // Body text: the palette every widget reads, 13 px regular.
            {u"body text on window"_s, p.color(QPalette::WindowText), window, false, u"labels, 13 px"_s},
            {u"body text on card"_s, p.color(QPalette::Text), card, false, u"table cells, editors, 13 px"_s},
            {u"body text on alternate row"_s, p.color(QPalette::Text), alternate, false, u"table cells, 13 px"_s},
            {u"button text"_s, p.color(QPalette::ButtonText), p.color(QPalette::Button), false, u"13 px"_s},
            {u"tooltip text"_s, p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), false, u"13 px"_s},
            {u"selected row text"_s, p.color(QPalette::HighlightedText), selection, false, u"table cells, 13 px"_s},
            {u"page title"_s, sheetColour(sheet, u"QLabel[role=\"title\"]"_s, u"color"_s), window, false,
                u"20 px semi-bold (600 is not bold in WCAG)"_s},
            {u"section title on card"_s, sheetColour(sheet, u"QLabel[role=\"section\"]"_s, u"color"_s), card, false,
                u"14 px semi-bold"_s},
            {u"heading on card"_s, Theme::Heading, card, false, u"rich-text h4 in the detail panels, ~14 px bold"_s},
            {u"KPI value on card"_s, Theme::Text, Theme::Card, false,
                u"about 23 px semi-bold, shrinking to 16 px on narrow cards"_s},
            {u"command link on card"_s, sheetColour(sheet, u"QCommandLinkButton"_s, u"color"_s),
                sheetColour(sheet, u"QCommandLinkButton"_s, u"background"_s), false, u"13 px"_s},
            {u"settings section on its list"_s, sheetColour(sheet, u"QListWidget#settingsNav::item"_s, u"color"_s),
                sheetColour(sheet, u"QListWidget#settingsNav"_s, u"background"_s), false, u"13 px"_s},
            // Muted text: secondary lines, column headers, placeholders.
            {u"muted text on window"_s, Theme::Muted, window, false, u"subtitles, 13 px"_s},
            {u"muted text on card"_s, Theme::Muted, card, false, u"KPI labels, hints in panels, 13 px"_s},
            {u"muted text on alternate row"_s, Theme::Muted, alternate, false, u"muted cells, 13 px"_s},
            {u"subtitle"_s, sheetColour(sheet, u"QLabel[role=\"subtitle\"]"_s, u"color"_s), window, false, u"13 px"_s},
            {u"column header"_s, sheetColour(sheet, u"QHeaderView::section"_s, u"color"_s), header, false,
                u"13 px semi-bold"_s},
            {u"placeholder text in an editor"_s, p.color(QPalette::PlaceholderText), card, false,
                u"13 px; it is the only label of a search box"_s},
            // Notices and result boxes.
            {u"text on notice"_s, Theme::Text, Theme::Notice, false, u"run state banner, 13 px"_s},
            {u"text on draft notice"_s, Theme::Text, Theme::DraftNotice, false, u"Add product's draft note, 13 px"_s},
            {u"warning text on notice"_s, Theme::WarningText, Theme::Notice, false, u"status messages, 13 px"_s},
            {u"success text on its background"_s, Theme::SuccessText, Theme::SuccessBackground, false,
                u"test-connection results, 13 px"_s},
            {u"danger text on its background"_s, Theme::DangerText, Theme::DangerBackground, false,
                u"error results, 13 px"_s},
            // States as text on the surfaces.
            {u"link/accent text on card"_s, p.color(QPalette::Link), card, false, u"links in rich text, 13 px"_s},
            {u"changed value on card"_s, Theme::Changed, card, false, u"modified proposal values, 13 px bold"_s},
            {u"danger text on window"_s, Theme::Danger, window, false, u"form errors, 12-13 px"_s},
            {u"danger text on card"_s, Theme::Danger, card, false, u"failed checks in panels, 13 px"_s},
            {u"warning text on window"_s, Theme::Warning, window, false, u"margin warning, 13 px"_s},
            {u"warning text on card"_s, Theme::Warning, card, false, u"low confidence, 13 px"_s},
            {u"success text on window"_s, Theme::Success, window, false, u"margin ok, 13 px"_s},
            {u"success text on card"_s, Theme::Success, card, false, u"passed checks, KPI trend, 13 px"_s},
            {u"neutral text on card"_s, Theme::Neutral, card, false, u"draft stage text, 13 px"_s},
            {u"warning text on status bar"_s, Theme::WarningText, statusBar, false, u"pipeline paused, 13 px 600"_s},
            {u"danger text on status bar"_s, Theme::Danger, statusBar, false, u"failed count, 13 px 600"_s},
            // Text on saturated fills.
            {u"on-fill text on accent"_s, Theme::OnFill, Theme::Accent, false, u"checked rail button, 14 px"_s},
            {u"on-fill text on danger"_s, Theme::OnFill, Theme::Danger, false,
                u"emergency stop status bar and banner, expiring count, high-risk label, 13 px"_s},
            {u"on-fill text on success"_s, Theme::OnFill, Theme::Success, false,
                u"setup checklist's done mark, low-risk label, 13 px"_s},
            {u"on-fill text on warning"_s, Theme::OnFill, Theme::Warning, false,
                u"medium-risk label on a proposal, 13 px semi-bold"_s},
            {u"primary button"_s, sheetColour(sheet, u"QPushButton[primary=\"true\"]"_s, u"color"_s),
                sheetColour(sheet, u"QPushButton[primary=\"true\"]"_s, u"background"_s), false, u"13 px"_s},
            {u"danger button"_s, sheetColour(sheet, u"QPushButton[danger=\"true\"]"_s, u"color"_s),
                sheetColour(sheet, u"QPushButton[danger=\"true\"]"_s, u"background"_s), false, u"13 px"_s},
            {u"selected settings section"_s,
                sheetColour(sheet, u"QListWidget#settingsNav::item:selected"_s, u"color"_s),
                sheetColour(sheet, u"QListWidget#settingsNav::item:selected"_s, u"background"_s), false, u"13 px"_s},
            // Diffs.
            {u"inserted text on its background"_s, Theme::InsertedText, Theme::InsertedBackground, false,
                u"version diff, 13 px"_s},
            {u"deleted text on its background"_s, Theme::DeletedText, Theme::DeletedBackground, false,
                u"version diff, 13 px"_s},
            // The navigation rail.
            {u"rail text on rail"_s, Theme::RailText, Theme::Rail, false, u"pane buttons, 14 px"_s},
            {u"rail text on hovered button"_s, Theme::RailText, Theme::RailHover, false, u"14 px"_s},
            {u"rail muted text on rail"_s, Theme::RailMuted, Theme::Rail, false, u"workspace name, 12 px"_s},
            {u"app name on rail"_s, Theme::OnFill, Theme::Rail, false, u"19 px semi-bold: not bold, not 24 px"_s},
            {u"rail badge"_s, Theme::OnFill, Theme::Danger, false, u"approval count, 11 px bold"_s},
            // Pipeline thumbnails.
            {u"thumbnail placeholder initial"_s, Theme::Heading, Theme::Border, false,
                u"product initial, 14 px semi-bold"_s},
        };

        // Pills: the delegate's text over its faint fill, on every row background a pill stands on.
        QList<std::pair<QString, QColor>> tints;
        for (const QString& stage : Stage::allKeys())
            tints.append({u"stage "_s + stage, Format::stageColor(stage)});
        for (const QString& risk : {u"low"_s, u"medium"_s, u"high"_s})
            tints.append({u"risk "_s + risk, Format::riskColor(risk)});
        for (const QString& status : {u"running"_s, u"idle"_s, u"paused"_s, u"error"_s})
            tints.append({u"status "_s + status, Format::statusColor(status)});
        tints.append({u"pill without a colour"_s, Theme::Muted});
        const QList<std::pair<QString, QColor>> rows{
            {u"card"_s, card}, {u"alternate row"_s, alternate}, {u"selected row"_s, selection}};
        for (const auto& [tintName, tint] : tints) {
            for (const auto& [rowName, row] : rows) {
                out.append({u"%1 pill on %2"_s.arg(tintName, rowName), PillDelegate::textColour(tint),
                    over(PillDelegate::fillColour(tint), row), false, u"12 px semi-bold"_s});
            }
        }
        return out;
    }

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    // The formula itself, against values everyone agrees on.
    void formula()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the lightest grey that passes AA: 4.54:1.
        QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(qRound(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);
        QCOMPARE(contrastRatio(Qt::red, Qt::blue), contrastRatio(Qt::blue, Qt::red));
        const QColor half = over(QColor(0, 0, 0, 128), Qt::white);
        QVERIFY(qAbs(half.redF() - (1 - 128 / 255.0)) < 0.01);
    }

    void everyPairIsReadable()
    {
        QStringList failures;
        QList<std::pair<double, QString>> closest;
        const QList<Pair> all = pairs();
        QVERIFY(all.size() > 40);
        for (const Pair& pair : all) {
            // A colour the style sheet no longer spells is a broken check, not a pass.
            QVERIFY2(pair.text.isValid() && pair.background.isValid(), qPrintable(pair.name));
            const double ratio = contrastRatio(pair.text, pair.background);
            const double needed = pair.large ? LargeText : NormalText;
            closest.append({ratio - needed, u"%1: %2:1"_s.arg(pair.name, QString::number(ratio, 'f', 2))});
            if (ratio < needed) {
                failures.append(u"%1: %2 on %3 is %4:1, needs %5:1 (%6)"_s.arg(pair.name,
                    pair.text.name(QColor::HexRgb).toUpper(), pair.background.name(QColor::HexRgb).toUpper(),
                    QString::number(ratio, 'f', 2), QString::number(needed, 'f', 1), pair.why));
            }
        }
        // The tightest pairs, to see how much room a colour change has.
        std::sort(closest.begin(), closest.end());
        for (qsizetype i = 0; i < std::min<qsizetype>(5, closest.size()); ++i)
            qInfo().noquote() << "closest:" << closest.at(i).second;
        for (const QString& failure : std::as_const(failures))
            qWarning().noquote() << failure;
        QVERIFY2(failures.isEmpty(),
            qPrintable(
                u"%1 colour pair(s) below the WCAG AA contrast:\n"_s.arg(failures.size()) + failures.join(u'\n')));
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
