#pragma once

#include <QLabel>

class AnomaliesModel;

// A one-paragraph notice with the campaigns' unusual days (at most `max`, and how many more; all of
// them in the tooltip), hidden while there are none. Follows the model.
class AnomalyStrip final : public QLabel
{
    Q_OBJECT
public:
    AnomalyStrip(AnomaliesModel* model, int max, QWidget* parent = nullptr);

private:
    void update();

    AnomaliesModel* m_model;
    int m_max;
    QString m_explanation;
};
