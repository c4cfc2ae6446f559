#include "CampaignsPane.h"

#include "AdRulesTab.h"
#include "ExperimentsTab.h"
#include "SocialTab.h"

#include "CampaignSeriesModel.h"
#include "CampaignsModel.h"
#include "Markup.h"
#include "RoasChart.h"
#include "campaigns/AdRuleActions.h"
#include "delegates/PillDelegate.h"
#include "widgets/CsvImport.h"
#include "widgets/EmptyState.h"
#include "widgets/NoticeStrip.h"
#include "widgets/PaneHeader.h"
#include "widgets/SelectionKeeper.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CampaignsPane::CampaignsPane(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_platform(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_import(new QPushButton(tr("&Import ad report…"), this))
    , m_view(new QTableView(this))
    , m_chart(new RoasChart(context.campaignSeries, this))
    , m_tabs(new QTabWidget(this))
    , m_rulesTab(new AdRulesTab(context, this))
    , m_experimentsTab(new ExperimentsTab(context, this))
    , m_socialTab(new SocialTab(context, this))
{
    setObjectName(u"campaignsPane"_s);
    auto* header = new PaneHeader(tr("Campaigns"),
        tr("Spend, revenue and return on ad spend per campaign. Red ROAS is below the campaign's target."), this);
    m_search->setObjectName(u"campaignsSearch"_s);
    m_search->setPlaceholderText(tr("Search campaigns…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_platform->setObjectName(u"campaignsPlatformFilter"_s);
    m_platform->addItem(tr("All platforms"), QString());
    for (const QString& p : {u"meta"_s, u"google"_s, u"tiktok"_s})
        m_platform->addItem(Platform::displayName(p), p);
    m_period->setObjectName(u"campaignsPeriod"_s);
    for (int days : {7, 30, 60})
        m_period->addItem(tr("Last %n days", nullptr, days), days);
    m_period->setCurrentIndex(m_period->findData(context.campaigns->periodDays()));
    m_import->setObjectName(u"campaignsImportReport"_s);
    m_import->setToolTip(tr("Read a Google Ads or TikTok Ads report (CSV: campaign or ad group by day); importing "
                            "it again replaces the days it holds"));
    m_import->setVisible(context.adRules != nullptr);
    header->addWidget(m_search);
    header->addWidget(m_platform);
    header->addStretch();
    header->addWidget(m_import);
    header->addWidget(m_period);
    connect(m_import, &QPushButton::clicked, this, &CampaignsPane::chooseReport);

    CampaignsModel* model = context.campaigns;
    m_view->setObjectName(u"campaignsView"_s);
    m_view->setModel(model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(30);
    // The name keeps its room; the last rule's words take what is left.
    m_view->horizontalHeader()->setSectionResizeMode(CampaignsModel::LastRule, QHeaderView::Stretch);
    m_view->setColumnWidth(CampaignsModel::Name, 180);
    m_view->setWordWrap(false); // a long rule name is cut short on one line; its tooltip has it all
    m_view->setItemDelegateForColumn(CampaignsModel::Status, new PillDelegate(m_view));
    // Room for five-figure amounts, and for each header in the interface's language with its sort
    // arrow; the last rule takes the rest (about 150 pixels at 1,366).
    const QList<std::pair<int, int>> widths{{CampaignsModel::Platform, 90}, {CampaignsModel::Status, 88},
        {CampaignsModel::DailyBudget, 88}, {CampaignsModel::Spend, 92}, {CampaignsModel::Revenue, 96},
        {CampaignsModel::StoreSales, 88}, {CampaignsModel::Roas, 62}, {CampaignsModel::TargetRoas, 62}};
    const QFontMetrics headerFont(m_view->horizontalHeader()->font());
    for (const auto& [column, width] : widths) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, std::max(width, headerFont.horizontalAdvance(title) + 30));
    }
    new SelectionKeeper(m_view);
    EmptyState::attach(m_view, tr("No campaigns yet"),
        tr("Connect a Meta ad account in Settings → Connections: its campaigns, ad sets and 90 days of figures come "
           "in, and are read again every quarter of an hour. Or import a Google Ads or TikTok Ads report."));

    connect(m_search, &QLineEdit::textChanged, model, &CampaignsModel::setTextFilter);
    connect(m_platform, &QComboBox::currentIndexChanged, this,
        [this, model] { model->setPlatformFilter(m_platform->currentData().toString()); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this, model] {
        const int days = m_period->currentData().toInt();
        model->setPeriodDays(days);
        m_context.campaignSeries->setDays(days);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignsPane::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
        showCurrent();
    });
    context.campaignSeries->setDays(model->periodDays());

    // The list with its unusual days above it.
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 6, 0, 0);
    listLayout->setSpacing(6);
    listLayout->addWidget(new AnomalyStrip(context.anomalies, 2, list));
    listLayout->addWidget(m_view, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(list);
    splitter->addWidget(m_chart);
    splitter->setChildrenCollapsible(false);
    m_view->setMinimumHeight(110);
    m_chart->setMinimumHeight(240); // with the tab bar, the window still fits a 1024×640 laptop
    splitter->setSizes({290, 470});

    m_tabs->setObjectName(u"campaignsTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("&Campaigns"));
    m_tabs->addTab(m_rulesTab, tr("&Rules"));
    m_tabs->addTab(m_experimentsTab, tr("E&xperiments"));
    m_tabs->addTab(m_socialTab, tr("&Social"));
    connect(m_rulesTab, &AdRulesTab::message, this, &CampaignsPane::message);
    connect(m_rulesTab, &AdRulesTab::proposalRequested, this, &CampaignsPane::proposalRequested);
    connect(m_experimentsTab, &ExperimentsTab::message, this, &CampaignsPane::message);
    connect(m_socialTab, &SocialTab::message, this, &CampaignsPane::message);
    // The search and filters are the campaign list's.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        for (QWidget* w :
            {static_cast<QWidget*>(m_search), static_cast<QWidget*>(m_platform), static_cast<QWidget*>(m_period)})
            w->setVisible(index == 0);
        m_import->setVisible(index == 0 && m_context.adRules);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(header);
    layout->addWidget(m_tabs, 1);
    if (model->rowCount() > 0)
        m_view->setCurrentIndex(model->index(0, 0));
    showCurrent();
}

void CampaignsPane::showCurrent()
{
    const CampaignsModel::Campaign c = m_context.campaigns->campaignAt(m_view->currentIndex());
    m_context.campaignSeries->setCampaign(c.id);
    // A chart title is rich text; the campaign's name comes from the ad platform.
    m_chart->setTitle(c.id < 0 ? QString() : tr("%1 · ROAS per day").arg(Markup::escaped(c.name)));
}

void CampaignsPane::chooseReport()
{
    if (const QString why = m_context.adRules->whyNot(); !why.isEmpty()) {
        emit message(why);
        return;
    }
    CsvImport::choose(this, tr("Import an ad report"), tr("Ad reports (*.csv *.tsv *.txt)"), u"adReportFiles"_s,
        [this](const QString& path) { importReport(path); });
}

void CampaignsPane::importReport(const QString& path)
{
    const AdRuleActions::ReportImport result = m_context.adRules->importReport(path);
    emit message(result.summary);
    QStringList details = result.warnings;
    details.append(result.problems);
    if (QMessageBox* box = CsvImport::showResult(this, result.ok,
            !result.ok                      ? tr("Ad report not imported")
                : result.problems.isEmpty() ? tr("Ad report imported")
                                            : tr("Ad report imported, with rows left out"),
            result.summary, details, u"adReportResult"_s))
        m_lastReportBox = box;
}
