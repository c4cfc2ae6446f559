#include "LeadImport.h"
#include "Outreach.h"

#include "core/CsvReader.h"
#include "core/Log.h"
#include "storage/Dialect.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>

#include <cmath>

using namespace Qt::StringLiterals;

namespace LeadImport
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("LeadImport", text);
}

enum Column
{
    Name,
    Category,
    Address,
    Website,
    Phone,
    Rating,
    Reviews,
    Hours,
    PlaceId,
    Latitude,
    Longitude,
    Email,
    ColumnCount
};

// The names exports give each column, folded (lower case, letters and digits only).
const QList<QStringList>& synonyms()
{
    static const QList<QStringList> names{
        {u"name"_s, u"title"_s, u"businessname"_s, u"placename"_s, u"company"_s},
        {u"category"_s, u"categoryname"_s, u"maincategory"_s, u"categories"_s, u"type"_s},
        {u"address"_s, u"fulladdress"_s, u"formattedaddress"_s, u"street"_s},
        {u"website"_s, u"site"_s, u"url"_s, u"web"_s, u"domain"_s},
        {u"phone"_s, u"phonenumber"_s, u"telephone"_s, u"internationalphonenumber"_s, u"phoneunformatted"_s},
        {u"rating"_s, u"totalscore"_s, u"stars"_s, u"averagerating"_s},
        {u"reviews"_s, u"reviewscount"_s, u"reviewcount"_s, u"userratingstotal"_s, u"numberofreviews"_s},
        {u"openinghours"_s, u"workinghours"_s, u"hours"_s, u"openhours"_s},
        {u"placeid"_s, u"googleplaceid"_s, u"googleid"_s, u"cid"_s, u"dataid"_s},
        {u"latitude"_s, u"lat"_s, u"locationlat"_s},
        {u"longitude"_s, u"lng"_s, u"lon"_s, u"long"_s, u"locationlng"_s},
        {u"email"_s, u"emailaddress"_s, u"emails"_s, u"mail"_s, u"contactemail"_s, u"email1"_s},
    };
    return names;
}

QString fold(const QString& name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

// A decimal as exports write it: "4.6" or "4,6".
std::optional<double> decimal(const QString& text, bool* bad)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = QString(t).replace(u',', u'.').toDouble(&ok);
    if (!ok || !std::isfinite(v)) {
        *bad = true;
        return std::nullopt;
    }
    return v;
}

// A whole number, with or without thousands separators ("1,234", "1.234", "1 234").
std::optional<qint64> whole(const QString& text, bool* bad)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    static const QRegularExpression grouped(u"^\\d{1,3}([.,\\s\\x{00A0}]\\d{3})+$"_s);
    QString digits = t;
    if (grouped.match(t).hasMatch())
        digits.remove(QRegularExpression(u"[^\\d]"_s));
    bool ok = false;
    qint64 v = digits.toLongLong(&ok);
    if (!ok) {
        // "128.0": a whole number a spreadsheet or a script wrote as a decimal.
        const double d = QString(digits).replace(u',', u'.').toDouble(&ok);
        ok = ok && d >= 0 && d < 1e15 && std::floor(d) == d;
        v = ok ? static_cast<qint64>(d) : -1;
    }
    if (!ok || v < 0) {
        *bad = true;
        return std::nullopt;
    }
    return v;
}

QString cut(const QString& value)
{
    return value.size() > 60 ? value.left(57) + u"…"_s : value;
}

// What tells one business from another: its place id, its website, its phone, and (for a row with none of
// those) its name at its address.
struct Keys
{
    QString place;
    QString web;
    QString phone;
    QString name;

    static Keys of(const Leads::Lead& lead)
    {
        return {lead.placeId, Leads::websiteKey(lead.website), Leads::phoneKey(lead.phone),
            fold(lead.name) + u'|' + fold(lead.address)};
    }
};

bool differ(const QString& a, const QString& b)
{
    return !a.isEmpty() && !b.isEmpty() && a != b;
}

