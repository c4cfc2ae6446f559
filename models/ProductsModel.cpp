#include "ProductsModel.h"

#include "Format.h"
#include "Markup.h"
#include "ModelRoles.h"
#include "ThemeColors.h"
#include "ThumbnailCache.h"
#include "core/Clock.h"
#include "core/Log.h"
#include "core/Money.h"
#include "pipeline/ProductStage.h"
#include "storage/Sql.h"

#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QSet>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace
{
enum Field
{
    FId,
    FName,
    FSku,
    FCategory,
    FPrice,
    FCurrency,
    FStage,
    FReason,
    FPieces,
    FPiecesDone,
    FRetryAt,
    FAttempts,
    FQuality,
    FSeo,
    FCost,
    FUpdated,
    FArchived,
    FImages
};
}

ProductsModel::ProductsModel(const QSqlDatabase& db, Clock* clock, QObject* parent)
    : SqlTableModel(db, parent)
    , m_clock(clock)
    , m_thumbnails(new ThumbnailCache(ThumbnailSize, this))
{
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &ProductsModel::thumbnailReady);
    // An edited product may have a new picture under the same name: its thumbnail is checked again.
    connect(this, &QAbstractItemModel::dataChanged, this, &ProductsModel::forgetThumbnails);
    // A retry countdown must count: while one is shown, the Step column is repainted every second
    // (the times themselves come from the clock).
    auto* ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, [this] {
        if (rowCount() > 0 && hasCountdown())
            emit dataChanged(index(0, Step), index(rowCount() - 1, Step), {Qt::DisplayRole});
    });
    ticker->start();
    sort(Updated, Qt::DescendingOrder);
}

QString ProductsModel::fromClause() const
{
    return u"products p"_s;
}

QString ProductsModel::idExpression() const
{
    return u"p.id"_s;
}

QStringList ProductsModel::fieldExpressions() const
{
    return {u"p.id"_s, u"p.name"_s, u"p.sku"_s, u"p.category"_s, u"p.price_cents"_s, u"p.currency"_s, u"p.stage"_s,
        u"p.stage_reason"_s, u"(SELECT COUNT(*) FROM content_pieces c WHERE c.product_id = p.id)"_s,
        u"(SELECT COUNT(*) FROM content_pieces c WHERE c.product_id = p.id AND c.state = 'accepted')"_s,
        // A generate job waiting out its backoff: when it runs again (the Step column counts down to it).
        u"(SELECT MIN(j.run_after) FROM jobs j WHERE j.kind = 'generate' AND j.subject_id = p.id "
        u"AND j.state = 'queued' AND j.attempts > 0)"_s,
        u"p.attempts"_s, u"p.quality_score"_s, u"p.seo_score"_s, u"p.cost_micros"_s, u"p.updated_at"_s,
        u"p.archived_at IS NOT NULL"_s, u"p.images"_s};
}

QString ProductsModel::header(int column) const
{
    switch (column) {
    case Name:
        return tr("Product");
    case Sku:
        return tr("SKU");
    case Category:
        return tr("Category");
    case Price:
        return tr("Price");
    case Stage:
        return tr("Stage");
    case Step:
        return tr("Step");
    case Attempts:
        return tr("Attempts");
    case Quality:
        return tr("Quality", "score given by the reviewer model");
    case Seo:
        return tr("SEO", "search engine optimisation score");
    case AiCost:
        return tr("AI cost");
    case Updated:
        return tr("Updated");
    }
    return {};
}

QString ProductsModel::sortExpression(int column) const
{
    switch (column) {
    case Name:
        return u"p.name COLLATE NOCASE"_s;
    case Sku:
        return u"p.sku"_s;
    case Category:
        return u"p.category"_s;
    case Price:
        return u"p.price_cents"_s;
    case Stage:
        return u"p.stage"_s;
    case Step:
        return u"p.stage"_s;
    case Attempts:
        return u"p.attempts"_s;
    case Quality:
        return u"p.quality_score"_s;
    case Seo:
        return u"p.seo_score"_s;
    case AiCost:
        return u"p.cost_micros"_s;
    case Updated:
        return u"p.updated_at"_s;
    }
    return {};
}

