#include "SocialPostsModel.h"

#include "Format.h"
#include "ThemeColors.h"
#include "core/Log.h"
#include "social/SocialSchedule.h"
#include "storage/Sql.h"

#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

SocialPostsModel::SocialPostsModel(SocialActions* actions, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_actions(actions)
{ }

void SocialPostsModel::setRange(qint64 from, qint64 to)
{
    m_from = from;
    m_to = to;
    reload();
}

void SocialPostsModel::reload()
{
    QList<SocialActions::Entry> rows;
    if (m_to > m_from) {
        try {
            rows = m_actions->posts(m_from, m_to);
        } catch (const SqlError& e) {
            qCWarning(lcModels) << "cannot read the social posts:" << e.message();
        }
    }
    replaceRows(rows, [](const SocialActions::Entry& a, const SocialActions::Entry& b) {
        return a.post.id == b.post.id && a.post.scheduledAt == b.post.scheduledAt;
    });
}

int SocialPostsModel::rowOf(qint64 postId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).post.id == postId)
            return static_cast<int>(i);
    return -1;
}

bool SocialPostsModel::movable(const QString& status)
{
    return status == u"proposed" || status == u"scheduled" || status == u"failed";
}

QString SocialPostsModel::statusText(const QString& status)
{
    if (status == u"proposed")
        return tr("Waiting for approval");
    if (status == u"scheduled")
        return tr("Scheduled");
    if (status == u"publishing")
        return tr("Publishing");
    if (status == u"published")
        return tr("Published");
    if (status == u"failed")
        return tr("Failed");
    if (status == u"uncertain")
        return tr("Not known yet: being looked up");
    if (status == u"canceled")
        return tr("Canceled");
    if (status == u"deleted")
        return tr("Deleted on the platform");
    return status;
}

QString SocialPostsModel::engagementText(const SocialEngagement::Metrics& m)
{
    const QLocale l;
    if (m.seen() <= 0)
        return tr("%1 interactions, not yet seen").arg(l.toString(m.interactions()));
    return tr("%1 seen · %2 interactions (%3)")
        .arg(l.toString(m.seen()), l.toString(m.interactions()), Format::percent(*m.rate(), 1));
}

QString SocialPostsModel::engagementDetail(const SocialEngagement::Metrics& m)
{
    const QLocale l;
    QStringList lines;
    const auto line = [&](const std::optional<qint64>& v, const QString& label) {
        lines.append(u"%1: %2"_s.arg(label, v ? l.toString(*v) : tr("not given by the platform")));
    };
    line(m.impressions, tr("Impressions (views)"));
    line(m.reach, tr("Reach"));
    line(m.likes, tr("Likes"));
    line(m.comments, tr("Comments"));
    line(m.shares, tr("Shares"));
    line(m.saves, tr("Saves"));
    line(m.clicks, tr("Clicks"));
    return lines.join(u'\n');
}

QVariant SocialPostsModel::data(const QModelIndex& index, int role) const
{
    const SocialActions::Entry* e = rowPtr(index);
    if (!e)
        return {};
    const SocialPosts::Post& p = e->post;
    switch (role) {
    case ModelRoles::IdRole:
        return p.id;
    case ModelRoles::StatusKeyRole:
        return p.status;
    case InstantRole:
        return p.scheduledAt;
    case PlatformRole:
        return e->platform;
    case ZoneRole:
        return QString::fromUtf8(p.zone);
    case MovableRole:
        return movable(p.status);
    case RateRole:
        if (e->metrics && e->metrics->rate())
            return *e->metrics->rate();
        return {};
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        if (p.status == u"published")
            return Theme::Success;
        if (p.status == u"failed" || p.status == u"deleted")
            return Theme::Danger;
        if (p.status == u"uncertain" || p.status == u"proposed")
            return Theme::Warning;
        return Theme::Neutral;
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return p.text;
        if (index.column() == Result && !p.error.isEmpty())
            return p.error;
        if (index.column() == Engagement && e->metrics)
            return engagementDetail(*e->metrics);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case When: {
        const QDateTime wall = SocialSchedule::wallTime(p.scheduledAt, p.zone);
        return u"%1 (%2)"_s.arg(QLocale().toString(wall, QLocale::ShortFormat), QString::fromUtf8(p.zone));
    }
    case Account:
        return u"%1 · %2"_s.arg(SocialPlatforms::displayName(e->platform), e->account);
    case Text:
        return QString(p.text).replace(u'\n', u' ');
    case Status:
        return statusText(p.status);
    case Engagement:
        return e->metrics ? engagementText(*e->metrics) : QVariant();
    case Result:
        if (p.status == u"published")
            return p.remoteUrl;
        return p.error;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SocialPostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case When:
        return tr("When (local to the account)");
    case Account:
        return tr("Account");
    case Text:
        return tr("Text");
    case Status:
        return tr("Status");
    case Engagement:
        return tr("Engagement");
    case Result:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}
