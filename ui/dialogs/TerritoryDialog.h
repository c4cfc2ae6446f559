#pragma once

#include "sites/LeadActions.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Where and for whom the owner builds sites: the kinds of business wanted and a home location with a
// radius. A lead's category and distance are scored against it; saving scores every lead again. An owner's
// setting: others see it and the reason they cannot change it.
class TerritoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit TerritoryDialog(LeadActions* actions, QWidget* parent = nullptr);

    QLineEdit* categoriesEdit() const { return m_categories; }
    QCheckBox* homeBox() const { return m_home; }
    QDoubleSpinBox* latitudeBox() const { return m_latitude; }
    QDoubleSpinBox* longitudeBox() const { return m_longitude; }
    QSpinBox* radiusBox() const { return m_radius; }
    bool save();

signals:
    void message(const QString& text);

private:
    LeadActions* m_actions;
    QLineEdit* m_categories;
    QCheckBox* m_home;
    QDoubleSpinBox* m_latitude;
    QDoubleSpinBox* m_longitude;
    QSpinBox* m_radius;
    QLabel* m_error;
};
