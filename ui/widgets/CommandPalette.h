#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QListWidget;

// Ctrl+K: every command of the window's menus, found by typing a few letters of its name, run with
// Enter. The commands are the menus' own actions, so the palette never offers what the menus do not.
class CommandPalette final : public QDialog
{
    Q_OBJECT
public:
    explicit CommandPalette(const QList<QAction*>& actions, QWidget* parent = nullptr);
    QLineEdit* filterEdit() const { return m_filter; }
    QListWidget* list() const { return m_list; }

private:
    void refilter(const QString& text);
    void runCurrent();

    QLineEdit* m_filter;
    QListWidget* m_list;
    QList<QAction*> m_actions;
};

// "?": the keyboard shortcuts of the window's menus and of the panes, on one sheet.
class ShortcutSheet final : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutSheet(const QList<QAction*>& actions, QWidget* parent = nullptr);
};
