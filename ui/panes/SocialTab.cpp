#include "SocialTab.h"

#include "SocialBestTimes.h"
#include "SocialCalendar.h"
#include "SocialPostsModel.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "social/SocialActions.h"
#include "social/SocialSchedule.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SocialTab::SocialTab(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new SocialPostsModel(context.social, this))
    , m_mode(new QComboBox(this))
    , m_previous(new QPushButton(tr("◀"), this))
    , m_today(new QPushButton(tr("&Today"), this))
    , m_next(new QPushButton(tr("▶"), this))
    , m_period(new QLabel(this))
    , m_plan(new QPushButton(tr("&Plan posts…"), this))
    , m_cancel(new QPushButton(tr("Cancel post"), this))
    , m_calendar(new SocialCalendar(m_model, this))
    , m_list(new QTableView(this))
    , m_state(new QLabel(this))
    , m_bestTimes(new SocialBestTimes(context, this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(u"socialTab"_s);
    m_mode->setObjectName(u"socialMode"_s);
    m_mode->addItem(tr("Week"), 0);
    m_mode->addItem(tr("Month"), 1);
    m_mode->addItem(tr("Best times"), 2);
    m_mode->setToolTip(tr("A week or a month of posts, or the best times to post from each account's own figures"));
    m_previous->setObjectName(u"socialPrevious"_s);
    m_previous->setToolTip(tr("The week or month before"));
    m_previous->setAccessibleName(tr("Previous period"));
    m_next->setObjectName(u"socialNext"_s);
    m_next->setToolTip(tr("The week or month after"));
    m_next->setAccessibleName(tr("Next period"));
    m_period->setObjectName(u"socialPeriod"_s);
    m_period->setMinimumWidth(0); // the dates shrink before the buttons do (a laptop's width)
    m_period->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_plan->setObjectName(u"socialPlan"_s);
    m_plan->setToolTip(tr("The product's social captions, which passed the two-model gate, as posts on the accounts "
                          "you choose, each at its next free posting time"));
    m_cancel->setObjectName(u"socialCancel"_s);
    m_cancel->setEnabled(false);
    m_state->setObjectName(u"socialState"_s);
    m_state->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addWidget(m_previous);
    bar->addWidget(m_today);
    bar->addWidget(m_next);
    bar->addWidget(m_period, 1);
    bar->addWidget(m_plan);
    bar->addWidget(m_cancel);

    m_list->setObjectName(u"socialList"_s);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(SocialPostsModel::Text, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(SocialPostsModel::Result, QHeaderView::Interactive);
    m_list->setWordWrap(false);
    // Sized from the first rows only: a month can hold thousands of posts.
    m_list->horizontalHeader()->setResizeContentsPrecision(50);
    m_list->horizontalHeader()->setSectionResizeMode(SocialPostsModel::When, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(SocialPostsModel::Account, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(SocialPostsModel::Status, QHeaderView::ResizeToContents);
    // A fixed width: sized to its contents the column was measured again at every move (a drag's reload).
    m_list->horizontalHeader()->setSectionResizeMode(SocialPostsModel::Engagement, QHeaderView::Interactive);
    m_list->horizontalHeader()->resizeSection(SocialPostsModel::Engagement,
        m_list->fontMetrics().horizontalAdvance(u"10,000 seen · 500 interactions (5.0 %)"_s));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_calendar);
    split->addWidget(m_list);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({380, 150});

    auto* posts = new QWidget(this);
    auto* postsLayout = new QVBoxLayout(posts);
    postsLayout->setContentsMargins(0, 0, 0, 0);
    postsLayout->addWidget(split, 1);
    postsLayout->addWidget(m_state);
    m_stack->addWidget(posts);
    m_stack->addWidget(m_bestTimes);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { showPeriod(0); });
    connect(m_previous, &QPushButton::clicked, this, [this] { showPeriod(-1); });
    connect(m_today, &QPushButton::clicked, this, [this] { showPeriod(0); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPeriod(1); });
    connect(m_plan, &QPushButton::clicked, this, &SocialTab::planForProduct);
    connect(m_cancel, &QPushButton::clicked, this, &SocialTab::cancelSelected);
    connect(m_calendar, &SocialCalendar::moveRequested, this, &SocialTab::movePost);
    connect(m_calendar, &SocialCalendar::moveToWallRequested, this, &SocialTab::moveToWall);
    connect(m_calendar, &SocialCalendar::cancelRequested, this, &SocialTab::cancelSelected);
    connect(m_calendar, &SocialCalendar::selectionChanged, this, &SocialTab::selectInList);
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (const auto* e = m_model->entryAt(current.row()))
                m_calendar->select(e->post.id);
        });
    if (m_context.bus)
        connect(m_context.bus, &EventBus::changed, this, [this](EventBus::Topic topic) {
            if (topic != EventBus::Topic::Campaigns)
                return;
            if (m_stack->currentWidget() == m_bestTimes)
                m_bestTimes->reload();
            else
                m_model->reload();
        });
    m_plan->setEnabled(m_context.social->whyNot().isEmpty());
    if (!m_plan->isEnabled())
        m_plan->setToolTip(m_context.social->whyNot());
    showPeriod(0);
}

