#include "ClaimCorpus.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

// The labelled corpus (tests/corpus/claims.json) holds the deterministic checks to issue 20's figures: every numeric
// error caught, soft errors caught, few correct pieces failed. Misses and false rejects are named when it fails.
class TestClaimCorpus : public QObject
{
    Q_OBJECT

private:
    ClaimCorpus::Corpus m_corpus;
    ClaimCorpus::Result m_result;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QString error;
        m_corpus = ClaimCorpus::load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_result = ClaimCorpus::evaluate(m_corpus);
    }

    void isLargeAndVariedEnough()
    {
        QVERIFY(m_corpus.pieces.size() >= 150);
        QVERIFY(m_corpus.products.size() >= 10);
        QSet<QString> categories;
        for (const ProductFacts& f : std::as_const(m_corpus.products))
            categories.insert(f.category);
        QVERIFY(categories.contains(u"Apparel"_s) && categories.contains(u"Food"_s)
            && categories.contains(u"Cosmetics"_s) && categories.contains(u"Home"_s));
        QVERIFY(m_result.correct >= 50);
        QVERIFY(m_result.rows.size() >= 12); // every kind of error the issue names
    }

    void catchesEveryNumericError()
    {
        QStringList missed;
        for (const QString& m : m_result.missed) {
            for (const ClaimCorpus::Piece& p : std::as_const(m_corpus.pieces)) {
                if (p.numeric && m.startsWith(p.id + u':'))
                    missed.append(m);
            }
        }
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(u'\n')));
        QCOMPARE(m_result.numericCaught(), m_result.numericTotal());
    }

    void catchesSoftErrors()
    {
        const double share = static_cast<double>(m_result.softCaught()) / m_result.softTotal();
        QVERIFY2(share >= 0.95,
            qPrintable(u"%1 of %2 caught; missed:\n"_s.arg(m_result.softCaught()).arg(m_result.softTotal())
                + m_result.missed.join(u'\n')));
    }

    void failsFewCorrectPieces()
    {
        const double share = static_cast<double>(m_result.falseRejects) / m_result.correct;
        QVERIFY2(share < 0.05, qPrintable(m_result.rejected.join(u'\n')));
    }

    // The corpus check is the checks: a planted error taken out of its piece leaves a piece the checks pass.
    void aPieceWithoutItsPlantedErrorPasses()
    {
        int tried = 0;
        for (const ClaimCorpus::Piece& p : std::as_const(m_corpus.pieces)) {
            if (p.label == u"correct" || p.planted.isEmpty())
                continue;
            ClaimCorpus::Piece clean = p;
            clean.body = QString(p.body).remove(p.planted).simplified();
            QVERIFY2(clean.body != p.body.simplified(), qPrintable(p.id));
            const auto problems = ClaimCorpus::check(m_corpus, clean);
            QVERIFY2(problems.isEmpty(),
                qPrintable(p.id + u": "_s + (problems.isEmpty() ? QString() : problems.first().message)));
            ++tried;
        }
        QCOMPARE(tried, m_result.numericTotal() + m_result.softTotal());
    }
};

QTEST_GUILESS_MAIN(TestClaimCorpus)
#include "tst_claimcorpus.moc"
