#include "CsvImport.h"

#include <QFileDialog>
#include <QMessageBox>

namespace CsvImport
{

void choose(QWidget* parent, const QString& title, const QString& filter, const QString& objectName,
    std::function<void(const QString&)> chosen)
{
    auto* files = new QFileDialog(parent, title, QString(), filter);
    files->setObjectName(objectName);
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(files, &QFileDialog::fileSelected, parent, std::move(chosen));
    files->open();
}

QMessageBox* showResult(QWidget* parent, bool ok, const QString& title, const QString& summary,
    const QStringList& details, const QString& objectName)
{
    if (ok && details.isEmpty())
        return nullptr;
    auto* box
        = new QMessageBox(ok ? QMessageBox::Warning : QMessageBox::Critical, title, summary, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    if (!details.isEmpty())
        box->setDetailedText(details.join(u'\n'));
    box->open();
    return box;
}

} // namespace CsvImport
