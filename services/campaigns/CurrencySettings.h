#pragma once

#include "users/ChangeDoor.h"

#include <QList>
#include <QString>

#include <optional>

// The workspace's reporting currency and the owner's exchange rates to it, through the settings door
// (owners change them, every change audited). Every amount keeps its own currency in the workspace;
// the dashboard and the P&L convert the shops' amounts with these rates, and leave out (and name) a
// currency without one rather than add euros to dollars.
class CurrencySettings
{
public:
    explicit CurrencySettings(const ChangeDoor& door);

    QString whyNot() const { return m_door.whyNot(); }
    QString reportingCurrency() const;

    struct Currency
    {
        QString code;
        qint64 orders = 0;          // orders kept in this currency by their shop
        std::optional<double> rate; // 1 of it in the reporting currency
    };
    // The shops' currencies other than the reporting one (from the orders), and any with a rate.
    QList<Currency> currencies() const;

    // Saves the reporting currency (a three-letter ISO 4217 code) and the rates (code -> rate > 0; a
    // currency left out has no rate). False with a readable *error when refused or invalid.
    bool save(const QString& reporting, const QList<std::pair<QString, double>>& rates, QString* error);

private:
    ChangeDoor m_door;
};
