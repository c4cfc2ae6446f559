#include "resilience/Retry.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRetry : public QObject
{
    Q_OBJECT

private:
    static HttpResponse withHeaders(QList<std::pair<QByteArray, QByteArray>> headers)
    {
        HttpResponse r;
        r.status = 429;
        r.headers = headers;
        return r;
    }

private slots:
    void readsRetryAfterInEveryForm()
    {
        const qint64 now = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(Retry::retryAfterMs(withHeaders({{"retry-after", "7"}}), now), 7000);
        QCOMPARE(Retry::retryAfterMs(withHeaders({{"retry-after", "1.5"}}), now), 1500);
        QCOMPARE(Retry::retryAfterMs(withHeaders({{"retry-after", "Sat, 21 Nov 2026 10:00:30 GMT"}}), now), 30'000);
        QCOMPARE(Retry::retryAfterMs(withHeaders({{"retry-after", "Sat, 21 Nov 2026 09:00:00 GMT"}}), now), 0);
        // retry-after-ms wins when both are present.
        QCOMPARE(Retry::retryAfterMs(withHeaders({{"retry-after", "2"}, {"retry-after-ms", "250"}}), now), 250);
        QCOMPARE(Retry::retryAfterMs(withHeaders({}), now), -1);
        QCOMPARE(Retry::retryAfterMs(withHeaders({{"retry-after", "soon"}}), now), -1);
    }

    void readsDurations()
    {
        QCOMPARE(Retry::parseDuration(u"37s"_s), 37'000);
        QCOMPARE(Retry::parseDuration(u"1.5s"_s), 1500);
        QCOMPARE(Retry::parseDuration(u"250ms"_s), 250);
        QCOMPARE(Retry::parseDuration(u"2m"_s), 120'000);
        QCOMPARE(Retry::parseDuration(u"later"_s), -1);
    }

    void fullJitterStaysWithinTheCappedExponential()
    {
        RetryPolicy policy;
        policy.baseDelayMs = 500;
        policy.maxDelayMs = 8000;
        QRandomGenerator rng(1);
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const qint64 ceiling = std::min<qint64>(8000, 500LL << (attempt - 1));
            qint64 lo = ceiling;
            qint64 hi = 0;
            for (int i = 0; i < 2000; ++i) {
                const qint64 d = Retry::fullJitter(attempt, policy, rng);
                QVERIFY(d >= 0 && d <= ceiling);
                lo = std::min(lo, d);
                hi = std::max(hi, d);
            }
            // Full jitter spreads over the whole range, not around its middle.
            QVERIFY2(lo < ceiling / 10 && hi > ceiling * 9 / 10,
                qPrintable(u"attempt %1: %2..%3"_s.arg(attempt).arg(lo).arg(hi)));
        }
    }

    void serverWishBeatsBackoff()
    {
        RetryPolicy policy;
        QRandomGenerator rng(1);
        ApiError e = ApiError::make(ErrorClass::RateLimited, u"slow down"_s, 429);
        e.retryAfterMs = 4200;
        QCOMPARE(Retry::delayFor(3, e, policy, rng), 4200);
        e.retryAfterMs = -1;
        QVERIFY(Retry::delayFor(1, e, policy, rng) <= policy.baseDelayMs);
    }

    void retryableClasses_data()
    {
        QTest::addColumn<int>("cls");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("transient") << int(ErrorClass::Transient) << true;
        QTest::newRow("rate limited") << int(ErrorClass::RateLimited) << true;
        QTest::newRow("overloaded") << int(ErrorClass::Overloaded) << true;
        QTest::newRow("timeout") << int(ErrorClass::Timeout) << true;
        QTest::newRow("auth") << int(ErrorClass::Auth) << false;
        QTest::newRow("permission") << int(ErrorClass::Permission) << false;
        QTest::newRow("invalid") << int(ErrorClass::InvalidRequest) << false;
        QTest::newRow("not found") << int(ErrorClass::NotFound) << false;
        QTest::newRow("quota") << int(ErrorClass::QuotaExhausted) << false;
        QTest::newRow("budget") << int(ErrorClass::BudgetExceeded) << false;
        QTest::newRow("schema") << int(ErrorClass::SchemaMismatch) << false;
    }

    void retryableClasses()
    {
        QFETCH(int, cls);
        QFETCH(bool, retryable);
        QCOMPARE(ApiError::make(static_cast<ErrorClass>(cls), u"x"_s).retryable(), retryable);
    }

    void shouldRetryHeaderOverrides()
    {
        ApiError e = ApiError::make(ErrorClass::InvalidRequest, u"x"_s, 409);
        e.shouldRetry = true;
        QVERIFY(e.retryable());
        e = ApiError::make(ErrorClass::Transient, u"x"_s, 500);
        e.shouldRetry = false;
        QVERIFY(!e.retryable());
    }
};

QTEST_APPLESS_MAIN(TestRetry)
#include "tst_retry.moc"
