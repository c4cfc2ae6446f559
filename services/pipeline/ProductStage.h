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
// Progress through the journey, 0-100, for the stage's position.
int progress(ProductStage stage);
// Working states from which Failed and Escalated are reachable.
bool isWorking(ProductStage stage);
// True when the machine allows from -> to.
bool canTransition(ProductStage from, ProductStage to);

} // namespace Stage
