#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;

// A friendly message over an item view whose model has no rows: what the pane is for and what to
// do next, with an optional action button. Shows and hides itself as the model changes.
class EmptyState final : public QWidget
{
    Q_OBJECT
public:
    static EmptyState* attach(QAbstractItemView* view, const QString& title, const QString& text);

    void setTexts(const QString& title, const QString& text);
    // Text shown instead while a filter is active (nothing matches, as opposed to nothing exists).
    void setFilteredTexts(const QString& title, const QString& text);
    void setFiltered(bool filtered);
    void setAction(const QString& label, std::function<void()> action);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit EmptyState(QAbstractItemView* view);
    void update();
    void reposition();

    QPointer<QAbstractItemView> m_view;
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
