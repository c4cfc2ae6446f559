#pragma once

#include <QDialog>

class OutreachActions;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

// Who outreach e-mails come from (name, address, postal address), how many may go out a day, and the
// suppression list: addresses never written to (bounces and do-not-contact marks land here by themselves; a
// person adds one who asked to be left alone, or takes one off). The sender is an owner's setting.
class OutreachSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OutreachSettingsDialog(OutreachActions* actions, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* addressEdit() const { return m_address; }
    QPlainTextEdit* postalEdit() const { return m_postal; }
    QSpinBox* capBox() const { return m_cap; }
    QLineEdit* suppressEdit() const { return m_suppress; }
    QTreeWidget* suppressionList() const { return m_list; }
    bool save();
    bool addSuppression();
    bool removeSelected();

signals:
    void message(const QString& text);

private:
    void showSuppressions();
    void showError(const QString& error);

    OutreachActions* m_actions;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QPlainTextEdit* m_postal;
    QSpinBox* m_cap;
    QLineEdit* m_suppress;
    QTreeWidget* m_list;
    QPushButton* m_remove;
    QLabel* m_error;
};