void ProductsModel::filterConditions(QStringList* conditions, QVariantList* binds) const
{
    if (!m_text.isEmpty()) {
        conditions->append(
            u"(p.name LIKE ? ESCAPE '\\' OR p.sku LIKE ? ESCAPE '\\' OR p.category LIKE ? ESCAPE '\\')"_s);
        const QString pattern = Sql::likePattern(m_text);
        *binds << pattern << pattern << pattern;
    }
    if (!m_stage.isEmpty()) {
        const QStringList stages = m_stage.split(u',', Qt::SkipEmptyParts);
        QStringList marks;
        for (const QString& stage : stages) {
            marks.append(u"?"_s);
            binds->append(stage);
        }
        conditions->append(u"p.stage IN ("_s + marks.join(u", "_s) + u")"_s);
    }
    if (m_waiting != Waiting::Any) {
        const QString waiting = u"EXISTS (SELECT 1 FROM jobs j WHERE j.kind = 'generate' AND j.subject_id = p.id "
                                u"AND j.state = 'queued' AND (j.attempts > 0 OR j.waiting_since IS NOT NULL))"_s;
        conditions->append(m_waiting == Waiting::Only ? waiting : u"NOT "_s + waiting);
    }
    if (!m_category.isEmpty()) {
        conditions->append(u"p.category = ?"_s);
        binds->append(m_category);
    }
    // Archived products are out of sight unless asked for; then they are all that is shown.
    conditions->append(m_archived ? u"p.archived_at IS NOT NULL"_s : u"p.archived_at IS NULL"_s);
}

Qt::Alignment ProductsModel::columnAlignment(int column) const
{
    switch (column) {
    case Price:
    case Attempts:
    case Quality:
    case Seo:
    case AiCost:
        return Qt::AlignRight;
    default:
        return Qt::AlignLeft;
    }
}

QVariant ProductsModel::cellData(const Row& row, int column, int role) const
{
    switch (role) {
    case ModelRoles::IdRole:
        return row.at(FId);
    case ModelRoles::StageKeyRole:
        return row.at(FStage);
    case ModelRoles::StepRole:
        return static_cast<int>(::Stage::step(::Stage::fromKey(row.at(FStage).toString())));
    case Qt::ToolTipRole:
        if (column == Stage || column == Step) {
            const QString explanation = ::Stage::explanation(::Stage::fromKey(row.at(FStage).toString()));
            const QString reason = row.at(FReason).toString();
            // A reason is data (a model's or a server's words): the whole tip goes through Markup.
            return Markup::toolTip(reason.isEmpty() ? explanation : explanation + u"\n\n"_s + reason);
        }
        if (column == Updated)
            return Format::dateTime(row.at(FUpdated).toLongLong());
        if (column == Name)
            return Markup::toolTip(row.at(FName).toString());
        return {};
    case Qt::DecorationRole:
        return column == Name ? decoration(row) : QVariant();
    case Qt::ForegroundRole:
        if (column == Stage)
            return Format::stageColor(row.at(FStage).toString());
        return {};
    case ModelRoles::RawValueRole:
        switch (column) {
        case Name:
            return row.at(FName);
        case Sku:
            return row.at(FSku);
        case Category:
            return row.at(FCategory);
        case Price:
            return row.at(FPrice);
        case Stage:
            return row.at(FStage);
        case Step:
            return row.at(FStage);
        case Attempts:
            return row.at(FAttempts);
        case Quality:
            return row.at(FQuality);
        case Seo:
            return row.at(FSeo);
        case AiCost:
            return row.at(FCost);
        case Updated:
            return row.at(FUpdated);
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return row.at(FName);
        case Sku:
            return row.at(FSku);
        case Category:
            return row.at(FCategory);
        case Price:
            return Money::format(row.at(FPrice).toLongLong(), row.at(FCurrency).toString());
        case Stage:
            return ::Stage::displayNameForKey(row.at(FStage).toString());
        case Step:
            return stepText(row);
        case Attempts:
            return row.at(FAttempts);
        case Quality:
            return row.at(FQuality).isNull() ? QVariant(u"–"_s) : row.at(FQuality);
        case Seo:
            return row.at(FSeo).isNull() ? QVariant(u"–"_s) : row.at(FSeo);
        case AiCost:
            return Format::aiCost(row.at(FCost).toLongLong());
        case Updated:
            return Format::age(m_clock->nowMs() - row.at(FUpdated).toLongLong());
        }
        return {};
    default:
        return {};
    }
}

