#pragma once

#include "CustomerPrivacy.h"
#include "users/ChangeDoor.h"

// The owner's door to customers' personal data: erasing a customer (on their request) blanks their
// name and email on every order and customer record in the workspace, keeps the orders for the
// figures, and writes who did it to the audit trail (without the address). Only owners may.
class CustomerActions
{
public:
    explicit CustomerActions(const ChangeDoor& door);

    // Why the session's user may not erase, or empty.
    QString whyNot() const;
    // A customer record of a store; false with *error when the person may not or it failed.
    bool eraseCustomer(qint64 customerId, CustomerPrivacy::Erased* erased, QString* error);
    // Everyone with this email address: guests, customers of every store, orders exports.
    bool eraseEmail(const QString& email, CustomerPrivacy::Erased* erased, QString* error);

private:
    ChangeDoor m_door;
};
