#pragma once

#include "panes/Pane.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class NavButton;

// The navigation rail: one button per pane, with a count badge (pending approvals). Up and Down
// move between panes when the rail has focus; Ctrl+1 ... Ctrl+6 work from anywhere (MainWindow).
class NavigationBar final : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationBar(QWidget* parent = nullptr);

    void setCurrent(PaneId pane);
    PaneId current() const;
    void setBadge(PaneId pane, int count);
    void setWorkspaceLabel(const QString& text, bool demo);

signals:
    void currentChanged(PaneId pane);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QButtonGroup* m_group;
    QList<NavButton*> m_buttons;
    QLabel* m_workspace;
};
