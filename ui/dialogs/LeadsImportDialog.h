#pragma once

#include "sites/LeadActions.h"
#include "widgets/FileImportDialog.h"

// Import leads from a CSV export of a maps search. Choosing the file starts the import at once (importing
// it again adds nothing but brings the same businesses up to date); reading, scoring and writing run in the
// background with progress, and the result says how many came in, how many were already there, and which
// rows were left out, with their lines and why.
class LeadsImportDialog final : public FileImportDialog
{
    Q_OBJECT
public:
    explicit LeadsImportDialog(LeadActions* actions, QWidget* parent = nullptr);

    // Opens the dialog (deleted on close) and, unless a viewer or a running import stands in the way,
    // the file chooser.
    static LeadsImportDialog* start(LeadActions* actions, QWidget* parent);

protected:
    void startImport(const QString& path) override;
    void stopImport() override;

private:
    void showOutcome(const LeadImport::Result& result, const QString& error);

    LeadActions* m_actions;
};