QString ProductsModel::stepText(const Row& row) const
{
    const ProductStage stage = ::Stage::fromKey(row.at(FStage).toString());
    const qint64 retryAt = row.at(FRetryAt).toLongLong();
    const qint64 now = m_clock->nowMs();
    if (retryAt > now && stage != ProductStage::Failed)
        return tr("Retry %1", "followed by a countdown: in 23 s").arg(Format::countdown(retryAt - now));
    const int pieces = row.at(FPieces).toInt();
    const int done = row.at(FPiecesDone).toInt();
    switch (stage) {
    case ProductStage::Draft:
        return tr("Not started");
    case ProductStage::Enhancing:
    case ProductStage::Validating:
        return pieces == 0 ? tr("Starting") : tr("%1 of %2 pieces done").arg(done).arg(pieces);
    case ProductStage::Failed:
        return tr("Stopped");
    case ProductStage::Escalated:
        return tr("With a person");
    default:
        return ::Stage::stepName(::Stage::step(stage));
    }
}

void ProductsModel::setImageFolder(const QString& folder)
{
    if (folder == m_imageFolder)
        return;
    m_imageFolder = folder;
    m_thumbnailWaiters.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::DecorationRole});
}

QString ProductsModel::localImage(const QString& imagesJson) const
{
    if (m_imageFolder.isEmpty() || imagesJson.isEmpty() || imagesJson == u"[]")
        return {};
    const QString root = QDir::cleanPath(m_imageFolder);
    const QJsonArray images = QJsonDocument::fromJson(imagesJson.toUtf8()).array();
    for (const QJsonValue& value : images) {
        const QString image = value.toString().trimmed();
        // Addresses from an import are not downloaded here, and only files inside the workspace are read.
        if (image.isEmpty() || image.contains(u"://"_s) || image.startsWith(u"//"_s)
            || image.startsWith(u"data:"_s, Qt::CaseInsensitive) || QDir::isAbsolutePath(image))
            continue;
        const QString path = QDir::cleanPath(root + u'/' + image);
        if (path.startsWith(root + u'/'))
            return path;
    }
    return {};
}

QVariant ProductsModel::decoration(const Row& row) const
{
    const QString path = localImage(row.at(FImages).toString());
    if (!path.isEmpty()) {
        ThumbnailCache::State state = ThumbnailCache::State::Failed;
        const QImage image = m_thumbnails->thumbnail(path, &state);
        if (m_thumbnails->isPending(path))
            m_thumbnailWaiters[path].insert(row.at(FId).toLongLong());
        if (state == ThumbnailCache::State::Ready)
            return image;
    }
    return placeholder(row.at(FName).toString());
}

