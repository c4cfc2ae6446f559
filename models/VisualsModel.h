#pragma once

#include "RowListModel.h"
#include "visuals/VisualStore.h"

class ThumbnailCache;
class VisualActions;

// A product's visuals, one row per format, read through its facade: the format, its state (ready, for review,
// approved, rejected), what the guards found, and a thumbnail of the picture (read off the GUI thread).
// Shared by the product detail's gallery and the review dialog.
class VisualsModel final : public RowListModel<VisualStore::Visual>
{
    Q_OBJECT
public:
    enum Column
    {
        Caption, // the thumbnail with the format and its state on two lines (a gallery's item)
        Format,
        Status,
        Guards, // "7 of 7 passed" / what failed
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        PathRole = Qt::UserRole + 100, // the JPEG's absolute path
        StatusRole,                    // ready | review | approved | rejected
        PassedRole,                    // every guard passed
    };

    explicit VisualsModel(VisualActions* actions, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setProduct(qint64 productId);
    qint64 productId() const { return m_productId; }
    void reload();
    VisualStore::Visual visualAt(int row) const { return m_rows.value(row); }
    static QString statusText(const QString& status);

private:
    VisualActions* m_actions;
    ThumbnailCache* m_thumbnails;
    qint64 m_productId = 0;
};

// Settings → Visuals: the image providers in the order they were tried at the last save, each with its price per
// picture and the owner's quality mark (1–5, editable here; the order follows once saved).
class ImageProvidersModel final : public RowListModel<VisualStore::Choice>
{
    Q_OBJECT
public:
    enum Column
    {
        Provider,
        Model,
        Price,
        Quality,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ImageProvidersModel(QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void setChoices(const QList<VisualStore::Choice>& choices);
    QList<VisualStore::Choice> choices() const { return m_rows; }
};

// The seven guards of one visual: the guard, passed / failed / not checked, and the detail in words.
class VisualGuardsModel final : public RowListModel<VisualGuards::Result>
{
    Q_OBJECT
public:
    enum Column
    {
        Guard,
        Result,
        Detail,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit VisualGuardsModel(QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void setResults(const QList<VisualGuards::Result>& results);
    VisualGuards::Result resultAt(int row) const { return m_rows.value(row); }
};
