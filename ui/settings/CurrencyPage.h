#pragma once

#include "UiContext.h"

#include <QWidget>

class EmptyState;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// Settings → Currencies: the currency the dashboard and the P&L report in, and what one unit of each
// other currency your shops sell in is worth in it. A currency without a rate is left out of the
// figures (the dashboard says which), never added as if it were the same money.
class CurrencyPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CurrencyPage(const UiContext& context, QWidget* parent = nullptr);

    QComboBox* reporting() const { return m_reporting; }
    QTableWidget* rates() const { return m_rates; }
    bool save();
    void load();

signals:
    void message(const QString& text);

private:
    void updateHeader();

    UiContext m_context;
    QComboBox* m_reporting;
    QTableWidget* m_rates;
    QPushButton* m_save;
    QLabel* m_note;
    EmptyState* m_empty = nullptr;
};
