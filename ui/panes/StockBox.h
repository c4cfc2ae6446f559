#pragma once

#include "UiContext.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

// Under a product's variants: its reorder rule in a line ("Reorder at 5 or fewer left …", or that
// there is none), and the button that sets it (owners), in a small dialog; below it what the Demand
// Forecast agent last forecast for the product, with a button to its chart. It also reads what the
// connected stores have of the product's SKUs, which the variants table shows.
class StockBox final : public QWidget
{
    Q_OBJECT
public:
    explicit StockBox(const UiContext& context, QWidget* parent = nullptr);

    void setProduct(qint64 productId, const QString& name = {});
    // Per SKU: "Webshop 12 · Lindenhof 12", with the shared stock first when there is one.
    QHash<QString, QString> storeStock() const { return m_storeStock; }

signals:
    void message(const QString& text);
    // A sync changed what the stores have: storeStock() has the new figures.
    void storeStockChanged();

private:
    void refresh();
    void editRule();
    void showForecast();

    UiContext m_context;
    qint64 m_productId = 0;
    QLabel* m_rule;
    QPushButton* m_edit;
    QLabel* m_forecast;
    QPushButton* m_chart;
    QString m_productName;
    QHash<QString, QString> m_storeStock;
};
