#pragma once

#include "PhraseBank.h"

#include <QMap>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

// Builds the sentences of one answer from the phrase bank. A template's slots are filled from the
// facts; no template and no sentence is used twice in the same answer; nothing the brand bans or the
// person asked to leave out gets in. Long texts are built in paragraphs until they reach the length
// asked for, and cut back (never below the minimum, never cutting a pinned sentence) when too long.
// Everything it picks comes from the random generator it is given, so the same seed writes the same
// text.
class CopyComposer
{
public:
    // One sentence of a paragraph: the first topic with an unused template, or a fixed sentence
    // (a required phrase, what a person asked to mention) that is never cut.
    struct Step
    {
        QStringList topics;
        QString fixed;
    };
    using Paragraph = QList<Step>;
    struct Length
    {
        qsizetype minChars = 0;
        qsizetype maxChars = 0; // 0: no limit
        qsizetype targetChars = 0;
        int minWords = 0;
        int maxWords = 0; // 0: no limit
        int targetWords = 0;
    };

    void begin(PhraseBank::Language language, const QMap<QString, QString>& values, const QStringList& banned,
        const QStringList& avoid, const QString& name, QRandomGenerator* rng);
    PhraseBank::Language language() const { return m_language; }
    QString slot(const QString& name) const { return m_slots.value(name); }
    void setSlot(const QString& name, const QString& value) { m_slots.insert(name, value); }

    // A fresh sentence from the first topic that still has one (shorter than maxChars when given);
    // empty when every template is used or unusable.
    QString take(const QStringList& topics, qsizetype maxChars = 0);
    QString take(const QString& topic, qsizetype maxChars = 0) { return take(QStringList{topic}, maxChars); }
    // Every usable filling of a topic's templates, in the answer's random order, without using them.
    QStringList candidates(const QString& topic);
    // Fills a template: picks alternatives, fills slots, capitalises. Empty when a slot has no value.
    QString fill(const QString& text);
    // Not banned, not asked to be left out (the product's own name never counts).
    bool allowed(const QString& text) const;
    bool fresh(const QString& sentence) const;
    void use(const QString& sentence);
    // A fixed sentence goes in as it is (the caller made sure it is fresh) and counts as used.
    QString useFixed(const QString& sentence);

    // Sentences for the steps, joined with spaces.
    QString sentences(const Paragraph& steps, qsizetype maxChars = 0);
    // Paragraphs from the plan; then padding paragraphs (cycled) until the target length; then the
    // tail. Cut back to the maximum without touching fixed sentences.
    QString paragraphs(
        const QList<Paragraph>& plan, const QList<Paragraph>& padding, const Paragraph& tail, const Length& length);
    // Adds one sentence per entry (the first of its topics that has one) while it fits, until the
    // target; the list is gone through once.
    QString grow(QString text, const QList<QStringList>& topics, qsizetype target, qsizetype maxChars);

    static int wordCount(const QString& text);
    // Lower case letters and digits only: what makes two sentences the same sentence.
    static QString normalized(const QString& sentence);
    // The sentences of a text (split after . ! ? and at line ends).
    static QStringList split(const QString& text);
    static QString capitalized(QString text);
    // Shortens to at most maxLen characters at a word boundary.
    static QString cut(const QString& text, qsizetype maxLen);

private:
    int pick(int n);

    PhraseBank::Language m_language = PhraseBank::Language::English;
    QMap<QString, QString> m_slots;
    QList<QRegularExpression> m_blocked;
    QString m_name;
    QRandomGenerator* m_rng = nullptr;
    QMap<QString, QList<int>> m_order; // per topic: the templates not yet used, in this answer's order
    QSet<QString> m_used;              // normalised sentences already in the answer
};
