#pragma once

#include "storesync/OrdersImportActions.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// Import a Shopify orders export (CSV), for a shop whose store is not connected. Choosing the file
// starts the import at once (nothing needs confirming: importing the same file again changes
// nothing); reading and writing run in the background with progress, and the result says how many
// orders came in and which were skipped, with their lines and why. Closing the dialog lets a running
// write finish while the window goes on.
class OrdersImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit OrdersImportDialog(OrdersImportActions* actions, QWidget* parent = nullptr);
    ~OrdersImportDialog() override;

    // Opens the dialog (deleted on close) and, unless a viewer or a running import stands in the way,
    // the file chooser.
    static OrdersImportDialog* start(OrdersImportActions* actions, QWidget* parent);

    void chooseFile();
    void setFile(const QString& path);
    bool isWorking() const { return m_working; }
    QString resultText() const;

signals:
    void importFinished(const OrdersImportActions::Outcome& outcome);

private:
    void showProgress(OrdersImportActions::Phase phase, qint64 done, qint64 total);
    void showOutcome(const OrdersImportActions::Outcome& outcome);
    void setWorking(bool working);

    OrdersImportActions* m_actions;
    QLineEdit* m_path;
    QPushButton* m_choose;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPlainTextEdit* m_issues;
    QPushButton* m_stop;
    bool m_working = false;
};
