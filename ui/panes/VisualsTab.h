#pragma once

#include "UiContext.h"

#include <QWidget>

class EmptyState;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class VisualActions;
class VisualsModel;

// The Pipeline's product detail, Visuals tab: the product's visual for each platform format in a strip (a
// thumbnail with the format and its state), what the guards found on the selected one, making them (again) with
// a headline, and the review at full size (VisualReviewDialog) where a person approves or rejects each.
class VisualsTab final : public QWidget
{
    Q_OBJECT
public:
    VisualsTab(const UiContext& context, VisualActions* actions, QWidget* parent = nullptr);

    void setProduct(qint64 productId, const QString& productName);
    void refresh();

    QListView* list() const { return m_list; }
    QPushButton* makeButton() const { return m_make; }
    QPushButton* reviewButton() const { return m_review; }
    QLineEdit* headline() const { return m_headline; }
    // Automatic (the colour that reads best), or one of the shop's colours as the owner wants it.
    QComboBox* colorChoice() const { return m_color; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* findingsLabel() const { return m_findings; }
    VisualsModel* model() const { return m_model; }

public slots:
    // Opens the selected visual at full size (Enter or a double click on it).
    void review();

signals:
    void message(const QString& text);

private:
    void selectionChanged();
    void make();
    void updateStatus();
    void fillColors();

    UiContext m_context;
    VisualActions* m_actions;
    VisualsModel* m_model;
    QLabel* m_status;
    QLineEdit* m_headline;
    QComboBox* m_color;
    QPushButton* m_make;
    QListView* m_list;
    QLabel* m_findings;
    QPushButton* m_review;
    EmptyState* m_empty = nullptr;
    qint64 m_productId = 0;
    QString m_productName;
};
