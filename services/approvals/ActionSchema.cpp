#include "ActionSchema.h"

#include "core/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

#include <QLocale>
#include <QRegularExpression>
#include <map>

using namespace Qt::StringLiterals;

namespace ActionSchema
{

namespace
{
using T = FieldType;

Field f(const char* key, FieldType type, bool required = true, QStringList options = {}, bool readOnly = false)
{
    return Field{QString::fromLatin1(key), type, required, std::move(options), readOnly};
}

Field figure(const char* key, FieldType type, QStringList options = {})
{
    return Field{QString::fromLatin1(key), type, false, std::move(options), true, true};
}

Field labelled(Field field, const char* labelText)
{
    field.labelText = labelText;
    return field;
}

const std::map<ActionType, QList<Field>>& table()
{
    static const std::map<ActionType, QList<Field>> t{
        // An ad set's budget also carries "connection" and "ad_set_id" (the platform's id), not shown.
        {ActionType::BudgetChange,
            {f("campaign", T::Text), f("ad_set", T::Text, false, {}, true), f("amount", T::Money),
                f("currency", T::Currency), f("previous", T::Money, false, {}, true)}},
        // A Meta launch also carries "connection" (the ad account), not shown; without one the workspace's
        // only ad account is used. No link: the product's published page, else the shop's address.
        {ActionType::CampaignLaunch,
            {f("name", T::Text, false), f("platform", T::Enum, true, {u"meta"_s, u"google"_s, u"tiktok"_s}),
                f("daily_budget", T::Money), f("currency", T::Currency), f("countries", T::Text, false),
                f("link", T::Text, false), f("ad_text", T::LongText, false)}},
        // The Pricing agent's figures travel along, shown in the detail.
        {ActionType::PriceChange,
            {f("sku", T::Text), f("new_price", T::Money), f("currency", T::Currency),
                f("old_price", T::Money, false, {}, true), f("until", T::Date, false), figure("change_pct", T::Percent),
                figure("reason", T::Enum,
                    {u"margin_floor"_s, u"elastic"_s, u"inelastic"_s, u"competitor_lower"_s, u"competitor_raise"_s}),
                figure("cost", T::Money), figure("margin_floor_pct", T::Percent), figure("units_last", T::Integer),
                figure("units_previous", T::Integer), figure("elasticity", T::Text), figure("elasticity_se", T::Text),
                figure("weeks", T::Integer), figure("competitor", T::Text), figure("competitor_price", T::Money),
                figure("competitor_seen", T::Date), figure("price_stated_in", T::Text)}},
        {ActionType::NewProduct,
            {f("name", T::Text), f("category", T::Text, false), f("price", T::Money), f("cost", T::Money, false),
                f("currency", T::Currency)}},
        {ActionType::NewSupplier,
            {f("name", T::Text), f("supplier_id", T::Text, false), f("country", T::Text, false),
                f("min_order_units", T::Integer, false), f("replaces", T::Text, false, {}, true)}},
        {ActionType::NewMarket,
            {f("market", T::Text), f("languages", T::Text, false), f("budget", T::Money, false),
                f("currency", T::Currency)}},
        {ActionType::StrategicPivot,
            {f("from_category", T::Text), f("to_category", T::Text), f("share_pct", T::Percent)}},
        {ActionType::Refund,
            {f("order", T::Text), f("amount", T::Money), f("currency", T::Currency), f("reason", T::Text, false)}},
        {ActionType::ContentReview,
            {f("sku", T::Text), f("piece", T::Text, false, {}, true), f("instruction", T::LongText, false)}},
        {ActionType::PublishProduct,
            {f("sku", T::Text, false, {}, true), f("site", T::Integer, false, {}, true),
                f("page_version", T::Integer, false, {}, true), f("targets", T::Text, false, {}, true)}},
        // "connection" (the store's id) travels along, not shown.
        {ActionType::StockUpdate,
            {f("sku", T::Text, true, {}, true), f("store", T::Text, false, {}, true),
                f("from", T::Integer, false, {}, true), f("quantity", T::Integer)}},
        // "cover_days", "forecast_units", "safety", "method" and "mase" (the Demand Forecast's figures), or "pace"
        // and "pace_days" (the CEO's stock order for a product too new for a forecast), travel along.
        {ActionType::Reorder,
            {f("sku", T::Text, true, {}, true), f("variant", T::Text, false, {}, true),
                f("on_hand", T::Integer, false, {}, true), f("lead_days", T::Integer, false, {}, true),
                f("runs_out", T::Date, false, {}, true), f("quantity", T::Integer)}},
        // "connection" and "ad_set_id" travel along, not shown. `amount` is the new bid (bid changes).
        {ActionType::AdSetChange,
            {f("campaign", T::Text, false, {}, true), f("ad_set", T::Text, true, {}, true),
                f("change", T::Enum, true, {u"pause"_s, u"resume"_s, u"bid"_s}, true),
                f("daily_budget", T::Money, true, {}, true), f("amount", T::Money, false),
                f("previous", T::Money, false, {}, true), f("currency", T::Currency)}},
        // "experiment_id", "winner_arm" and "connection" travel along, not shown.
        {ActionType::ExperimentWinner,
            {f("experiment", T::Text, true, {}, true), f("winner", T::Text, true, {}, true),
                f("losers", T::Text, false, {}, true), f("pause_losers", T::Enum, true, {u"yes"_s, u"no"_s})}},
        // "order_id" and "factors" travel along, not shown.
        {ActionType::OrderHold,
            {f("order", T::Text, true, {}, true), f("store", T::Text, false, {}, true),
                f("total", T::Money, false, {}, true), f("currency", T::Currency, false, {}, true),
                f("score", T::Integer, false, {}, true)}},
        // "connection", "from_ad_set_id", "to_ad_set_id", the marginal ROAS of both and the window travel along.
        {ActionType::BudgetShift,
            {f("from_ad_set", T::Text, true, {}, true), f("to_ad_set", T::Text, true, {}, true), f("amount", T::Money),
                f("currency", T::Currency, true, {}, true), f("from_budget", T::Money, true, {}, true),
                f("to_budget", T::Money, true, {}, true)}},
        // "rule_key", "rule_version", "decisions" and "unchanged" travel along. The threshold is in the rule's
        // unit: whole currency units, percent or units.
        {ActionType::RuleChange,
            {f("rule", T::Text, true, {}, true), f("band", T::Enum, true, {u"low"_s, u"medium"_s}, true),
                f("bound_now", T::Text, true, {}, true), f("threshold", T::Integer)}},
        // "review_id" and "product_id" travel along. The approver may edit the reply.
        {ActionType::ReviewReply,
            {f("product", T::Text, true, {}, true), f("store", T::Text, false, {}, true),
                f("rating", T::Integer, true, {}, true), f("review", T::LongText, true, {}, true),
                f("reply", T::LongText, true), f("writer", T::Text, false, {}, true),
                f("reviewer", T::Text, false, {}, true), f("attempts", T::Integer, false, {}, true)}},
        // "product_id" travels along. The Scout's figures: units in its two windows, margin, refunds.
        {ActionType::FeatureProduct,
            {f("product", T::Text, true, {}, true), f("sku", T::Text, false, {}, true),
                f("units_now", T::Integer, false, {}, true), f("units_before", T::Integer, false, {}, true),
                f("margin_pct", T::Percent, false, {}, true), f("placement", T::Text, false)}},
        {ActionType::RetireProduct,
            {f("product", T::Text, true, {}, true), f("sku", T::Text, false, {}, true),
                f("units_now", T::Integer, false, {}, true), f("units_before", T::Integer, false, {}, true),
                f("margin_pct", T::Percent, false, {}, true), f("refund_pct", T::Percent, false, {}, true)}},
        // "product_id" travels along. The texts are the gate-passed social piece's; the approver may edit them.
        {ActionType::SocialPost,
            {f("product", T::Text, true, {}, true), f("post_on", T::Date), f("post_hour", T::Integer),
                f("instagram", T::LongText, false), f("hashtags", T::LongText, false),
                f("facebook", T::LongText, false), f("x", T::LongText, false),
                labelled(f("link", T::Text, false), QT_TRANSLATE_NOOP("ActionSchema", "Link to the product")),
                f("units_now", T::Integer, false, {}, true), f("units_before", T::Integer, false, {}, true)}},
        // "product_id" travels along. What the SEO agent found, as it found it.
        {ActionType::ContentRefresh,
            {f("product", T::Text, true, {}, true), f("sku", T::Text, false, {}, true),
                f("pieces", T::Text, false, {}, true), f("problems", T::Integer, false, {}, true),
                f("seo_score", T::Integer, false, {}, true), f("seo_bar", T::Integer, false, {}, true)}},
        // "lead_id" and "email_id" travel along. The gate-passed e-mail; the approver may edit its words (the
        // sender's signature and the unsubscribe line are added when it is sent).
        {ActionType::OutreachEmail,
            {f("lead", T::Text, true, {}, true), f("to", T::Text, true, {}, true), f("subject", T::Text),
                f("message", T::LongText), f("concept", T::Text, false, {}, true)}},
        // "prompt_name", "keep", "control", "variant" and "started_at" travel along: the trial the verdict is about.
        // What the records say.
        {ActionType::PromptTrial,
            {labelled(f("prompt", T::Text, true, {}, true), QT_TRANSLATE_NOOP("ActionSchema", "Prompt")),
                labelled(f("kept", T::Text, true, {}, true), QT_TRANSLATE_NOOP("ActionSchema", "Version kept")),
                labelled(f("kept_record", T::Text, true, {}, true),
                    QT_TRANSLATE_NOOP("ActionSchema", "Its first-attempt passes")),
                labelled(f("other_record", T::Text, true, {}, true),
                    QT_TRANSLATE_NOOP("ActionSchema", "The other version's")),
                labelled(f("p_value", T::Text, true, {}, true), QT_TRANSLATE_NOOP("ActionSchema", "p-value"))}},
    };
    return t;
}
} // namespace

QString Field::label() const
{
    if (labelText)
        return QCoreApplication::translate("ActionSchema", labelText);
    static const QHash<QString, const char*> labels{{u"campaign"_s, QT_TRANSLATE_NOOP("ActionSchema", "Campaign")},
        {u"amount"_s, QT_TRANSLATE_NOOP("ActionSchema", "Amount")},
        {u"currency"_s, QT_TRANSLATE_NOOP("ActionSchema", "Currency")},
        {u"previous"_s, QT_TRANSLATE_NOOP("ActionSchema", "Before")},
        {u"name"_s, QT_TRANSLATE_NOOP("ActionSchema", "Name")},
        {u"platform"_s, QT_TRANSLATE_NOOP("ActionSchema", "Platform")},
        {u"daily_budget"_s, QT_TRANSLATE_NOOP("ActionSchema", "Daily budget")},
        {u"sku"_s, QT_TRANSLATE_NOOP("ActionSchema", "Product (SKU)")},
        {u"new_price"_s, QT_TRANSLATE_NOOP("ActionSchema", "New price")},
        {u"old_price"_s, QT_TRANSLATE_NOOP("ActionSchema", "Price before")},
        {u"until"_s, QT_TRANSLATE_NOOP("ActionSchema", "Until")},
        {u"category"_s, QT_TRANSLATE_NOOP("ActionSchema", "Category")},
        {u"price"_s, QT_TRANSLATE_NOOP("ActionSchema", "Price")},
        {u"cost"_s, QT_TRANSLATE_NOOP("ActionSchema", "Cost")},
        {u"supplier_id"_s, QT_TRANSLATE_NOOP("ActionSchema", "Supplier ID")},
        {u"country"_s, QT_TRANSLATE_NOOP("ActionSchema", "Country")},
        {u"min_order_units"_s, QT_TRANSLATE_NOOP("ActionSchema", "Minimum order (units)")},
        {u"replaces"_s, QT_TRANSLATE_NOOP("ActionSchema", "Compared with")},
        {u"market"_s, QT_TRANSLATE_NOOP("ActionSchema", "Market")},
        {u"languages"_s, QT_TRANSLATE_NOOP("ActionSchema", "Languages")},
        {u"budget"_s, QT_TRANSLATE_NOOP("ActionSchema", "Budget")},
        {u"from_category"_s, QT_TRANSLATE_NOOP("ActionSchema", "From category")},
        {u"to_category"_s, QT_TRANSLATE_NOOP("ActionSchema", "To category")},
        {u"share_pct"_s, QT_TRANSLATE_NOOP("ActionSchema", "Share of spend")},
        {u"order"_s, QT_TRANSLATE_NOOP("ActionSchema", "Order")},
        {u"reason"_s, QT_TRANSLATE_NOOP("ActionSchema", "Reason")},
        {u"piece"_s, QT_TRANSLATE_NOOP("ActionSchema", "Piece")},
        {u"instruction"_s, QT_TRANSLATE_NOOP("ActionSchema", "Instruction for the writer")},
        {u"targets"_s, QT_TRANSLATE_NOOP("ActionSchema", "Publish to")},
        {u"site"_s, QT_TRANSLATE_NOOP("ActionSchema", "Generated page")},
        {u"page_version"_s, QT_TRANSLATE_NOOP("ActionSchema", "Page version")},
        {u"store"_s, QT_TRANSLATE_NOOP("ActionSchema", "Store")},
        {u"from"_s, QT_TRANSLATE_NOOP("ActionSchema", "The store has now")},
        {u"quantity"_s, QT_TRANSLATE_NOOP("ActionSchema", "Quantity")},
        {u"variant"_s, QT_TRANSLATE_NOOP("ActionSchema", "Variant")},
        {u"on_hand"_s, QT_TRANSLATE_NOOP("ActionSchema", "On hand")},
        {u"lead_days"_s, QT_TRANSLATE_NOOP("ActionSchema", "Delivery time (days)")},
        {u"runs_out"_s, QT_TRANSLATE_NOOP("ActionSchema", "Runs out on")},
        {u"ad_set"_s, QT_TRANSLATE_NOOP("ActionSchema", "Ad set")},
        {u"change"_s, QT_TRANSLATE_NOOP("ActionSchema", "Change")},
        {u"countries"_s, QT_TRANSLATE_NOOP("ActionSchema", "Countries (e.g. NL, BE)")},
        {u"link"_s, QT_TRANSLATE_NOOP("ActionSchema", "Link of the ad")},
        {u"ad_text"_s, QT_TRANSLATE_NOOP("ActionSchema", "Text of the ad")},
        {u"experiment"_s, QT_TRANSLATE_NOOP("ActionSchema", "A/B test")},
        {u"winner"_s, QT_TRANSLATE_NOOP("ActionSchema", "Winner")},
        {u"losers"_s, QT_TRANSLATE_NOOP("ActionSchema", "The others")},
        {u"pause_losers"_s, QT_TRANSLATE_NOOP("ActionSchema", "Pause the others")},
        {u"total"_s, QT_TRANSLATE_NOOP("ActionSchema", "Order total")},
        {u"score"_s, QT_TRANSLATE_NOOP("ActionSchema", "Risk score")},
        {u"from_ad_set"_s, QT_TRANSLATE_NOOP("ActionSchema", "From ad set")},
        {u"to_ad_set"_s, QT_TRANSLATE_NOOP("ActionSchema", "To ad set")},
        {u"from_budget"_s, QT_TRANSLATE_NOOP("ActionSchema", "Daily budget now (from)")},
        {u"to_budget"_s, QT_TRANSLATE_NOOP("ActionSchema", "Daily budget now (to)")},
        {u"rule"_s, QT_TRANSLATE_NOOP("ActionSchema", "Approval rule")},
        {u"band"_s, QT_TRANSLATE_NOOP("ActionSchema", "Band")},
        {u"bound_now"_s, QT_TRANSLATE_NOOP("ActionSchema", "Runs without a person now up to")},
        {u"threshold"_s, QT_TRANSLATE_NOOP("ActionSchema", "New bound (in the rule's unit)")},
        {u"product"_s, QT_TRANSLATE_NOOP("ActionSchema", "Product")},
        {u"rating"_s, QT_TRANSLATE_NOOP("ActionSchema", "Stars")},
        {u"review"_s, QT_TRANSLATE_NOOP("ActionSchema", "The review")},
        {u"reply"_s, QT_TRANSLATE_NOOP("ActionSchema", "Reply")},
        {u"writer"_s, QT_TRANSLATE_NOOP("ActionSchema", "Written by")},
        {u"reviewer"_s, QT_TRANSLATE_NOOP("ActionSchema", "Checked by")},
        {u"attempts"_s, QT_TRANSLATE_NOOP("ActionSchema", "Attempts")},
        {u"units_now"_s, QT_TRANSLATE_NOOP("ActionSchema", "Units, last 28 days")},
        {u"units_before"_s, QT_TRANSLATE_NOOP("ActionSchema", "Units, the 28 days before")},
        {u"margin_pct"_s, QT_TRANSLATE_NOOP("ActionSchema", "Gross margin")},
        {u"refund_pct"_s, QT_TRANSLATE_NOOP("ActionSchema", "Refunded share of sales")},
        {u"placement"_s, QT_TRANSLATE_NOOP("ActionSchema", "Where to feature it")},
        {u"post_on"_s, QT_TRANSLATE_NOOP("ActionSchema", "Post date")},
        {u"post_hour"_s, QT_TRANSLATE_NOOP("ActionSchema", "At (hour, 0–23)")},
        {u"instagram"_s, QT_TRANSLATE_NOOP("ActionSchema", "Instagram caption")},
        {u"hashtags"_s, QT_TRANSLATE_NOOP("ActionSchema", "Hashtags")},
        {u"facebook"_s, QT_TRANSLATE_NOOP("ActionSchema", "Facebook post")},
        {u"x"_s, QT_TRANSLATE_NOOP("ActionSchema", "Post on X")},
        {u"pieces"_s, QT_TRANSLATE_NOOP("ActionSchema", "Pieces with problems")},
        {u"problems"_s, QT_TRANSLATE_NOOP("ActionSchema", "Problems found")},
        {u"seo_score"_s, QT_TRANSLATE_NOOP("ActionSchema", "SEO score")},
        {u"seo_bar"_s, QT_TRANSLATE_NOOP("ActionSchema", "SEO score the gate asks")},
        {u"lead"_s, QT_TRANSLATE_NOOP("ActionSchema", "Lead")}, {u"to"_s, QT_TRANSLATE_NOOP("ActionSchema", "To")},
        {u"subject"_s, QT_TRANSLATE_NOOP("ActionSchema", "Subject")},
        {u"message"_s, QT_TRANSLATE_NOOP("ActionSchema", "Message")},
        {u"concept"_s, QT_TRANSLATE_NOOP("ActionSchema", "Concept site")},
        {u"change_pct"_s, QT_TRANSLATE_NOOP("ActionSchema", "Change")},
        {u"margin_floor_pct"_s, QT_TRANSLATE_NOOP("ActionSchema", "Margin floor")},
        {u"units_last"_s, QT_TRANSLATE_NOOP("ActionSchema", "Units, last 28 days")},
        {u"units_previous"_s, QT_TRANSLATE_NOOP("ActionSchema", "Units, the 28 days before")},
        {u"elasticity"_s, QT_TRANSLATE_NOOP("ActionSchema", "Price elasticity")},
        {u"elasticity_se"_s, QT_TRANSLATE_NOOP("ActionSchema", "Its standard error")},
        {u"weeks"_s, QT_TRANSLATE_NOOP("ActionSchema", "Weeks of sales measured")},
        {u"competitor"_s, QT_TRANSLATE_NOOP("ActionSchema", "Competitor")},
        {u"competitor_price"_s, QT_TRANSLATE_NOOP("ActionSchema", "Competitor's price")},
        {u"competitor_seen"_s, QT_TRANSLATE_NOOP("ActionSchema", "Competitor's price seen on")},
        {u"price_stated_in"_s, QT_TRANSLATE_NOOP("ActionSchema", "Price written in")}};
    const char* l = labels.value(key);
    return l ? QCoreApplication::translate("ActionSchema", l) : key;
}

QList<Field> fields(ActionType actionType)
{
    const auto it = table().find(actionType);
    return it == table().end() ? QList<Field>() : it->second;
}

const Field* field(ActionType actionType, const QString& key)
{
    const auto it = table().find(actionType);
    if (it == table().end())
        return nullptr;
    for (const Field& fd : it->second) {
        if (fd.key == key)
            return &fd;
    }
    return nullptr;
}

namespace
{
QString text(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString().trimmed();
}
} // namespace

QList<Problem> validate(ActionType actionType, const QJsonObject& parameters)
{
    QList<Problem> out;
    const QList<Field> list = fields(actionType);
    if (list.isEmpty()) {
        out.append({QString(),
            QCoreApplication::translate("ActionSchema", "Unknown kind of action “%1”.")
                .arg(ActionTypes::key(actionType))});
        return out;
    }
    for (const Field& fd : list) {
        if (fd.figure) // what the agent worked from is not a person's input to check
            continue;
        const QString v = text(parameters.value(fd.key));
        if (v.isEmpty()) {
            if (fd.required)
                out.append({fd.key, QCoreApplication::translate("ActionSchema", "%1 is required.").arg(fd.label())});
            continue;
        }
        switch (fd.type) {
        case FieldType::Money: {
            // Digits with separators, optionally with a currency sign or code: "1,250.00", "€ 80", "80 EUR".
            static const QRegularExpression amount(
                u"^(?:[A-Za-z]{3}|[€$£])?\\s*[0-9][0-9.,\\s]*(?:[A-Za-z]{3}|[€$£])?$"_s);
            const auto cents = amount.match(v).hasMatch() ? Money::parse(v) : std::nullopt;
            if (!cents || *cents < 0)
                out.append({fd.key,
                    QCoreApplication::translate("ActionSchema", "%1: “%2” is not an amount.").arg(fd.label(), v)});
            break;
        }
        case FieldType::Currency:
            if (!QRegularExpression(u"^[A-Za-z]{3}$"_s).match(v).hasMatch())
                out.append({fd.key,
                    QCoreApplication::translate("ActionSchema", "Use a three-letter currency code such as EUR.")});
            break;
        case FieldType::Integer: {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok || n < 0)
                out.append({fd.key,
                    QCoreApplication::translate("ActionSchema", "%1: “%2” is not a whole number.").arg(fd.label(), v)});
            break;
        }
        case FieldType::Percent: {
            bool ok = false;
            const double p = QString(v).replace(u',', u'.').remove(u'%').trimmed().toDouble(&ok);
            if (!ok || p < 0 || p > 100)
                out.append({fd.key,
                    QCoreApplication::translate("ActionSchema", "%1 must be a percentage between 0 and 100.")
                        .arg(fd.label())});
            break;
        }
        case FieldType::Enum:
            if (!fd.options.contains(v.toLower()))
                out.append({fd.key,
                    QCoreApplication::translate("ActionSchema", "%1 must be one of: %2.")
                        .arg(fd.label(), fd.options.join(u", "_s))});
            break;
        case FieldType::Date:
            if (!QDate::fromString(v, Qt::ISODate).isValid())
                out.append({fd.key,
                    QCoreApplication::translate("ActionSchema", "%1: write the date as 2026-12-31.").arg(fd.label())});
            break;
        case FieldType::Text:
        case FieldType::LongText:
            if (v.size() > (fd.type == FieldType::Text ? 200 : 4000))
                out.append({fd.key, QCoreApplication::translate("ActionSchema", "%1 is too long.").arg(fd.label())});
            break;
        }
    }
    if (actionType == ActionType::SocialPost) {
        if (text(parameters.value(u"post_hour"_s)).toInt() > 23)
            out.append({u"post_hour"_s,
                QCoreApplication::translate("ActionSchema", "%1: an hour from 0 to 23.")
                    .arg(field(actionType, u"post_hour"_s)->label())});
        if (text(parameters.value(u"instagram"_s)).isEmpty() && text(parameters.value(u"facebook"_s)).isEmpty()
            && text(parameters.value(u"x"_s)).isEmpty())
            out.append({u"instagram"_s,
                QCoreApplication::translate("ActionSchema", "Write the post for at least one platform.")});
    }
    return out;
}

