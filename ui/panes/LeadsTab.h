#pragma once

#include "UiContext.h"

#include <QWidget>

class OutreachDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The Sites pane's leads: businesses imported from a maps export, best score first, the selected one's
// facts and each factor of its score underneath; importing a CSV, the territory the score measures
// against, and marking a lead not to be contacted.
class LeadsTab final : public QWidget
{
    Q_OBJECT
public:
    explicit LeadsTab(const UiContext& context, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QLabel* detail() const { return m_detail; }
    QPushButton* doNotContactButton() const { return m_doNotContact; }
    QPushButton* conceptButton() const { return m_concept; }
    QPushButton* emailButton() const { return m_email; }
    // A concept site for the selected lead's business, by the site factory.
    void generateConcept();
    void importLeads();
    void editTerritory();
    void editOutreach();
    // The selected lead's outreach e-mail (the dialog, open; null without a selection).
    OutreachDialog* openEmail();

signals:
    void message(const QString& text);

private:
    void showCurrent();
    void toggleDoNotContact();

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_status;
    QTableView* m_view;
    QLabel* m_detail;
    QPushButton* m_doNotContact;
    QPushButton* m_concept;
    QPushButton* m_email;
};