// Businesses seen (in the workspace, or earlier in the file), found by any key. A place id is the business;
// another key matches only when nothing else disagrees: two branches of a chain share a website but not
// their phone or place, and two numbers alike in their last nine digits are not the same business when
// their websites differ.
template <typename Id> struct Seen
{
    QHash<QString, Id> byPlace;
    QHash<QString, Id> byWebsite;
    QHash<QString, Id> byPhone;
    QHash<QString, Id> byName;
    QHash<Id, Keys> keys;

    Id find(const Keys& k) const
    {
        if (!k.place.isEmpty())
            if (const Id id = byPlace.value(k.place, Id{}))
                return id;
        const auto agrees = [&](Id id, bool byWeb, bool byPhoneKey) {
            const Keys& other = keys.value(id);
            if (differ(k.place, other.place))
                return false;
            if (byWeb && differ(k.phone, other.phone))
                return false;
            if (byPhoneKey && differ(k.web, other.web))
                return false;
            return byWeb || byPhoneKey || (!differ(k.web, other.web) && !differ(k.phone, other.phone));
        };
        if (!k.web.isEmpty())
            if (const Id id = byWebsite.value(k.web, Id{}); id && agrees(id, true, false))
                return id;
        if (!k.phone.isEmpty())
            if (const Id id = byPhone.value(k.phone, Id{}); id && agrees(id, false, true))
                return id;
        if (k.place.isEmpty() && k.web.isEmpty() && k.phone.isEmpty())
            if (const Id id = byName.value(k.name, Id{}); id && agrees(id, false, false))
                return id;
        return Id{};
    }
    void add(Id id, const Keys& k)
    {
        keys.insert(id, k);
        if (!k.place.isEmpty())
            byPlace.insert(k.place, id);
        if (!k.web.isEmpty())
            byWebsite.insert(k.web, id);
        if (!k.phone.isEmpty())
            byPhone.insert(k.phone, id);
        if (!k.name.isEmpty())
            byName.insert(k.name, id);
    }
};

// A later export brings a lead up to date: what it says wins, what it leaves empty stays as it was.
void merge(Leads::Lead* known, const Leads::Lead& row)
{
    for (auto [into, from] : {std::pair{&known->name, &row.name}, std::pair{&known->category, &row.category},
             std::pair{&known->address, &row.address}, std::pair{&known->website, &row.website},
             std::pair{&known->phone, &row.phone}, std::pair{&known->openingHours, &row.openingHours},
             std::pair{&known->placeId, &row.placeId}, std::pair{&known->email, &row.email}}) {
        if (!from->isEmpty())
            *into = *from;
    }
    if (row.rating)
        known->rating = row.rating;
    if (row.reviewCount)
        known->reviewCount = row.reviewCount;
    if (row.latitude && row.longitude) {
        known->latitude = row.latitude;
        known->longitude = row.longitude;
    }
}

// On a team's PostgreSQL workspace two desks may import or rescore leads at once: one waits for the other's
// turn (a session lock, let go when the import ends or its connection does), so neither de-duplicates
// against what the other is about to write, nor takes the same import number.
class Turn
{
public:
    static constexpr qint64 kLeadsLock = 0x716c65616473; // "qleads"

    explicit Turn(const QSqlDatabase& db)
        : m_db(db)
        , m_held(Dialect::isPostgres(db))
    {
        if (m_held)
            Sql::exec(m_db, u"SELECT pg_advisory_lock(%1)"_s.arg(kLeadsLock));
    }
    ~Turn()
    {
        if (!m_held)
            return;
        QSqlQuery q(m_db);
        if (!q.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(kLeadsLock)))
            qCWarning(lcStorage) << "cannot let go of the leads' lock:" << q.lastError().text();
    }
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;

private:
    QSqlDatabase m_db;
    bool m_held;
};

