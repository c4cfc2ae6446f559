#pragma once

#include "catalog/CatalogActions.h"

#include <QDialog>

class ImportIssuesModel;
class ImportPreviewModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

// Import a store's product export (Shopify or WooCommerce CSV). The file is read and compared with the
// workspace in the background, with progress; the preview shows every product with what will happen
// to it (new, update, unchanged) and every row that cannot be used, with its line and the reason.
// Nothing is written until Import. Writing runs in the background too: Cancel stops it between
// batches (whole products only), and closing the dialog lets it finish while the window goes on.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(CatalogActions* catalog, const QString& defaultCurrency, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);
    const CatalogImport::Preview& preview() const { return m_preview; }
    QPushButton* importButton() const { return m_import; }
    QCheckBox* runBox() const { return m_run; }
    bool isReading() const { return m_reading; }
    QString summaryText() const;

signals:
    void previewReady();

private:
    void chooseFile();
    void read();
    void showPreview(const CatalogImport::Preview& preview);
    void showProgress(CatalogActions::Phase phase, qint64 done, qint64 total);
    void doImport();
    void cancelWork();
    void setWorking(bool working);

    CatalogActions* m_catalog;
    QLineEdit* m_path;
    QPushButton* m_choose;
    QComboBox* m_currency;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QLabel* m_error;
    QTabWidget* m_tabs;
    ImportPreviewModel* m_items;
    ImportIssuesModel* m_issues;
    QTableView* m_itemsView;
    QTableView* m_issuesView;
    QCheckBox* m_run;
    QPushButton* m_import;
    QPushButton* m_cancel;
    CatalogImport::Preview m_preview;
    bool m_reading = false;
    bool m_writing = false;
};
