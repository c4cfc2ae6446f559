#include "ReviewModels.h"

#include "ThemeColors.h"
#include "approvals/ApprovalTypes.h"
#include "core/Clock.h"
#include "core/Json.h"
#include "shopagents/ReviewReading.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace
{
enum Field
{
    FId,
    FAt,
    FProduct,
    FRating,
    FSentiment,
    FTopics,
    FNeeds,
    FState,
    FNote,
    FProposal,
    FProposalStatus,
    FText,
    FRead
};

QString topicsText(const QString& json)
{
    QStringList out;
    const QJsonObject topics = Json::objectFromString(json);
    for (auto it = topics.begin(); it != topics.end(); ++it) {
        const int tone = it.value().toInt();
        out.append(ReviewReading::topicName(it.key()) + (tone < 0 ? u" −"_s : (tone > 0 ? u" +"_s : QString())));
    }
    return out.join(u", "_s);
}

QString topicNames(const QStringList& keys)
{
    QStringList out;
    for (const QString& k : keys)
        out.append(ReviewReading::topicName(k));
    return out.isEmpty() ? u"–"_s : out.join(u", "_s);
}
} // namespace

ReviewsModel::ReviewsModel(const QSqlDatabase& db, QObject* parent)
    : SqlTableModel(db, parent)
{
    reload();
}

void ReviewsModel::setTextFilter(const QString& text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    filtersChanged();
}

void ReviewsModel::setNeedsReplyOnly(bool only)
{
    if (only == m_needsReply)
        return;
    m_needsReply = only;
    filtersChanged();
}

QString ReviewsModel::fromClause() const
{
    return u"product_reviews r LEFT JOIN review_insights i ON i.review_id = r.id LEFT JOIN products p ON p.id = "
           u"i.product_id LEFT JOIN action_proposals a ON a.id = i.proposal_id"_s;
}

QString ReviewsModel::idExpression() const
{
    return u"r.id"_s;
}

QStringList ReviewsModel::fieldExpressions() const
{
    // A product Quorum does not know is named as its store's orders name it.
    return {u"r.id"_s, u"r.created_at"_s,
        u"COALESCE(p.name, (SELECT k.name FROM sales_keys k WHERE k.connection = r.connection_id AND "
        u"k.product_remote_id = r.product_remote_id LIMIT 1), r.product_remote_id)"_s,
        u"r.rating"_s, u"COALESCE(i.sentiment, '')"_s, u"COALESCE(i.topics, '{}')"_s, u"COALESCE(i.needs_reply, 0)"_s,
        u"COALESCE(i.reply_state, '')"_s, u"COALESCE(i.reply_note, '')"_s, u"i.proposal_id"_s,
        u"COALESCE(a.status, '')"_s, u"r.body"_s, u"i.review_id IS NOT NULL"_s};
}

QString ReviewsModel::header(int column) const
{
    switch (column) {
    case Date:
        return tr("Date");
    case Product:
        return tr("Product");
    case Stars:
        return tr("Stars");
    case Sentiment:
        return tr("Sentiment");
    case Topics:
        return tr("About");
    case Reply:
        return tr("Reply");
    case Text:
        return tr("Review");
    default:
        return {};
    }
}

QString ReviewsModel::sortExpression(int column) const
{
    switch (column) {
    case Date:
        return u"r.created_at"_s;
    case Product:
        return u"LOWER(COALESCE(p.name, r.product_remote_id))"_s;
    case Stars:
        return u"r.rating"_s;
    case Sentiment:
        return u"i.score"_s;
    case Reply:
        return u"i.reply_state"_s;
    default:
        return {};
    }
}

QString ReviewsModel::defaultOrder() const
{
    return u"r.created_at DESC, r.id DESC"_s;
}

void ReviewsModel::filterConditions(QStringList* conditions, QVariantList* binds) const
{
    if (m_needsReply)
        conditions->append(u"i.needs_reply = 1"_s);
    if (m_text.isEmpty())
        return;
    conditions->append(u"(p.name LIKE ? ESCAPE '\\' OR r.body LIKE ? ESCAPE '\\')"_s);
    binds->append(Sql::likePattern(m_text));
    binds->append(Sql::likePattern(m_text));
}

Qt::Alignment ReviewsModel::columnAlignment(int column) const
{
    return column == Stars ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter;
}

