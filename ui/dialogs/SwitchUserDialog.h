#pragma once

#include <QDialog>

class ApprovalActions;
class QComboBox;
class QLabel;

// File → Switch user: act as another local profile. Anyone may return to their own profile; only
// an owner may act as someone else. The switch is in the audit trail.
class SwitchUserDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SwitchUserDialog(ApprovalActions* actions, QWidget* parent = nullptr);

signals:
    void switched(const QString& name);

private:
    ApprovalActions* m_actions;
    QComboBox* m_users;
    QLabel* m_error;
};
