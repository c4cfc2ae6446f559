#pragma once

#include "storesync/OrdersImportActions.h"
#include "widgets/FileImportDialog.h"

// Import a Shopify orders export (CSV), for a shop whose store is not connected. Choosing the file
// starts the import at once (nothing needs confirming: importing the same file again changes
// nothing); reading and writing run in the background with progress, and the result says how many
// orders came in and which were skipped, with their lines and why. Closing the dialog lets a running
// write finish while the window goes on.
class OrdersImportDialog final : public FileImportDialog
{
    Q_OBJECT
public:
    explicit OrdersImportDialog(OrdersImportActions* actions, QWidget* parent = nullptr);

    // Opens the dialog (deleted on close) and, unless a viewer or a running import stands in the way,
    // the file chooser.
    static OrdersImportDialog* start(OrdersImportActions* actions, QWidget* parent);

signals:
    void importFinished(const OrdersImportActions::Outcome& outcome);

protected:
    void startImport(const QString& path) override;
    void stopImport() override;

private:
    void showOutcome(const OrdersImportActions::Outcome& outcome);

    OrdersImportActions* m_actions;
};
