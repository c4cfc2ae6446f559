#include "ProductFacts.h"

#include "BrandProfile.h"
#include "core/Json.h"
#include "core/Money.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

QStringList ProductFacts::knownCurrencies()
{
    return {u"EUR"_s, u"USD"_s, u"GBP"_s, u"CHF"_s, u"SEK"_s, u"DKK"_s, u"NOK"_s, u"PLN"_s, u"CAD"_s, u"AUD"_s};
}

int ProductFacts::sentenceCount(const QString& text)
{
    static const QRegularExpression end(u"[.!?]+(\\s|$)"_s);
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    int count = 0;
    for (auto it = end.globalMatch(t); it.hasNext(); it.next())
        ++count;
    // A last sentence without a full stop still counts.
    if (!t.endsWith(u'.') && !t.endsWith(u'!') && !t.endsWith(u'?'))
        ++count;
    return count;
}

QList<ProductFacts::FieldError> ProductFacts::validate(Origin origin) const
{
    QList<FieldError> out;
    const QString n = name.trimmed();
    if (n.isEmpty())
        out.append({u"name"_s, QCoreApplication::translate("ProductFacts", "Give the product a name.")});
    else if (n.size() > 200)
        out.append({u"name"_s,
            QCoreApplication::translate("ProductFacts", "The name is %1 characters; keep it under 200.")
                .arg(n.size())});
    const QString d = description.trimmed();
    // An export may leave the body empty (the name and the variants are facts enough to start from).
    if (d.isEmpty() && origin == Origin::Manual) {
        out.append({u"description"_s,
            QCoreApplication::translate("ProductFacts", "Describe the product in one or two sentences.")});
    } else if (origin == Origin::Manual && sentenceCount(d) > 2) {
        out.append({u"description"_s,
            QCoreApplication::translate("ProductFacts",
                "Keep the description to one or two sentences (it has %1): the facts, not the copy. Quorum writes the "
                "copy.")
                .arg(sentenceCount(d))});
    } else if (d.size() > 20000) {
        out.append({u"description"_s, QCoreApplication::translate("ProductFacts", "The description is too long.")});
    }
    if (priceCents <= 0)
        out.append({u"price"_s, QCoreApplication::translate("ProductFacts", "Enter a price above zero.")});
    if (costCents && *costCents < 0)
        out.append({u"cost"_s, QCoreApplication::translate("ProductFacts", "The cost cannot be negative.")});
    static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
    if (!iso.match(currency).hasMatch())
        out.append({u"currency"_s,
            QCoreApplication::translate("ProductFacts", "Use a three-letter currency code such as EUR.")});
    if (category.trimmed().isEmpty())
        out.append({u"category"_s, QCoreApplication::translate("ProductFacts", "Choose or type a category.")});
    // Images help the writer but are not needed for a draft (an import has none either).
    if (origin == Origin::Manual && images.size() > 3)
        out.append({u"images"_s, QCoreApplication::translate("ProductFacts", "Add at most three images.")});
    for (const QString& url : competitorUrls) {
        const QUrl u(url.trimmed(), QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != u"http" && u.scheme() != u"https") || u.host().isEmpty()) {
            out.append({u"competitor_urls"_s,
                QCoreApplication::translate("ProductFacts", "“%1” is not a web address (https://…).").arg(url)});
            break;
        }
    }
    if (sku.size() > 64)
        out.append({u"sku"_s, QCoreApplication::translate("ProductFacts", "The SKU is longer than 64 characters.")});
    return out;
}

std::optional<ProductFacts> ProductFacts::load(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT sku, handle, name, description, price_cents, cost_cents, currency, category, images, audience_hint, "
        u"competitor_urls, brand_voice, attributes, source FROM products WHERE id = ?"_s,
        {id});
    if (!q.next())
        return std::nullopt;
    ProductFacts f;
    f.id = id;
    f.sku = q.value(0).toString();
    f.handle = q.value(1).toString();
    f.name = q.value(2).toString();
    f.description = q.value(3).toString();
    f.priceCents = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        f.costCents = q.value(5).toLongLong();
    f.currency = q.value(6).toString();
    f.category = q.value(7).toString();
    f.images = Json::toStringList(Json::arrayFromString(q.value(8).toString()));
    f.audience = q.value(9).toString();
    f.competitorUrls = Json::toStringList(Json::arrayFromString(q.value(10).toString()));
    f.brandVoice = q.value(11).toString();
    f.attributes = Json::objectFromString(q.value(12).toString());
    f.source = q.value(13).toString();
    return f;
}

QString ProductFacts::material() const
{
    return attributes.value(u"material"_s).toString();
}

QStringList ProductFacts::sizes() const
{
    const QJsonValue v = attributes.value(u"sizes"_s);
    if (v.isArray())
        return Json::toStringList(v.toArray());
    return v.toString().split(u',', Qt::SkipEmptyParts);
}

QJsonObject ProductFacts::promptFacts(const BrandProfile& brand) const
{
    QJsonObject o{{u"name"_s, name}, {u"description"_s, description}, {u"category"_s, category},
        {u"price"_s, Money::toDecimalString(priceCents)}, {u"currency"_s, currency},
        {u"price_text"_s, Money::format(priceCents, currency, QLocale(QLocale::English, QLocale::UnitedKingdom))}};
    if (!attributes.isEmpty())
        o.insert(u"attributes"_s, attributes);
    if (!audience.isEmpty())
        o.insert(u"audience"_s, audience);
    o.insert(u"brand_voice"_s, brandVoice.isEmpty() ? brand.voice : brandVoice);
    if (!brand.bannedWords.isEmpty())
        o.insert(u"banned_words"_s, Json::fromStringList(brand.bannedWords));
    if (!brand.requiredPhrases.isEmpty())
        o.insert(u"required_phrases"_s, Json::fromStringList(brand.requiredPhrases));
    if (!sku.isEmpty())
        o.insert(u"sku"_s, sku);
    return o;
}

QString ProductFacts::promptBlock(const BrandProfile& brand) const
{
    return u"<facts>\n"_s + QString::fromUtf8(QJsonDocument(promptFacts(brand)).toJson(QJsonDocument::Indented))
        + u"</facts>"_s;
}

QString ProductFacts::factText() const
{
    QStringList parts{name, description, category, audience};
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        parts.append(it.key());
        parts.append(it.value().isArray() ? Json::toStringList(it.value().toArray()).join(u", "_s)
                                          : it.value().toVariant().toString());
    }
    return parts.join(u'\n').toLower();
}

bool ProductFacts::sameFactsAs(const ProductFacts& o) const
{
    return name == o.name && description == o.description && priceCents == o.priceCents && costCents == o.costCents
        && currency == o.currency && category == o.category && images == o.images && attributes == o.attributes
        && (o.sku.isEmpty() || sku == o.sku) && (o.handle.isEmpty() || handle == o.handle);
}