QVariant optional(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

QVariant optional(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QString factorsText(const QList<Leads::Factor>& factors)
{
    return QString::fromUtf8(QJsonDocument(Leads::toJson(factors)).toJson(QJsonDocument::Compact));
}
} // namespace

Result run(const QSqlDatabase& db, const QByteArray& bytes, const Leads::Territory& territory, qint64 nowMs,
    const std::function<bool(qint64, qint64)>& progress)
{
    Result result;
    QString error;
    const QByteArray utf8 = Csv::toUtf8(bytes, &result.warnings, &error);
    if (!error.isEmpty()) {
        result.fatal = error;
        return result;
    }
    Csv::Reader reader(utf8);
    Csv::Record header;
    if (!reader.next(&header)) {
        result.fatal = tr("The file is empty.");
        return result;
    }
    QList<int> columns(ColumnCount, -1);
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = fold(header.fields.at(i));
        for (int c = 0; c < ColumnCount; ++c) {
            if (columns.at(c) < 0 && synonyms().at(c).contains(name))
                columns[c] = i;
        }
    }
    if (columns.at(Name) < 0) {
        result.fatal = tr("No column with the businesses' names (a column called name or title). The columns are: %1.")
                           .arg(header.fields.join(u", "_s));
        return result;
    }

    const Turn turn(db);
    // What the workspace has already: every lead's facts (to merge a later export into) and keys.
    QHash<qint64, Leads::Lead> leads;
    Seen<qint64> known;
    {
        QSqlQuery q = Sql::exec(db,
            u"SELECT id, name, category, address, website, phone, rating, review_count, opening_hours, place_id, "
            u"latitude, longitude, email FROM leads"_s);
        while (q.next()) {
            Leads::Lead l;
            l.id = q.value(0).toLongLong();
            l.name = q.value(1).toString();
            l.category = q.value(2).toString();
            l.address = q.value(3).toString();
            l.website = q.value(4).toString();
            l.phone = q.value(5).toString();
            if (!q.value(6).isNull())
                l.rating = q.value(6).toDouble();
            if (!q.value(7).isNull())
                l.reviewCount = q.value(7).toLongLong();
            l.openingHours = q.value(8).toString();
            l.placeId = q.value(9).toString();
            l.email = q.value(12).toString();
            if (!q.value(10).isNull() && !q.value(11).isNull()) {
                l.latitude = q.value(10).toDouble();
                l.longitude = q.value(11).toDouble();
            }
            known.add(l.id, Keys::of(l));
            leads.insert(l.id, l);
        }
    }
    Seen<int> inFile;           // the line each business was first seen on
    QHash<qint64, int> touched; // leads of the workspace this file already brought up to date, and the line
    result.importId = Sql::scalar(db, u"SELECT COALESCE(MAX(import_id), 0) + 1 FROM leads"_s).toLongLong();

    const auto field = [&columns](const Csv::Record& r, Column c) {
        const int i = columns.at(c);
        return i >= 0 && i < r.fields.size() ? r.fields.at(i).trimmed() : QString();
    };

    constexpr int batchSize = 1000;
    std::optional<Transaction> tx;
    std::optional<Sql::Prepared> insert;
    std::optional<Sql::Prepared> update;
    int inBatch = 0;
    const auto commit = [&] {
        if (tx) {
            tx->commit();
            tx.reset();
        }
        insert.reset();
        update.reset();
        inBatch = 0;
    };

    Csv::Record record;
    while (reader.next(&record)) {
        if (progress && (record.line % 500) == 0 && !progress(reader.position(), reader.size())) {
            result.cancelled = true;
            break;
        }
        Leads::Lead lead;
        lead.line = record.line;
        lead.name = field(record, Name);
        if (lead.name.isEmpty()) {
            result.problems.append({record.line, tr("No name.")});
            continue;
        }
        lead.category = field(record, Category);
        lead.address = field(record, Address);
        lead.website = field(record, Website);
        lead.phone = field(record, Phone);
        lead.openingHours = field(record, Hours);
        lead.placeId = field(record, PlaceId);
        // Exports list one address or several ("info@…, bestel@…"): the first is the one written to.
        const QString emails = field(record, Email);
        static const QRegularExpression separators(u"[,;\\s]+"_s);
        lead.email = emails.section(separators, 0, 0, QString::SectionSkipEmpty).trimmed();
        if (!lead.email.isEmpty() && !Outreach::isValidAddress(lead.email)) {
            result.problems.append({record.line, tr("The e-mail address “%1” is not an address.").arg(cut(emails))});
            continue;
        }
        bool badRating = false;
        lead.rating = decimal(field(record, Rating), &badRating);
        if (badRating || (lead.rating && (*lead.rating < 0 || *lead.rating > 5))) {
            result.problems.append(
                {record.line, tr("The rating “%1” is not a number from 0 to 5.").arg(cut(field(record, Rating)))});
            continue;
        }
        bool badCount = false;
        lead.reviewCount = whole(field(record, Reviews), &badCount);
        if (badCount) {
            result.problems.append({record.line,
                tr("The number of reviews “%1” is not a whole number.").arg(cut(field(record, Reviews)))});
            continue;
        }
        bool badPlace = false;
        lead.latitude = decimal(field(record, Latitude), &badPlace);
        lead.longitude = decimal(field(record, Longitude), &badPlace);
        if (badPlace || lead.latitude.has_value() != lead.longitude.has_value()
            || (lead.latitude && (std::abs(*lead.latitude) > 90 || std::abs(*lead.longitude) > 180))) {
            result.problems.append({record.line,
                tr("The coordinates “%1, %2” are not a latitude and longitude.")
                    .arg(cut(field(record, Latitude)), cut(field(record, Longitude)))});
            continue;
        }
        const Keys keys = Keys::of(lead);
        if (const int first = inFile.find(keys)) {
            ++result.duplicates;
            result.problems.append({record.line, tr("The same business as line %1.").arg(first)});
            continue;
        }
        inFile.add(record.line, keys);
        const qint64 existing = known.find(keys);
        if (existing && touched.contains(existing)) {
            ++result.duplicates;
            result.problems.append({record.line, tr("The same business as line %1.").arg(touched.value(existing))});
            continue;
        }

        if (!tx) {
            tx.emplace(db);
            insert.emplace(db,
                u"INSERT INTO leads (name, category, address, website, phone, rating, review_count, opening_hours, "
                u"place_id, latitude, longitude, website_key, phone_key, name_key, score, score_factors, email, "
                u"import_id, source_line, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                u"?, ?, ?, ?, ?, ?, ?)"_s);
            update.emplace(db,
                u"UPDATE leads SET name = ?, category = ?, address = ?, website = ?, phone = ?, rating = ?, "
                u"review_count = ?, opening_hours = ?, place_id = ?, latitude = ?, longitude = ?, website_key = ?, "
                u"phone_key = ?, name_key = ?, score = ?, score_factors = ?, email = ?, updated_at = ? WHERE id = ?"_s,
                false);
        }
        Leads::Lead merged = lead;
        if (existing) {
            merged = leads.value(existing);
            merge(&merged, lead);
        }
        const Keys mergedKeys = Keys::of(merged);
        const QList<Leads::Factor> factors = Leads::qualify(merged, territory);
        const int score = Leads::total(factors);
        const QVariantList values{merged.name, merged.category, merged.address, merged.website, merged.phone,
            optional(merged.rating), optional(merged.reviewCount), merged.openingHours, merged.placeId,
            optional(merged.latitude), optional(merged.longitude), mergedKeys.web, mergedKeys.phone, mergedKeys.name,
            score, factorsText(factors), Outreach::normalisedAddress(merged.email)};
        if (existing) {
            update->exec(values + QVariantList{nowMs, existing});
            leads.insert(existing, merged);
            known.add(existing, mergedKeys);
            touched.insert(existing, record.line);
            ++result.updated;
        } else {
            const qint64 id = insert->insert(values + QVariantList{result.importId, record.line, nowMs, nowMs});
            merged.id = id;
            leads.insert(id, merged);
            known.add(id, mergedKeys);
            touched.insert(id, record.line);
            ++result.added;
        }
        if (++inBatch >= batchSize)
            commit();
    }
    commit();
    if (!reader.error().isEmpty())
        result.problems.append({reader.errorLine(), reader.error()});
    if (progress && !result.cancelled)
        progress(reader.size(), reader.size());
    return result;
}

