#pragma once

#include "UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// Settings → Users: the workspace's local profiles and their roles (owner, approver, viewer). An
// owner adds people, changes roles and deactivates profiles (never the last owner); everyone else
// sees the list. Every change is in the audit trail.
class UsersPage final : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(const UiContext& context, QWidget* parent = nullptr);

    bool addUser(const QString& name, const QString& roleKey);
    bool setRole(const QString& name, const QString& roleKey, bool active);
    QTableWidget* table() const { return m_table; }
    QString error() const;

signals:
    void message(const QString& text);

private:
    void load();
    void updateState();
    void showError(const QString& error);

    UiContext m_context;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QComboBox* m_role;
    QPushButton* m_add;
    QLabel* m_note;
    QLabel* m_error;
};
