#pragma once

#include "UiContext.h"

#include <QDialog>

class QComboBox;
class QLabel;

// Generate site: choose a product; the site factory writes a landing page for it in the background (the
// analyst's brief, the concept, the design tokens, the sections), each part checked by two models.
class GenerateSiteDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit GenerateSiteDialog(const UiContext& context, QWidget* parent = nullptr);

    QComboBox* productBox() const { return m_product; }
    // Starts the generation; false with the reason shown when it cannot.
    bool generate();

signals:
    void message(const QString& text);
    void generated(qint64 siteId);

private:
    UiContext m_context;
    QComboBox* m_product;
    QLabel* m_error;
};
