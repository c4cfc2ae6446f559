#pragma once

#include "UiContext.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Settings → Pricing: what the Pricing agent prices by. The margin floor no proposal goes under, how
// proposed prices end (x.95, x.99), the largest step it proposes at once, and the competitors' prices,
// imported from a price list (CSV). Owners change them; the agent looks again at once.
class PricingPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PricingPage(const UiContext& context, QWidget* parent = nullptr);

    QDoubleSpinBox* floor() const { return m_floor; }
    QComboBox* ending() const { return m_ending; }
    QSpinBox* step() const { return m_step; }
    QLabel* listState() const { return m_list; }
    QMessageBox* lastImportBox() const { return m_lastBox; }
    bool save();
    void load();
    void importList(const QString& path);

signals:
    void message(const QString& text);

private:
    void chooseList();

    UiContext m_context;
    QDoubleSpinBox* m_floor;
    QComboBox* m_ending;
    QSpinBox* m_step;
    QPushButton* m_save;
    QLabel* m_note;
    QLabel* m_list;
    QPushButton* m_import;
    QPointer<QMessageBox> m_lastBox;
};
