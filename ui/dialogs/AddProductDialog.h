#pragma once

#include "pipeline/ProductFacts.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <optional>

class PipelineActions;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

// Add one product by hand: its facts (name, a short description, price, cost, currency, category,
// a SKU, up to three images, and optionally audience, competitors, brand voice, material and sizes).
// Every field says what is wrong next to it. What is typed is kept as a draft while typing, so a
// dialog closed by mistake loses nothing: it comes back the next time.
class AddProductDialog final : public QDialog
{
    Q_OBJECT
public:
    AddProductDialog(PipelineActions* actions, const QStringList& categories, const QString& defaultCurrency,
        double targetMargin, QWidget* parent = nullptr);
    // Edit mode: the product's facts, prefilled; Save corrects them (no draft is kept). Its images
    // stay as they are.
    AddProductDialog(PipelineActions* actions, const QStringList& categories, const ProductFacts& editing,
        double targetMargin, QWidget* parent = nullptr);

    bool isEditing() const { return m_editing.has_value(); }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* skuEdit() const { return m_sku; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QLineEdit* priceEdit() const { return m_price; }
    QLineEdit* costEdit() const { return m_cost; }
    QComboBox* categoryBox() const { return m_category; }
    QLineEdit* materialEdit() const { return m_material; }
    QLineEdit* sizesEdit() const { return m_sizes; }
    void addImages(const QStringList& files);
    QStringList images() const;
    QString fieldError(const QString& field) const;
    bool draftRestored() const { return m_restored; }
    // Validates and adds; run queues the pipeline at once. In edit mode: validates and saves.
    bool submit(bool run);

signals:
    void productAdded(qint64 id, bool queued);
    // Edit mode: the facts were saved; summary says what changed and what happens to the content.
    void factsSaved(qint64 id, const QString& summary);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

public slots:
    // Closing keeps the draft.
    void reject() override;

private:
    AddProductDialog(PipelineActions* actions, const QStringList& categories, const QString& defaultCurrency,
        double targetMargin, QWidget* parent, const ProductFacts* editing);
    void fromFacts(const ProductFacts& facts);
    bool save();
    QLabel* addError(const QString& field);
    QJsonObject toDraft() const;
    void fromDraft(const QJsonObject& draft);
    void scheduleDraft();
    void keepDraft();
    void updateMargin();
    void chooseImages();
    bool validate(struct ProductFacts* facts);

    PipelineActions* m_actions;
    std::optional<ProductFacts> m_editing;
    double m_targetMargin;
    QLineEdit* m_name;
    QLineEdit* m_sku;
    QPlainTextEdit* m_description;
    QLineEdit* m_price;
    QComboBox* m_currency;
    QLineEdit* m_cost;
    QLabel* m_margin;
    QComboBox* m_category;
    QListWidget* m_images;
    QPushButton* m_removeImage;
    QLineEdit* m_material;
    QLineEdit* m_sizes;
    QLineEdit* m_audience;
    QPlainTextEdit* m_competitors;
    QLineEdit* m_voice;
    QLabel* m_banner;
    QLabel* m_formError;
    QHash<QString, QLabel*> m_errors;
    QTimer* m_draftTimer;
    bool m_restored = false;
    bool m_validateLive = false;
};
