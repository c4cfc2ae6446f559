#pragma once

#include "UiContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class RunProgress;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class EmptyState;
class ProductDetailPanel;

// Products and their place in the pipeline, with search and filters that run in SQL, and below,
// the selected product's content, versions and verdicts. Add, import, run and retry from here.
class PipelinePane final : public QWidget
{
    Q_OBJECT
public:
    explicit PipelinePane(const UiContext& context, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    ProductDetailPanel* detail() const { return m_detail; }
    // Shows the product in the list (clearing a filter that hides it) and in the detail.
    void selectProduct(qint64 id);
    QList<qint64> selectedProducts() const;
    QWidget* undoBar() const { return m_undoBar; }
    QCheckBox* showArchivedBox() const { return m_showArchived; }

public slots:
    void addProduct();
    void importCatalog(const QString& path = {});
    void runSelected();
    void runAllDrafts();
    // Archives the selected products (Delete) and offers to undo it (Ctrl+Z while the bar shows).
    void archiveSelected();
    void undoArchive();
    // With Show archived on: puts the selected products back in the pipeline.
    void unarchiveSelected();
    // Shows only products in these stages (a group from the dashboard), under its label.
    void showStages(const QString& label, const QStringList& stages, bool waiting);

signals:
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int WaitingRole = Qt::UserRole + 1;
    // The Name column stretches, but never below this (a thumbnail and a readable name): on a narrow
    // window the table scrolls sideways rather than hide the names.
    static constexpr int MinNameWidth = 170;
    void fitNameColumn();
    void updateCount();
    void reloadCategories();
    void currentChanged();
    void reportRun(int queued, const QList<std::pair<qint64, QString>>& skipped);
    QStringList categories() const;

    UiContext m_context;
    QLineEdit* m_search;
    QComboBox* m_stage;
    QComboBox* m_category;
    QLabel* m_count;
    QProgressBar* m_importProgress;
    RunProgress* m_runProgress;
    QPushButton* m_runDrafts;
    QTableView* m_view;
    EmptyState* m_empty;
    ProductDetailPanel* m_detail;
    QSplitter* m_split;
    QTimer* m_detailRefresh;
    QCheckBox* m_showArchived;
    QWidget* m_undoBar;
    QLabel* m_undoText;
    QTimer* m_undoTimer;
    QList<qint64> m_lastArchived;
};
