#include "TerritoryDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

TerritoryDialog::TerritoryDialog(LeadActions* actions, QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_categories(new QLineEdit(this))
    , m_home(new QCheckBox(tr("Score the distance from a home location"), this))
    , m_latitude(new QDoubleSpinBox(this))
    , m_longitude(new QDoubleSpinBox(this))
    , m_radius(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"territoryDialog"_s);
    setWindowTitle(tr("Your territory"));
    auto* explain = new QLabel(tr("Leads in the kinds of business you build sites for score up to 20 points more, "
                                  "and leads near you up to 10. Saving scores every lead again."),
        this);
    explain->setWordWrap(true);
    explain->setProperty("role", u"subtitle"_s);
    m_categories->setObjectName(u"territoryCategories"_s);
    m_categories->setPlaceholderText(tr("bakery, florist, hairdresser"));
    m_home->setObjectName(u"territoryHome"_s);
    m_latitude->setObjectName(u"territoryLatitude"_s);
    m_latitude->setRange(-90, 90);
    m_latitude->setDecimals(5);
    m_longitude->setObjectName(u"territoryLongitude"_s);
    m_longitude->setRange(-180, 180);
    m_longitude->setDecimals(5);
    m_radius->setObjectName(u"territoryRadius"_s);
    m_radius->setRange(1, 5000);
    m_radius->setSuffix(tr(" km"));
    m_error->setObjectName(u"territoryError"_s);
    m_error->setWordWrap(true);
    m_error->setProperty("role", u"error"_s);
    m_error->hide();

    const Leads::Territory t = actions->territory();
    m_categories->setText(t.categories.join(u", "_s));
    m_home->setChecked(t.hasHome());
    m_latitude->setValue(t.latitude.value_or(0));
    m_longitude->setValue(t.longitude.value_or(0));
    m_radius->setValue(static_cast<int>(t.radiusKm));
    const auto follow = [this] {
        for (QWidget* w :
            {static_cast<QWidget*>(m_latitude), static_cast<QWidget*>(m_longitude), static_cast<QWidget*>(m_radius)})
            w->setEnabled(m_home->isChecked() && m_home->isEnabled());
    };
    connect(m_home, &QCheckBox::toggled, this, follow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    const QString why = actions->whyNotTerritory();
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        for (QWidget* w : {static_cast<QWidget*>(m_categories), static_cast<QWidget*>(m_home)})
            w->setEnabled(false);
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    follow();
    auto* form = new QFormLayout(this);
    form->addRow(explain);
    form->addRow(tr("Kinds of business"), m_categories);
    form->addRow(m_home);
    form->addRow(tr("Latitude"), m_latitude);
    form->addRow(tr("Longitude"), m_longitude);
    form->addRow(tr("Within"), m_radius);
    form->addRow(m_error);
    form->addRow(buttons);
    setMinimumWidth(480);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool TerritoryDialog::save()
{
    Leads::Territory t;
    for (const QString& part : m_categories->text().split(u',', Qt::SkipEmptyParts)) {
        if (const QString c = part.trimmed(); !c.isEmpty())
            t.categories.append(c);
    }
    if (m_home->isChecked()) {
        t.latitude = m_latitude->value();
        t.longitude = m_longitude->value();
    }
    t.radiusKm = m_radius->value();
    QString error;
    if (!m_actions->saveTerritory(t, &error)) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    emit message(tr("Territory saved; every lead is being scored again."));
    return true;
}
