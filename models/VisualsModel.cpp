#include "VisualsModel.h"

#include "Format.h"
#include "ThemeColors.h"
#include "ThumbnailCache.h"
#include "core/Log.h"
#include "storage/Sql.h"
#include "visuals/VisualActions.h"
#include "visuals/VisualFormats.h"

using namespace Qt::StringLiterals;

VisualsModel::VisualsModel(VisualActions* actions, QObject* parent)
    : RowListModel(ColumnCount, parent)
    , m_actions(actions)
    , m_thumbnails(new ThumbnailCache(96, this))
{
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, [this](const QString& path) {
        for (int row = 0; row < m_rows.size(); ++row)
            if (m_rows.at(row).path == path)
                emit dataChanged(index(row, Caption), index(row, Caption), {Qt::DecorationRole});
    });
}

void VisualsModel::setProduct(qint64 productId)
{
    m_productId = productId;
    reload();
}

void VisualsModel::reload()
{
    QList<VisualStore::Visual> rows;
    if (m_productId > 0) {
        try {
            rows = m_actions->visuals(m_productId);
        } catch (const SqlError& e) {
            qCWarning(lcModels) << "cannot read the visuals of product" << m_productId << e.message();
        }
    }
    // A visual made again is a new picture: its thumbnail is read again.
    for (const auto& r : rows)
        m_thumbnails->invalidate(r.path);
    replaceRows(rows, [](const VisualStore::Visual& a, const VisualStore::Visual& b) { return a.id == b.id; });
}

QString VisualsModel::statusText(const QString& status)
{
    if (status == u"ready")
        return tr("Ready");
    if (status == u"review")
        return tr("For review");
    if (status == u"approved")
        return tr("Approved");
    if (status == u"rejected")
        return tr("Rejected");
    return status;
}

QVariant VisualsModel::data(const QModelIndex& index, int role) const
{
    const VisualStore::Visual* v = rowPtr(index);
    if (!v)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Caption:
            return QString(VisualFormats::displayName(v->format) + u'\n' + statusText(v->status));
        case Format:
            return VisualFormats::displayName(v->format);
        case Status:
            return statusText(v->status);
        case Guards: {
            const QStringList failed = VisualGuards::failures(v->guards);
            return failed.isEmpty() ? tr("All %n guard(s) passed", nullptr, int(v->guards.size()))
                                    : tr("%n failed", nullptr, int(failed.size()));
        }
        }
        break;
    case Qt::ToolTipRole: {
        const QStringList failed = VisualGuards::failures(v->guards);
        return failed.isEmpty() ? tr("Every guard passed") : failed.join(u'\n');
    }
    case Qt::DecorationRole:
        if (index.column() == Caption)
            return m_thumbnails->thumbnail(v->path);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Status)
            return v->status == u"rejected" ? Theme::Danger : v->status == u"review" ? Theme::Warning : Theme::Success;
        break;
    case PathRole:
        return v->path;
    case StatusRole:
        return v->status;
    case PassedRole:
        return v->passed;
    }
    return {};
}

QVariant VisualsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Caption:
        return tr("Visual");
    case Format:
        return tr("Format");
    case Status:
        return tr("State");
    case Guards:
        return tr("Guards");
    }
    return {};
}

ImageProvidersModel::ImageProvidersModel(QObject* parent)
    : RowListModel(ColumnCount, parent)
{ }

void ImageProvidersModel::setChoices(const QList<VisualStore::Choice>& choices)
{
    replaceRows(choices);
}

QVariant ImageProvidersModel::data(const QModelIndex& index, int role) const
{
    const VisualStore::Choice* c = rowPtr(index);
    if (!c)
        return {};
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Provider:
            return c->name;
        case Model:
            return c->model;
        case Price:
            return role == Qt::EditRole ? QVariant(c->pricePerImage) : QVariant(Format::aiCost(c->pricePerImage));
        case Quality:
            return c->quality;
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Price || index.column() == Quality))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Quality)
        return tr("Your mark for this provider's pictures, 1 (poor) to 5 (best); double-click to change it");
    return {};
}

Qt::ItemFlags ImageProvidersModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = RowListModel::flags(index);
    if (index.isValid() && index.column() == Quality)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ImageProvidersModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != Quality || !rowPtr(index))
        return false;
    bool ok = false;
    const int quality = value.toInt(&ok);
    if (!ok || quality < 1 || quality > 5)
        return false;
    m_rows[index.row()].quality = quality;
    emit dataChanged(index, index);
    return true;
}

QVariant ImageProvidersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider:
        return tr("Provider");
    case Model:
        return tr("Model");
    case Price:
        return tr("Per picture");
    case Quality:
        return tr("Quality (1–5)");
    }
    return {};
}

VisualGuardsModel::VisualGuardsModel(QObject* parent)
    : RowListModel(ColumnCount, parent)
{ }

void VisualGuardsModel::setResults(const QList<VisualGuards::Result>& results)
{
    replaceRows(
        results, [](const VisualGuards::Result& a, const VisualGuards::Result& b) { return a.guard == b.guard; });
}

QVariant VisualGuardsModel::data(const QModelIndex& index, int role) const
{
    const VisualGuards::Result* r = rowPtr(index);
    if (!r)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Guard:
            return VisualGuards::name(r->guard);
        case Result:
            return !r->checked ? tr("Not checked") : r->passed ? tr("Passed") : tr("Failed");
        case Detail:
            return r->detail;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return r->detail;
    if (role == Qt::ForegroundRole && index.column() == Result)
        return !r->checked ? Theme::Neutral : r->passed ? Theme::Success : Theme::Danger;
    return {};
}

QVariant VisualGuardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Guard:
        return tr("Guard");
    case Result:
        return tr("Result");
    case Detail:
        return tr("What it found");
    }
    return {};
}
