#include "StageSummaryModel.h"

#include "Format.h"
#include "ModelRoles.h"
#include "core/Log.h"
#include "storage/Sql.h"

using namespace Qt::StringLiterals;

StageSummaryModel::StageSummaryModel(const QSqlDatabase& db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
    m_groups = {
        {tr("Waiting for you"), {u"needs_review"_s, u"awaiting_approval"_s, u"escalated"_s}, u"awaiting_approval"_s,
            tr("A person must look: reviews the models disagreed on, approvals, escalations."), false},
        {tr("Being written and checked"), {u"enhancing"_s, u"validating"_s}, u"enhancing"_s,
            tr("The models are writing or checking these right now."), false},
        {tr("Waiting to retry"), {u"enhancing"_s, u"validating"_s}, u"failed"_s,
            tr("Their last try failed (a provider error, a missing key); they try again by themselves. The "
               "reason is on each product in the Pipeline."),
            true},
        {tr("Ready to publish"), {u"ready"_s, u"approved"_s, u"publishing"_s}, u"ready"_s,
            tr("Every piece passed; approved or ready to be approved and published."), false},
        {tr("Published and live"), {u"published"_s, u"promoting"_s, u"live"_s}, u"live"_s,
            tr("In the stores. Published: the store accepted it; Live: also promoted."), false},
        {tr("Drafts"), {u"draft"_s}, u"draft"_s, tr("Facts only; nothing written yet."), false},
        {tr("Failed"), {u"failed"_s}, u"failed"_s, tr("Stopped after their retries ran out; Retry starts them again."),
            false},
    };
    reload();
}

int StageSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_groups.size());
}

int StageSummaryModel::total() const
{
    int n = 0;
    for (const Group& g : m_groups)
        n += g.count;
    return n;
}

void StageSummaryModel::reload()
{
    QHash<QString, int> byStage;
    QHash<QString, int> waitingByStage;
    try {
        // Waiting: its generate job is queued after a failure (a retry or a wait for the provider).
        QSqlQuery q = Sql::exec(m_db,
            u"SELECT p.stage, EXISTS (SELECT 1 FROM jobs j WHERE j.kind = 'generate' AND j.subject_id = p.id "
            u"AND j.state = 'queued' AND (j.attempts > 0 OR j.waiting_since IS NOT NULL)), COUNT(*) "
            u"FROM products p WHERE p.archived_at IS NULL GROUP BY 1, 2"_s);
        while (q.next())
            (q.value(1).toBool() ? waitingByStage : byStage)[q.value(0).toString()] += q.value(2).toInt();
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "stage summary query failed:" << e.message();
    }
    for (Group& g : m_groups) {
        g.count = 0;
        for (const QString& s : std::as_const(g.stages)) {
            g.count += g.waiting ? waitingByStage.value(s) : byStage.value(s);
            // Outside the writing stages a leftover queued job does not make the product wait.
            if (!g.waiting && s != u"enhancing" && s != u"validating")
                g.count += waitingByStage.value(s);
        }
    }
    emit dataChanged(index(0), index(static_cast<int>(m_groups.size()) - 1));
}

QVariant StageSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group& g = m_groups.at(index.row());
    const int all = total();
    switch (role) {
    case Qt::DisplayRole:
        return g.label;
    case Qt::ToolTipRole:
        return QString(tr("%n product(s)", nullptr, g.count) + u"\n"_s + g.explanation);
    case WaitingRole:
        return g.waiting;
    case ModelRoles::SummaryTextRole:
        return tr("%n product(s)", nullptr, g.count);
    case Qt::DecorationRole:
        return Format::stageColor(g.colorKey);
    case StagesRole:
        return g.stages;
    case CountRole:
        return g.count;
    case ShareRole:
        return all == 0 ? 0 : g.count * 100 / all;
    default:
        return {};
    }
}
