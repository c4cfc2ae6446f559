#include "CustomerActions.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

CustomerActions::CustomerActions(const ChangeDoor& door)
    : m_door(door)
{ }

QString CustomerActions::whyNot() const
{
    return m_door.mayChange()
        ? QString()
        : QCoreApplication::translate("CustomerActions", "Only an owner erases a customer's personal data.");
}

bool CustomerActions::eraseCustomer(qint64 customerId, CustomerPrivacy::Erased* erased, QString* error)
{
    if (const QString why = whyNot(); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    CustomerPrivacy::Erased result;
    const bool ok = m_door.change(
        {u"customer.erased"_s, u"customer:%1"_s.arg(customerId), {}, EventBus::Topic::StoreData},
        [&](const QSqlDatabase& db) {
            result = CustomerPrivacy::eraseCustomer(db, customerId, m_door.clock()->nowMs());
        },
        error);
    if (ok && erased)
        *erased = result;
    return ok;
}

bool CustomerActions::eraseEmail(const QString& email, CustomerPrivacy::Erased* erased, QString* error)
{
    static const QRegularExpression address(u"^[^@\\s]+@[^@\\s]+$"_s);
    if (!address.match(email.trimmed()).hasMatch()) {
        if (error)
            *error = QCoreApplication::translate("CustomerActions", "“%1” is not an email address.").arg(email);
        return false;
    }
    if (const QString why = whyNot(); !why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    CustomerPrivacy::Erased result;
    // The audit entry names no address: that would keep the personal data the erasure removes.
    const bool ok = m_door.change(
        {u"customer.erased"_s, u"customer:by-email"_s, {}, EventBus::Topic::StoreData},
        [&](const QSqlDatabase& db) { result = CustomerPrivacy::eraseEmail(db, email, m_door.clock()->nowMs()); },
        error);
    if (ok && erased)
        *erased = result;
    return ok;
}
