#include "ReviewsPage.h"

#include "ReviewModels.h"
#include "widgets/EmptyState.h"
#include "widgets/Tables.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReviewsPage::ReviewsPage(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_week(Tables::compact(context.reviewWeek, this, u"reviewWeekTable"_s))
    , m_search(new QLineEdit(this))
    , m_needsReply(new QCheckBox(tr("Only reviews that need a reply"), this))
    , m_table(Tables::compact(context.reviews, this, u"reviewsTable"_s))
{
    setObjectName(u"reviewsPage"_s);
    auto* intro = new QLabel(tr("The product reviews of your stores, as the sync brings them in and the Review Desk "
                                "reads them. For a complaint, a low rating or a question it drafts a reply, has a "
                                "second model check it against the product's facts and what replies may offer "
                                "(Brand), and puts it in Approvals. You post the approved reply in the store."),
        this);
    intro->setWordWrap(true);
    auto* weekTitle = new QLabel(tr("This week"), this);
    weekTitle->setProperty("role", u"section"_s);
    // Every column in view: the product and the two topic lists share what the counts leave.
    m_week->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_week->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (const int column : {ReviewWeekModel::Reviews, ReviewWeekModel::Stars})
        m_week->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_week->setMaximumHeight(150);
    EmptyState::attach(m_week, tr("No reviews this week"),
        tr("What customers praise and complain about per product appears here once reviews of the last seven days "
           "come in."));
    m_search->setObjectName(u"reviewSearch"_s);
    m_search->setPlaceholderText(tr("Search by product or text"));
    m_search->setClearButtonEnabled(true);
    m_needsReply->setObjectName(u"reviewsNeedReply"_s);
    // The models outlive the dialog: a new page starts unfiltered, as its controls say.
    context.reviews->setTextFilter({});
    context.reviews->setNeedsReplyOnly(false);
    connect(m_search, &QLineEdit::textChanged, context.reviews, &ReviewsModel::setTextFilter);
    connect(m_needsReply, &QCheckBox::toggled, context.reviews, &ReviewsModel::setNeedsReplyOnly);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ReviewsModel::Text, QHeaderView::Stretch);
    for (const int column : {ReviewsModel::Date, ReviewsModel::Stars, ReviewsModel::Sentiment, ReviewsModel::Reply})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(ReviewsModel::Product, 150);
    m_table->setColumnWidth(ReviewsModel::Topics, 150);
    EmptyState::attach(m_table, tr("No reviews"),
        tr("Reviews appear here once a connected WooCommerce store has been synced. Shopify's API gives no product "
           "reviews."));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_needsReply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(weekTitle);
    layout->addWidget(m_week);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

void ReviewsPage::showEvent(QShowEvent* event)
{
    // The week moves with the calendar, not only with new reviews.
    m_context.reviewWeek->reload();
    QWidget::showEvent(event);
}