void SocialTab::useAccountsZone()
{
    // The accounts' zone when they share one (a shop plans in its own time), else this computer's.
    QByteArray shared;
    bool one = true;
    for (const SocialAccounts::Account& a : m_context.social->accounts()) {
        if (shared.isEmpty())
            shared = a.zone;
        else if (a.zone != shared)
            one = false;
    }
    const QTimeZone zone = one && SocialSchedule::validZone(shared) ? QTimeZone(shared) : QTimeZone::systemTimeZone();
    if (zone != m_calendar->zone())
        m_calendar->setZone(zone);
}

void SocialTab::showView(View view)
{
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(view)));
}

void SocialTab::showPeriod(int direction)
{
    const bool best = m_mode->currentData().toInt() == static_cast<int>(View::BestTimes);
    // Best times has no period and no post to cancel; the empty period keeps the bar's stretch.
    for (QPushButton* b : {m_previous, m_today, m_next, m_cancel})
        b->setVisible(!best);
    m_stack->setCurrentIndex(best ? 1 : 0);
    if (best) {
        m_period->clear();
        m_bestTimes->reload();
        return;
    }
    useAccountsZone();
    const bool month = m_mode->currentData().toInt() == static_cast<int>(View::Month);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_context.clock->nowMs(), m_calendar->zone()).date();
    QDate first = m_calendar->first();
    if (direction == 0 || !first.isValid())
        first = month ? QDate(today.year(), today.month(), 1) : today.addDays(1 - today.dayOfWeek());
    else if (month)
        first = QDate(first.year(), first.month(), 1).addMonths(direction);
    else
        first = first.addDays(7 * direction);
    // A month shown from a week keeps the week's month, a week from a month starts at its first Monday.
    if (month)
        first = QDate(first.year(), first.month(), 1);
    else if (first.dayOfWeek() != 1)
        first = first.addDays(1 - first.dayOfWeek());
    const QLocale locale;
    m_calendar->show(month ? SocialCalendar::Mode::Month : SocialCalendar::Mode::Week, first);
    m_period->setText(month ? locale.toString(first, u"MMMM yyyy"_s)
                            : tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                locale.toString(first.addDays(6), QLocale::ShortFormat)));
    m_model->setRange(m_calendar->rangeFrom(), m_calendar->rangeTo());
    refresh();
}

void SocialTab::refresh()
{
    if (m_context.social->accounts().isEmpty()) {
        m_state->setText(tr("No social account is connected, so Quorum posts nowhere yet. Approved posts of the "
                            "Social agent are recorded for you to post by hand."));
        return;
    }
    int published = 0;
    int waiting = 0;
    int failed = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString s = m_model->entryAt(row)->post.status;
        published += s == u"published" ? 1 : 0;
        waiting += s == u"proposed" ? 1 : 0;
        failed += s == u"failed" || s == u"uncertain" ? 1 : 0;
    }
    m_state->setText(tr("%n post(s) in this period", nullptr, m_model->rowCount()) + u": "_s
        + tr("%1 published, %2 waiting for approval, %3 failed or being looked up. The calendar shows %4 time; "
             "the list gives each post's time in its account's zone.")
              .arg(published)
              .arg(waiting)
              .arg(failed)
              .arg(QString::fromUtf8(m_calendar->zone().id())));
}

