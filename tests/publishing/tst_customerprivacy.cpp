#include "CustomersModel.h"
#include "PipelineFixture.h"
#include "sandbox/ShopGenerator.h"
#include "shopagents/SegmentsAgent.h"
#include "storage/Sql.h"
#include "storesync/CustomerActions.h"
#include "storesync/StoreIngest.h"
#include "storesync/StoreSync.h"
#include "users/Users.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Erasing a customer's personal data: the orders stay (the figures do not move), their name and
// email go from every order and customer record, the audit trail says who erased whom without the
// address, and a full sync of the store afterwards (which still has both) does not bring them back;
// the same for a guest known only by the email on their orders. Only owners may.
class TestCustomerPrivacy : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        PipelineFixture f;
        EventBus bus;
        UserSession session{Users::User{0, u"Olga"_s, Users::Role::Owner, true}, u"test"_s};
        ChangeDoor door{f.db(), Clock::system(), &bus, &session};
        CustomerActions actions{door};
        qint64 woo = 0;
    };

    static ShopData::Options shop()
    {
        ShopData::Options o;
        o.seed = 21;
        o.products = 40;
        o.orders = 600;
        o.endDate = QDate(2026, 11, 30);
        return o;
    }

    // A full sync: the store's every order and customer read again, as after a reinstall.
    static bool fullSync(World& w)
    {
        Sql::exec(w.f.db(), u"DELETE FROM sync_state WHERE connection_id = ?"_s, {w.woo});
        return w.f.syncStore(w.woo);
    }

    static void start(World& w)
    {
        w.f.sandbox()->generateShop(shop());
        w.woo = w.f.connectToSandbox(Connections::Kind::WooCommerce, u"Lindenhof"_s);
        w.f.startPool();
        QVERIFY(fullSync(w));
    }

    static qint64 revenue(World& w) { return w.f.count(u"SELECT SUM(shop_total_cents) FROM orders WHERE paid = 1"_s); }

