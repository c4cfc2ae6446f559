#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

// Title, one-line explanation and a row for the pane's filters and actions.
class PaneHeader final : public QWidget
{
    Q_OBJECT
public:
    PaneHeader(const QString& title, const QString& subtitle, QWidget* parent = nullptr);
    void setSubtitle(const QString& subtitle);
    // Widgets added here sit right of the title, in order.
    void addWidget(QWidget* widget);
    void addStretch();
    // Buttons for the pane's main actions sit on the title's line, at the right.
    void addAction(QWidget* widget);

private:
    QLabel* m_title;
    QLabel* m_subtitle;
    QHBoxLayout* m_tools;
    QHBoxLayout* m_actions;
};
