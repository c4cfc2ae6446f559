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
    const QSqlDatabase db = m_door.db();
    const QString actor = m_door.actor();
    const Clock* clock = m_door.clock();
    return BackgroundTask::run<OrdersCsv::Result>(
        db.databaseName(), context,
        [path, personal](const BackgroundTask::Step& step) {
            return OrdersCsv::write(
                step.db, path, personal, [&step](qint64 n, qint64 total) { return step.progress(n, total); });
        },
        [progress](qint64 n, qint64 total, const QString&) {
            if (progress)
                progress(n, total);
        },
        [db, actor, clock, path, personal, done](OrdersCsv::Result result) {
            if (result.error.isEmpty() && !result.cancelled) {
                try {
                    Transaction tx(db);
                    AuditLog::append(db, clock->nowMs(), actor, u"orders.exported"_s, u"orders"_s,
                        QJsonObject{{u"rows"_s, result.rows}, {u"personal_data"_s, personal},
                            {u"file"_s, QFileInfo(path).fileName()}});
                    tx.commit();
                } catch (const SqlError& e) {
                    result.error = e.message();
                }
            }
            done(result);
        });
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
