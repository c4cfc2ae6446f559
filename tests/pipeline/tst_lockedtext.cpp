#include "pipeline/LockedText.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// A skill's locked sections: how they are written in a template, what the writer reads, and the check that proves a
// piece carries each one word for word and in order.
class TestLockedText : public QObject
{
    Q_OBJECT

private:
    static const inline QString kSkill = u"Write the description.\n{{#locked Legal line}}\nPrices include VAT.\n"
                                         u"{{/locked}}\nBe warm.\n{{#locked}}  Made to order in our workshop.  "
                                         u"{{/locked}}\n"_s;

    static QStringList messages(const QList<ContentChecks::Problem>& problems)
    {
        QStringList out;
        for (const ContentChecks::Problem& p : problems)
            out.append(p.message);
        return out;
    }

private slots:
    void sectionsAreReadFromTheTemplate()
    {
        const LockedText::Parsed parsed = LockedText::parse(kSkill);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QCOMPARE(parsed.sections.size(), 2);
        QCOMPARE(parsed.sections.at(0).name, u"Legal line"_s);
        QCOMPARE(parsed.sections.at(0).text, u"Prices include VAT."_s);
        QCOMPARE(parsed.sections.at(1).name, QString());
        QCOMPARE(parsed.sections.at(1).text, u"Made to order in our workshop."_s);
        QVERIFY(LockedText::parse(u"No locked text here. {{facts}}"_s).sections.isEmpty());
    }

    void brokenMarkersAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not closed") << u"{{#locked A}}\ntext"_s << u"not closed"_s;
        QTest::newRow("close without open") << u"text {{/locked}}"_s << u"has no {{#locked}}"_s;
        QTest::newRow("close before open") << u"{{/locked}} {{#locked}}x{{/locked}}"_s << u"has no {{#locked}}"_s;
        QTest::newRow("nested") << u"{{#locked A}} a {{#locked B}} b {{/locked}} {{/locked}}"_s
                                << u"opens inside another"_s;
        QTest::newRow("empty") << u"{{#locked A}}\n  \n{{/locked}}"_s << u"The locked section “A” is empty."_s;
        QTest::newRow("a variable") << u"{{#locked A}}Hello {{product_name}}{{/locked}}"_s << u"holds a variable"_s;
        QTest::newRow("too long") << u"{{#locked A}}"_s + QString(2001, u'x') + u"{{/locked}}"_s
                                  << u"2001 characters"_s;
    }
    void brokenMarkersAreRefusedWithTheReason()
    {
        QFETCH(QString, body);
        QFETCH(QString, reason);
        const LockedText::Parsed parsed = LockedText::parse(body);
        QVERIFY2(parsed.error.contains(reason), qPrintable(parsed.error));
        QVERIFY(parsed.sections.isEmpty());
        QCOMPARE(LockedText::forWriter(body), body); // read as written; saving refuses it
    }

    void theWriterIsToldToCopyEachWordForWord()
    {
        const QString prompt = LockedText::forWriter(kSkill);
        QVERIFY(!prompt.contains(u"{{#locked"_s));
        QVERIFY(!prompt.contains(u"{{/locked}}"_s));
        QVERIFY(prompt.startsWith(u"Write the description.\nLocked text \"Legal line\": put it into the piece "
                                  u"exactly as below, word for word"_s));
        QVERIFY(prompt.contains(u"<locked name=\"Legal line\">\nPrices include VAT.\n</locked>\nBe warm.\n"_s));
        QVERIFY(prompt.contains(u"Locked text: put it"_s));
        QVERIFY(prompt.contains(u"<locked>\nMade to order in our workshop.\n</locked>"_s));
    }

    void aPieceMustCarryEachLockedTextVerbatimAndInOrder()
    {
        const QList<LockedText::Section> sections = LockedText::parse(kSkill).sections;
        QJsonObject piece{{u"headline"_s, u"A mug"_s},
            {u"body"_s, u"A sturdy mug.\n\nPrices include\nVAT.  Made to order in our workshop."_s}};
        QVERIFY2(LockedText::check(sections, piece).isEmpty(),
            qPrintable(messages(LockedText::check(sections, piece)).join(u'\n')));
        // In different fields: each field keeps its own order.
        piece = QJsonObject{
            {u"headline"_s, u"Prices include VAT."_s}, {u"body"_s, u"A sturdy mug. Made to order in our workshop."_s}};
        QVERIFY(LockedText::check(sections, piece).isEmpty());
        // One word changed.
        piece = QJsonObject{{u"body"_s, u"Prices include tax. Made to order in our workshop."_s}};
        QList<ContentChecks::Problem> problems = LockedText::check(sections, piece);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().code, u"locked"_s);
        QCOMPARE(problems.first().severity, u"major"_s);
        QVERIFY2(
            problems.first().message.contains(u"Legal line is not in the piece word for word: “Prices include VAT.”"_s),
            qPrintable(problems.first().message));
        // Missing altogether, and translated.
        piece = QJsonObject{{u"body"_s, u"De prijzen zijn inclusief btw. Made to order in our workshop."_s}};
        QCOMPARE(LockedText::check(sections, piece).size(), 1);
        // Swapped in one field.
        piece = QJsonObject{{u"body"_s, u"Made to order in our workshop. Prices include VAT."_s}};
        problems = LockedText::check(sections, piece);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(u"comes before"_s), qPrintable(problems.first().message));
        // Out of order across fields: three sections, the third before the first in the same field.
        const QList<LockedText::Section> three{
            {u"A"_s, u"Alpha line."_s}, {u"B"_s, u"Beta line."_s}, {u"C"_s, u"Gamma line."_s}};
        piece = QJsonObject{{u"body"_s, u"Gamma line. Then Alpha line."_s}, {u"headline"_s, u"Beta line."_s}};
        problems = LockedText::check(three, piece);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(u"The locked text C comes before"_s),
            qPrintable(problems.first().message));
        piece = QJsonObject{{u"body"_s, u"Alpha line. Then Gamma line."_s}, {u"headline"_s, u"Beta line."_s}};
        QVERIFY(LockedText::check(three, piece).isEmpty());
        // In a list item (an FAQ's answer).
        piece = QJsonObject{{u"items"_s,
            QJsonArray{QJsonObject{
                {u"question"_s, u"Tax?"_s}, {u"answer"_s, u"Prices include VAT. Made to order in our workshop."_s}}}}};
        QVERIFY(LockedText::check(sections, piece).isEmpty());
        QVERIFY(LockedText::check({}, piece).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLockedText)
#include "tst_lockedtext.moc"