QVariant ReviewsModel::cellData(const Row& row, int column, int role) const
{
    const QString state = row.at(FState).toString();
    const QString sentiment = row.at(FSentiment).toString();
    const bool needs = row.at(FNeeds).toBool();
    const QString status = row.at(FProposalStatus).toString();
    switch (role) {
    case ModelRoles::IdRole:
        return row.at(FId);
    case ReplyStateRole:
        return state;
    case ProposalRole:
        return row.at(FProposal);
    case Qt::ForegroundRole:
        if (column == Sentiment)
            return sentiment == u"negative" ? QVariant(Theme::Danger)
                : sentiment == u"positive"  ? QVariant(Theme::Success)
                                            : QVariant(Theme::Muted);
        if (column == Reply)
            return state == u"rejected" || state == u"failed" ? QVariant(Theme::Warning)
                : needs && state.isEmpty()                    ? QVariant(Theme::Muted)
                                                              : QVariant();
        return {};
    case Qt::ToolTipRole:
        if (column == Reply && !row.at(FNote).toString().isEmpty())
            return row.at(FNote);
        if (column == Reply && needs && state.isEmpty())
            return tr("The Review Desk drafts replies to reviews of the last 30 days, of products Quorum knows.");
        if (column == Text)
            return row.at(FText);
        return {};
    case ModelRoles::RawValueRole:
    case Qt::DisplayRole:
        switch (column) {
        case Date:
            return role == Qt::DisplayRole ? QVariant(QLocale().toString(
                       QDateTime::fromMSecsSinceEpoch(row.at(FAt).toLongLong()).date(), QLocale::ShortFormat))
                                           : row.at(FAt);
        case Product:
            return row.at(FProduct);
        case Stars:
            return role == Qt::DisplayRole ? QVariant(QString(row.at(FRating).toInt(), QChar(0x2605)))
                                           : row.at(FRating);
        case Sentiment:
            if (!row.at(FRead).toBool())
                return tr("not read yet");
            return sentiment == u"negative" ? tr("negative")
                : sentiment == u"positive"  ? tr("positive")
                                            : tr("neutral");
        case Topics:
            return topicsText(row.at(FTopics).toString());
        case Reply:
            if (state == u"drafting")
                return tr("Drafting…");
            if (state == u"proposed")
                return status == ProposalStatus::Pending ? tr("Waiting for approval")
                                                         : ProposalStatus::displayName(status);
            if (state == u"rejected")
                return tr("Left to you");
            if (state == u"failed")
                return tr("Failed");
            return needs ? tr("Not drafted") : u"–"_s;
        case Text:
            return row.at(FText).toString().simplified();
        default:
            return {};
        }
    default:
        return {};
    }
}

ReviewWeekModel::ReviewWeekModel(const QSqlDatabase& db, const Clock* clock, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_db(db)
    , m_clock(clock)
{
    reload();
}

void ReviewWeekModel::reload()
{
    QList<ReviewDesk::ProductWeek> rows;
    try {
        rows = ReviewDesk::week(m_db, m_clock->nowMs());
    } catch (const SqlError&) {
        // An unreadable workspace shows no week rather than a wrong one.
    }
    replaceRows(std::move(rows), [](const ReviewDesk::ProductWeek& a, const ReviewDesk::ProductWeek& b) {
        return a.productId == b.productId && a.product == b.product;
    });
}

QVariant ReviewWeekModel::data(const QModelIndex& index, int role) const
{
    const ReviewDesk::ProductWeek* w = rowPtr(index);
    if (!w)
        return {};
    if (role == Qt::TextAlignmentRole)
        return index.column() == Reviews || index.column() == Stars ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                    : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Complaints && !w->complaints.isEmpty())
        return Theme::Danger;
    if (role == ModelRoles::IdRole)
        return w->productId;
    if (role != Qt::DisplayRole && role != ModelRoles::RawValueRole)
        return {};
    const bool raw = role == ModelRoles::RawValueRole;
    switch (index.column()) {
    case Product:
        return w->productId > 0 ? w->product : tr("%1 (not in Quorum)").arg(w->product);
    case Reviews:
        return raw ? QVariant(w->reviews) : QVariant(QLocale().toString(w->reviews));
    case Stars:
        return raw ? QVariant(w->stars) : QVariant(QLocale().toString(w->stars, 'f', 1));
    case Praised:
        return raw ? QVariant(w->praised) : QVariant(topicNames(w->praised));
    case Complaints:
        return raw ? QVariant(w->complaints) : QVariant(topicNames(w->complaints));
    default:
        return {};
    }
}

QVariant ReviewWeekModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product:
        return tr("Product");
    case Reviews:
        return tr("Reviews");
    case Stars:
        return tr("Stars");
    case Praised:
        return tr("Praised");
    case Complaints:
        return tr("Complaints");
    default:
        return {};
    }
}
