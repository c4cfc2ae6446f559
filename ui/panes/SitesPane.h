#pragma once

#include "UiContext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;
class QTabWidget;
class LeadsTab;

// A gallery of the sites Quorum generated, as cards (Enter or double-click opens a generated site's parts, or
// another page in the browser), Generate site… for a product, and the leads for outreach.
class SitesPane final : public QWidget
{
    Q_OBJECT
public:
    explicit SitesPane(const UiContext& context, QWidget* parent = nullptr);
    QListView* view() const { return m_view; }
    QTabWidget* tabs() const { return m_tabs; }
    LeadsTab* leadsTab() const { return m_leads; }

signals:
    void message(const QString& text);

private:
    void generate();
    void showDetails();
    void publishCurrent();
    void openCurrent();

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_status;
    QListView* m_view;
    QTabWidget* m_tabs;
    LeadsTab* m_leads = nullptr;
};
