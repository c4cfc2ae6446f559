#pragma once

#include "CustomerPrivacy.h"
#include "OrdersCsv.h"
#include "users/ChangeDoor.h"

#include <atomic>
#include <functional>
#include <memory>

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

    // Every order to a CSV file, in the background; done runs on context's thread. Without personal
    // data anyone may export (customers are pseudonyms); with names and e-mail addresses only owners.
    // Audited either way. Returns a handle that cancels, or null (and done is not called) when refused.
    QString whyNotPersonalExport() const;
    std::shared_ptr<std::atomic<bool>> exportOrders(const QString& path, bool personal, QObject* context,
        std::function<void(qint64 done, qint64 total)> progress, std::function<void(const OrdersCsv::Result&)> done,
        QString* error);

    // The customers of a segment (empty: every segmented customer) with their e-mail addresses, to a CSV
    // file for an e-mail tool or an ad platform's customer list; owners only, audited.
    std::shared_ptr<std::atomic<bool>> exportSegment(const QString& path, const QString& segment, QObject* context,
        std::function<void(const OrdersCsv::Result&)> done, QString* error);

private:
    ChangeDoor m_door;
};