void SocialTab::selectInList(qint64 postId)
{
    const int row = m_model->rowOf(postId);
    const auto* e = row >= 0 ? m_model->entryAt(row) : nullptr;
    m_cancel->setEnabled(e && SocialPostsModel::movable(e->post.status) && m_context.social->whyNot().isEmpty());
    if (row >= 0 && m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

bool SocialTab::movePost(qint64 postId, qint64 instant)
{
    const int row = m_model->rowOf(postId);
    if (row < 0)
        return false;
    const QByteArray zone = m_model->entryAt(row)->post.zone;
    return moveToWall(postId, SocialSchedule::localIso(SocialSchedule::wallTime(instant, zone)));
}

bool SocialTab::moveToWall(qint64 postId, const QString& local)
{
    const int row = m_model->rowOf(postId);
    if (row < 0)
        return false;
    const SocialPosts::Post post = m_model->entryAt(row)->post;
    const QStringList problems = m_context.social->move(postId, local);
    if (!problems.isEmpty()) {
        emit message(tr("The post was not moved: %1").arg(problems.join(u' ')));
        m_model->reload();
        return false;
    }
    m_model->reload();
    m_calendar->select(postId);
    emit message(tr("Moved to %1 (%2).").arg(QString(local).replace(u'T', u' '), QString::fromUtf8(post.zone)));
    refresh();
    return true;
}

void SocialTab::cancelSelected()
{
    const qint64 id = m_calendar->selected();
    if (!id)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Cancel post"),
        tr("Cancel this post? It will not be published."), QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Cancel post"));
    box->button(QMessageBox::No)->setText(tr("Keep it"));
    connect(box, &QMessageBox::accepted, this, [this, id] {
        const QString why = m_context.social->cancel(id);
        emit message(why.isEmpty() ? tr("The post was canceled.") : why);
        m_model->reload();
        refresh();
    });
    box->open();
}

void SocialTab::planForProduct()
{
    const auto products = m_context.social->productsWithCaptions();
    const auto accounts = m_context.social->accounts();
    if (products.isEmpty() || accounts.isEmpty()) {
        emit message(accounts.isEmpty() ? tr("Connect a social account first.")
                                        : tr("No product has social captions that passed the gate yet."));
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"socialPlanDialog"_s);
    dialog->setWindowTitle(tr("Plan posts for a product"));
    auto* product = new QComboBox(dialog);
    product->setObjectName(u"socialPlanProduct"_s);
    for (const auto& [id, name] : products)
        product->addItem(name, id);
    auto* list = new QListWidget(dialog);
    list->setObjectName(u"socialPlanAccounts"_s);
    for (const SocialAccounts::Account& a : accounts) {
        auto* item = new QListWidgetItem(u"%1 · %2"_s.arg(SocialPlatforms::displayName(a.platform), a.name), list);
        item->setData(Qt::UserRole, a.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(a.status == u"connected" ? Qt::Checked : Qt::Unchecked);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Plan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    auto* note = new QLabel(tr("Each post goes to the account's next free posting time and waits for approval, "
                               "unless the account posts without asking."),
        dialog);
    note->setWordWrap(true);
    auto* form = new QFormLayout(dialog);
    form->addRow(tr("Product:"), product);
    form->addRow(tr("Accounts:"), list);
    form->addRow(note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, product, list] {
        QList<qint64> chosen;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                chosen.append(list->item(i)->data(Qt::UserRole).toLongLong());
        plan(product->currentData().toLongLong(), chosen);
    });
    dialog->open();
}

SocialActions::Planned SocialTab::plan(qint64 productId, const QList<qint64>& accountIds)
{
    const auto planned = m_context.social->planProduct(productId, accountIds);
    QString text = tr("%n post(s) planned.", nullptr, static_cast<int>(planned.posts.size()));
    if (planned.proposal > 0)
        text += u" "_s + tr("They wait for approval (proposal #%1).").arg(planned.proposal);
    if (!planned.problems.isEmpty())
        text += u" "_s + tr("Not planned: %1").arg(planned.problems.join(u"; "_s));
    emit message(text);
    m_model->reload();
    refresh();
    return planned;
}
