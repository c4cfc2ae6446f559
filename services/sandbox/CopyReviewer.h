#pragma once

#include "ContentGenerator.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>

// The sandbox's reviewer. Reads the piece under review in the prompt (between <piece> tags, as
// ContentSpec::render writes it) the way an editor would and scores what it finds:
//   - a sentence that appears twice (major);
//   - an FAQ answer that does not answer its question: no content word in common and none of the
//     question's topic (price, material, care, sizes, returns, gift, audience) in the answer (major);
//   - a price or a material that is not the facts' (critical), a word the brand bans (major);
//   - copy in another language than the brand's (critical); superlatives when the voice forbids them,
//     keyword stuffing (minor).
// Copy with none of these scores well, but not uniformly: variety of sentence openings, sentence
// length, how many of the product's facts it covers and where the name appears move the scores.
// Problems bring them below the pass marks. The options' faults still apply (reject, nitpick).
class CopyReviewer
{
public:
    struct Finding
    {
        QString severity; // minor, major, critical
        QString where;
        QString issue;
        QString fix;
    };

    CopyReviewer(const ContentGenerator::Facts& facts, const QString& prompt, const ContentGenerator::Options& options,
        QRandomGenerator* rng);
    QJsonObject review(const QJsonObject& schema);
    const QList<Finding>& findings() const { return m_findings; }

private:
    struct Sentence
    {
        QString text;
        int line = 0;
    };
    void read();
    void checkRepeats();
    void checkFaq();
    void checkPrices();
    void checkMaterials();
    void checkWords();
    void checkLanguage();
    QMap<QString, int> scores(); // a QMap: the same order, so the same jitter, in every process
    QString summary() const;
    bool answers(const QString& question, const QString& answer) const;
    QString topicOf(const QString& text) const;
    double coverage(QStringList* covered) const;

    ContentGenerator::Facts m_facts;
    QString m_prompt;
    ContentGenerator::Options m_options;
    QRandomGenerator* m_rng;
    QString m_piece;     // the rendered piece
    QString m_pieceName; // "faq", "long product description", ...
    QList<Sentence> m_sentences;
    QList<std::pair<QString, QString>> m_faq;
    QList<Finding> m_findings;
    int m_repeats = 0;
    int m_nonAnswers = 0;
    bool m_wrongPrice = false;
    bool m_wrongMaterial = false;
    int m_banned = 0;
    bool m_wrongLanguage = false;
    int m_superlatives = 0;
    int m_healthClaims = 0;
    bool m_stuffing = false;
};
