#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
class QLabel;
class QPushButton;

// A friendly message over an item view whose model has no rows: what the pane is for and what to
// do next, with an optional action button. Shows and hides itself as the model changes. A widget that
// is not an item view (a chart) can host it too, over the model it draws.
class EmptyState final : public QWidget
{
    Q_OBJECT
public:
    static EmptyState* attach(QAbstractItemView* view, const QString& title, const QString& text);
    static EmptyState* attach(QWidget* host, QAbstractItemModel* model, const QString& title, const QString& text);

    void setTexts(const QString& title, const QString& text);
    // Text shown instead while a filter is active (nothing matches, as opposed to nothing exists).
    void setFilteredTexts(const QString& title, const QString& text);
    void setFiltered(bool filtered);
    void setAction(const QString& label, std::function<void()> action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    EmptyState(QWidget* host, QAbstractItemView* view, QAbstractItemModel* model);
    void update();
    void reposition();
    QAbstractItemModel* model() const;

    QPointer<QWidget> m_host;
    QPointer<QAbstractItemView> m_view;
    QPointer<QAbstractItemModel> m_model;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_button;
    std::function<void()> m_action;
    QString m_emptyTitle;
    QString m_emptyText;
    QString m_filteredTitle;
    QString m_filteredText;
    bool m_filtered = false;
};
