#include "core/Redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Redaction::clearRegisteredSecrets(); }

    void masksSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << u"Authorization: Bearer sk-live-abcdefghijklmnop"_s << u"abcdefghijklmnop"_s;
        QTest::newRow("basic") << u"Authorization: Basic Y2tfMTIzOmNzXzQ1Ng=="_s << u"Y2tfMTIzOmNzXzQ1Ng=="_s;
        QTest::newRow("openai key") << u"using key sk-proj-AbCdEf0123456789xyz"_s << u"AbCdEf0123456789xyz"_s;
        QTest::newRow("anthropic key") << u"x-api-key: sk-ant-api03-QwErTy987654321"_s << u"QwErTy987654321"_s;
        QTest::newRow("gemini header") << u"x-goog-api-key: AIzaSyA1234567890abcdefghijklmnopqrstuv"_s
                                       << u"AIzaSyA1234567890abcdefghijklmnopqrstuv"_s;
        QTest::newRow("gemini query") << u"POST /v1beta/models/x:generateContent?key=AIzaSecretKeyValue123"_s
                                      << u"AIzaSecretKeyValue123"_s;
        QTest::newRow("shopify") << u"X-Shopify-Access-Token: shpat_0123456789abcdef0123456789abcdef"_s
                                 << u"0123456789abcdef0123456789abcdef"_s;
        QTest::newRow("woo query") << u"GET /wp-json/wc/v3/products?consumer_key=ck_abc&consumer_secret=cs_def123"_s
                                   << u"cs_def123"_s;
        QTest::newRow("woo keys") << u"ck_0123456789abcdef0123456789abcdef01234567"_s
                                  << u"0123456789abcdef0123456789abcdef01234567"_s;
        QTest::newRow("oauth signature") << u"oauth_signature=tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D&x=1"_s
                                         << u"tR3%2BTy81lMeYAr"_s;
        QTest::newRow("json password") << uR"({"user":"admin","password":"hunter2-secret"})"_s << u"hunter2-secret"_s;
        QTest::newRow("json api_key") << uR"({"api_key": "abc123def456"})"_s << u"abc123def456"_s;
        QTest::newRow("wp app password") << u"app password ABCD efgh IJKL mnop QRST uvwx"_s << u"efgh IJKL"_s;
        QTest::newRow("meta token") << u"access_token=EAAGm0PX4ZCpsBAabcdefghijklmnop"_s << u"EAAGm0PX4ZCpsBA"_s;
    }

    void masksSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Redaction::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(u"***"_s), qPrintable(out));
    }

    void keepsOrdinaryText()
    {
        const QString text = u"Generated 12 pieces for SKU APP-001 in 3.2 s; reviewer scored 94."_s;
        QCOMPARE(Redaction::redact(text), text);
    }

    void masksRegisteredSecretsThatMatchNoPattern()
    {
        const QString secret = u"plainlookingvalue42"_s;
        QVERIFY(Redaction::redact(u"token is plainlookingvalue42!"_s).contains(secret));
        Redaction::registerSecret(secret);
        QCOMPARE(Redaction::redact(u"token is plainlookingvalue42!"_s), u"token is ***!"_s);
        // Short values are not registered: masking them would mangle ordinary words.
        Redaction::registerSecret(u"abc"_s);
        QCOMPARE(Redaction::redact(u"abc"_s), u"abc"_s);
    }

    void masksCompactFormOfSpacedPasswords()
    {
        Redaction::registerSecret(u"Ab12 Cd34 Ef56 Gh78 Ij90 Kl12"_s);
        QVERIFY(!Redaction::redact(u"Ab12Cd34Ef56Gh78Ij90Kl12"_s).contains(u"Ab12Cd34"_s));
    }
};

QTEST_APPLESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
