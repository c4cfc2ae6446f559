#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// The sandbox's writer and reviewer: deterministic, plausible product copy written from the facts
// found in the prompt (a JSON object between <facts> and </facts>), shaped by whatever JSON schema
// the request carries. Property names steer the wording (title, meta_description, body, tags, faq,
// question/answer, caption, scores, problems, agree, html, ...); lengths, counts and enums in the
// schema are always met. The same prompt gives the same answer. The copy is English, or Dutch when
// the prompt asks for Dutch ("Write in Dutch.", "Write in Nederlands."); the reviewer's problems stay
// English, as the reviewer's prompt asks.
class ContentGenerator
{
public:
    struct Facts
    {
        QString name;
        QString description;
        QString category;
        QString currency = QStringLiteral("EUR");
        qint64 priceCents = 0;
        QJsonObject attributes;
        QString audience;
        QString voice;
        QStringList banned;
        QStringList required;
        QString language = QStringLiteral("en"); // the copy's language: "en" or "nl"
        bool found = false;
        QString material() const;
        QStringList sizes() const;
    };
    struct Options
    {
        bool wrongFacts = false;    // state a different price and material
        bool reviewReject = false;  // as reviewer: low scores and concrete problems; as writer: disagree
        bool reviewNitpick = false; // as reviewer: good scores, one minor problem
    };

    static Facts factsFromPrompt(const QString& prompt);
    // The language a prompt asks the copy to be written in: "nl" for Dutch, otherwise "en".
    static QString languageOf(const QString& prompt);
    // The price as the copy writes it: "€89.00" (in Dutch "€ 89,00").
    static QString priceText(qint64 cents, const QString& currency, const QString& language = QStringLiteral("en"));

    QJsonValue generate(
        const QJsonObject& schema, const Facts& facts, const QString& prompt, quint64 seed, const Options& options);
    // Free text (no schema): a short paragraph about the product.
    QString freeText(const Facts& facts, quint64 seed, int words);

private:
    QJsonValue value(const QString& name, const QJsonObject& schema, int index, const QString& parent);
    QString text(const QString& name, const QJsonObject& schema, int index, const QString& parent);
    QString longText(qsizetype minChars, qsizetype maxChars, const QString& kind);
    QString sentence();
    QString fit(QString text, qsizetype minChars, qsizetype maxChars);
    QStringList keywords() const;
    QString price() const;
    QString material() const;
    bool allowed(const QString& text) const;
    QJsonValue review(const QJsonObject& schema);

    Facts m_facts;
    Options m_options;
    QString m_prompt;
    QRandomGenerator m_rng;
};
