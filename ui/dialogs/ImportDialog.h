#pragma once

#include "catalog/CatalogImport.h"

#include <QDialog>
#include <QSqlDatabase>

class ImportIssuesModel;
class ImportPreviewModel;
class PipelineActions;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
template <typename T> class QFutureWatcher;

// Import a store's product export (Shopify or WooCommerce CSV). The file is read in the background;
// the preview shows every product with what will happen to it (new, update, unchanged) and every
// row that cannot be used, with its line and the reason. Nothing is written until Import.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(
        PipelineActions* actions, const QSqlDatabase& db, const QString& defaultCurrency, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);
    const CatalogImport::Preview& preview() const { return m_preview; }
    QPushButton* importButton() const { return m_import; }
    QCheckBox* runBox() const { return m_run; }
    bool isReading() const;

signals:
    void previewReady();
    void imported(int created, int updated, int unchanged, bool queued);

private:
    void chooseFile();
    void read();
    void showPreview();
    void doImport();

    PipelineActions* m_actions;
    QSqlDatabase m_db;
    QLineEdit* m_path;
    QComboBox* m_currency;
    QProgressBar* m_busy;
    QLabel* m_summary;
    QLabel* m_error;
    QTabWidget* m_tabs;
    ImportPreviewModel* m_items;
    ImportIssuesModel* m_issues;
    QTableView* m_itemsView;
    QTableView* m_issuesView;
    QCheckBox* m_run;
    QPushButton* m_import;
    QFutureWatcher<CatalogImport::Preview>* m_watcher;
    CatalogImport::Preview m_preview;
};
