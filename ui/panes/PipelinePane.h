#pragma once

#include "UiContext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class EmptyState;

// Products and their place in the pipeline, with search and filters that run in SQL.
class PipelinePane final : public QWidget
{
    Q_OBJECT
public:
    PipelinePane(const UiContext& context, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }

private:
    void updateCount();
    void reloadCategories();

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_category;
    QLabel* m_count;
    QTableView* m_view;
    EmptyState* m_empty;
};
