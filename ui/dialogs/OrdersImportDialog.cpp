#include "OrdersImportDialog.h"

#include <QLocale>

using namespace Qt::StringLiterals;

OrdersImportDialog::OrdersImportDialog(OrdersImportActions* actions, QWidget* parent)
    : FileImportDialog({u"ordersImport"_s, tr("Import orders from Shopify"),
                           tr("Choose an orders export of your Shopify store (Orders › Export, CSV). Its orders "
                              "count in the dashboard's revenue and profit. Importing the same file again changes "
                              "nothing; a later export updates the orders it holds (refunds since, for example)."),
                           tr("orders_export.csv"), tr("Choose a Shopify orders export")},
        parent)
    , m_actions(actions)
{
    connect(m_actions, &OrdersImportActions::progress, this,
        [this](OrdersImportActions::Phase phase, qint64 done, qint64 total) {
            if (!isWorking())
                return;
            const QLocale locale;
            const int permille = total > 0 ? static_cast<int>(1000 * done / total) : 0;
            showProgress(permille,
                phase == OrdersImportActions::Phase::Reading
                    ? tr("Reading %1 · %p%").arg(fileName())
                    : tr("Writing orders: %1 of %2").arg(locale.toString(done), locale.toString(total)));
        });
    connect(m_actions, &OrdersImportActions::imported, this, &OrdersImportDialog::showOutcome);
    if (const QString why = m_actions->whyNot(); !why.isEmpty())
        refuse(why);
    else if (m_actions->isBusy())
        refuse(tr("An orders import is still running; wait for it to finish first."));
}

OrdersImportDialog* OrdersImportDialog::start(OrdersImportActions* actions, QWidget* parent)
{
    auto* dialog = new OrdersImportDialog(actions, parent);
    dialog->openAndChoose();
    return dialog;
}

void OrdersImportDialog::startImport(const QString& path)
{
    if (m_actions->isBusy()) {
        finish(false, tr("An orders import is still running; wait for it to finish first."), {});
        return;
    }
    m_actions->import(path);
}

void OrdersImportDialog::stopImport()
{
    m_actions->cancel();
}

void OrdersImportDialog::showOutcome(const OrdersImportActions::Outcome& outcome)
{
    if (!isWorking())
        return;
    QStringList lines = outcome.warnings;
    for (const OrdersExport::Issue& i : outcome.issues)
        lines.append(i.order.isEmpty() ? tr("Line %1: %2").arg(QString::number(i.line), i.reason)
                                       : tr("Line %1, order %2: %3").arg(QString::number(i.line), i.order, i.reason));
    finish(outcome.ok, outcome.summary, lines);
    emit importFinished(outcome);
}
