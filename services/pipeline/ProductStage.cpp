#include "ProductStage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Stage
{

namespace
{
struct Info
{
    ProductStage stage;
    const char* key;
    const char* name;
    int progress;
};

// clang-format off
const Info kStages[] = {
    {ProductStage::Draft, "draft", QT_TRANSLATE_NOOP("ProductStage", "Draft"), 0},
    {ProductStage::Enhancing, "enhancing", QT_TRANSLATE_NOOP("ProductStage", "Enhancing"), 20},
    {ProductStage::Validating, "validating", QT_TRANSLATE_NOOP("ProductStage", "Validating"), 45},
    {ProductStage::NeedsReview, "needs_review", QT_TRANSLATE_NOOP("ProductStage", "Needs review"), 60},
    {ProductStage::Ready, "ready", QT_TRANSLATE_NOOP("ProductStage", "Ready"), 65},
    {ProductStage::AwaitingApproval, "awaiting_approval", QT_TRANSLATE_NOOP("ProductStage", "Awaiting approval"), 70},
    {ProductStage::Approved, "approved", QT_TRANSLATE_NOOP("ProductStage", "Approved"), 75},
    {ProductStage::Publishing, "publishing", QT_TRANSLATE_NOOP("ProductStage", "Publishing"), 82},
    {ProductStage::Published, "published", QT_TRANSLATE_NOOP("ProductStage", "Published"), 90},
    {ProductStage::Promoting, "promoting", QT_TRANSLATE_NOOP("ProductStage", "Promoting"), 95},
    {ProductStage::Live, "live", QT_TRANSLATE_NOOP("ProductStage", "Live"), 100},
    {ProductStage::Failed, "failed", QT_TRANSLATE_NOOP("ProductStage", "Failed"), 0},
    {ProductStage::Escalated, "escalated", QT_TRANSLATE_NOOP("ProductStage", "Escalated"), 0},
};
// clang-format on

const Info& info(ProductStage stage)
{
    return kStages[static_cast<int>(stage)];
}
} // namespace

QString key(ProductStage stage)
{
    return QString::fromLatin1(info(stage).key);
}

ProductStage fromKey(const QString& key, bool* ok)
{
    for (const Info& i : kStages) {
        if (key == QLatin1StringView(i.key)) {
            if (ok)
                *ok = true;
            return i.stage;
        }
    }
    if (ok)
        *ok = false;
    return ProductStage::Draft;
}

QString displayName(ProductStage stage)
{
    return QCoreApplication::translate("ProductStage", info(stage).name);
}

QString displayNameForKey(const QString& key)
{
    bool ok = false;
    const ProductStage s = fromKey(key, &ok);
    return ok ? displayName(s) : key;
}

QList<ProductStage> all()
{
    QList<ProductStage> out;
    for (const Info& i : kStages)
        out.append(i.stage);
    return out;
}

QStringList allKeys()
{
    QStringList out;
    for (const Info& i : kStages)
        out.append(QString::fromLatin1(i.key));
    return out;
}

int progress(ProductStage stage)
{
    return info(stage).progress;
}

bool isWorking(ProductStage stage)
{
    switch (stage) {
    case ProductStage::Enhancing:
    case ProductStage::Validating:
    case ProductStage::Publishing:
    case ProductStage::Promoting:
    case ProductStage::Approved:
    case ProductStage::AwaitingApproval:
    case ProductStage::Ready:
    case ProductStage::NeedsReview:
        return true;
    default:
        return false;
    }
}

bool canTransition(ProductStage from, ProductStage to)
{
    using S = ProductStage;
    if (to == S::Failed || to == S::Escalated)
        return isWorking(from) || from == S::Draft;
    switch (from) {
    case S::Draft:
        return to == S::Enhancing;
    case S::Enhancing:
        return to == S::Validating || to == S::Enhancing;
    case S::Validating:
        return to == S::Enhancing || to == S::NeedsReview || to == S::Ready;
    case S::NeedsReview:
        return to == S::Enhancing || to == S::Ready || to == S::AwaitingApproval;
    case S::Ready:
        return to == S::AwaitingApproval || to == S::Enhancing || to == S::Approved;
    case S::AwaitingApproval:
        return to == S::Approved || to == S::NeedsReview || to == S::Enhancing;
    case S::Approved:
        return to == S::Publishing || to == S::Enhancing;
    case S::Publishing:
        return to == S::Published || to == S::Approved;
    case S::Published:
        return to == S::Promoting || to == S::Publishing || to == S::Approved || to == S::Enhancing;
    case S::Promoting:
        return to == S::Live || to == S::Published;
    case S::Live:
        return to == S::Publishing || to == S::Enhancing || to == S::Promoting;
    case S::Failed:
    case S::Escalated:
        // A retry or a person's decision puts the product back to work.
        return to == S::Draft || to == S::Enhancing || to == S::Validating || to == S::Approved || to == S::Publishing
            || to == S::NeedsReview;
    }
    return false;
}

} // namespace Stage
