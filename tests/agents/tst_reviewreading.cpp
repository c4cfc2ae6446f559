#include "shopagents/ReviewReading.h"
#include "shopagents/ReviewReply.h"

#include <QTest>

using namespace Qt::StringLiterals;
using ReviewReading::Sentiment;

// How the Review Desk reads a review (sentiment, topics and their tone, a question) in English and
// Dutch, and the deterministic checks of a reply (length, offers, numbers).
class TestReviewReading : public QObject
{
    Q_OBJECT

private slots:
    void complaintsAndPraisePerTopic_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rating");
        QTest::addColumn<int>("sentiment");
        QTest::addColumn<QString>("topics"); // topic:tone, sorted by key
        QTest::addColumn<bool>("needsReply");
        const auto row
            = [](const char* name, const QString& text, int rating, Sentiment s, const QString& topics, bool reply) {
                  QTest::newRow(name) << text << rating << static_cast<int>(s) << topics << reply;
              };
        row("apart", u"Fell apart after two washes. Disappointed."_s, 1, Sentiment::Negative, u"quality:-1"_s, true);
        // "nothing like" is a complaint; the crooked seams too, and not praise turned around.
        row("colour", u"The colour is nothing like the photos and the seams are crooked."_s, 1, Sentiment::Negative,
            u"colour:-1 quality:-1"_s, true);
        row("fit", u"Runs small and the fabric feels thinner than expected."_s, 2, Sentiment::Negative,
            u"fit:-1 material:-1"_s, true);
        row("not worth", u"Fine, but not worth the full price."_s, 3, Sentiment::Neutral, u"value:-1"_s, true);
        row("mixed", u"Decent quality, delivery took a while."_s, 3, Sentiment::Neutral, u"delivery:-1 quality:1"_s,
            true);
        row("praise", u"Lovely soft fabric, true to size."_s, 5, Sentiment::Positive, u"fit:1 material:1"_s, false);
        row("question", u"Great jumper. Does it come in navy?"_s, 5, Sentiment::Positive, u""_s, true);
        row("dutch complaint", u"Valt klein en de stof voelt dunner dan verwacht."_s, 2, Sentiment::Negative,
            u"fit:-1 material:-1"_s, true);
        row("dutch not worth", u"Prima, maar niet de volle prijs waard."_s, 3, Sentiment::Neutral, u"value:-1"_s, true);
        row("dutch praise", u"Perfect. De kwaliteit is uitstekend voor deze prijs."_s, 5, Sentiment::Positive,
            u"quality:1 value:1"_s, false);
        // Dutch adjectives take an -e before a noun; praise stays praise.
        row("dutch inflected", u"Degelijke kwaliteit, de levering duurde wel even."_s, 3, Sentiment::Neutral,
            u"delivery:-1 quality:1"_s, true);
        row("dutch finish", u"Ook een voor mijn partner gekocht. Prachtig afgewerkt."_s, 5, Sentiment::Positive,
            u"colour:1 quality:1"_s, false);
        row("dutch next day", u"Precies zoals beschreven en de volgende dag in huis."_s, 5, Sentiment::Positive,
            u"delivery:1"_s, false);
        // The stars count more than the words: a glowing text under one star is not positive.
        row("stars win", u"Lovely, great, perfect."_s, 1, Sentiment::Neutral, u""_s, true);
    }
    void complaintsAndPraisePerTopic()
    {
        QFETCH(QString, text);
        QFETCH(int, rating);
        QFETCH(int, sentiment);
        QFETCH(QString, topics);
        QFETCH(bool, needsReply);
        const ReviewReading::Reading r = ReviewReading::read(text, rating);
        QStringList got;
        for (auto it = r.topics.cbegin(); it != r.topics.cend(); ++it)
            got.append(u"%1:%2"_s.arg(it.key()).arg(it.value()));
        QCOMPARE(got.join(u' '), topics);
        QCOMPARE(static_cast<int>(r.sentiment), sentiment);
        QCOMPARE(r.needsReply, needsReply);
        QVERIFY(r.score >= -1 && r.score <= 1);
    }

    void scoreFollowsTheStatedRule()
    {
        // 0.6 × (2 − 3) / 2 + 0.4 × mean clause tone (two clauses, both −1) = −0.7.
        const auto r = ReviewReading::read(u"Runs small. The fabric is thin."_s, 2);
        QCOMPARE(r.score, -0.7);
        // No tone words: the text counts as the rating does. 5 stars: 0.6 + 0.4 = 1.
        QCOMPARE(ReviewReading::read(u"Arrived."_s, 5).score, 1.0);
    }

    void replyChecks()
    {
        const QString facts = u"linen shirt, price 69.00 eur, sizes s m l"_s;
        const QString review = u"Runs small after 2 washes."_s;
        const QString good = u"Thank you for your honest review of the Linen Shirt. We are sorry the fit was not "
                             u"right for you; please get in touch with our customer service so we can help."_s;
        QVERIFY(ReviewReply::check(good, facts, review, {}).isEmpty());

        const auto shortOne = ReviewReply::check(u"Thanks!"_s, facts, review, {});
        QCOMPARE(shortOne.size(), 1);
        QCOMPARE(shortOne.first().code, u"length"_s);

        // A refund and a discount nobody allowed, and a number from nowhere.
        const QString promising = good + u" We will refund you in full and give you 20% off your next order."_s;
        QStringList codes;
        for (const auto& p : ReviewReply::check(promising, facts, review, {}))
            codes.append(p.code);
        QCOMPARE(codes, (QStringList{u"offer"_s, u"offer"_s, u"number"_s}));

        // Allowed by the brand's list: the offer and its number pass; the price from the facts passes.
        const QString exchange = good + u" We offer a free size exchange within 30 days; the shirt is 69.00 EUR."_s;
        QVERIFY(!ReviewReply::check(exchange, facts, review, {}).isEmpty());
        QVERIFY(ReviewReply::check(exchange, facts, review, {u"Free size exchange within 30 days"_s}).isEmpty());
        // A number the customer wrote may be answered ("after 2 washes").
        QVERIFY(ReviewReply::check(good + u" Two washes (2) should never do that."_s, facts, review, {}).isEmpty());
    }

    void mannersOfSpeakingAreNotOffers()
    {
        const QString reply = u"Thank you for your review of the Linen Shirt. We are sorry it runs small; feel free to "
                              u"contact us, we are free to help you choose the right size any day."_s;
        QVERIFY(ReviewReply::check(reply, u"linen shirt"_s, QString(), {}).isEmpty());
        // "Free" as an offer still is one.
        QCOMPARE(
            ReviewReply::check(reply + u" We will send you a free scarf."_s, u"linen shirt"_s, QString(), {}).size(),
            1);
    }

    void dutchOffersAreOffersToo()
    {
        const QString reply = u"Dank je wel voor je eerlijke review van het linnen overhemd. Jammer dat de pasvorm "
                              u"niet goed was. Je krijgt korting op je volgende bestelling en we betalen je terug."_s;
        QStringList codes;
        for (const auto& p : ReviewReply::check(reply, u"linnen overhemd"_s, QString(), {}))
            codes.append(p.code);
        QCOMPARE(codes, (QStringList{u"offer"_s, u"offer"_s}));
    }
};

QTEST_GUILESS_MAIN(TestReviewReading)
#include "tst_reviewreading.moc"
