#include "OutreachSettingsDialog.h"

#include "sites/OutreachActions.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

OutreachSettingsDialog::OutreachSettingsDialog(OutreachActions* actions, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_postal(new QPlainTextEdit(this))
    , m_cap(new QSpinBox(this))
    , m_suppress(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_remove(new QPushButton(tr("Take off the list"), this))
    , m_error(new QLabel(this))
{
    setObjectName(u"outreachSettingsDialog"_s);
    setWindowTitle(tr("Outreach e-mail"));
    const QString server = actions->mailServer();
    auto* explain = new QLabel(
        (server.isEmpty() ? tr("No mail server is set: enter it in Settings → Autopilot before e-mails can be sent.")
                          : tr("E-mails go through the mail server of Settings → Autopilot (%1).").arg(server))
            + u' '
            + tr("Every e-mail carries the sender's name, postal address and a line to unsubscribe; replies come to "
                 "the sender's address."),
        this);
    explain->setWordWrap(true);
    explain->setProperty("role", u"subtitle"_s);
    m_name->setObjectName(u"outreachSenderName"_s);
    m_name->setPlaceholderText(tr("Anna de Vries, Studio Noord"));
    m_address->setObjectName(u"outreachSenderAddress"_s);
    m_address->setPlaceholderText(tr("anna@studionoord.nl"));
    m_postal->setObjectName(u"outreachSenderPostal"_s);
    m_postal->setPlaceholderText(tr("Street 1\n1234 AB City"));
    m_postal->setFixedHeight(m_postal->fontMetrics().lineSpacing() * 3 + 12);
    m_postal->setTabChangesFocus(true);
    m_cap->setObjectName(u"outreachDailyCap"_s);
    m_cap->setRange(1, 500);
    m_cap->setSuffix(tr(" a day"));
    m_suppress->setObjectName(u"outreachSuppressAddress"_s);
    m_suppress->setPlaceholderText(tr("An address that asked not to be written to"));
    m_suppress->setClearButtonEnabled(true);
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(u"outreachSuppressAdd"_s);
    m_remove->setObjectName(u"outreachSuppressRemove"_s);
    m_list->setObjectName(u"outreachSuppressions"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Address"), tr("Why"), tr("Added")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 6);
    m_error->setObjectName(u"outreachSettingsError"_s);
    m_error->setWordWrap(true);
    m_error->setProperty("role", u"error"_s);
    m_error->hide();

    const Outreach::Sender s = actions->sender();
    m_name->setText(s.name);
    m_address->setText(s.address);
    m_postal->setPlainText(s.postal);
    m_cap->setValue(s.dailyCap);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    const QString ownerOnly = actions->whyNotSender();
    if (!ownerOnly.isEmpty()) {
        for (QWidget* w : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_address),
                 static_cast<QWidget*>(m_postal), static_cast<QWidget*>(m_cap)})
            w->setEnabled(false);
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        buttons->button(QDialogButtonBox::Save)->setToolTip(ownerOnly);
    }
    const bool mayList = actions->whyNot().isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_suppress), static_cast<QWidget*>(add), static_cast<QWidget*>(m_remove)})
        w->setEnabled(mayList);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_suppress, 1);
    addRow->addWidget(add);
    addRow->addWidget(m_remove);
    auto* form = new QFormLayout(this);
    form->addRow(explain);
    form->addRow(tr("Sender's name"), m_name);
    form->addRow(tr("Sender's address"), m_address);
    form->addRow(tr("Postal address"), m_postal);
    form->addRow(tr("At most"), m_cap);
    auto* listLabel = new QLabel(tr("Never write to (suppression list)"), this);
    listLabel->setProperty("role", u"section"_s);
    form->addRow(listLabel);
    form->addRow(m_list);
    form->addRow(addRow);
    form->addRow(m_error);
    form->addRow(buttons);
    setMinimumWidth(560);
    showSuppressions();

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &OutreachSettingsDialog::addSuppression);
    connect(m_suppress, &QLineEdit::returnPressed, this, &OutreachSettingsDialog::addSuppression);
    connect(m_remove, &QPushButton::clicked, this, &OutreachSettingsDialog::removeSelected);
}

void OutreachSettingsDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void OutreachSettingsDialog::showSuppressions()
{
    m_list->clear();
    for (const Outreach::Suppression& s : m_actions->suppressions()) {
        auto* item = new QTreeWidgetItem(m_list,
            {s.address, Outreach::reasonDisplayName(s.reason),
                QLocale().toString(QDateTime::fromMSecsSinceEpoch(s.addedAt).date(), QLocale::ShortFormat)});
        item->setToolTip(1, s.note.isEmpty() ? s.addedBy : s.addedBy + u": "_s + s.note);
    }
    m_remove->setEnabled(m_actions->whyNot().isEmpty() && m_list->topLevelItemCount() > 0);
}

bool OutreachSettingsDialog::save()
{
    Outreach::Sender s;
    s.name = m_name->text();
    s.address = m_address->text();
    s.postal = m_postal->toPlainText();
    s.dailyCap = m_cap->value();
    QString error;
    if (!m_actions->saveSender(s, &error)) {
        showError(error);
        return false;
    }
    const QString missing = s.whyIncomplete();
    emit message(missing.isEmpty() ? tr("Outreach settings saved.") : tr("Saved. %1").arg(missing));
    return true;
}

bool OutreachSettingsDialog::addSuppression()
{
    QString error;
    if (!m_actions->suppress(m_suppress->text(), {}, &error)) {
        showError(error);
        return false;
    }
    showError({});
    m_suppress->clear();
    showSuppressions();
    return true;
}

bool OutreachSettingsDialog::removeSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return false;
    QString error;
    if (!m_actions->unsuppress(item->text(0), &error)) {
        showError(error);
        return false;
    }
    showError({});
    emit message(tr("%1 may be written to again.").arg(item->text(0)));
    showSuppressions();
    return true;
}
