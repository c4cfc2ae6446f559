#pragma once

#include <QDialog>

// First run: try the demo workspace, create a new workspace, or open an existing one.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Choice
    {
        None,
        Demo,
        Create,
        Open,
        Team
    };
    explicit WelcomeDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = None;
};
