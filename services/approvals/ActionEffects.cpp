#include "ActionEffects.h"

#include "core/Money.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::optional<qint64> ActionEffects::amount(const QJsonObject& parameters, const QString& key)
{
    return Money::parse(parameters.value(key).toVariant().toString());
}

void ActionEffects::add(ActionType type, Run run, Rejected onRejected)
{
    Q_ASSERT_X(!has(type), "ActionEffects::add", "an action type has two effects");
    m_effects[type] = Effect{std::move(run), std::move(onRejected)};
}

void ActionEffects::addRecordedOnly(ActionType type)
{
    add(type, [](const QSqlDatabase&, const ApprovalDesk::Proposal&, QJsonObject params, qint64) {
        params.insert(u"recorded"_s, true);
        params.insert(u"note"_s,
            QCoreApplication::translate("ActionEffects",
                "Recorded as decided; carrying it out happens outside Quorum (supplier, market, books)."));
        return Result::done(params);
    });
}

ActionEffects::Result ActionEffects::run(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, qint64 now) const
{
    const auto it = m_effects.find(p.actionType);
    if (it == m_effects.end() || !it->second.run)
        return Result::failed(QCoreApplication::translate("ActionEffects", "Quorum does not know how to run “%1”.")
                                  .arg(ActionTypes::displayName(p.actionType)));
    const QJsonObject params = p.approvedParameters.isEmpty() ? p.effectiveParameters() : p.approvedParameters;
    return it->second.run(db, p, params, now);
}

void ActionEffects::rejected(const QSqlDatabase& db, const ApprovalDesk::Proposal& p, const QString& reason,
    const QString& actor, qint64 now) const
{
    const auto it = m_effects.find(p.actionType);
    if (it != m_effects.end() && it->second.onRejected)
        it->second.onRejected(db, p, reason, actor, now);
}
