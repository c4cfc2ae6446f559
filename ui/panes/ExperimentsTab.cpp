#include "ExperimentsTab.h"

#include "ExperimentChart.h"
#include "ExperimentsModel.h"
#include "ModelRoles.h"
#include "Theme.h"
#include "dialogs/ExperimentDialog.h"
#include "users/Users.h"
#include "widgets/EmptyState.h"
#include "widgets/SelectionKeeper.h"
#include "widgets/Tables.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ExperimentsTab::ExperimentsTab(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_add(new QPushButton(tr("&New test…"), this))
    , m_declare(new QPushButton(tr("&Declare winner"), this))
    , m_stop(new QPushButton(tr("S&top test"), this))
    , m_experiments(Tables::compact(context.experimentsModel, this, u"experimentsView"_s))
    , m_summary(new QLabel(this))
    , m_arms(Tables::compact(context.experimentArms, this, u"experimentArmsView"_s))
    , m_chart(new ExperimentChart(context.experimentArms, this))
{
    setObjectName(u"experimentsTab"_s);
    m_add->setObjectName(u"experimentsAdd"_s);
    m_declare->setObjectName(u"experimentsDeclare"_s);
    m_stop->setObjectName(u"experimentsStop"_s);
    m_summary->setObjectName(u"experimentSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_experiments->horizontalHeader()->setSectionResizeMode(ExperimentsModel::State, QHeaderView::Stretch);
    m_experiments->setColumnWidth(ExperimentsModel::Name, 210);
    m_experiments->setColumnWidth(ExperimentsModel::Arms, 290);
    for (int c : {ExperimentsModel::Metric, ExperimentsModel::Started, ExperimentsModel::Days})
        m_experiments->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    new SelectionKeeper(m_experiments);
    EmptyState::attach(m_experiments, tr("No A/B tests yet"),
        tr("A test compares ad sets of a synced Meta ad account on one figure, registered in advance. Each "
           "complete day is looked at with a test that stays honest however often it looks; no verdict before "
           "the floors."));
    m_arms->horizontalHeader()->setSectionResizeMode(ExperimentArmsModel::Arm, QHeaderView::Stretch);
    for (int c = ExperimentArmsModel::Share; c < ExperimentArmsModel::ColumnCount; ++c)
        m_arms->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_arms->setMinimumHeight(80);
    m_chart->setMinimumHeight(170);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_declare);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_experiments, 1);
    auto* detail = new QSplitter(Qt::Vertical, this);
    detail->addWidget(m_arms);
    detail->addWidget(m_chart);
    detail->setChildrenCollapsible(false);
    detail->setSizes({95, 275});
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_summary);
    bottomLayout->addWidget(detail, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 490});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(splitter);

    connect(m_add, &QPushButton::clicked, this, &ExperimentsTab::addExperiment);
    connect(m_declare, &QPushButton::clicked, this, &ExperimentsTab::declareWinner);
    connect(m_stop, &QPushButton::clicked, this, &ExperimentsTab::stopExperiment);
    connect(
        m_experiments->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExperimentsTab::showCurrent);
    connect(context.experimentsModel, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_experiments->currentIndex().isValid() && m_context.experimentsModel->rowCount() > 0)
            m_experiments->setCurrentIndex(m_context.experimentsModel->index(0, 0));
        showCurrent();
    });
    connect(context.experimentsModel, &QAbstractItemModel::dataChanged, this, &ExperimentsTab::showCurrent);
    connect(context.experimentArms, &ExperimentArmsModel::looksChanged, this,
        [this] { m_summary->setText(summaryText()); });
    connect(context.user, &UserSession::changed, this, &ExperimentsTab::showCurrent); // who may run tests
    if (context.experimentsModel->rowCount() > 0)
        m_experiments->setCurrentIndex(context.experimentsModel->index(0, 0));
    showCurrent();
}

void ExperimentsTab::showCurrent()
{
    const auto e = m_context.experimentsModel->experimentAt(m_experiments->currentIndex());
    const QString why = m_context.experiments->whyNot();
    m_add->setToolTip(why);
    m_stop->setToolTip(why);
    m_declare->setToolTip(why.isEmpty() ? tr("Propose declaring the winner again (after a person rejected it): it "
                                             "waits in Approvals")
                                        : why);
    m_add->setEnabled(why.isEmpty());
    const bool proposable = e && Experiments::mayProposeWinner(*e);
    m_declare->setEnabled(why.isEmpty() && proposable);
    // A winner whose declaration waits in Approvals is decided there (rejecting it lets the test be stopped).
    m_stop->setEnabled(why.isEmpty() && e && (Experiments::isOpen(e->status) || proposable));
    if (why.isEmpty() && e && e->status == Experiments::Status::Winner && !proposable)
        m_stop->setToolTip(tr("Declaring the winner waits in Approvals or is being carried out: reject it there to "
                              "stop the test"));
    m_context.experimentArms->setExperiment(e ? e->id : 0);
    m_summary->setText(summaryText());
}

