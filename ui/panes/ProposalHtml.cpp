#include "ProposalHtml.h"

#include "users/Users.h"

#include <QLocale>

#include "Format.h"
#include "Markup.h"
#include "Theme.h"
#include "agents/Cluster.h"
#include "approvals/ActionSchema.h"
#include "approvals/ApprovalTypes.h"
#include "core/Money.h"
#include "shopagents/ProposalRanking.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ProposalHtml
{

namespace
{

QString roleNames(const QStringList& keys)
{
    QStringList names;
    for (const QString& key : keys)
        names.append(Users::roleDisplayName(Users::roleFromKey(key)));
    return names.join(u", "_s);
}

// Whatever an agent, a model or a person wrote goes into this rich text escaped.
QString esc(const QString& s)
{
    return Markup::escaped(s);
}

QString section(const QString& title)
{
    return u"<h4 style='margin:14px 0 4px 0;color:%1'>%2</h4>"_s.arg(Theme::css(Theme::Heading), esc(title));
}

QString muted(const QString& text)
{
    return u"<span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Muted), esc(text));
}

QString list(const QStringList& items, const QString& empty)
{
    if (items.isEmpty())
        return u"<p>%1</p>"_s.arg(muted(empty));
    QString html = u"<ul style='margin-left:-20px;margin-top:0'>"_s;
    for (const QString& item : items)
        html += u"<li>%1</li>"_s.arg(esc(item));
    return html + u"</ul>"_s;
}

QString money(const std::optional<qint64>& cents, const QString& currency)
{
    return cents ? Money::format(*cents, currency) : u"–"_s;
}

QString impact(const ApprovalDesk::Proposal& p)
{
    // One line of figures that wraps between figures, never inside one ("€ 5.200,|00" or "Est.|revenue"):
    // each label and value is held together with no-break spaces.
    const auto whole = [](QString v) { return v.replace(u' ', QChar(0x00A0)); };
    const auto figure = [&whole](const QString& label, const QString& value, const QString& color = QString()) {
        return u"<span style='color:%3'>%1</span>&nbsp;<span style='font-size:large;font-weight:600;%4'>%2</span>"_s
            .arg(esc(whole(label)), esc(whole(value)), Theme::css(Theme::Muted),
                color.isEmpty() ? QString() : u"color:%1"_s.arg(color));
    };
    const QString roi = p.estRoi ? Format::percent(*p.estRoi) : u"–"_s;
    const QStringList figures{
        figure(QCoreApplication::translate("ProposalHtml", "Est. revenue"), money(p.estRevenueCents, p.currency)),
        figure(QCoreApplication::translate("ProposalHtml", "Est. cost"), money(p.estCostCents, p.currency)),
        figure(QCoreApplication::translate("ProposalHtml", "ROI"), roi,
            p.estRoi && *p.estRoi < 0 ? Theme::css(Theme::Danger) : QString()),
        figure(QCoreApplication::translate("ProposalHtml", "Confidence"), Format::percent(p.confidence),
            p.confidence < 0.6 ? Theme::css(Theme::Warning) : QString()),
        // What the CEO ranks the queue by: the net times the confidence.
        figure(QCoreApplication::translate("ProposalHtml", "Exp. value"),
            money(ProposalRanking::expectedValue(p.estRevenueCents, p.estCostCents, p.confidence), p.currency))};
    return u"<p style='line-height:150%'>"_s + figures.join(u"&nbsp;&nbsp;&nbsp; "_s) + u"</p>"_s;
}

QString alternatives(const QJsonArray& alternatives)
{
    if (alternatives.isEmpty())
        return u"<p>%1</p>"_s.arg(
            muted(QCoreApplication::translate("ProposalHtml", "The agent offered no alternative.")));
    QString html;
    for (const QJsonValue& v : alternatives) {
        const QJsonObject a = v.toObject();
        html += u"<table width='100%' cellspacing='0' cellpadding='6' style='background:%2;margin-bottom:6px'>"
                u"<tr><td><b>%1</b>"_s.arg(esc(a.value(u"description"_s).toString()), Theme::css(Theme::Window));
        for (const QJsonValue& pro : a.value(u"pros"_s).toArray())
            html += u"<br><span style='color:%1'>+ %2</span>"_s.arg(Theme::css(Theme::Success), esc(pro.toString()));
        for (const QJsonValue& con : a.value(u"cons"_s).toArray())
            html += u"<br><span style='color:%1'>− %2</span>"_s.arg(Theme::css(Theme::Danger), esc(con.toString()));
        if (!a.value(u"impact"_s).toString().isEmpty())
            html += u"<br><span style='color:%3'>%1 %2</span>"_s.arg(
                esc(QCoreApplication::translate("ProposalHtml", "Impact:")), esc(a.value(u"impact"_s).toString()),
                Theme::css(Theme::Muted));
        html += u"</td></tr></table>"_s;
    }
    return html;
}

// "€ 600,00 → € 800,00 a day (+33 %)": a change of an amount, in words, from the values that will run.
QString changeLine(const ApprovalDesk::Proposal& p)
{
    const QJsonObject runs = p.modifiedParameters.isEmpty() ? p.parameters : p.modifiedParameters;
    const auto number = [](const QJsonValue& v) -> std::optional<double> {
        bool ok = false;
        const double d = v.isDouble() ? v.toDouble() : v.toString().toDouble(&ok);
        if (v.isDouble() || ok)
            return d;
        return std::nullopt;
    };
    if (p.actionType == ActionType::BudgetShift) {
        // "“A” € 50,00 → € 44,00 · “B” € 30,00 → € 36,00 a day": both budgets as they will run.
        const auto amount = Money::parse(runs.value(u"amount"_s).toString());
        const auto from = Money::parse(runs.value(u"from_budget"_s).toString());
        const auto to = Money::parse(runs.value(u"to_budget"_s).toString());
        if (!amount || !from || !to)
            return {};
        const QString currency = runs.value(u"currency"_s).toString(p.currency);
        const QString text = QCoreApplication::translate("ProposalHtml", "“%1” %2 → %3 · “%4” %5 → %6 a day")
                                 .arg(runs.value(u"from_ad_set"_s).toString(), Money::format(*from, currency),
                                     Money::format(*from - *amount, currency), runs.value(u"to_ad_set"_s).toString(),
                                     Money::format(*to, currency), Money::format(*to + *amount, currency));
        return u"<p style='font-size:15px'><b>%1</b></p>"_s.arg(esc(text));
    }
    const auto before = number(runs.value(u"previous"_s));
    const auto after = number(runs.value(u"amount"_s));
    const ActionSchema::Field* field = ActionSchema::field(p.actionType, u"amount"_s);
    if (!before || !after || !field || *before <= 0)
        return {};
    const ActionSchema::Field* beforeField = ActionSchema::field(p.actionType, u"previous"_s);
    const QString from
        = esc(ActionSchema::displayValue(beforeField ? *beforeField : *field, runs.value(u"previous"_s), p.currency));
    const QString to = esc(ActionSchema::displayValue(*field, runs.value(u"amount"_s), p.currency));
    const double change = (*after - *before) / *before * 100.0;
    const QString percent = (change >= 0 ? u"+"_s : QString()) + QLocale().toString(change, 'f', 0) + u" %"_s;
    const QString text = p.actionType == ActionType::BudgetChange
        ? QCoreApplication::translate("ProposalHtml", "%1 → %2 a day (%3)").arg(from, to, percent)
        : QCoreApplication::translate("ProposalHtml", "%1 → %2 (%3)").arg(from, to, percent);
    return u"<p style='font-size:15px'><b>%1</b></p>"_s.arg(text);
}

QString parameters(const ApprovalDesk::Proposal& p)
{
    const bool changed = !p.modifiedParameters.isEmpty();
    const bool executed = !p.executedParameters.isEmpty();
    QString html = changeLine(p)
        + u"<table cellspacing='0' cellpadding='3'><tr style='color:%2'><td></td><td>%1</td>"_s.arg(
            esc(QCoreApplication::translate("ProposalHtml", "Proposed")), Theme::css(Theme::Muted));
    if (changed)
        html += u"<td>%1</td>"_s.arg(esc(QCoreApplication::translate("ProposalHtml", "Changed to")));
    if (executed)
        html += u"<td>%1</td>"_s.arg(esc(QCoreApplication::translate("ProposalHtml", "Executed with")));
    html += u"</tr>"_s;
    const auto value = [&p](const ActionSchema::Field& f, const QJsonObject& o) {
        return o.contains(f.key) ? esc(ActionSchema::displayValue(f, o.value(f.key), p.currency)) : u"–"_s;
    };
    QList<ActionSchema::Field> fields = ActionSchema::fields(p.actionType);
    // Keys the schema does not know (an older proposal) are still shown; Quorum's own row ids are not.
    for (auto it = p.parameters.begin(); it != p.parameters.end(); ++it) {
        if (!ActionSchema::field(p.actionType, it.key()) && !it.key().endsWith(u"_id"_s))
            fields.append(ActionSchema::Field{it.key(), ActionSchema::FieldType::Text, false, {}, true});
    }
    for (const ActionSchema::Field& f : fields) {
        if (!p.parameters.contains(f.key) && !p.modifiedParameters.contains(f.key))
            continue;
        if (p.parameters.value(f.key).isArray()) // a list has its own section (where it goes live)
            continue;
        const QString proposed = value(f, p.parameters);
        html += u"<tr><td style='color:%3;padding-right:14px'>%1</td><td>%2</td>"_s.arg(
            esc(f.label()), proposed, Theme::css(Theme::Muted));
        if (changed) {
            const QString now = value(f, p.modifiedParameters);
            html += now == proposed ? u"<td>%1</td>"_s.arg(now)
                                    : u"<td><b style='color:%1'>%2</b></td>"_s.arg(Theme::css(Theme::Changed), now);
        }
        if (executed)
            html += u"<td>%1</td>"_s.arg(value(f, p.executedParameters));
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

// A new supplier's comparison with the current one, as the agent scored it.
QString comparison(const ApprovalDesk::Proposal& p)
{
    const QJsonArray rows = p.parameters.value(u"comparison"_s).toArray();
    if (rows.isEmpty())
        return {};
    QString html = section(QCoreApplication::translate("ProposalHtml", "Suppliers compared"))
        + u"<table cellspacing='0' cellpadding='3'><tr style='color:%1'>"_s.arg(Theme::css(Theme::Muted));
    for (const QString& head : {QCoreApplication::translate("ProposalHtml", "Supplier"),
             QCoreApplication::translate("ProposalHtml", "Cost of the SKUs"),
             QCoreApplication::translate("ProposalHtml", "Lead time"),
             QCoreApplication::translate("ProposalHtml", "Defects"),
             QCoreApplication::translate("ProposalHtml", "Rating"),
             QCoreApplication::translate("ProposalHtml", "Score")})
        html += u"<td style='padding-right:14px'>%1</td>"_s.arg(esc(head));
    html += u"</tr>"_s;
    const auto number = [](const QJsonValue& v, const QString& suffix) {
        return v.isDouble() ? QLocale().toString(v.toDouble(), 'f', 1) + suffix : u"–"_s;
    };
    for (const QJsonValue& value : rows) {
        const QJsonObject r = value.toObject();
        QString name = esc(r.value(u"supplier"_s).toString());
        if (r.value(u"current"_s).toBool())
            name += u" "_s + muted(QCoreApplication::translate("ProposalHtml", "(today)"));
        const auto basket = Money::parse(r.value(u"basket"_s).toString());
        html += u"<tr><td style='padding-right:14px'>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td><b>%6</b>"
                u"</td></tr>"_s.arg(name, esc(money(basket, p.currency)),
                    esc(number(r.value(u"lead_days"_s), u" "_s + QCoreApplication::translate("ProposalHtml", "days"))),
                    esc(number(r.value(u"defect_pct"_s), u" %"_s)), esc(number(r.value(u"rating"_s), u" / 5"_s)),
                    esc(QLocale().toString(r.value(u"score"_s).toDouble(), 'f', 0)));
    }
    return html + u"</table>"_s;
}

QString decision(const ApprovalDesk::Proposal& p)
{
    QStringList lines;
    if (!p.modifiedBy.isEmpty())
        lines.append(QCoreApplication::translate("ProposalHtml", "Changed by %1; the change was judged again.")
                         .arg(p.modifiedBy)
                         .toHtmlEscaped());
    if (p.decidedAt) {
        const QString who = p.decidedBy == u"risk-engine"
            ? QCoreApplication::translate("ProposalHtml", "the risk engine")
            : p.decidedBy == u"deadline"
            ? QCoreApplication::translate("ProposalHtml", "the rule's default at the deadline")
            : p.decidedBy;
        lines.append(QCoreApplication::translate("ProposalHtml", "%1 by %2, %3, on %4")
                         .arg(ProposalStatus::displayName(p.status), who, Format::dateTime(*p.decidedAt), p.decidedOn)
                         .toHtmlEscaped());
    }
    if (!p.executionState.isEmpty() && p.executionState != u"none") {
        QString state = ProposalStatus::executionDisplayName(p.executionState).toHtmlEscaped();
        if (!p.executionError.isEmpty())
            state += u" — <span style='color:%1'>%2</span>"_s.arg(Theme::css(Theme::Danger), esc(p.executionError));
        lines.append(QCoreApplication::translate("ProposalHtml", "Execution:").toHtmlEscaped() + u' ' + state);
        // What carrying it out left to a person (a refund, a budget on a network Quorum only reads).
        if (const QString note = p.executedParameters.value(u"note"_s).toString();
            !note.isEmpty() && note != p.executionError)
            lines.append(esc(note));
    }
    if (!p.notes.isEmpty())
        lines.append(u"<i>%1</i>"_s.arg(esc(p.notes)));
    return lines.isEmpty() ? QString()
                           : section(QCoreApplication::translate("ProposalHtml", "Decision")) + u"<p>"_s
            + lines.join(u"<br>"_s) + u"</p>"_s;
}

} // namespace

QString trackRecord(const ApprovalDesk::Proposal& p, const DecisionLearning::Record& r)
{
    const QString who = Cluster::agentDisplayName(p.agent);
    const QString what = ActionTypes::displayName(p.actionType);
    const QString after = Outcomes::describe(r.outcomes);
    if (r.decided == 0) {
        const QString none
            = QCoreApplication::translate("ProposalHtml", "Track record of %1 on “%2”: none decided by a person yet.")
                  .arg(who, what);
        return after.isEmpty() ? none : none + u" "_s + after;
    }
    QString text = QCoreApplication::translate("ProposalHtml",
        "Track record of %1 on “%2”: %n decided by people — %3 approved as proposed, %4 modified, %5 rejected", nullptr,
        r.decided)
                       .arg(who, what)
                       .arg(r.unchanged)
                       .arg(r.modified)
                       .arg(r.rejected);
    if (r.medianChangePercent)
        text += u" "_s
            + QCoreApplication::translate("ProposalHtml", "(median change %1 %)")
                  .arg(QLocale().toString(*r.medianChangePercent, 'f', 0));
    text += u"; "_s + QCoreApplication::translate("ProposalHtml", "%1 ran, %2 failed to run.").arg(r.ran).arg(r.failed);
    if (!after.isEmpty())
        text += u" "_s + after;
    return text;
}

QString detail(const ApprovalDesk::Proposal& p, const QString& evidence, const QString& stores, const QString& notice,
    const QString& record)
{
    QString html;
    html += u"<p style='margin-top:0'>%1</p>"_s.arg(esc(p.description.isEmpty() ? p.title : p.description));
    if (!stores.isEmpty())
        html += section(QCoreApplication::translate("ProposalHtml", "What changes in the stores")) + stores;
    if (!evidence.isEmpty())
        html += section(QCoreApplication::translate("ProposalHtml", "The content under review")) + evidence;
    else
        html += impact(p);
    html += section(QCoreApplication::translate("ProposalHtml", "Reasoning"));
    html += p.reasoning.isEmpty()
        ? u"<p>%1</p>"_s.arg(muted(QCoreApplication::translate("ProposalHtml", "The agent gave no reasoning.")))
        : u"<p>%1</p>"_s.arg(esc(p.reasoning));
    html += comparison(p);
    html += section(QCoreApplication::translate("ProposalHtml", "What runs when approved"));
    if (!notice.isEmpty())
        html += u"<table width='100%' cellpadding='6' style='background:%1;border:1px solid %2'><tr><td>%3</td></tr>"
                u"</table>"_s.arg(Theme::css(Theme::Notice), Theme::css(Theme::NoticeBorder), esc(notice));
    html += parameters(p);
    if (const QJsonValue targets = p.parameters.value(u"targets"_s); targets.isArray()) {
        QStringList places;
        for (const QJsonValue& t : targets.toArray())
            places.append(t.toString());
        html += section(QCoreApplication::translate("ProposalHtml", "Where it goes live"));
        html += list(places, QCoreApplication::translate("ProposalHtml", "No store or site is connected."));
    }
    html += section(QCoreApplication::translate("ProposalHtml", "Risk factors"));
    html += list(p.riskFactors, QCoreApplication::translate("ProposalHtml", "None named."));
    html += section(QCoreApplication::translate("ProposalHtml", "Alternatives"));
    html += alternatives(p.alternatives);
    html += section(QCoreApplication::translate("ProposalHtml", "Data sources"));
    html += list(p.dataSources, QCoreApplication::translate("ProposalHtml", "None named."));
    html += section(QCoreApplication::translate("ProposalHtml", "Why it is here"));
    QString why = esc(p.verdict);
    if (p.ruleVersion > 0)
        why += u"<br>"_s
            + muted(
                QCoreApplication::translate("ProposalHtml", "Rule version %1 · may decide: %2 · at the deadline: %3")
                    .arg(p.ruleVersion)
                    .arg(roleNames(p.approverRoles),
                        p.onExpiry == u"approve" ? QCoreApplication::translate("ProposalHtml", "approve")
                                                 : QCoreApplication::translate("ProposalHtml", "reject")));
    html += u"<p>%1</p>"_s.arg(why);
    if (!record.isEmpty()) {
        QStringList lines;
        for (const QString& line : record.split(u'\n'))
            lines.append(muted(line));
        html += u"<p>%1</p>"_s.arg(lines.join(u"<br>"_s));
    }
    html += decision(p);
    return html;
}

} // namespace ProposalHtml
