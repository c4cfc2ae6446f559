#include "LeadsImportDialog.h"

#include <QLocale>

using namespace Qt::StringLiterals;

LeadsImportDialog::LeadsImportDialog(LeadActions* actions, QWidget* parent)
    : FileImportDialog({u"leadsImport"_s, tr("Import leads"),
                           tr("Choose a CSV export of businesses from a maps search (columns such as name, "
                              "category, address, website, phone, rating, reviews, opening hours, place id, "
                              "latitude and longitude). Each is scored as it comes in. The same business twice "
                              "(its place id, website or phone) is one lead; importing again brings it up to date "
                              "and keeps what you marked."),
                           tr("businesses.csv"), tr("Choose a CSV export of businesses")},
        parent)
    , m_actions(actions)
{
    connect(m_actions, &LeadActions::progress, this, [this](qint64 done, qint64 total) {
        if (isWorking())
            showProgress(total > 0 ? static_cast<int>(1000 * done / total) : 0,
                tr("Reading and scoring %1 · %p%").arg(fileName()));
    });
    connect(m_actions, &LeadActions::imported, this, &LeadsImportDialog::showOutcome);
    if (const QString why = m_actions->whyNot(); !why.isEmpty())
        refuse(why);
    else if (m_actions->isBusy())
        refuse(tr("Leads are being imported or scored; wait for that to finish first."));
}

LeadsImportDialog* LeadsImportDialog::start(LeadActions* actions, QWidget* parent)
{
    auto* dialog = new LeadsImportDialog(actions, parent);
    dialog->openAndChoose();
    return dialog;
}

void LeadsImportDialog::startImport(const QString& path)
{
    if (m_actions->isBusy()) {
        finish(false, tr("Leads are being imported or scored; wait for that to finish first."), {});
        return;
    }
    m_actions->importFile(path);
}

void LeadsImportDialog::stopImport()
{
    m_actions->cancel();
}

void LeadsImportDialog::showOutcome(const LeadImport::Result& result, const QString& error)
{
    if (!isWorking())
        return;
    const QLocale locale;
    const int refused = static_cast<int>(result.problems.size()) - result.duplicates;
    QStringList parts;
    parts.append(tr("%n new lead(s)", nullptr, result.added));
    if (result.updated > 0)
        parts.append(tr("%n already there, brought up to date", nullptr, result.updated));
    if (result.duplicates > 0)
        parts.append(tr("%n duplicate(s) in the file", nullptr, result.duplicates));
    if (refused > 0)
        parts.append(tr("%n row(s) left out", nullptr, refused));
    QString summary = error.isEmpty() ? tr("Imported: %1.").arg(parts.join(u", "_s)) : error;
    if (!error.isEmpty() && (result.added > 0 || result.updated > 0))
        summary += u' ' + tr("Written before it stopped: %1.").arg(parts.join(u", "_s));
    QStringList lines = result.warnings;
    for (const LeadImport::RowProblem& p : result.problems)
        lines.append(tr("Line %1: %2").arg(locale.toString(p.line), p.message));
    finish(error.isEmpty(), summary, lines);
}
