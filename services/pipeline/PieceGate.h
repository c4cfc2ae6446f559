#pragma once

#include "BrandProfile.h"
#include "ContentChecks.h"
#include "ContentStore.h"
#include "GateSettings.h"
#include "ProductFacts.h"
#include "PromptTemplates.h"
#include "knowledge/KnowledgeBase.h"
#include "llm/LlmTypes.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

class Clock;
class LlmClient;

// What the gates of one job share: the thread's connection and LLM client, the product's facts,
// the brand, the pass marks, and a way to ask whether to stop at the next safe point.
struct GateContext
{
    QSqlDatabase db;
    LlmClient* llm = nullptr;
    const Clock* clock = nullptr;
    ProductFacts facts;
    BrandProfile brand;
    GateSettings gate;
    qint64 jobId = 0;
    std::function<bool()> stopRequested;
    // Where the pieces are stored: a product's content, or a site's stages and sections.
    const ContentStore::Tables* tables = &ContentStore::contentTables();

    // Read once per job, as they were when it began: a change in Settings reaches the next job. Every
    // call would otherwise read them again (on a team server, round trips that hold the worker's thread).
    QList<ProviderConfig> chain(const QString& purpose);
    std::optional<ProviderConfig> provider(const QString& id);
    PromptTemplates::Template prompt(const QString& name);
    // The writer's template for one run of a piece: during a trial of prompts, the variant for its share of runs.
    PromptTemplates::Template promptFor(const QString& name, qint64 pieceId, int runNo);
    // One stored version of a template (0: the shipped default).
    PromptTemplates::Template promptVersion(const QString& name, int version);
    // The knowledge base's passages for a kind of this product's pieces (KnowledgeClaims::passagesFor), searched
    // once per job: the same passages are in the writer's prompt and support the checks.
    QList<Knowledge::Passage> knowledge(const QString& kind);

private:
    QHash<QString, QList<ProviderConfig>> m_chains;
    QHash<QString, std::optional<ProviderConfig>> m_providers;
    QHash<QString, PromptTemplates::Template> m_prompts;
    QHash<QString, PromptTemplates::Trial> m_trials;
    QHash<QString, QList<Knowledge::Passage>> m_knowledge;
};

// The agreement gate for one content piece (DESIGN.md section 2), as a sequence of steps that
// each end in the database: write → schema → deterministic checks → reviewer rubric → the writer's
// agreement → accept, or regenerate with the problems as feedback, at most maxAttempts times, then
// reject (a person decides). The next step is always derived from what is stored, so a run that was
// interrupted (a crash, a stop) resumes where it was: no attempt is written twice, no stored verdict
// is asked for again. Lives in its worker's thread; its LLM calls are asynchronous.
class PieceGate final : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Accepted,
        Rejected, // failed the gate every attempt: a person decides
        Failed,   // could not finish (provider down, budget refused): the job retries later
        Stopped   // paused or stopped at a safe point
    };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        QString reason;
        ApiError error;
        QStringList providers; // the providers a failed call tried, in order
    };

    // What the gate needs to know about the kind of piece it judges. A content piece's comes from ContentSpec;
    // a site's stages and sections bring their own (their schema, checks and prompt).
    struct Kind
    {
        QString domain;         // provider routing ("copy", "site", ...)
        QString displayName;    // in the reader's language
        QString promptName;     // {{piece}} in the prompts (English)
        QString writerTemplate; // the writer's prompt template
        QJsonObject schema;
        QString schemaName;
        int maxTokens = 2048;
        std::function<QString(const QJsonObject&)> render;                       // text for the reviewer
        std::function<QList<ContentChecks::Problem>(const QJsonObject&)> checks; // the deterministic checks
        QHash<QString, QString> variables; // more prompt variables (the brief, the tokens, the section's plan)
    };

    PieceGate(std::shared_ptr<GateContext> context, const ContentStore::Piece& piece, QObject* parent = nullptr);
    PieceGate(
        std::shared_ptr<GateContext> context, const ContentStore::Piece& piece, Kind kind, QObject* parent = nullptr);

    // A person's instruction for every attempt of this run ("shorter; mention the gift box").
    void setInstruction(const QString& instruction, const QString& author);
    // Check a person's edit instead of writing: checks and the reviewer, no regeneration.
    void setRecheck(qint64 versionId);

    void start(std::function<void()> onStep, std::function<void(const Result&)> onFinished);

    const ContentStore::Piece& piece() const { return m_piece; }

    // The prompt variables for one piece of one product (shared with the Prompt editor's preview).
    static QHash<QString, QString> variables(const ProductFacts& facts, const BrandProfile& brand,
        const GateSettings& gate, const QString& kind, int attempt, const QString& feedback,
        const QString& instruction);
    // The problems of an attempt, as the writer's feedback for the next one.
    static QString feedbackFrom(const QList<ContentStore::Validation>& validations, int attempt);

private:
    void next();
    void write(int attempt);
    void review(const ContentStore::Version& version);
    void agree(const ContentStore::Version& version, const ContentStore::Validation& review);
    void accept(const ContentStore::Version& version);
    void reject(const ContentStore::Version& version, const QString& reason);
    QString rejectionReason(const ContentStore::Version& version) const;
    // The reviewer's or the writer's verdict call: false when it answered; otherwise handled (asked
    // again when the answer broke its schema, or the gate failed).
    bool verdictCallFailed(const LlmResult& result);
    // A request for a verdict (the review, or the writer's answer to it).
    LlmRequest verdictRequest(const QString& role, const QString& systemTemplate, const QString& userTemplate,
        const QHash<QString, QString>& vars, const QJsonObject& schema, const QString& schemaName, int maxTokens) const;
    void storeVerdict(ContentStore::Validation verdict, const LlmResult& result);
    void finish(Outcome outcome, const QString& reason, const ApiError& error = {}, const QStringList& providers = {});
    // Stored checks of a version, computed and stored on first use.
    ContentStore::Validation checks(const ContentStore::Version& version);
    QList<ProviderConfig> reviewers(const QString& writerProvider) const;
    QString domain() const { return m_kind.domain; }
    QHash<QString, QString> promptVariables(int attempt, const QString& feedback, const QString& instruction) const;

    std::shared_ptr<GateContext> m_ctx;
    ContentStore::Piece m_piece;
    Kind m_kind;
    QString m_instruction;
    QString m_instructionAuthor;
    qint64 m_recheckVersion = 0;
    int m_reviewRetries = 0;
    bool m_done = false;
    std::function<void()> m_onStep;
    std::function<void(const Result&)> m_onFinished;
};
