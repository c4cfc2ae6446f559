#include "core/Money.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("dot") << u"19.99"_s << qint64(1999);
        QTest::newRow("comma") << u"19,99"_s << qint64(1999);
        QTest::newRow("thousands en") << u"1,299.00"_s << qint64(129900);
        QTest::newRow("thousands nl") << u"1.299,00"_s << qint64(129900);
        QTest::newRow("symbol") << u"€ 45"_s << qint64(4500);
        QTest::newRow("code") << u"45.5 EUR"_s << qint64(4550);
        QTest::newRow("grouping only") << u"1,299"_s << qint64(129900);
        QTest::newRow("negative") << u"-3.10"_s << qint64(-310);
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto parsed = Money::parse(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, cents);
    }

    void rejectsNonNumbers()
    {
        QVERIFY(!Money::parse(u"free"_s).has_value());
        QVERIFY(!Money::parse(QString()).has_value());
    }

    void formatsDecimalStrings()
    {
        QCOMPARE(Money::toDecimalString(1999), u"19.99"_s);
        QCOMPARE(Money::toDecimalString(5), u"0.05"_s);
        QCOMPARE(Money::toDecimalString(-250), u"-2.50"_s);
        QCOMPARE(Money::format(129900, u"EUR"_s, QLocale(QLocale::English, QLocale::UnitedKingdom)), u"€1,299.00"_s);
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
