#pragma once

#include <QDialog>
#include <QImage>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;
class QScrollArea;
class QTableView;
class VisualActions;
class VisualGuardsModel;
class VisualsModel;

// A picture with the places a guard failed outlined in the danger colour; fitted to its box, or at its own size
// (in a scroll area) for a close look at full resolution.
class VisualView final : public QWidget
{
    Q_OBJECT
public:
    explicit VisualView(QWidget* parent = nullptr);
    void setPicture(const QImage& image, const QList<QRectF>& failed);
    void setActualSize(bool actual);
    QSize sizeHint() const override;
    const QImage& picture() const { return m_image; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage m_image;
    QList<QRectF> m_failed;
    bool m_actual = false;
};

// A product's visuals reviewed at full size, offline like any content: each format (left), the picture as the
// platform gets it with the places a guard failed outlined, what each of the seven guards found, and a person's
// verdict (approve or reject) on each.
class VisualReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    VisualReviewDialog(
        VisualsModel* model, VisualActions* actions, const QString& productName, int row, QWidget* parent = nullptr);

    QListView* list() const { return m_list; }
    VisualView* view() const { return m_view; }
    QTableView* guardsView() const { return m_guards; }
    // What the guards caught on the tries before this picture (hidden when it is the first).
    QLabel* earlierLabel() const { return m_earlier; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }

signals:
    void message(const QString& text);

private:
    void currentChanged();
    void decide(bool approve);

    VisualsModel* m_model;
    VisualActions* m_actions;
    VisualGuardsModel* m_guardModel;
    QListView* m_list;
    VisualView* m_view;
    QScrollArea* m_scroll;
    QCheckBox* m_actual;
    QLabel* m_size;
    QLabel* m_earlier;
    QTableView* m_guards;
    QPushButton* m_approve;
    QPushButton* m_reject;
};
