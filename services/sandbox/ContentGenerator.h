#pragma once

#include "CopyComposer.h"
#include "PromptReader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// The sandbox's writer and reviewer: deterministic product copy written from the facts found in the
// prompt (a JSON object between <facts> and </facts>), shaped by whatever JSON schema the request
// carries. Property names steer the wording (title, meta_description, body, tags, faq,
// question/answer, caption, scores, problems, agree, html, ...); lengths, counts and enums in the
// schema are always met. The same prompt gives the same answer.
//
// The writer builds its sentences from the product's facts (CopyComposer over the PhraseBank), never
// repeats a sentence within an answer, writes Dutch when the prompt asks for it, and follows a
// person's instruction for the version (shorter or longer, mention or leave out something, a tone, a
// focus). The reviewer (CopyReviewer) reads the piece in the prompt and scores what it finds.
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
        QString text;     // the facts block as the prompt gives it (lower case), for "is this a fact?"
        QString language; // "nl" or "en" forces the copy's language (the demo seeder); empty: as the prompt asks
        bool found = false;
        // The products a collection's or the shop's facts list (variants named by the option "Product").
        QList<std::pair<QString, qint64>> items;
        QString material() const;
        QStringList sizes() const;
        QStringList colours() const;
        // An attribute as text (a list joined with commas); empty when absent.
        QString attribute(const QString& key) const;
    };
    struct Options
    {
        bool wrongFacts = false;     // state a different price and material
        bool reviewReject = false;   // as reviewer: low scores and concrete problems; as writer: disagree
        bool reviewNitpick = false;  // as reviewer: good scores, one minor problem
        bool strayVerdicts = false;  // as reviewer: verdicts for claims not in the list, one repeated
        bool uncitedVerdict = false; // as reviewer: a claim the checks missed called supported, uncited
        bool dropLocked = false;     // as writer: leaves out a skill's locked texts
    };

    static Facts factsFromPrompt(const QString& prompt);
    // The price as the copy writes it: "€89.00" (English), "€ 89,00" (Dutch).
    static QString priceText(
        qint64 cents, const QString& currency, PromptReader::Language language = PromptReader::Language::English);

    QJsonValue generate(
        const QJsonObject& schema, const Facts& facts, const QString& prompt, quint64 seed, const Options& options);
    // Free text (no schema): a short paragraph about the product.
    QString freeText(const Facts& facts, quint64 seed, int words);

private:
    enum class Kind
    {
        Generic,
        Description,
        Seo,
        Tags,
        SizeGuide,
        Care,
        Faq,
        Social,
        Email,
        Blog,
    };
    using Step = CopyComposer::Step;
    using Paragraph = CopyComposer::Paragraph;

    void start(const Facts& facts, const QString& prompt, quint64 seed, const Options& options);
    void prepareSlots();
    QJsonValue value(const QString& name, const QJsonObject& schema, int index, const QString& parent);
    QJsonValue array(const QString& name, const QJsonObject& schema);
    QString text(const QString& name, const QJsonObject& schema, int index, const QString& parent);

    QString fitting(const QString& topic, qsizetype minLen, qsizetype maxLen);
    static QJsonValue withLockedText(const QJsonValue& piece, const QString& prompt);
    QString meta(qsizetype minLen, qsizetype maxLen);
    QString body(const QString& field, qsizetype minLen, qsizetype maxLen);
    QString social(const QString& platform, qsizetype minLen, qsizetype maxLen);
    QString shortText(const QList<QStringList>& topics, qsizetype minLen, qsizetype maxLen, qsizetype target);
    // The sentences of the prompt's knowledge passages that answer a question on shipping or returns, as written
    // (a model quotes the shop's terms); empty when the prompt has none.
    QString knowledgeAnswer(const QString& topic) const;
    QJsonArray faq(const QJsonObject& schema, int count);
    QJsonArray bullets(int count, qsizetype maxLen);
    QJsonArray keywords(int count, qsizetype maxLen, bool hashtags);
    QJsonArray careItems(int count, qsizetype maxLen, bool warnings);
    QJsonArray sizeGuide(const QJsonObject& itemSchema, int maxItems);
    QJsonObject agreement(const QJsonObject& schema);
    // The site factory's stages (ContentGeneratorSite.cpp), from the facts and what the prompt passes on.
    QJsonObject siteBrief();
    QJsonObject siteConcept();
    QJsonObject siteDesign();
    QJsonObject siteSection(const QString& key);
    // The first e-mail to a lead offering its concept site, from the listing lines of the prompt.
    QJsonObject outreachEmail();

    QList<Paragraph> descriptionPlan();
    QList<Paragraph> padding() const;
    Paragraph tail();
    Paragraph opening(const QStringList& fallback);
    // One sentence per mention the person asked for, each in a frame not used yet.
    QStringList mentionSentences(qsizetype maxLen = 0);
    QStringList focusTopics() const;
    int count(int minItems, int maxItems, int preferred);
    CopyComposer::Length length(qsizetype minLen, qsizetype maxLen, qsizetype fallback);
    QString price() const;
    QString material() const;

    Facts m_facts;
    Options m_options;
    QString m_prompt;
    QRandomGenerator m_rng;
    PromptReader::Language m_language = PromptReader::Language::English;
    PromptReader::Instruction m_instruction;
    Kind m_kind = Kind::Generic;
    QString m_family;   // apparel, home, beauty, outdoor, tech, generic
    QString m_material; // the material's family (wool, wood, ...) or generic
    CopyComposer m_copy;
};