QString ExperimentsTab::summaryText() const
{
    const auto& e = m_context.experimentArms->experiment();
    if (!e)
        return {};
    const QLocale locale;
    const QList<Experiments::Look>& looks = m_context.experimentArms->looks();
    const QString visitors = Experiments::visitorsName(e->metric);
    const QString conversions = Experiments::conversionsName(e->metric);
    const QString floors = tr("No verdict before every arm has %1 %2 and %3 %4.")
                               .arg(locale.toString(e->settings.minVisitors), visitors,
                                   locale.toString(e->settings.minConversions), conversions);
    QStringList parts;
    if (e->status == Experiments::Status::Stopped && looks.isEmpty()) {
        parts.append(tr("Stopped by a person before its first look."));
    } else if (looks.isEmpty()) {
        parts.append(tr("Starts on %1 and runs at most %n day(s); the first look comes once its first day is complete.",
            nullptr, e->maxDays)
                         .arg(locale.toString(e->startDay, QLocale::ShortFormat)));
        parts.append(floors);
    } else {
        const Experiments::Look& last = looks.last();
        const QDate met = m_context.experimentArms->floorsMetOn();
        switch (e->status) {
        case Experiments::Status::Collecting: {
            // The arm furthest from its floors.
            QString behind;
            double least = 2;
            for (const AbTest::Arm& a : last.arms) {
                const double v = static_cast<double>(a.visitors) / static_cast<double>(e->settings.minVisitors);
                const double c = static_cast<double>(a.conversions) / static_cast<double>(e->settings.minConversions);
                if (std::min(v, c) < least) {
                    least = std::min(v, c);
                    behind = c <= v ? tr("“%1” has %2 of %3 %4.")
                                          .arg(a.name, locale.toString(a.conversions),
                                              locale.toString(e->settings.minConversions), conversions)
                                    : tr("“%1” has %2 of %3 %4.")
                                          .arg(a.name, locale.toString(a.visitors),
                                              locale.toString(e->settings.minVisitors), visitors);
                }
            }
            parts.append(floors);
            parts.append(behind);
            break;
        }
        case Experiments::Status::Running:
            parts.append(tr("Every arm passed the floors on %1; no difference is significant yet. It ends on %2 at "
                            "the latest.")
                             .arg(locale.toString(met, QLocale::ShortFormat),
                                 locale.toString(e->lastDay(), QLocale::ShortFormat)));
            break;
        case Experiments::Status::Winner:
        case Experiments::Status::Decided: {
            const QString winner
                = e->winner >= 0 && e->winner < e->arms.size() ? e->arms.at(e->winner).name : QString();
            parts.append(
                tr("“%1” wins on %2: every arm passed the floors on %3, and the difference was significant "
                   "on %4.")
                    .arg(winner, Experiments::metricName(e->metric).toLower(),
                        locale.toString(met, QLocale::ShortFormat), locale.toString(last.day, QLocale::ShortFormat)));
            if (e->status == Experiments::Status::Decided)
                parts.append(e->pausesProposed > 0
                        ? tr("It was declared; a pause was proposed for %n other arm(s) still running.", nullptr,
                            e->pausesProposed)
                        : tr("It was declared; no other arm was paused."));
            else if (e->proposalExecution == u"failed")
                parts.append(tr("Declaring it failed; propose it again or stop the test."));
            else if (e->proposalStatus == u"pending")
                parts.append(tr("Declaring it waits for a person in Approvals."));
            else if (e->proposalStatus == u"rejected")
                parts.append(tr("A person rejected declaring it; propose it again or stop the test."));
            break;
        }
        case Experiments::Status::Inconclusive:
            parts.append(met.isValid()
                    ? tr("No difference was found by %1, the last day registered: the arms are not shown to differ "
                         "by the smallest lift worth finding.")
                          .arg(locale.toString(e->lastDay(), QLocale::ShortFormat))
                    : tr("The last day registered, %1, passed before every arm reached the floors: no verdict.")
                          .arg(locale.toString(e->lastDay(), QLocale::ShortFormat)));
            break;
        case Experiments::Status::Stopped:
            parts.append(
                tr("Stopped by a person after the look of %1.").arg(locale.toString(last.day, QLocale::ShortFormat)));
            break;
        }
    }
    if (const QString warning = m_context.experimentArms->splitWarning(); !warning.isEmpty())
        parts.append(warning);
    return parts.join(u' ');
}

void ExperimentsTab::addExperiment()
{
    auto* dialog = new ExperimentDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExperimentDialog::message, this, &ExperimentsTab::message);
    dialog->open();
}

void ExperimentsTab::declareWinner()
{
    const auto e = m_context.experimentsModel->experimentAt(m_experiments->currentIndex());
    if (!e)
        return;
    QString error;
    if (m_context.experiments->proposeWinner(e->id, &error) == 0) {
        emit message(error);
        return;
    }
    emit message(tr("Declaring the winner of “%1” is proposed: it waits in Approvals.").arg(e->name));
}

void ExperimentsTab::stopExperiment()
{
    const auto e = m_context.experimentsModel->experimentAt(m_experiments->currentIndex());
    if (!e)
        return;
    // Stopping cannot be undone: the test was registered to run its course.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Stop the test?"),
        tr("Stop “%1”? It looks at no more days and reaches no verdict; what it saw stays. A stopped test cannot be "
           "started again.")
            .arg(e->name),
        QMessageBox::NoButton, this);
    box->setObjectName(u"experimentStopConfirm"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->addButton(tr("Stop test"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    const qint64 id = e->id;
    const QString name = e->name;
    connect(box, &QMessageBox::accepted, this, [this, id, name] {
        QString error;
        if (!m_context.experiments->stop(id, &error)) {
            emit message(error);
            return;
        }
        emit message(tr("“%1” stopped: it looks no more, and what it saw stays.").arg(name));
    });
    box->open();
}