QJsonObject normalised(ActionType actionType, const QJsonObject& parameters)
{
    QJsonObject out = parameters;
    for (const Field& fd : fields(actionType)) {
        const QString v = text(parameters.value(fd.key));
        if (v.isEmpty() || fd.figure) // an agent's figures stay as it wrote them
            continue;
        switch (fd.type) {
        case FieldType::Money:
            if (const auto cents = Money::parse(v))
                out.insert(fd.key, Money::toDecimalString(*cents));
            break;
        case FieldType::Currency:
            out.insert(fd.key, v.toUpper());
            break;
        case FieldType::Integer:
            out.insert(fd.key, v.toLongLong());
            break;
        case FieldType::Percent:
            out.insert(fd.key, QString(v).replace(u',', u'.').remove(u'%').trimmed().toDouble());
            break;
        case FieldType::Enum:
            out.insert(fd.key, v.toLower());
            break;
        default:
            out.insert(fd.key, v);
        }
    }
    return out;
}

QString displayValue(const Field& fd, const QJsonValue& value, const QString& currency)
{
    const QString v = text(value);
    if (v.isEmpty())
        return QStringLiteral("–");
    switch (fd.type) {
    case FieldType::Money:
        if (const auto cents = Money::parse(v))
            return Money::format(*cents, currency.isEmpty() ? u"EUR"_s : currency);
        return v;
    case FieldType::Percent:
        return QLocale().toString(QString(v).replace(u',', u'.').toDouble(), 'g', 4) + u" %"_s;
    case FieldType::Date: // stored as 2026-12-31, read as the reader writes dates
        if (const QDate date = QDate::fromString(v, Qt::ISODate); date.isValid())
            return QLocale().toString(date, QLocale::ShortFormat);
        return v;
    case FieldType::Enum: {
        // Platforms by their names; options that are words in the reader's language.
        if (fd.key == u"platform")
            return Platform::displayName(v);
        static const QHash<QString, const char*> words{{u"pause"_s, QT_TRANSLATE_NOOP("ActionSchema", "pause")},
            {u"resume"_s, QT_TRANSLATE_NOOP("ActionSchema", "resume")},
            {u"bid"_s, QT_TRANSLATE_NOOP("ActionSchema", "change the bid")},
            {u"yes"_s, QT_TRANSLATE_NOOP("ActionSchema", "yes")}, {u"no"_s, QT_TRANSLATE_NOOP("ActionSchema", "no")},
            {u"low"_s, QT_TRANSLATE_NOOP("ActionSchema", "LOW (runs and is logged)")},
            {u"medium"_s, QT_TRANSLATE_NOOP("ActionSchema", "MEDIUM (runs and notifies)")},
            {u"margin_floor"_s, QT_TRANSLATE_NOOP("ActionSchema", "the margin is below the floor")},
            {u"elastic"_s, QT_TRANSLATE_NOOP("ActionSchema", "sales respond strongly to the price")},
            {u"inelastic"_s, QT_TRANSLATE_NOOP("ActionSchema", "sales hardly respond to the price")},
            {u"competitor_lower"_s, QT_TRANSLATE_NOOP("ActionSchema", "a competitor sells it for less")},
            {u"competitor_raise"_s, QT_TRANSLATE_NOOP("ActionSchema", "the cheapest competitor asks more")}};
        const char* word = words.value(v);
        return word ? QCoreApplication::translate("ActionSchema", word) : v;
    }
    default:
        return v;
    }
}

QString summary(ActionType actionType, const QJsonObject& parameters, const QString& currency, bool valuesOnly)
{
    QStringList parts;
    QStringList values;
    // What a person may change says what runs; an action with nothing to change (an order hold) is
    // summed up by what it names.
    const QList<Field> all = fields(actionType);
    const bool anyEditable = std::any_of(all.cbegin(), all.cend(), [](const Field& f) { return !f.readOnly; });
    for (const Field& f : all) {
        const bool named = f.type == FieldType::Text || f.type == FieldType::Money;
        if ((f.readOnly && (anyEditable || !named)) || f.type == FieldType::Currency || !parameters.contains(f.key)
            || parameters.value(f.key).isArray())
            continue;
        const QString part
            = QStringLiteral("%1 %2").arg(f.label().toLower(), displayValue(f, parameters.value(f.key), currency));
        parts.append(part);
        if (f.type != FieldType::Text && f.type != FieldType::LongText)
            values.append(part);
    }
    return (valuesOnly && !values.isEmpty() ? values : parts).join(QStringLiteral(", "));
}

} // namespace ActionSchema
