#pragma once

#include <QLabel>

class AnomaliesModel;
class FinanceAlertsModel;
class QAbstractItemModel;

// A one-paragraph notice (at most `max` items, and how many more; all of them in the tooltip), hidden
// while there are none. Follows its model; the subclasses say what the items are.
class NoticeStrip : public QLabel
{
    Q_OBJECT
protected:
    NoticeStrip(QAbstractItemModel* model, int max, const QString& objectName, QWidget* parent);
    // The items' lines, at most `max`; the heading with %1 for them; the tooltip's lead paragraph.
    virtual QStringList lines(int max) const = 0;
    virtual QString heading() const = 0;
    virtual QString explanation() const = 0;
    // The tooltip's items (by default their lines).
    virtual QStringList details(int count) const { return lines(count); }
    // Subclasses call it once constructed (and it follows the model from then on).
    void follow();

private:
    void update();

    QAbstractItemModel* m_model;
    int m_max;
};

// The campaigns' unusual days.
class AnomalyStrip final : public NoticeStrip
{
    Q_OBJECT
public:
    AnomalyStrip(AnomaliesModel* model, int max, QWidget* parent = nullptr);

private:
    QStringList lines(int max) const override;
    QString heading() const override;
    QString explanation() const override;

    AnomaliesModel* m_anomalies;
};

// Finance Watch's open alerts: revenue down on a day, ad pacing over budget, AI spend near its ceiling.
class FinanceAlertStrip final : public NoticeStrip
{
    Q_OBJECT
public:
    FinanceAlertStrip(FinanceAlertsModel* model, int max, QWidget* parent = nullptr);

private:
    QStringList lines(int max) const override;
    QStringList details(int count) const override;
    QString heading() const override;
    QString explanation() const override;

    FinanceAlertsModel* m_alerts;
};
