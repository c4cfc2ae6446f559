#pragma once

#include "VisualComposer.h"
#include "VisualStore.h"
#include "jobs/JobHandler.h"
#include "llm/LlmTypes.h"
#include "resilience/ApiError.h"

#include <QColor>
#include <QObject>

class ImageClient;
class JobRegistry;

// One claimed "visual.make" job (subject: a product; payload: the headline). The product's picture from the cache
// by prompt hash, or made by the image providers in the owner's order (the next one when one fails: down, a
// refusal, an answer that is no picture or too small); then for every format the crop that keeps the product in
// frame with the headline and logo, checked by the seven guards, laid out again (a plate, then another crop) while
// a guard fails. A visual that still fails goes to a person ('review') with what failed. Each is saved as a JPEG
// within the strictest size its platforms take.
class VisualRun final : public QObject
{
    Q_OBJECT
public:
    VisualRun(JobContext& ctx, const JobQueue::Job& job, QObject* parent = nullptr);
    void start(std::function<void(JobOutcome, const QString&)> onFinished);

private:
    bool released(); // a pause or stop: the job given back, finished; true then
    void generate();
    void compose(const QImage& photo);
    void composeNext();
    void complete();
    void failed(const QString& summary, bool retryable);
    void finish(JobOutcome outcome, const QString& summary);
    static QString kSizeText();

    JobContext& m_ctx;
    JobQueue::Job m_job;
    QString m_prompt;
    QString m_hash;
    QString m_headline;
    QString m_logoPath;
    QString m_dir;
    VisualComposer::Input m_in;
    QList<VisualStore::Visual> m_made;
    QList<ProviderConfig> m_chain;
    QStringList m_refusals;
    QStringList m_problems;
    bool m_anyRetryable = false;
    ImageClient* m_images = nullptr;
    std::function<void(JobOutcome, const QString&)> m_onFinished;
    bool m_finished = false;
    bool m_fromCache = false;
};

namespace Visuals
{
inline constexpr JobKind Make{QLatin1StringView("visual.make")};
inline constexpr QLatin1StringView kSize{"1024x1024"};
inline constexpr int kMinimumSide = 512;
void registerAll(JobRegistry& registry);
// Queues the product's visuals with a headline (empty: the product's name) and the owner's headline colour (invalid:
// the one that reads best); false when the same request was just queued.
bool queue(const QSqlDatabase& db, qint64 productId, const QString& headline, qint64 now, const QColor& textColor = {});
} // namespace Visuals
