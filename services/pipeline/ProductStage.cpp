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

Step step(ProductStage stage)
{
    switch (stage) {
    case ProductStage::Draft:
    case ProductStage::Enhancing:
    case ProductStage::Failed:
    case ProductStage::Escalated:
        return Step::Write;
    case ProductStage::Validating:
    case ProductStage::NeedsReview:
    case ProductStage::Ready:
        return Step::Check;
    case ProductStage::AwaitingApproval:
    case ProductStage::Approved:
        return Step::Approve;
    case ProductStage::Publishing:
    case ProductStage::Published:
        return Step::Publish;
    case ProductStage::Promoting:
    case ProductStage::Live:
        return Step::Promote;
    }
    return Step::Write;
}

QString stepName(Step step)
{
    switch (step) {
    case Step::Write:
        return QCoreApplication::translate("ProductStage", "Write");
    case Step::Check:
        return QCoreApplication::translate("ProductStage", "Check");
    case Step::Approve:
        return QCoreApplication::translate("ProductStage", "Approve");
    case Step::Publish:
        return QCoreApplication::translate("ProductStage", "Publish");
    case Step::Promote:
        return QCoreApplication::translate("ProductStage", "Promote");
    }
    return {};
}

QString explanation(ProductStage stage)
{
    switch (stage) {
    case ProductStage::Draft:
        return QCoreApplication::translate("ProductStage", "Draft: the facts are in; no AI has written anything yet.");
    case ProductStage::Enhancing:
        return QCoreApplication::translate("ProductStage",
            "Being written: the writer model is drafting the pieces one by one, each checked as it comes in.");
    case ProductStage::Validating:
        return QCoreApplication::translate(
            "ProductStage", "Being checked: the reviewer model and the fact checks go over what was written.");
    case ProductStage::NeedsReview:
        return QCoreApplication::translate("ProductStage",
            "Needs review: the two models did not agree on some pieces, or a check failed. A person decides.");
    case ProductStage::Ready:
        return QCoreApplication::translate(
            "ProductStage", "Ready: every piece passed; it can be sent for approval or published.");
    case ProductStage::AwaitingApproval:
        return QCoreApplication::translate(
            "ProductStage", "Awaiting approval: a person must approve before anything goes out (Approvals).");
    case ProductStage::Approved:
        return QCoreApplication::translate("ProductStage", "Approved: queued to be published to the connected stores.");
    case ProductStage::Publishing:
        return QCoreApplication::translate("ProductStage", "Publishing: being sent to the stores now.");
    case ProductStage::Published:
        return QCoreApplication::translate("ProductStage",
            "Published: the stores accepted it. It becomes Live once it is promoted (posts or campaigns running).");
    case ProductStage::Promoting:
        return QCoreApplication::translate("ProductStage", "Promoting: posts and campaigns are being started.");
    case ProductStage::Live:
        return QCoreApplication::translate(
            "ProductStage", "Live: published and promoted; campaigns and agents now watch how it sells.");
    case ProductStage::Failed:
        return QCoreApplication::translate("ProductStage",
            "Failed: it stopped after its retries ran out. The reason is shown; Retry starts it again.");
    case ProductStage::Escalated:
        return QCoreApplication::translate(
            "ProductStage", "Escalated: handed to a person because the same problem kept coming back.");
    }
    return {};
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
