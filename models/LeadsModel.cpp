#include "LeadsModel.h"

#include "storage/Sql.h"

#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace
{
enum Field
{
    FId,
    FScore,
    FName,
    FCategory,
    FAddress,
    FWebsite,
    FRating,
    FReviews,
    FStatus,
    FFactors,
    FPhone,
    FHours,
    FPlace,
    FLatitude,
    FLongitude,
    FLine,
    FEmail,
    FOutreachId,
    FOutreachState,
    FSendState,
    FProposal,
    FSentAt,
    FSendError
};
} // namespace

LeadsModel::LeadsModel(const QSqlDatabase& db, QObject* parent)
    : SqlTableModel(db, parent)
{
    reload();
}

void LeadsModel::setTextFilter(const QString& text)
{
    if (text.trimmed() == m_text)
        return;
    m_text = text.trimmed();
    filtersChanged();
}

void LeadsModel::setStatusFilter(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    filtersChanged();
}

QString LeadsModel::fromClause() const
{
    return u"leads l LEFT JOIN outreach_emails o ON o.lead_id = l.id AND o.kind = 'email'"_s;
}

QString LeadsModel::idExpression() const
{
    return u"l.id"_s;
}

QStringList LeadsModel::fieldExpressions() const
{
    return {u"l.id"_s, u"l.score"_s, u"l.name"_s, u"l.category"_s, u"l.address"_s, u"l.website"_s, u"l.rating"_s,
        u"l.review_count"_s, u"l.status"_s, u"l.score_factors"_s, u"l.phone"_s, u"l.opening_hours"_s, u"l.place_id"_s,
        u"l.latitude"_s, u"l.longitude"_s, u"l.source_line"_s, u"l.email"_s, u"COALESCE(o.id, 0)"_s,
        u"COALESCE(o.state, '')"_s, u"COALESCE(o.send_state, '')"_s, u"COALESCE(o.proposal_id, 0)"_s,
        u"COALESCE(o.sent_at, 0)"_s, u"COALESCE(o.send_error, '')"_s};
}

QString LeadsModel::header(int column) const
{
    switch (column) {
    case Score:
        return tr("Score");
    case Name:
        return tr("Business");
    case Category:
        return tr("Category");
    case Address:
        return tr("Address");
    case Website:
        return tr("Website");
    case Rating:
        return tr("Rating");
    case Reviews:
        return tr("Reviews");
    case Status:
        return tr("Status");
    case EmailState:
        return tr("E-mail");
    default:
        return {};
    }
}

QString LeadsModel::sortExpression(int column) const
{
    switch (column) {
    case Score:
        return u"l.score"_s;
    case Name:
        return u"l.name COLLATE NOCASE"_s;
    case Category:
        return u"l.category COLLATE NOCASE"_s;
    case Address:
        return u"l.address COLLATE NOCASE"_s;
    case Website:
        return u"l.website_key"_s;
    case Rating:
        return u"COALESCE(l.rating, -1)"_s;
    case Reviews:
        return u"COALESCE(l.review_count, -1)"_s;
    case Status:
        return u"l.status"_s;
    case EmailState:
        return u"COALESCE(NULLIF(o.send_state, ''), o.state, '')"_s;
    default:
        return {};
    }
}

QString LeadsModel::defaultOrder() const
{
    return u"l.score DESC"_s;
}

void LeadsModel::filterConditions(QStringList* conditions, QVariantList* binds) const
{
    if (!m_status.isEmpty()) {
        conditions->append(u"l.status = ?"_s);
        binds->append(m_status);
    }
    if (m_text.isEmpty())
        return;
    conditions->append(u"(l.name LIKE ? ESCAPE '\\' OR l.category LIKE ? ESCAPE '\\' OR l.address LIKE ? ESCAPE "
                       u"'\\' OR l.website LIKE ? ESCAPE '\\')"_s);
    const QString pattern = Sql::likePattern(m_text);
    *binds << pattern << pattern << pattern << pattern;
}

