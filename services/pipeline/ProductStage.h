#pragma once

#include <QString>
#include <QStringList>

// The per-product state machine of DESIGN.md section 2, persisted as its key in products.stage.
enum class ProductStage
{
    Draft,
    Enhancing,
    Validating,
    NeedsReview,
    Ready,
    AwaitingApproval,
    Approved,
    Publishing,
    Published,
    Promoting,
    Live,
    Failed,
    Escalated,
};

namespace Stage
{

QString key(ProductStage stage);
// Unknown keys map to Draft with ok=false.
ProductStage fromKey(const QString& key, bool* ok = nullptr);
QString displayName(ProductStage stage);
QString displayNameForKey(const QString& key);
QList<ProductStage> all();
QStringList allKeys();
// The stored position of a stage (0-100), kept for old readers; never shown as a percentage: the UI
// shows the journey step and real piece counts instead.
int progress(ProductStage stage);
// The five steps a product goes through, as the Pipeline's step strip shows them.
enum class Step
{
    Write,   // Draft, Enhancing
    Check,   // Validating, Needs review, Ready
    Approve, // Awaiting approval, Approved
    Publish, // Publishing, Published
    Promote  // Promoting, Live
};
inline constexpr int StepCount = 5;
Step step(ProductStage stage);
QString stepName(Step step);
// What the stage means and what happens next, in a sentence (tooltips; Published vs Live).
QString explanation(ProductStage stage);
// Working states from which Failed and Escalated are reachable.
bool isWorking(ProductStage stage);
// True when the machine allows from -> to.
bool canTransition(ProductStage from, ProductStage to);

} // namespace Stage
