#pragma once

#include "UiContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QRadioButton;

// Generate site: choose what the page is about (one product, a collection of the shop's products, or the whole
// shop); the site factory writes it in the background (the analyst's brief, the concept, the design tokens, the
// sections), each part checked by two models.
class GenerateSiteDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit GenerateSiteDialog(const UiContext& context, QWidget* parent = nullptr);

    QComboBox* productBox() const { return m_product; }
    QComboBox* collectionBox() const { return m_collection; }
    QRadioButton* productChoice() const { return m_forProduct; }
    QRadioButton* collectionChoice() const { return m_forCollection; }
    QRadioButton* shopChoice() const { return m_forShop; }
    // Starts the generation; false with the reason shown when it cannot.
    bool generate();

signals:
    void message(const QString& text);
    void generated(qint64 siteId);

private:
    void updateState();
    void showError(const QString& text);

    UiContext m_context;
    QRadioButton* m_forProduct;
    QRadioButton* m_forCollection;
    QRadioButton* m_forShop;
    QComboBox* m_product;
    QComboBox* m_collection;
    QLabel* m_error;
    QPushButton* m_ok = nullptr;
    QString m_refusal;
};
