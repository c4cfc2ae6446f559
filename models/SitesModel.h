#pragma once

#include <QAbstractListModel>
#include <QSize>
#include <QSqlDatabase>
#include <QVariantMap>
#include <QVector>

class ThumbnailCache;

// The Sites pane: a gallery of generated sites shown as cards.
class SitesModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        TaglineRole,
        KindRole,
        StatusRole,
        UrlRole,
        HtmlPathRole, // absolute path of the generated page
        PaletteRole,  // QStringList of colours: primary, background, accent
        ProductRole,
        UpdatedRole,
        StageRole,     // where a generated site's chain stands (sites.stage; empty for a page made otherwise)
        StageTextRole, // the same, for a person
        VibeRole,      // the concept's one line
        PageVersionRole,
        LastErrorRole,  // why it needs a person, failed or waits
        ThumbnailRole,  // QImage: the page's screenshot at desktop width, top part (null while loading or none)
        ShotErrorRole,  // why there is no screenshot (no browser, past the time limit)
        ShotsRole,      // QVariantMap width (string) -> absolute path of the current version's screenshots
        LeadRole,       // the lead's business a concept site is for (empty otherwise)
        CollectionRole, // the category a collection's page shows (KindRole "collection"; "shop": the whole shop)
    };
    // The card's preview box the thumbnails are made for.
    static constexpr QSize ThumbnailBox{266, 150};

    struct Site
    {
        qint64 id = -1;
        QString name;
        QString kind;
        QString title;
        QString tagline;
        QStringList palette;
        QString htmlPath;
        QString status;
        QString url;
        QString product;
        qint64 productId = 0;
        qint64 updatedAt = 0;
        QString stage;
        QString vibe;
        int pageVersion = 0;
        QString lastError;
        QStringList problems; // the page checks' findings on the last assembly
        QVariantMap shots;    // width -> absolute path of the current page version's screenshot
        QString shotError;
        QString lead;       // the business a concept site is for
        QString collection; // the category a collection's page shows
        bool generated() const { return !stage.isEmpty(); }
        bool working() const;
    };
    struct ProductChoice
    {
        qint64 id = 0;
        QString name;
        QString sku;
    };

    SitesModel(const QSqlDatabase& db, const QString& sitesDir, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Site siteAt(const QModelIndex& index) const;
    // The site, also when the gallery's filters leave it out (empty when it is gone).
    Site siteById(qint64 id) const;
    void setTextFilter(const QString& text);
    void setStatusFilter(const QString& status);
    void reload();
    // A site's assembled page versions, newest first, with their screenshots (for the preview and compare).
    struct PageVersion
    {
        int version = 0;
        qint64 createdAt = 0;
        QVariantMap shots; // width -> absolute path
        QString shotError;
        QString file; // the page's file, absolute
    };
    QList<PageVersion> pageVersions(qint64 siteId) const;
    // The products a site can be generated for, by name (for the Generate site dialog).
    QList<ProductChoice> productChoices() const;
    struct CollectionChoice
    {
        QString name;
        int products = 0;
    };
    // The categories with products (a collection's page shows some of them), by name.
    QList<CollectionChoice> collectionChoices() const;
    // How many products a page about the whole shop could choose from (those for sale).
    int shopProductCount() const;

signals:
    // After every reload, whether the rows were replaced or only their values changed.
    void reloaded();

private:
    QVector<Site> query(const QStringList& where, const QVariantList& binds) const;

    QSqlDatabase m_db;
    ThumbnailCache* m_thumbnails;
    QString m_sitesDir;
    QString m_text;
    QString m_status;
    QVector<Site> m_sites;
};
