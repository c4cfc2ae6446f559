#pragma once

#include <QAbstractListModel>
#include <QSqlDatabase>
#include <QVector>

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
    };

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
        qint64 updatedAt = 0;
    };

    SitesModel(const QSqlDatabase& db, const QString& sitesDir, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Site siteAt(const QModelIndex& index) const;
    void setTextFilter(const QString& text);
    void setStatusFilter(const QString& status);
    void reload();

private:
    QSqlDatabase m_db;
    QString m_sitesDir;
    QString m_text;
    QString m_status;
    QVector<Site> m_sites;
};
