#pragma once

#include "UiContext.h"

#include <QWidget>

class QLabel;
class QPushButton;

// In the product detail: where the product is published (each store or site, its status and a link
// that opens in the browser), with Publish… (an approval first, unless already approved) and
// Unpublish (back to a draft everywhere).
class PublicationsBox final : public QWidget
{
    Q_OBJECT
public:
    explicit PublicationsBox(const UiContext& context, QWidget* parent = nullptr);
    void setProduct(qint64 productId);
    void refresh();
    QString text() const;

signals:
    void message(const QString& text);

private:
    UiContext m_context;
    qint64 m_productId = 0;
    QLabel* m_list;
    QPushButton* m_publish;
    QPushButton* m_unpublish;
};
