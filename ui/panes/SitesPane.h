#pragma once

#include "UiContext.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListView;

// A gallery of the sites Quorum generated, as cards; Enter or double-click opens the page.
class SitesPane final : public QWidget
{
    Q_OBJECT
public:
    explicit SitesPane(const UiContext& context, QWidget* parent = nullptr);
    QListView* view() const { return m_view; }

signals:
    void message(const QString& text);

private:
    void publishCurrent();
    void openCurrent();

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_status;
    QListView* m_view;
};
