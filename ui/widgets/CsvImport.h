#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QMessageBox;
class QWidget;

// The two ends of importing a list file (a price list, a supplier list, an ad report): choosing the
// file, and telling what came of it when there is more to say than the one-line summary.
namespace CsvImport
{
// A file dialog for one existing file, opened window-modal; `chosen` runs with its path (in parent's
// context). The dialog deletes itself.
void choose(QWidget* parent, const QString& title, const QString& filter, const QString& objectName,
    std::function<void(const QString&)> chosen);
// Nothing when it was imported and nothing was left out; else a box with the summary and, under
// "Show Details…", each row left out. Deletes itself when closed.
QMessageBox* showResult(QWidget* parent, bool ok, const QString& title, const QString& summary,
    const QStringList& details, const QString& objectName);
} // namespace CsvImport
