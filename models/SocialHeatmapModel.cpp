#include "SocialHeatmapModel.h"

#include "Format.h"
#include "ThemeColors.h"
#include "core/Log.h"
#include "storage/Sql.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

SocialHeatmapModel::SocialHeatmapModel(SocialActions* actions, QObject* parent)
    : QAbstractTableModel(parent)
    , m_actions(actions)
{ }

void SocialHeatmapModel::load(qint64 accountId)
{
    SocialActions::Engagement e;
    if (accountId > 0) {
        try {
            e = m_actions->engagement(accountId);
        } catch (const SqlError& error) {
            qCWarning(lcModels) << "cannot read the social engagement:" << error.message();
        }
    }
    m_accountId = accountId;
    m_engagement = std::move(e);
    m_maxRate = 0;
    for (const SocialEngagement::Cell& c : m_engagement.heatmap.cells)
        if (c.rate())
            m_maxRate = std::max(m_maxRate, *c.rate());
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int SocialHeatmapModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 7;
}

int SocialHeatmapModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 24;
}

bool SocialHeatmapModel::isBest(int weekday, int hour) const
{
    for (const SocialEngagement::BestTime& b : m_engagement.best)
        if (b.weekday == weekday && b.hour == hour)
            return true;
    return false;
}

QVariant SocialHeatmapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int weekday = weekdayOf(index.row());
    const int hour = index.column();
    const SocialEngagement::Cell& c = m_engagement.heatmap.at(weekday, hour);
    const double intensity = c.rate() && m_maxRate > 0 ? *c.rate() / m_maxRate : 0.0;
    switch (role) {
    case Qt::DisplayRole:
        return c.posts > 0 ? QVariant(c.posts) : QVariant();
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    case PostsRole:
        return c.posts;
    case RateRole:
        return c.rate() ? QVariant(*c.rate()) : QVariant();
    case IntensityRole:
        return intensity;
    case BestRole:
        return isBest(weekday, hour);
    case Qt::BackgroundRole: {
        if (c.posts == 0)
            return {};
        // The accent over the card, never so dark that the count in it stops reading (Text on it stays above 4.5:1).
        QColor shade = Theme::Accent;
        shade.setAlphaF(float(0.08 + 0.52 * intensity));
        return shade;
    }
    case Qt::ForegroundRole:
        return c.posts > 0 ? Theme::Text : Theme::Muted;
    case Qt::FontRole: {
        if (!isBest(weekday, hour))
            return {};
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole: {
        const QString when = tr("%1 %2:00–%3:00")
                                 .arg(QLocale().dayName(weekday, QLocale::LongFormat))
                                 .arg(hour, 2, 10, QLatin1Char('0'))
                                 .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
        if (c.posts == 0)
            return tr("%1: no published post with figures yet").arg(when);
        QString text = tr("%1: %n post(s), %2 engagement (%3 interactions on %4 seen)", nullptr, c.posts)
                           .arg(when, Format::percent(*c.rate(), 1), QLocale().toString(c.interactions),
                               QLocale().toString(c.seen));
        if (c.posts < SocialEngagement::kMinPosts)
            text += u"\n"_s + tr("Too few posts to suggest this time.");
        else if (isBest(weekday, hour))
            text += u"\n"_s + tr("One of the best times for this account.");
        return text;
    }
    default:
        return {};
    }
}

QVariant SocialHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < 7 ? QVariant(QLocale().dayName(weekdayOf(section), QLocale::ShortFormat))
                                           : QVariant();
    return section >= 0 && section < 24 ? QVariant(u"%1"_s.arg(section, 2, 10, QLatin1Char('0'))) : QVariant();
}
