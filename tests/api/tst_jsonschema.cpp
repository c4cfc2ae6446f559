#include "core/Json.h"
#include "llm/JsonSchema.h"
#include "llm/LlmTypes.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The model's answer is checked on our side; every violation names its path.
class TestJsonSchema : public QObject
{
    Q_OBJECT

private:
    static QJsonObject faqSchema()
    {
        return Json::objectFromString(uR"({"type":"object","additionalProperties":false,"required":["items","title"],
          "properties":{"title":{"type":"string","maxLength":10},
            "items":{"type":"array","minItems":2,"items":{"type":"object","required":["question","answer"],
              "properties":{"question":{"type":"string","minLength":5},"answer":{"type":"string"},
                "kind":{"type":"string","enum":["shipping","care"]},"score":{"type":"integer","minimum":0,"maximum":100}}}}}})"_s);
    }

    static QStringList violations(const QString& json)
    {
        QStringList out;
        for (const auto& v : JsonSchema::validate(QJsonDocument::fromJson(json.toUtf8()).object(), faqSchema()))
            out.append(v.toString());
        return out;
    }

private slots:
    void acceptsAValidAnswer()
    {
        QVERIFY(violations(uR"({"title":"FAQ","items":[{"question":"Why not?","answer":"Because."},
            {"question":"How long?","answer":"Long.","kind":"care","score":90}]})"_s)
                    .isEmpty());
    }

    void namesEveryPath_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing")
            << uR"({"title":"x","items":[{"question":"Hello?"},{"question":"Hello?","answer":"a"}]})"_s
            << u"$.items[0].answer: is required but missing"_s;
        QTest::newRow("too short")
            << uR"({"title":"x","items":[{"question":"Hi","answer":"a"},{"question":"Hello?","answer":"a"}]})"_s
            << u"$.items[0].question: is 2 characters, shorter than the minimum 5"_s;
        QTest::newRow("too long")
            << uR"({"title":"much too long","items":[{"question":"Hello?","answer":"a"},{"question":"Hello?","answer":"a"}]})"_s
            << u"$.title: is 13 characters, longer than the maximum 10"_s;
        QTest::newRow("few items") << uR"({"title":"x","items":[{"question":"Hello?","answer":"a"}]})"_s
                                   << u"$.items: has 1 items, fewer than the minimum 2"_s;
        QTest::newRow("wrong type")
            << uR"({"title":5,"items":[{"question":"Hello?","answer":"a"},{"question":"Hello?","answer":"a"}]})"_s
            << u"$.title: expected string, got integer"_s;
        QTest::newRow("enum")
            << uR"({"title":"x","items":[{"question":"Hello?","answer":"a","kind":"price"},{"question":"Hello?","answer":"a"}]})"_s
            << u"$.items[0].kind: must be one of"_s;
        QTest::newRow("range")
            << uR"({"title":"x","items":[{"question":"Hello?","answer":"a"},{"question":"Hello?","answer":"a","score":101}]})"_s
            << u"$.items[1].score: 101 is above the maximum 100"_s;
        QTest::newRow("extra")
            << uR"({"title":"x","extra":1,"items":[{"question":"Hello?","answer":"a"},{"question":"Hello?","answer":"a"}]})"_s
            << u"$.extra: is not allowed here"_s;
    }

    void namesEveryPath()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        const QStringList found = violations(json);
        QVERIFY2(std::any_of(found.begin(), found.end(), [&](const QString& v) { return v.startsWith(expected); }),
            qPrintable(found.join(u" | "_s)));
    }

    void strictCompatibility()
    {
        QVERIFY(!JsonSchema::isStrictCompatible(faqSchema())); // items[] objects do not require every property
        QVERIFY(JsonSchema::isStrictCompatible(Json::objectFromString(
            uR"({"type":"object","additionalProperties":false,"required":["a"],"properties":{"a":{"type":"string"}}})"_s)));
    }

    void geminiDialect()
    {
        const QJsonObject g = JsonSchema::toGeminiSchema(faqSchema());
        QCOMPARE(g.value(u"type"_s).toString(), u"OBJECT"_s);
        QVERIFY(!g.contains(u"additionalProperties"_s));
        QCOMPARE(g.value(u"properties"_s)
                     .toObject()
                     .value(u"items"_s)
                     .toObject()
                     .value(u"items"_s)
                     .toObject()
                     .value(u"type"_s)
                     .toString(),
            u"OBJECT"_s);
    }

    void extractsFencedJson()
    {
        QCOMPARE(Llm::extractJson(u"```json\n{\"a\":1}\n```"_s), QByteArray("{\"a\":1}"));
        QCOMPARE(Llm::extractJson(u"  {\"a\":1} "_s), QByteArray("{\"a\":1}"));
    }
};

QTEST_APPLESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
