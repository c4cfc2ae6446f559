#include "CeoCard.h"

#include "BusinessHealthModel.h"
#include "Format.h"
#include "Theme.h"
#include "agents/Cluster.h"
#include "core/Money.h"
#include "delegates/PillDelegate.h"
#include "dialogs/GoalsDialog.h"
#include "shopagents/GoalActions.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CeoCard::CeoCard(BusinessHealthModel* model, GoalActions* goals, QWidget* parent)
    : QFrame(parent)
    , m_model(model)
    , m_goals(goals)
    , m_subtitle(new QLabel(this))
    , m_table(new QTableView(this))
    , m_reasons(new QLabel(this))
    , m_decide(new QLabel(this))
    , m_edit(new QPushButton(tr("Goals…"), this))
{
    setObjectName(u"ceoCard"_s);
    setProperty("role", u"card"_s);
    auto* title = new QLabel(tr("Business health"), this);
    title->setProperty("role", u"section"_s);
    m_subtitle->setObjectName(u"ceoSubtitle"_s);
    m_subtitle->setProperty("role", u"subtitle"_s);
    m_subtitle->setWordWrap(true);
    m_edit->setObjectName(u"ceoGoals"_s);
    m_table->setObjectName(u"businessHealthView"_s);
    m_table->setModel(model);
    m_table->setItemDelegateForColumn(BusinessHealthModel::Status, new PillDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(BusinessHealthModel::Goal, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BusinessHealthModel::Status, QHeaderView::ResizeToContents);
    m_reasons->setObjectName(u"ceoReasons"_s);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_decide->setObjectName(u"ceoDecideFirst"_s);
    m_decide->setWordWrap(true);
    m_decide->setTextFormat(Qt::RichText);
    m_decide->setTextInteractionFlags(Qt::TextBrowserInteraction); // links by mouse and by Tab + Enter

    auto* head = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(m_subtitle);
    head->addLayout(titles, 1);
    head->addWidget(m_edit, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 14);
    layout->addLayout(head);
    layout->addWidget(m_table);
    layout->addWidget(m_reasons);
    layout->addWidget(m_decide);

    connect(m_edit, &QPushButton::clicked, this, &CeoCard::editGoals);
    connect(model, &BusinessHealthModel::reloaded, this, &CeoCard::refresh);
    connect(model, &BusinessHealthModel::rankingChanged, this, &CeoCard::showRanking);
    connect(m_decide, &QLabel::linkActivated, this, [this](const QString& link) {
        bool ok = false;
        const qint64 id = link.section(u':', 1).toLongLong(&ok);
        if (link.startsWith(u"proposal:"_s) && ok)
            emit proposalRequested(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CeoCard::showReasons);
    refresh();
}

void CeoCard::showEvent(QShowEvent* event)
{
    QFrame::showEvent(event);
    m_model->reloadRanking(); // the queue may have changed while the dashboard was hidden
}

void CeoCard::showRanking()
{
    const ProposalRanking::Ranking& r = m_model->ranking();
    if (r.ranked == 0) {
        m_decide->setText(r.unranked > 0
                ? u"<b>%1</b><br>%2"_s.arg(tr("Decide first").toHtmlEscaped(),
                    tr("The CEO cannot rank the %n waiting proposal(s): none estimates its revenue or cost in a "
                       "currency with a rate.",
                        nullptr, r.unranked)
                        .toHtmlEscaped())
                : QString());
        return;
    }
    QString items;
    for (const ProposalRanking::Ranked& p : r.top)
        items += u"<li><a href='proposal:%1'>%2</a> — %3</li>"_s.arg(QString::number(p.id), p.title.toHtmlEscaped(),
            tr("%1 expected (%2 net × %3 confidence) · %4")
                .arg(Money::format(p.expectedCents, r.currency), Money::format(p.netCents, r.currency),
                    Format::percent(p.confidence), Cluster::agentDisplayName(p.agent))
                .toHtmlEscaped());
    QString note = tr("The CEO's ranking of %n waiting proposal(s) by expected value: estimated revenue less cost, "
                      "times confidence.",
        nullptr, r.ranked);
    if (r.unranked > 0)
        note += u" "_s
            + tr("%n other waiting proposal(s) cannot be ranked: no estimate of revenue or cost, or no rate for "
                 "their currency.",
                nullptr, r.unranked);
    m_decide->setText(u"<b>%1</b><br><span style='color:%2'>%3</span><ol style='margin-top:2px'>%4</ol>"_s.arg(
        tr("Decide first").toHtmlEscaped(), Theme::css(Theme::Muted), note.toHtmlEscaped(), items));
}

void CeoCard::refresh()
{
    const auto& report = m_model->report();
    m_table->setVisible(report.has_value());
    m_edit->setEnabled(m_goals != nullptr);
    if (m_goals)
        m_edit->setToolTip(
            m_goals->whyNot().isEmpty() ? tr("Set the month's goals the CEO measures against") : m_goals->whyNot());
    if (!report) {
        m_subtitle->setText(tr("The CEO has not measured the month yet: it runs when the workspace opens, every six "
                               "hours and after store syncs bring orders."));
        m_reasons->clear();
        return;
    }
    const QLocale locale;
    const int goals = report->withGoal();
    m_subtitle->setText((goals > 0 ? tr("%1 of %n goal(s) on track", nullptr, goals).arg(report->onTrack())
                                   : tr("No goals set yet: the figures of the month, without targets"))
        + u" · "_s
        + tr("%1 to %2 · measured by the CEO on %3")
              .arg(locale.toString(report->first, QLocale::ShortFormat),
                  locale.toString(report->last, QLocale::ShortFormat),
                  locale.toString(QDateTime::fromMSecsSinceEpoch(report->at), QLocale::ShortFormat)));
    m_table->setFixedHeight(m_table->horizontalHeader()->height() + 30 * static_cast<int>(report->lines.size())
        + 2 * m_table->frameWidth());
    // The first goal that is off track is the one to read about; else the first line.
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (m_model->line(i).status == BusinessHealth::Status::OffTrack) {
            row = i;
            break;
        }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showReasons();
}

void CeoCard::showReasons()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_model->report()) {
        m_reasons->clear();
        return;
    }
    const BusinessHealth::Line l = m_model->line(current.row());
    if (l.reasons.isEmpty()) {
        m_reasons->setText(l.status == BusinessHealth::Status::NeedsData
                ? l.actualText.toHtmlEscaped()
                : tr("%1: nothing to explain.").arg(BusinessHealth::lineName(l.key).toHtmlEscaped()));
        return;
    }
    QString items;
    for (const QString& r : l.reasons)
        items += u"<li>%1</li>"_s.arg(r.toHtmlEscaped());
    m_reasons->setText(u"<b>%1</b><ul style='margin-top:2px'>%2</ul>"_s.arg(
        tr("Why (%1)").arg(BusinessHealth::lineName(l.key)).toHtmlEscaped(), items));
}

void CeoCard::editGoals()
{
    if (!m_goals)
        return;
    auto* dialog = new GoalsDialog(m_goals, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GoalsDialog::message, this, &CeoCard::message);
    dialog->open();
}