QImage ProductsModel::placeholder(const QString& name) const
{
    QChar initial;
    for (const QChar c : name) {
        if (c.isLetterOrNumber()) {
            initial = c.toUpper();
            break;
        }
    }
    const auto it = m_placeholders.constFind(initial);
    if (it != m_placeholders.constEnd())
        return *it;
    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    const int side = qRound(ThumbnailSize * dpr);
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Theme::Border);
    const QRectF square(0, 0, ThumbnailSize, ThumbnailSize);
    painter.drawRoundedRect(square, 6, 6);
    // Text needs fonts, which need a GUI application (a command-line tool gets the bare square).
    if (!initial.isNull() && qGuiApp) {
        QFont font = QGuiApplication::font();
        font.setPixelSize(14);
        font.setWeight(QFont::DemiBold);
        painter.setFont(font);
        painter.setPen(Theme::Heading);
        painter.drawText(square, Qt::AlignCenter, QString(initial));
    }
    painter.end();
    m_placeholders.insert(initial, image);
    return image;
}

void ProductsModel::thumbnailReady(const QString& path)
{
    const QSet<qint64> ids = m_thumbnailWaiters.take(path);
    for (const qint64 id : ids) {
        const int row = rowForId(id);
        if (row >= 0)
            emit dataChanged(index(row, Name), index(row, Name), {Qt::DecorationRole});
    }
}

void ProductsModel::forgetThumbnails(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    // Only whole-row changes (a product was edited); not our own thumbnails arriving, not the countdown.
    if (!roles.isEmpty() || topLeft.column() > Name || m_imageFolder.isEmpty())
        return;
    // Everything changed: reading every row's images to find their paths would fetch the whole table.
    if (bottomRight.row() - topLeft.row() > 256) {
        m_thumbnails->invalidateAll();
        return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const Row* row = rowAt(r);
        if (!row)
            continue;
        const QString path = localImage(row->at(FImages).toString());
        if (!path.isEmpty())
            m_thumbnails->invalidate(path);
    }
}

bool ProductsModel::hasCountdown() const
{
    const qint64 now = m_clock->nowMs();
    for (int i = 0; i < rowCount(); ++i) {
        const Row* row = rowAt(i);
        if (row && row->at(FRetryAt).toLongLong() > now)
            return true;
    }
    return false;
}

ProductsModel::Product ProductsModel::productAt(const QModelIndex& index) const
{
    Product p;
    const Row* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return p;
    p.id = row->at(FId).toLongLong();
    p.name = row->at(FName).toString();
    p.sku = row->at(FSku).toString();
    p.category = row->at(FCategory).toString();
    p.priceCents = row->at(FPrice).toLongLong();
    p.currency = row->at(FCurrency).toString();
    p.stage = row->at(FStage).toString();
    p.stageReason = row->at(FReason).toString();
    p.pieces = row->at(FPieces).toInt();
    p.piecesDone = row->at(FPiecesDone).toInt();
    p.retryAt = row->at(FRetryAt).toLongLong();
    p.attempts = row->at(FAttempts).toInt();
    p.quality = row->at(FQuality);
    p.seo = row->at(FSeo);
    p.costMicros = row->at(FCost).toLongLong();
    p.updatedAt = row->at(FUpdated).toLongLong();
    p.archived = row->at(FArchived).toBool();
    return p;
}

void ProductsModel::setTextFilter(const QString& text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    filtersChanged();
}

void ProductsModel::setStageFilter(const QString& stageKeys, Waiting waiting)
{
    if (stageKeys == m_stage && waiting == m_waiting)
        return;
    m_stage = stageKeys;
    m_waiting = waiting;
    filtersChanged();
}

void ProductsModel::setCategoryFilter(const QString& category)
{
    if (category == m_category)
        return;
    m_category = category;
    filtersChanged();
}

void ProductsModel::setShowArchived(bool archived)
{
    if (archived == m_archived)
        return;
    m_archived = archived;
    filtersChanged();
}

QStringList ProductsModel::categories() const
{
    QStringList out;
    try {
        QSqlQuery q
            = Sql::exec(database(), u"SELECT DISTINCT category FROM products WHERE category <> '' ORDER BY category"_s);
        while (q.next())
            out.append(q.value(0).toString());
    } catch (const SqlError& e) {
        qCWarning(lcModels) << "cannot read the categories:" << e.message();
    }
    return out;
}
