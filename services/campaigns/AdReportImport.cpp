#include "AdReportImport.h"

#include "core/CsvReader.h"
#include "core/Json.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace AdReportImport
{

namespace
{
const QStringList kRequired{u"day"_s, u"campaign"_s, u"spend"_s};

QString fieldName(const QString& field)
{
    if (field == u"day")
        return QCoreApplication::translate("AdReportImport", "day");
    if (field == u"campaign")
        return QCoreApplication::translate("AdReportImport", "campaign");
    if (field == u"spend")
        return QCoreApplication::translate("AdReportImport", "cost");
    return field;
}

// "Cost (EUR)" -> "cost", with the currency code kept aside.
QString normalised(const QString& header, QString* currency = nullptr)
{
    static const QRegularExpression trailing(u"\\s*\\(([^)]*)\\)\\s*$"_s);
    QString h = header.trimmed();
    const auto m = trailing.match(h);
    if (m.hasMatch()) {
        static const QRegularExpression code(u"^[A-Z]{3}$"_s);
        if (currency && code.match(m.captured(1).trimmed()).hasMatch())
            *currency = m.captured(1).trimmed();
        if (code.match(m.captured(1).trimmed()).hasMatch())
            h = h.left(m.capturedStart());
    }
    return h.toLower();
}

// The columns of one format found in a row: field -> index.
QHash<QString, int> match(const Format& f, const QStringList& cells, QString* currency)
{
    QHash<QString, int> found;
    for (int i = 0; i < cells.size(); ++i) {
        QString code;
        const QString h = normalised(cells.at(i), &code);
        for (auto it = f.columns.cbegin(); it != f.columns.cend(); ++it) {
            if (found.contains(it.key()))
                continue;
            for (const QString& name : it.value()) {
                if (h == name.toLower()) {
                    found.insert(it.key(), i);
                    if (!code.isEmpty() && currency)
                        *currency = code;
                    break;
                }
            }
        }
    }
    return found;
}

QChar decimalOf(const QStringList& cells)
{
    // "1.234,5", "0,50" and "1.234" (a thousands dot: money has no three decimals) mean a decimal comma.
    static const QRegularExpression commaDecimal(u"(\\d\\.\\d{3},\\d)|(,\\d{1,2}$)|(\\d\\.\\d{3}$)"_s);
    static const QRegularExpression dotDecimal(u"(\\d,\\d{3}\\.\\d)|(\\.\\d{1,2}$)|(\\d,\\d{3}$)"_s);
    int comma = 0;
    int dot = 0;
    for (const QString& c : cells) {
        static const QRegularExpression strip(u"[^0-9.,]"_s);
        const QString t = QString(c).remove(strip);
        comma += commaDecimal.match(t).hasMatch() ? 1 : 0;
        dot += dotDecimal.match(t).hasMatch() ? 1 : 0;
    }
    return comma > dot ? u',' : u'.';
}

QDate dateOf(const QString& text, const QStringList& formats)
{
    const QString t = text.trimmed();
    for (const QString& f : formats) {
        QDate d = QLocale::c().toDate(t, f);
        if (!d.isValid() && f.contains(u"HH"_s))
            d = QLocale::c().toDateTime(t, f).date();
        if (d.isValid())
            return d;
    }
    return {};
}
} // namespace

QList<Format> formats()
{
    static const QList<Format> all = [] {
        QList<Format> out;
        QFile file(u":/adreports/formats.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcPipeline) << "ad report formats missing from the build";
            return out;
        }
        QString error;
        const auto doc = Json::parseObject(file.readAll(), &error);
        for (const QJsonValue& v : doc ? doc->value(u"formats"_s).toArray() : QJsonArray{}) {
            const QJsonObject o = v.toObject();
            Format f;
            f.key = o.value(u"key"_s).toString();
            f.name = o.value(u"name"_s).toString();
            f.platform = o.value(u"platform"_s).toString();
            const QJsonObject columns = o.value(u"columns"_s).toObject();
            for (auto it = columns.begin(); it != columns.end(); ++it)
                f.columns.insert(it.key(), Json::toStringList(it.value().toArray()));
            f.totals = Json::toStringList(o.value(u"totals"_s).toArray());
            f.dateFormats = Json::toStringList(o.value(u"dateFormats"_s).toArray());
            out.append(f);
        }
        return out;
    }();
    return all;
}

std::optional<double> number(const QString& text, QChar decimal)
{
    QString t = text.trimmed();
    if (t.isEmpty() || t == u"--" || t == u"-" || t == u"—")
        return 0.0;
    const bool negative = t.startsWith(u'-') || (t.startsWith(u'(') && t.endsWith(u')'));
    static const QRegularExpression strip(u"[^0-9.,]"_s);
    t.remove(strip);
    if (t.isEmpty())
        return std::nullopt;
    if (decimal == u',') {
        t.remove(u'.');
        t.replace(u',', u'.');
    } else {
        t.remove(u',');
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return negative ? -v : v;
}

std::optional<qint64> count(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty() || t == u"--" || t == u"-" || t == u"—")
        return 0;
    static const QRegularExpression grouped(u"^\\d{1,3}([.,\\s\\x{00A0}\\x{202F}]\\d{3})+$"_s);
    if (grouped.match(t).hasMatch()) {
        static const QRegularExpression separators(u"[.,\\s\\x{00A0}\\x{202F}]"_s);
        t.remove(separators);
    }
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

Parsed parse(const QByteArray& bytes)
{
    Parsed out;
    // A title and a date range may stand above the header: the table starts at the first line that
    // names a campaign column of some format (in the decoded text, so UTF-16 exports work too).
    QStringList decodeWarnings;
    QString decodeError;
    const QByteArray utf8 = Csv::toUtf8(bytes, &decodeWarnings, &decodeError);
    if (!decodeError.isEmpty()) {
        out.error = decodeError;
        return out;
    }
    QStringList campaignNames;
    for (const Format& f : formats())
        for (const QString& n : f.columns.value(u"campaign"_s))
            campaignNames.append(n.toLower());
    qsizetype start = 0;
    int skipped = 0;
    for (qsizetype at = 0; at < utf8.size() && skipped < 20;) {
        const qsizetype end = utf8.indexOf('\n', at);
        const QString line = QString::fromUtf8(utf8.mid(at, end < 0 ? -1 : end - at)).toLower();
        bool names = false;
        for (const QString& n : campaignNames)
            names = names || line.contains(n);
        names = names && (line.contains(u',') || line.contains(u';') || line.contains(u'\t'));
        if (names || end < 0) {
            start = names ? at : 0;
            skipped = names ? skipped : 0;
            break;
        }
        at = end + 1;
        ++skipped;
    }
    const Csv::Document doc = Csv::parse(utf8.mid(start));
    out.warnings = decodeWarnings + doc.warnings;
    if (!doc.error.isEmpty() && doc.records.isEmpty()) {
        out.error = doc.error;
        return out;
    }
    // The header: the row with the most columns of one format, among the first rows.
    QList<Csv::Record> records;
    records.append(Csv::Record{1, doc.header});
    records.append(doc.records);
    int headerAt = -1;
    QHash<QString, int> columns;
    QString headerCurrency;
    int best = 0;
    for (int r = 0; r < std::min<qsizetype>(records.size(), 20) && headerAt < 0; ++r) {
        for (const Format& f : formats()) {
            QString currency;
            const QHash<QString, int> found = match(f, records.at(r).fields, &currency);
            int required = 0;
            for (const QString& k : kRequired)
                required += found.contains(k) ? 1 : 0;
            if (required >= 2 && found.size() > best) {
                best = static_cast<int>(found.size());
                out.format = f;
                columns = found;
                headerCurrency = currency;
                if (required == 3)
                    headerAt = r;
                else if (headerAt < 0)
                    headerAt = -(r + 2); // the best so far, with a required column missing
            }
        }
    }
    if (best == 0) {
        QStringList names;
        for (const Format& f : formats())
            names.append(f.name);
        out.error = QCoreApplication::translate("AdReportImport",
            "This is not an ad report Quorum reads (%1): no row names a day, a campaign and a cost. The first row "
            "reads: %2")
                        .arg(names.join(u", "_s), doc.header.join(u" | "_s).left(200));
        return out;
    }
    if (headerAt < 0) {
        const int row = -headerAt - 2;
        for (const QString& k : kRequired) {
            if (columns.contains(k))
                continue;
            out.error = QCoreApplication::translate("AdReportImport",
                "The %1 report has no %2 column (it may have been renamed; looked for: %3). Its columns are: %4.")
                            .arg(out.format.name, fieldName(k), out.format.columns.value(k).join(u", "_s),
                                records.at(row).fields.join(u", "_s));
            return out;
        }
    }
    const QStringList header = records.at(headerAt).fields;
    QList<const Csv::Record*> body;
    for (int r = headerAt + 1; r < records.size(); ++r)
        body.append(&records.at(r));
    // Decimal separator: from the money cells of the whole file.
    QStringList money;
    for (const Csv::Record* r : body)
        for (const QString& k : {u"spend"_s, u"value"_s})
            if (columns.contains(k) && columns.value(k) < r->fields.size())
                money.append(r->fields.at(columns.value(k)));
    const QChar decimal = decimalOf(money);
    const auto cell = [&columns](const Csv::Record& r, const QString& k) {
        const int i = columns.value(k, -1);
        return i >= 0 && i < r.fields.size() ? r.fields.at(i).trimmed() : QString();
    };
    for (const Csv::Record* r : body) {
        const int line = r->line + skipped;
        const QString first = r->fields.value(0).trimmed();
        // "Total: Account", "Totaal", but not a campaign called "Totaalactie".
        bool total = false;
        for (const QString& word : out.format.totals)
            total = total
                || (first.startsWith(word, Qt::CaseInsensitive)
                    && (first.size() == word.size() || first.mid(word.size()).trimmed().startsWith(u':')));
        const QString campaign = cell(*r, u"campaign"_s);
        if (total || campaign.isEmpty() || campaign == u"--") {
            bool empty = true;
            for (const QString& f : r->fields)
                empty = empty && f.trimmed().isEmpty();
            out.totalRows += empty ? 0 : 1;
            continue;
        }
        Row row;
        row.line = line;
        row.campaign = campaign;
        row.day = dateOf(cell(*r, u"day"_s), out.format.dateFormats);
        if (!row.day.isValid()) {
            out.problems.append(QCoreApplication::translate("AdReportImport", "line %1: “%2” is not a date")
                                    .arg(line)
                                    .arg(cell(*r, u"day"_s)));
            continue;
        }
        bool bad = false;
        const auto refuse = [&](const QString& k) {
            if (bad)
                return;
            bad = true;
            out.problems.append(QCoreApplication::translate("AdReportImport", "line %1: the %2 “%3” is not a number")
                                    .arg(line)
                                    .arg(header.value(columns.value(k)).trimmed(), cell(*r, k)));
        };
        const auto read = [&](const QString& k) -> double {
            const auto v = number(cell(*r, k), decimal);
            if (!v)
                refuse(k);
            return v.value_or(0);
        };
        const auto whole = [&](const QString& k) -> qint64 {
            const auto v = count(cell(*r, k));
            if (!v)
                refuse(k);
            return v.value_or(0);
        };
        row.spendCents = std::llround(read(u"spend"_s) * 100);
        row.valueCents = std::llround(read(u"value"_s) * 100);
        row.impressions = whole(u"impressions"_s);
        row.clicks = whole(u"clicks"_s);
        row.conversions = read(u"conversions"_s);
        if (bad) {
            out.incomplete.insert({row.campaign, row.day});
            continue;
        }
        row.currency = cell(*r, u"currency"_s).isEmpty() ? headerCurrency : cell(*r, u"currency"_s).toUpper();
        // A budget is the campaign's setting, not a figure of the day: one that cannot be read is not
        // taken, and the day's figures still count.
        if (const QString budget = cell(*r, u"budget"_s); !budget.isEmpty() && budget != u"--") {
            if (const auto v = number(budget, decimal); v && *v > 0)
                row.budgetCents = std::llround(*v * 100);
        }
        out.rows.append(row);
    }
    if (!doc.error.isEmpty())
        out.problems.append(
            QCoreApplication::translate("AdReportImport", "line %1: %2").arg(doc.errorLine + skipped).arg(doc.error));
    if (out.rows.isEmpty() && out.error.isEmpty())
        out.error = out.problems.isEmpty()
            ? QCoreApplication::translate("AdReportImport", "The %1 report has no campaign rows.").arg(out.format.name)
            : QCoreApplication::translate("AdReportImport", "No row of the %1 report could be read: %2")
                  .arg(out.format.name, out.problems.first());
    return out;
}

Written write(const QSqlDatabase& db, const Parsed& parsed, const QString& workspaceCurrency, qint64 now)
{
    struct Sum
    {
        qint64 spend = 0;
        qint64 value = 0;
        qint64 impressions = 0;
        qint64 clicks = 0;
        double conversions = 0;
        qint64 budget = -1; // the campaign's, repeated on its ad groups' rows
    };
    // Ad groups of a campaign on a day add up to the campaign's day.
    QMap<QString, QMap<QDate, Sum>> byCampaign;
    QHash<QString, QString> currencyOf;
    for (const Row& r : parsed.rows) {
        Sum& s = byCampaign[r.campaign][r.day];
        s.spend += r.spendCents;
        s.value += r.valueCents;
        s.impressions += r.impressions;
        s.clicks += r.clicks;
        s.conversions += r.conversions;
        s.budget = std::max(s.budget, r.budgetCents);
        if (!r.currency.isEmpty())
            currencyOf.insert(r.campaign, r.currency);
    }
    Written w;
    for (auto it = byCampaign.cbegin(); it != byCampaign.cend(); ++it) {
        const QString key = u"report:%1:%2"_s.arg(parsed.format.key, it.key());
        const QString currency = currencyOf.value(it.key(), workspaceCurrency);
        const QDate last = it.value().lastKey();
        const bool spending = it.value().last().spend > 0;
        const QVariant budget = it.value().last().budget >= 0 ? QVariant(it.value().last().budget) : QVariant();
        QVariant id = Sql::scalar(
            db, u"SELECT id FROM campaigns WHERE platform = ? AND external_id = ?"_s, {parsed.format.platform, key});
        if (!id.isValid()) {
            id = Sql::insert(db,
                u"INSERT INTO campaigns (name, platform, external_id, status, currency, daily_budget_cents, "
                u"started_on, "
                u"created_at, updated_at) VALUES (?, ?, ?, ?, ?, COALESCE(?, 0), ?, ?, ?)"_s,
                {it.key(), parsed.format.platform, key, spending ? u"active"_s : u"paused"_s, currency, budget,
                    it.value().firstKey().toString(Qt::ISODate), now, now});
            ++w.created;
        } else {
            Sql::exec(db,
                u"UPDATE campaigns SET currency = ?, status = CASE WHEN ? >= COALESCE((SELECT MAX(day) FROM "
                u"campaign_metrics WHERE campaign_id = ?), '') THEN ? ELSE status END, daily_budget_cents = CASE "
                u"WHEN ? IS NOT NULL AND ? >= COALESCE((SELECT MAX(day) FROM campaign_metrics WHERE campaign_id = ?), "
                u"'') THEN ? ELSE daily_budget_cents END, started_on = CASE WHEN started_on IS NULL OR started_on > ? "
                u"THEN ? ELSE started_on END, updated_at = ? WHERE id = ?"_s,
                {currency, last.toString(Qt::ISODate), id, spending ? u"active"_s : u"paused"_s, budget,
                    last.toString(Qt::ISODate), id, budget, it.value().firstKey().toString(Qt::ISODate),
                    it.value().firstKey().toString(Qt::ISODate), now, id});
        }
        for (auto d = it.value().cbegin(); d != it.value().cend(); ++d) {
            if (parsed.incomplete.contains({it.key(), d.key()})) {
                ++w.incomplete;
                continue;
            }
            Sql::exec(db,
                u"INSERT INTO campaign_metrics (campaign_id, day, spend_cents, revenue_cents, impressions, clicks, "
                u"conversions) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, day) DO UPDATE SET spend_cents "
                u"= excluded.spend_cents, revenue_cents = excluded.revenue_cents, impressions = excluded.impressions, "
                u"clicks = excluded.clicks, conversions = excluded.conversions"_s,
                {id, d.key().toString(Qt::ISODate), d->spend, d->value, d->impressions, d->clicks,
                    std::llround(d->conversions)});
            ++w.days;
        }
        ++w.campaigns;
    }
    return w;
}

QString summary(const Parsed& parsed, const Written& written)
{
    QString s = QCoreApplication::translate("AdReportImport", "%1 report: %n campaign(s)", nullptr, written.campaigns)
                    .arg(parsed.format.name);
    s += QCoreApplication::translate("AdReportImport", ", %n campaign day(s)", nullptr, written.days);
    if (written.created > 0)
        s += QCoreApplication::translate("AdReportImport", " (%n new campaign(s))", nullptr, written.created);
    if (parsed.totalRows > 0)
        s += QCoreApplication::translate("AdReportImport", "; %n total row(s) left out", nullptr, parsed.totalRows);
    const int unread = static_cast<int>(parsed.problems.size());
    if (unread > 0)
        s += QCoreApplication::translate("AdReportImport", "; %n row(s) not read", nullptr, unread);
    if (written.incomplete > 0)
        s += QCoreApplication::translate("AdReportImport",
            "; %n campaign day(s) left as they were, since a row of theirs was not read", nullptr, written.incomplete);
    return s + u'.';
}

} // namespace AdReportImport
