#include "CustomerActions.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "storage/BackgroundTask.h"
#include "storage/Sql.h"

#include <QFileInfo>
#include <QJsonObject>

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace
{
using Writer = std::function<OrdersCsv::Result(const QSqlDatabase&, const std::function<bool(qint64, qint64)>&)>;

// Writes the file on a background connection and, once it is written, the audit entry (action, with the
// rows, the file's name and the details); done runs on context's thread.
std::shared_ptr<std::atomic<bool>> exportFile(const ChangeDoor& door, const QString& path, QObject* context,
    Writer write, std::function<void(qint64, qint64)> progress, const QString& action, const QJsonObject& details,
    std::function<void(const OrdersCsv::Result&)> done)
{
    const QSqlDatabase db = door.db();
    const QString actor = door.actor();
    const Clock* clock = door.clock();
    return BackgroundTask::run<OrdersCsv::Result>(
        db.databaseName(), context,
        [write](const BackgroundTask::Step& step) {
            return write(step.db, [&step](qint64 n, qint64 total) { return step.progress(n, total); });
        },
        [progress](qint64 n, qint64 total, const QString&) {
            if (progress)
                progress(n, total);
        },
        [db, actor, clock, path, action, details, done](OrdersCsv::Result result) {
            if (result.error.isEmpty() && !result.cancelled) {
                try {
                    Transaction tx(db);
                    QJsonObject d = details;
                    d.insert(u"rows"_s, result.rows);
                    d.insert(u"file"_s, QFileInfo(path).fileName());
                    AuditLog::append(db, clock->nowMs(), actor, action, action.section(u'.', 0, 0), d);
                    tx.commit();
                } catch (const SqlError& e) {
                    result.error = e.message();
                }
            }
            done(result);
        });
}
} // namespace

CustomerActions::CustomerActions(const ChangeDoor& door)
    : m_door(door)
{ }

QString CustomerActions::whyNot() const
{
    return m_door.mayChange()
        ? QString()
        : QCoreApplication::translate("CustomerActions", "Only an owner erases a customer's personal data.");
}

QString CustomerActions::whyNotPersonalExport() const
{
    return m_door.mayChange() ? QString()
                              : QCoreApplication::translate(
                                  "CustomerActions", "Only an owner exports customers' names and e-mail addresses.");
}

std::shared_ptr<std::atomic<bool>> CustomerActions::exportOrders(const QString& path, bool personal, QObject* context,
    std::function<void(qint64, qint64)> progress, std::function<void(const OrdersCsv::Result&)> done, QString* error)
{
    if (personal) {
        if (const QString why = whyNotPersonalExport(); !why.isEmpty()) {
            if (error)
                *error = why;
            return nullptr;
        }
    }
    return exportFile(
        m_door, path, context,
        [path, personal](const QSqlDatabase& db, const std::function<bool(qint64, qint64)>& step) {
            return OrdersCsv::write(db, path, personal, step);
        },
        std::move(progress), u"orders.exported"_s, QJsonObject{{u"personal_data"_s, personal}}, std::move(done));
}

std::shared_ptr<std::atomic<bool>> CustomerActions::exportSegment(const QString& path, const QString& segment,
    QObject* context, std::function<void(const OrdersCsv::Result&)> done, QString* error)
{
    if (const QString why = whyNotPersonalExport(); !why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    return exportFile(
        m_door, path, context,
        [path, segment](const QSqlDatabase& db, const std::function<bool(qint64, qint64)>& step) {
            return OrdersCsv::writeCustomers(db, path, segment, step);
        },
        {}, u"customers.exported"_s, QJsonObject{{u"segment"_s, segment}, {u"personal_data"_s, true}}, std::move(done));
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