private slots:
    void anErasedCustomerStaysErasedThroughAFullSync()
    {
        World w;
        start(w);
        // The customer with the most orders.
        QSqlQuery q = Sql::exec(w.f.db(),
            u"SELECT c.id, c.remote_id, c.email, c.name, COUNT(o.id) AS n FROM customers c JOIN orders o ON "
            u"o.connection_id = c.connection_id AND o.customer_remote_id = c.remote_id GROUP BY c.id ORDER BY n DESC "
            u"LIMIT 1"_s);
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        const QString remoteId = q.value(1).toString();
        const QString email = q.value(2).toString();
        const QString name = q.value(3).toString();
        const qint64 orders = q.value(4).toLongLong();
        q.finish(); // an open statement would keep this connection reading the past
        QVERIFY(!email.isEmpty() && !name.isEmpty() && orders > 1);
        const qint64 before = revenue(w);
        const qint64 orderCount = w.f.count(u"SELECT COUNT(*) FROM orders"_s);

        // A viewer may not.
        w.session.setUser(Users::User{0, u"Vera"_s, Users::Role::Viewer, true});
        QString error;
        QVERIFY(!w.actions.eraseCustomer(id, nullptr, &error));
        QVERIFY(error.contains(u"owner"_s));
        QCOMPARE(w.f.count(u"SELECT COUNT(*) FROM orders WHERE email = ?"_s, {email}), orders);
        w.session.setUser(Users::User{0, u"Olga"_s, Users::Role::Owner, true});

        CustomerPrivacy::Erased erased;
        QVERIFY2(w.actions.eraseCustomer(id, &erased, &error), qPrintable(error));
        QCOMPARE(erased.orders, static_cast<int>(orders));
        QVERIFY(erased.customers >= 1);
        // (Another person may have the same name: names are checked on this customer's own records.)
        const auto gone = [&] {
            return w.f.count(
                       u"SELECT COUNT(*) FROM orders WHERE email = ? OR (customer_remote_id = ? AND name <> '')"_s,
                       {email, remoteId})
                == 0
                && w.f.count(
                       u"SELECT COUNT(*) FROM customers WHERE email = ? OR (id = ? AND name <> '')"_s, {email, id})
                == 0;
        };
        QVERIFY(gone());
        QCOMPARE(w.f.count(u"SELECT COUNT(*) FROM customers WHERE id = ? AND erased_at IS NOT NULL"_s, {id}), 1);
        // The orders and the figures stay.
        QCOMPARE(w.f.count(u"SELECT COUNT(*) FROM orders"_s), orderCount);
        QCOMPARE(w.f.count(u"SELECT COUNT(*) FROM orders WHERE customer_remote_id = ?"_s, {remoteId}), orders);
        QCOMPARE(revenue(w), before);
        // Audited, without the address or the name anywhere in the trail.
        QCOMPARE(w.f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'customer.erased' AND actor = 'Olga'"_s), 1);
        for (const QString& value : TestWorkspace::everyValue(w.f.db()))
            QVERIFY2(!value.contains(email, Qt::CaseInsensitive), qPrintable(value.left(200)));

        // The store still has both: a full sync reads every order and customer again.
        QVERIFY(fullSync(w));
        QVERIFY(gone());
        QCOMPARE(w.f.count(u"SELECT COUNT(*) FROM orders"_s), orderCount);
        QCOMPARE(revenue(w), before);
        // Everyone else keeps their name.
        QVERIFY(w.f.count(u"SELECT COUNT(*) FROM orders WHERE name <> ''"_s) > orderCount / 2);
    }

    void exportsLeavePersonalDataOutUnlessAsked()
    {
        World w;
        start(w);
        QSqlQuery q = Sql::exec(w.f.db(),
            u"SELECT c.id, c.remote_id, c.email, c.name, COUNT(o.id) AS n FROM customers c JOIN orders o ON "
            u"o.connection_id = c.connection_id AND o.customer_remote_id = c.remote_id GROUP BY c.id ORDER BY n DESC "
            u"LIMIT 2"_s);
        QVERIFY(q.next());
        const qint64 id = q.value(0).toLongLong();
        const QString remoteId = q.value(1).toString();
        const QString email = q.value(2).toString();
        const qint64 orders = q.value(4).toLongLong();
        QVERIFY(q.next());
        const QString otherRemoteId = q.value(1).toString();
        q.finish();
        const qint64 total = w.f.count(u"SELECT COUNT(*) FROM orders"_s);
        QTemporaryDir dir;

        // Runs the facade's export and reads the file back: rows of cells, the header first.
        const auto exported = [&](const QString& name, bool personal, QString* error) -> QList<QStringList> {
            std::optional<OrdersCsv::Result> result;
            QObject context;
            const auto handle = w.actions.exportOrders(
                dir.filePath(name), personal, &context, {}, [&](const OrdersCsv::Result& r) { result = r; }, error);
            if (!handle)
                return {};
            if (!QTest::qWaitFor([&] { return result.has_value(); }, 60'000) || !result->error.isEmpty())
                return {};
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                return {};
            QList<QStringList> rows;
            for (const QByteArray& line : f.readAll().split('\n'))
                if (!line.isEmpty())
                    rows.append(QString::fromUtf8(line).split(u','));
            return rows;
        };
        const auto pseudonymsOf = [](const QList<QStringList>& rows, int orderColumn, int customerColumn,
                                      const QSet<QString>& remoteOrders) {
            QSet<QString> out;
            for (const QStringList& r : rows)
                if (remoteOrders.contains(r.value(orderColumn)))
                    out.insert(r.value(customerColumn));
            return out;
        };
        const auto ordersOf = [&](const QString& customer) {
            QSet<QString> out;
            QSqlQuery o
                = Sql::exec(w.f.db(), u"SELECT remote_id FROM orders WHERE customer_remote_id = ?"_s, {customer});
            while (o.next())
                out.insert(o.value(0).toString());
            return out;
        };

        // Without personal data (the default, and what a viewer may do): no name, no address.
        w.session.setUser(Users::User{0, u"Vera"_s, Users::Role::Viewer, true});
        QString error;
        QVERIFY(!w.actions.exportOrders(dir.filePath(u"x.csv"_s), true, this, {}, {}, &error));
        QVERIFY(error.contains(u"owner"_s));
        const QList<QStringList> plain = exported(u"orders.csv"_s, false, &error);
        QCOMPARE(plain.size(), total + 1);
        QVERIFY(!plain.first().contains(u"email"_s) && !plain.first().contains(u"name"_s));
        QFile raw(dir.filePath(u"orders.csv"_s));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains('@'));
        const int order = static_cast<int>(plain.first().indexOf(u"order"_s));
        const int customer = static_cast<int>(plain.first().indexOf(u"customer"_s));
        // One customer is one pseudonym on all their orders, another customer another.
        const QSet<QString> mine = pseudonymsOf(plain, order, customer, ordersOf(remoteId));
        QCOMPARE(mine.size(), 1);
        QVERIFY(mine.begin()->startsWith(u"c-"_s));
        const QSet<QString> theirs = pseudonymsOf(plain, order, customer, ordersOf(otherRemoteId));
        QCOMPARE(theirs.size(), 1);
        QVERIFY(mine != theirs);
        QCOMPARE(w.f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'orders.exported' AND actor = 'Vera' AND "
                           u"json_extract(payload, '$.details.personal_data') = 0"_s),
            1);

        // With it, when an owner asks.
        w.session.setUser(Users::User{0, u"Olga"_s, Users::Role::Owner, true});
        const QList<QStringList> full = exported(u"full.csv"_s, true, &error);
        QCOMPARE(full.size(), total + 1);
        const int emailColumn = static_cast<int>(full.first().indexOf(u"email"_s));
        QVERIFY(emailColumn > 0);
        qint64 withEmail = 0;
        for (const QStringList& r : full)
            withEmail += r.value(emailColumn) == email ? 1 : 0;
        QCOMPARE(withEmail, orders);

        // An erased customer's orders stay in the export, with no pseudonym to link them; everyone
        // else keeps the one they had.
        QVERIFY2(w.actions.eraseCustomer(id, nullptr, &error), qPrintable(error));
        const QList<QStringList> after = exported(u"after.csv"_s, false, &error);
        QCOMPARE(after.size(), total + 1);
        QCOMPARE(pseudonymsOf(after, order, customer, ordersOf(remoteId)), QSet<QString>{QString()});
        QCOMPARE(pseudonymsOf(after, order, customer, ordersOf(otherRemoteId)), theirs);

        // A segment's customers, for an e-mail tool or an ad platform's list: owners only, audited, the
        // erased customer not among them.
        QVERIFY(!SegmentsAgent().run(w.f.db(), Clock::system()->nowMs()).needsData);
        const QString segment = Sql::scalar(w.f.db(),
            u"SELECT segment FROM customers WHERE segment <> '' AND erased_at IS NULL "
            u"GROUP BY segment ORDER BY COUNT(*) DESC LIMIT 1"_s)
                                    .toString();
        QVERIFY(!segment.isEmpty());
        CustomersModel model(w.f.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSegmentFilter(segment);
        QCOMPARE(model.rowCount(), int(w.f.count(u"SELECT COUNT(*) FROM customers WHERE segment = ?"_s, {segment})));
        QCOMPARE(model.index(0, CustomersModel::Segment).data().toString(), CustomersModel::segmentLabel(segment));
        int sized = 0;
        for (const SegmentsAgent::Size& size : model.segmentSizes())
            sized += size.segment == segment ? size.customers : 0;
        QCOMPARE(sized, model.rowCount());
        w.session.setUser(Users::User{0, u"Vera"_s, Users::Role::Viewer, true});
        QVERIFY(!w.actions.exportSegment(dir.filePath(u"s.csv"_s), segment, this, {}, &error));
        QVERIFY(error.contains(u"owner"_s));
        w.session.setUser(Users::User{0, u"Olga"_s, Users::Role::Owner, true});
        std::optional<OrdersCsv::Result> result;
        QObject context;
        QVERIFY(w.actions.exportSegment(
            dir.filePath(u"segment.csv"_s), segment, &context, [&](const OrdersCsv::Result& r) { result = r; },
            &error));
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000);
        QVERIFY2(result->error.isEmpty(), qPrintable(result->error));
        const qint64 members = w.f.count(u"SELECT COUNT(*) FROM customers WHERE segment = ? AND erased_at IS NULL AND "
                                         u"email <> ''"_s,
            {segment});
        QVERIFY(members > 0);
        QCOMPARE(result->rows, members);
        QFile list(dir.filePath(u"segment.csv"_s));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QByteArray csv = list.readAll();
        QVERIFY(csv.startsWith("email,name,country,store,segment,churn_risk,orders,spent,currency,last_order_utc\n"));
        QCOMPARE(csv.count('\n'), members + 1);
        QVERIFY(!csv.contains(email.toUtf8()));
        QCOMPARE(w.f.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'customers.exported' AND actor = 'Olga' AND "
                           u"json_extract(payload, '$.details.segment') = ?"_s,
                     {segment}),
            1);
    }

    void aGuestIsErasedByEmailAndANewOrderArrivesErased()
    {
        World w;
        start(w);
        QSqlQuery q = Sql::exec(w.f.db(),
            u"SELECT email, COUNT(*) FROM orders WHERE customer_remote_id = '' AND email <> '' GROUP BY email ORDER BY "
            u"COUNT(*) DESC LIMIT 1"_s);
        QVERIFY2(q.next(), "the generated shop has guest orders");
        const QString email = q.value(0).toString();
        const int guestOrders = q.value(1).toInt();
        q.finish();
        QString error;
        QVERIFY(!w.actions.eraseEmail(u"not an address"_s, nullptr, &error));
        QVERIFY(error.contains(u"not an email address"_s));
        CustomerPrivacy::Erased erased;
        // Typed as a person would: other case, spaces around it.
        QVERIFY2(w.actions.eraseEmail(u"  "_s + email.toUpper() + u" "_s, &erased, &error), qPrintable(error));
        QCOMPARE(erased.orders, guestOrders);
        QCOMPARE(w.f.count(u"SELECT COUNT(*) FROM orders WHERE lower(email) = lower(?)"_s, {email}), 0);
        QVERIFY(fullSync(w));
        QCOMPARE(w.f.count(u"SELECT COUNT(*) FROM orders WHERE lower(email) = lower(?)"_s, {email}), 0);
        // An orders export with a new order of theirs: written without their name and email.
        StoreIngest::Order o;
        o.remoteId = u"export-1"_s;
        o.paid = true;
        o.currency = o.shopCurrency = u"EUR"_s;
        o.totalCents = o.shopTotalCents = 1000;
        o.name = u"Guest Person"_s;
        o.email = email;
        o.createdAt = o.updatedAt = Clock::system()->nowMs();
        {
            Transaction tx(w.f.db());
            StoreIngest::Writer(w.f.db(), 0, u"shopify-csv"_s).orders({o}, o.createdAt);
            tx.commit();
        }
        QCOMPARE(
            w.f.count(u"SELECT COUNT(*) FROM orders WHERE remote_id = 'export-1' AND name = '' AND email = ''"_s), 1);
    }

    void theCustomersListSearchesAndShowsWhoIsErased()
    {
        World w;
        start(w);
        CustomersModel model(w.f.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 all = w.f.count(u"SELECT COUNT(*) FROM customers"_s);
        QCOMPARE(model.rowCount(), all);
        const QString email = model.index(0, CustomersModel::Email).data().toString();
        model.setTextFilter(email.section(u'@', 0, 0).toUpper());
        QVERIFY(model.rowCount() >= 1 && model.rowCount() < all);
        const qint64 id = model.index(0, 0).data(ModelRoles::IdRole).toLongLong();
        QVERIFY(w.actions.eraseCustomer(id, nullptr, nullptr));
        model.setTextFilter({});
        model.refresh();
        const int row = model.rowForId(id);
        QVERIFY(row >= 0);
        QVERIFY(model.index(row, 0).data(CustomersModel::ErasedRole).toBool());
        QCOMPARE(model.index(row, CustomersModel::Email).data().toString(), QString());
        model.sort(CustomersModel::LastOrder, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), all);
    }
};

QTEST_GUILESS_MAIN(TestCustomerPrivacy)
#include "tst_customerprivacy.moc"
