#include "SocialBestTimes.h"

#include "Format.h"
#include "SocialHeatmapModel.h"
#include "social/SocialActions.h"
#include "social/SocialPlatforms.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SocialBestTimes::SocialBestTimes(const UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new SocialHeatmapModel(context.social, this))
    , m_account(new QComboBox(this))
    , m_grid(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"socialBestTimes"_s);
    m_account->setObjectName(u"socialBestAccount"_s);
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_grid->setObjectName(u"socialHeatmap"_s);
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setMinimumSectionSize(24);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setAccessibleName(tr("Engagement by day and hour"));
    m_grid->setMinimumHeight(190);
    m_summary->setObjectName(u"socialBestSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Account:"), m_account);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_summary);

    connect(m_account, &QComboBox::currentIndexChanged, this, &SocialBestTimes::showAccount);
}

void SocialBestTimes::reload()
{
    const qint64 chosen = m_account->currentData().toLongLong();
    {
        const QSignalBlocker quiet(m_account);
        m_account->clear();
        for (const SocialAccounts::Account& a : m_context.social->accounts())
            m_account->addItem(u"%1 · %2"_s.arg(SocialPlatforms::displayName(a.platform), a.name), a.id);
        const int at = m_account->findData(chosen);
        m_account->setCurrentIndex(at >= 0 ? at : 0);
    }
    showAccount();
}

void SocialBestTimes::showAccount()
{
    const qint64 id = m_account->currentData().toLongLong();
    m_model->load(id);
    if (id <= 0) {
        m_summary->setText(tr("No social account is connected: there is nothing to learn from yet."));
        return;
    }
    const SocialActions::Engagement& e = m_model->engagement();
    const QLocale locale;
    QStringList lines;
    if (e.heatmap.posts == 0) {
        lines.append(tr("No published post of this account has figures yet. Quorum reads them from the platform "
                        "every six hours for 30 days after a post goes out."));
    } else if (e.best.isEmpty()) {
        lines.append(tr("%n post(s) with figures so far, too few for a suggestion: a time is suggested once %1 "
                        "published posts share its day and hour. Quorum does not fall back on other shops' "
                        "averages.",
            nullptr, e.heatmap.posts)
                         .arg(SocialEngagement::kMinPosts));
    } else {
        QStringList best;
        for (const SocialEngagement::BestTime& b : e.best)
            best.append(tr("%1 %2:00 (%3 on %n post(s))", nullptr, b.posts)
                            .arg(locale.dayName(b.weekday, QLocale::LongFormat))
                            .arg(b.hour, 2, 10, QLatin1Char('0'))
                            .arg(Format::percent(b.rate, 1)));
        lines.append(tr("Best times, from %n post(s) of this account in its own time: ", nullptr, e.heatmap.posts)
            + best.join(u"; "_s) + u"."_s);
    }
    for (const SocialEngagement::Anomaly& a : e.unusual) {
        QString text = e.texts.value(a.postId).simplified();
        if (text.size() > 60)
            text = text.left(59) + u"…"_s;
        lines.append((a.z > 0 ? tr("Unusually good: “%1” reached %2 engagement, against %3 usually.")
                              : tr("Unusually weak: “%1” reached %2 engagement, against %3 usually."))
                         .arg(text, Format::percent(a.rate, 1), Format::percent(a.median, 1)));
    }
    m_summary->setText(lines.join(u'\n'));
}