int rescoreAll(const QSqlDatabase& db, const Leads::Territory& territory, qint64 nowMs,
    const std::function<bool(qint64, qint64)>& progress)
{
    struct Row
    {
        qint64 id;
        Leads::Lead lead;
    };
    const Turn turn(db);
    QList<Row> rows;
    {
        QSqlQuery q = Sql::exec(
            db, u"SELECT id, category, website, rating, review_count, latitude, longitude FROM leads ORDER BY id"_s);
        while (q.next()) {
            Row r{q.value(0).toLongLong(), {}};
            r.lead.category = q.value(1).toString();
            r.lead.website = q.value(2).toString();
            if (!q.value(3).isNull())
                r.lead.rating = q.value(3).toDouble();
            if (!q.value(4).isNull())
                r.lead.reviewCount = q.value(4).toLongLong();
            if (!q.value(5).isNull() && !q.value(6).isNull()) {
                r.lead.latitude = q.value(5).toDouble();
                r.lead.longitude = q.value(6).toDouble();
            }
            rows.append(r);
        }
    }
    int done = 0;
    for (qsizetype start = 0; start < rows.size(); start += 1000) {
        if (progress && !progress(start, rows.size()))
            break;
        Transaction tx(db);
        Sql::Prepared set(db, u"UPDATE leads SET score = ?, score_factors = ?, updated_at = ? WHERE id = ?"_s, false);
        for (qsizetype i = start; i < std::min(rows.size(), start + 1000); ++i) {
            const QList<Leads::Factor> factors = Leads::qualify(rows.at(i).lead, territory);
            set.exec({Leads::total(factors), factorsText(factors), nowMs, rows.at(i).id});
            ++done;
        }
        tx.commit();
    }
    return done;
}

} // namespace LeadImport
