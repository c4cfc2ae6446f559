#include "ModelChecks.h"
#include "ReviewModels.h"
#include "TestWorkspace.h"
#include "shopagents/ReviewDesk.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Settings → Reviews' models: every review with what the Review Desk read and where its reply stands
// (filtered and sorted in SQL), and this week's praise and complaints per product.
class TestReviewModels : public QObject
{
    Q_OBJECT

    static constexpr qint64 kDay = 24LL * 3'600'000;

    static void seed(TestWorkspace& ws)
    {
        const QSqlDatabase db = ws.db();
        const qint64 now = ws.clock().nowMs();
        const qint64 shirt = Sql::insert(db,
            u"INSERT INTO products (name, sku, price_cents, currency, stage, created_at, updated_at) VALUES ('Linen "
            u"Shirt', 'LS-1', 6900, 'EUR', 'live', 0, 0)"_s);
        const qint64 store = Sql::insert(db,
            u"INSERT INTO connections (kind, name, url, created_at, updated_at) VALUES ('woocommerce', 'Shop', "
            u"'https://shop.example', 0, 0)"_s);
        Sql::exec(db,
            u"INSERT INTO sales_keys (connection, product_remote_id, variant_remote_id, sku, shop_currency, name) "
            u"VALUES (?, '77', '', 'LS-1', 'EUR', 'Linen Shirt'), (?, '88', '', 'X-9', 'EUR', 'Wool Hat')"_s,
            {store, store});
        const auto review = [&](const QString& product, int rating, const QString& body, qint64 at) {
            static int n = 0;
            Sql::exec(db,
                u"INSERT INTO product_reviews (connection_id, remote_id, product_remote_id, rating, body, created_at) "
                u"VALUES (?, ?, ?, ?, ?, ?)"_s,
                {store, QString::number(++n), product, rating, body, at});
        };
        review(u"77"_s, 2, u"Runs small and the fabric feels thinner than expected."_s, now - 2 * kDay);
        review(u"77"_s, 5, u"Lovely soft fabric, true to size."_s, now - kDay);
        review(u"77"_s, 1, u"Fell apart after two washes. Disappointed."_s, now - 40 * kDay);
        review(u"88"_s, 2, u"The colour is nothing like the photos."_s, now - 3 * kDay);
        Transaction tx(db);
        ReviewDesk::readNew(db, now);
        // The first review's reply was left to a person.
        Sql::exec(db,
            u"UPDATE review_insights SET reply_state = 'rejected', reply_note = 'No draft passed' WHERE "
            u"review_id = 1"_s);
        tx.commit();
        Q_UNUSED(shirt);
    }

private slots:
    void reviewsWithTheirReadingAndReply()
    {
        TestWorkspace ws;
        seed(ws);
        ReviewsModel model(ws.db());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 4);
        // Newest first; the unknown product named as the store's orders name it.
        QCOMPARE(ModelChecks::columnValues(&model, ReviewsModel::Product),
            (QStringList{u"Linen Shirt"_s, u"Linen Shirt"_s, u"Wool Hat"_s, u"Linen Shirt"_s}));
        QCOMPARE(ModelChecks::columnValues(&model, ReviewsModel::Sentiment),
            (QStringList{u"positive"_s, u"negative"_s, u"negative"_s, u"negative"_s}));
        QCOMPARE(model.index(1, ReviewsModel::Topics).data().toString(), u"fit and size −, material −"_s);
        QCOMPARE(model.index(1, ReviewsModel::Stars).data().toString(), u"★★"_s);
        QCOMPARE(model.index(1, ReviewsModel::Stars).data(ModelRoles::RawValueRole).toInt(), 2);
        QCOMPARE(model.index(1, ReviewsModel::Reply).data().toString(), u"Left to you"_s);
        QCOMPARE(model.index(1, ReviewsModel::Reply).data(Qt::ToolTipRole).toString(), u"No draft passed"_s);
        QCOMPARE(model.index(0, ReviewsModel::Reply).data().toString(), u"–"_s);
        QCOMPARE(model.index(2, ReviewsModel::Reply).data().toString(), u"Not drafted"_s);

        model.setNeedsReplyOnly(true);
        QCOMPARE(model.rowCount(), 3);
        model.setTextFilter(u"photos"_s);
        QCOMPARE(ModelChecks::columnValues(&model, ReviewsModel::Product), QStringList{u"Wool Hat"_s});
        model.setTextFilter({});
        model.setNeedsReplyOnly(false);
        model.sort(ReviewsModel::Stars, Qt::AscendingOrder);
        QCOMPARE(ModelChecks::columnAs<int>(&model, ReviewsModel::Stars, ModelRoles::RawValueRole),
            (QList<int>{1, 2, 2, 5}));
    }

    void thisWeekPerProduct()
    {
        TestWorkspace ws;
        seed(ws);
        ReviewWeekModel model(ws.db(), &ws.clock());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ReviewWeekModel::Product).data().toString(), u"Linen Shirt"_s);
        QCOMPARE(model.index(0, ReviewWeekModel::Reviews).data().toString(), u"2"_s);
        QCOMPARE(model.index(0, ReviewWeekModel::Stars).data(ModelRoles::RawValueRole).toDouble(), 3.5);
        QCOMPARE(model.index(0, ReviewWeekModel::Complaints).data().toString(), u"fit and size, material"_s);
        QCOMPARE(model.index(1, ReviewWeekModel::Product).data().toString(), u"Wool Hat (not in Quorum)"_s);
        // Five and a half days later only the review of a day before is still in the week.
        ws.clock().advance(5 * kDay + kDay / 2);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ReviewWeekModel::Reviews).data().toString(), u"1"_s);
    }
};

QTEST_MAIN(TestReviewModels)
#include "tst_reviewmodels.moc"
