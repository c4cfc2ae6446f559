#include "ExperimentsModel.h"

#include "Format.h"
#include "ModelRoles.h"
#include "ThemeColors.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QString signedPercent(double value)
{
    return (value > 0 ? u"+"_s : QString()) + Format::percent(value, 1);
}

QString pText(double p)
{
    return p < 0.001 ? u"< "_s + QLocale().toString(0.001, 'f', 3) : QLocale().toString(p, 'f', 3);
}
} // namespace

ExperimentsModel::ExperimentsModel(ExperimentActions* actions, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_actions(actions)
{
    reload();
}

void ExperimentsModel::reload()
{
    QList<Experiments::Experiment> rows;
    try {
        rows = m_actions->experiments();
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "cannot read the A/B tests:" << e.message();
    }
    replaceRows(rows, [](const Experiments::Experiment& a, const Experiments::Experiment& b) { return a.id == b.id; });
}

std::optional<Experiments::Experiment> ExperimentsModel::experimentAt(const QModelIndex& index) const
{
    const auto* row = rowPtr(index);
    return row ? std::optional<Experiments::Experiment>(*row) : std::nullopt;
}

QString ExperimentsModel::stateText(const Experiments::Experiment& e)
{
    const QString winner = e.winner >= 0 && e.winner < e.arms.size() ? e.arms.at(e.winner).name : QString();
    switch (e.status) {
    case Experiments::Status::Winner:
        if (e.proposalExecution == u"failed")
            return tr("Winner: “%1”, declaring it failed").arg(winner);
        if (e.proposalStatus == u"pending")
            return tr("Winner: “%1”, waiting in Approvals").arg(winner);
        if (e.proposalStatus == u"rejected")
            return tr("Winner: “%1”, declaring it was rejected").arg(winner);
        return tr("Winner: “%1”").arg(winner);
    case Experiments::Status::Decided:
        return tr("“%1” declared the winner").arg(winner);
    default:
        return Experiments::statusName(e.status);
    }
}

QVariant ExperimentsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Experiments::Experiment& e = m_rows.at(index.row());
    if (role == ModelRoles::IdRole)
        return e.id;
    if (role == ModelRoles::StatusKeyRole)
        return Experiments::statusKey(e.status);
    if (role == Qt::ForegroundRole && index.column() == State) {
        switch (e.status) {
        case Experiments::Status::Winner:
        case Experiments::Status::Decided:
            return QVariant(Theme::Success);
        case Experiments::Status::Inconclusive:
        case Experiments::Status::Stopped:
            return QVariant(Theme::Muted);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Name && !e.hypothesis.isEmpty())
            return e.hypothesis;
        if (index.column() == Arms || index.column() == State)
            return data(index, Qt::DisplayRole);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return e.name;
    case Arms: {
        QStringList names;
        for (const Experiments::Arm& a : e.arms)
            names.append(a.name);
        return names.join(tr(" vs "));
    }
    case Metric:
        return Experiments::metricName(e.metric);
    case Started:
        return QLocale().toString(e.startDay, QLocale::ShortFormat);
    case Days: {
        const int looked = e.lookedThrough.isValid() ? static_cast<int>(e.startDay.daysTo(e.lookedThrough) + 1) : 0;
        return tr("%1 of %2").arg(QLocale().toString(looked), QLocale().toString(e.maxDays));
    }
    case State:
        return stateText(e);
    default:
        return {};
    }
}

QVariant ExperimentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Test");
    case Arms:
        return tr("Control vs variants");
    case Metric:
        return tr("Primary metric");
    case Started:
        return tr("Started");
    case Days:
        return tr("Days looked at");
    case State:
        return tr("State");
    default:
        return {};
    }
}