QVariant LeadsModel::cellData(const Row& row, int column, int role) const
{
    if (role == ModelRoles::IdRole)
        return row.at(FId);
    if (role == ModelRoles::StatusKeyRole)
        return row.at(FStatus);
    if (role == ModelRoles::RawValueRole) {
        switch (column) {
        case Score:
            return row.at(FScore);
        case Rating:
            return row.at(FRating);
        case Reviews:
            return row.at(FReviews);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == Score) {
        QStringList lines;
        for (const Leads::Factor& f :
            Leads::factorsFromJson(QJsonDocument::fromJson(row.at(FFactors).toString().toUtf8()).array()))
            lines.append(tr("%1: %2 of %3 — %4")
                             .arg(Leads::factorName(f.key))
                             .arg(f.points)
                             .arg(f.max)
                             .arg(Leads::reasonText(f)));
        return lines.join(u'\n');
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Score:
        return row.at(FScore).toInt();
    case Name:
        return row.at(FName);
    case Category:
        return row.at(FCategory);
    case Address:
        return row.at(FAddress);
    case Website:
        return row.at(FWebsite).toString().isEmpty() ? tr("none") : row.at(FWebsite);
    case Rating:
        return row.at(FRating).isNull() ? QString() : QLocale().toString(row.at(FRating).toDouble(), 'f', 1);
    case Reviews:
        return row.at(FReviews).isNull() ? QString() : QLocale().toString(row.at(FReviews).toLongLong());
    case Status:
        return Leads::statusDisplayName(row.at(FStatus).toString());
    case EmailState:
        if (row.at(FOutreachId).toLongLong() > 0)
            return Outreach::statusText(emailOf(row));
        return row.at(FEmail).toString().isEmpty() ? tr("no address") : QString();
    default:
        return {};
    }
}

Qt::Alignment LeadsModel::columnAlignment(int column) const
{
    return column == Score || column == Rating || column == Reviews ? Qt::AlignRight : Qt::AlignLeft;
}

Leads::Lead LeadsModel::leadAt(const QModelIndex& index) const
{
    Leads::Lead lead;
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return lead;
    lead.id = row->at(FId).toLongLong();
    lead.score = row->at(FScore).toInt();
    lead.name = row->at(FName).toString();
    lead.category = row->at(FCategory).toString();
    lead.address = row->at(FAddress).toString();
    lead.website = row->at(FWebsite).toString();
    if (!row->at(FRating).isNull())
        lead.rating = row->at(FRating).toDouble();
    if (!row->at(FReviews).isNull())
        lead.reviewCount = row->at(FReviews).toLongLong();
    lead.status = row->at(FStatus).toString();
    lead.factors = QJsonDocument::fromJson(row->at(FFactors).toString().toUtf8()).array();
    lead.phone = row->at(FPhone).toString();
    lead.openingHours = row->at(FHours).toString();
    lead.placeId = row->at(FPlace).toString();
    if (!row->at(FLatitude).isNull() && !row->at(FLongitude).isNull()) {
        lead.latitude = row->at(FLatitude).toDouble();
        lead.longitude = row->at(FLongitude).toDouble();
    }
    lead.line = row->at(FLine).toInt();
    lead.email = row->at(FEmail).toString();
    return lead;
}

Outreach::Email LeadsModel::emailOf(const Row& row)
{
    Outreach::Email e;
    e.id = row.at(FOutreachId).toLongLong();
    e.leadId = row.at(FId).toLongLong();
    e.state = row.at(FOutreachState).toString();
    e.sendState = row.at(FSendState).toString();
    e.proposalId = row.at(FProposal).toLongLong();
    e.sentAt = row.at(FSentAt).toLongLong();
    e.sendError = row.at(FSendError).toString();
    return e;
}

std::optional<Outreach::Email> LeadsModel::outreachAt(const QModelIndex& index) const
{
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row || row->at(FOutreachId).toLongLong() <= 0)
        return std::nullopt;
    return emailOf(*row);
}