ExperimentArmsModel::ExperimentArmsModel(ExperimentActions* actions, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_actions(actions)
{ }

void ExperimentArmsModel::setExperiment(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    reload();
}

void ExperimentArmsModel::reload()
{
    std::optional<Experiments::Experiment> experiment;
    QList<Experiments::Look> looks;
    if (m_id > 0) {
        try {
            experiment = m_actions->experiment(m_id);
            looks = m_actions->looks(m_id);
        } catch (const SqlError& e) {
            qCWarning(lcModels) << "cannot read the A/B test:" << e.message();
        }
    }
    beginResetModel();
    m_experiment = experiment;
    m_looks = looks;
    m_rows = experiment ? experiment->arms : QList<Experiments::Arm>();
    endResetModel();
    emit looksChanged();
}

QDate ExperimentArmsModel::floorsMetOn() const
{
    for (const Experiments::Look& look : m_looks) {
        bool met = !look.verdict.comparisons.isEmpty();
        for (const AbTest::Comparison& c : look.verdict.comparisons)
            met = met && c.floorsMet;
        if (met)
            return look.day;
    }
    return {};
}

double ExperimentArmsModel::actualShare(int arm) const
{
    if (m_looks.isEmpty())
        return -1;
    const QList<AbTest::Arm>& arms = m_looks.last().arms;
    qint64 total = 0;
    for (const AbTest::Arm& a : arms)
        total += a.visitors;
    return total > 0 && arm < arms.size() ? static_cast<double>(arms.at(arm).visitors) / static_cast<double>(total)
                                          : -1;
}

QString ExperimentArmsModel::splitWarning() const
{
    if (!m_experiment)
        return {};
    for (int i = 0; i < m_rows.size(); ++i) {
        const double share = actualShare(i);
        if (share >= 0 && std::abs(share - m_rows.at(i).share) > 0.10)
            return tr("“%1” got %2 of the %3 where %4 was registered: the ad sets did not get the traffic split the "
                      "test assumes, so a difference may come from whom Meta showed them to.")
                .arg(m_rows.at(i).name, Format::percent(share), Experiments::visitorsName(m_experiment->metric),
                    Format::percent(m_rows.at(i).share));
    }
    return {};
}

QVariant ExperimentArmsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Experiments::Arm& arm = m_rows.at(row);
    const AbTest::Arm counts
        = m_looks.isEmpty() || row >= m_looks.last().arms.size() ? AbTest::Arm{} : m_looks.last().arms.at(row);
    const AbTest::Comparison* comparison = nullptr;
    if (!m_looks.isEmpty())
        for (const AbTest::Comparison& c : m_looks.last().verdict.comparisons)
            if (c.arm == row)
                comparison = &c;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Arm ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && comparison && comparison->significant
        && (index.column() == Lift || index.column() == PValue))
        return QVariant(comparison->rate > comparison->controlRate ? Theme::Success : Theme::Danger);
    if (role == Qt::ToolTipRole && index.column() == Interval && comparison)
        return tr("The difference of the rates, in percentage points, lies in this interval with the test's "
                  "confidence, however often it was looked at (an always-valid interval).");
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case Visitors:
            return counts.visitors;
        case Conversions:
            return counts.conversions;
        case PValue:
            return comparison ? QVariant(comparison->pValue) : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Arm:
        return row == 0 ? tr("%1 (control)").arg(arm.name) : arm.name;
    case Share: {
        const double got = actualShare(row);
        return got < 0 ? Format::percent(arm.share)
                       : tr("%1 of %2").arg(Format::percent(got), Format::percent(arm.share));
    }
    case Visitors:
        return locale.toString(counts.visitors);
    case Conversions:
        return locale.toString(counts.conversions);
    case Rate:
        return counts.visitors > 0
            ? Format::percent(static_cast<double>(counts.conversions) / static_cast<double>(counts.visitors), 2)
            : u"–"_s;
    case Lift:
        return comparison && comparison->controlRate > 0 ? signedPercent(comparison->lift) : u"–"_s;
    case Interval:
        return comparison && std::isfinite(comparison->low) && std::isfinite(comparison->high) && (counts.visitors > 0)
            ? tr("%1 to %2 pts")
                  .arg(locale.toString(comparison->low * 100, 'f', 2), locale.toString(comparison->high * 100, 'f', 2))
            : u"–"_s;
    case PValue:
        return comparison ? pText(comparison->pValue) : u"–"_s;
    default:
        return {};
    }
}

QVariant ExperimentArmsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const Experiments::Metric metric = m_experiment ? m_experiment->metric : Experiments::Metric::PurchasesPerClick;
    const auto capital = [](QString s) {
        if (!s.isEmpty())
            s[0] = s.at(0).toUpper();
        return s;
    };
    switch (section) {
    case Arm:
        return tr("Ad set");
    case Share:
        return tr("Traffic (got of registered)");
    case Visitors:
        return capital(Experiments::visitorsName(metric));
    case Conversions:
        return capital(Experiments::conversionsName(metric));
    case Rate:
        return tr("Rate");
    case Lift:
        return tr("Against control");
    case Interval:
        return tr("Difference (always valid)");
    case PValue:
        return tr("p-value");
    default:
        return {};
    }
}
