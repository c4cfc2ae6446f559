#include "SetupState.h"

#include "GateSettings.h"

#include "core/Log.h"
#include "llm/ProviderStore.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace SetupState
{

namespace
{
qint64 count(const QSqlDatabase& db, const QString& sql)
{
    return Sql::scalar(db, sql).toLongLong();
}

QString names(const QList<ProviderConfig>& chain)
{
    QStringList out;
    for (const ProviderConfig& c : chain)
        out.append(c.name.isEmpty() ? c.id : c.name);
    return out.join(u" → "_s);
}
} // namespace

QString providerWarning(const QSqlDatabase& db)
{
    const QList<ProviderConfig> writers = ProviderStore::chain(db, u"write:copy"_s);
    const QList<ProviderConfig> reviewers = ProviderStore::chain(db, u"review:copy"_s);
    if (writers.isEmpty() || reviewers.isEmpty())
        return {};
    // The gate finds an independent reviewer in either chain (a second writer can review the first's
    // work): only when both chains hold one and the same model is there none.
    QSet<std::pair<QString, QString>> endpoints;
    for (const QList<ProviderConfig>* chain : {&writers, &reviewers}) {
        for (const ProviderConfig& c : *chain)
            endpoints.insert({c.model, c.baseUrl.toString()});
    }
    if (endpoints.size() == 1)
        return QCoreApplication::translate("SetupState",
            "One model writes and reviews its own work (%1). The fact checks and the rubric still run, but "
            "a second model catches more: add a different one as reviewer when you can.")
            .arg(writers.first().model);
    return {};
}

QString whyCannotWrite(const QSqlDatabase& db)
{
    try {
        if (ProviderStore::chain(db, u"write:copy"_s).isEmpty())
            return QCoreApplication::translate("SetupState",
                "No AI provider is set up to write. Add one in Settings → Providers (and test it there) "
                "first.");
        if (ProviderStore::chain(db, u"review:copy"_s).isEmpty())
            return QCoreApplication::translate("SetupState",
                "No AI provider is set up to review what is written. Choose one as reviewer in Settings → "
                "Providers.");
        // Nothing would pass the gate, after paying for the writing: say so before anything runs.
        if (!providerWarning(db).isEmpty() && !GateSettings::load(db).allowSelfReview)
            return QCoreApplication::translate("SetupState",
                "The same model would write and review its own work, and two different models must agree. Add "
                "a second model as reviewer in Settings → Providers, or allow one-model review there.");
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot read the providers:" << e.message();
        return QCoreApplication::translate("SetupState", "The providers cannot be read: %1").arg(e.message());
    }
    return {};
}

QList<Item> read(const QSqlDatabase& db)
{
    QList<Item> items;
    try {
        Item provider{
            Step::Provider, false, QCoreApplication::translate("SetupState", "Connect an AI provider"), {}, false};
        const QList<ProviderConfig> writers = ProviderStore::chain(db, u"write:copy"_s);
        const QList<ProviderConfig> reviewers = ProviderStore::chain(db, u"review:copy"_s);
        provider.done = !writers.isEmpty() && !reviewers.isEmpty();
        if (provider.done) {
            provider.detail = QCoreApplication::translate("SetupState", "Writes: %1 · Reviews: %2")
                                  .arg(names(writers), names(reviewers));
            const QString warning = providerWarning(db);
            if (!warning.isEmpty()) {
                provider.detail += u"\n"_s + warning;
                provider.warning = true;
            }
        } else {
            provider.detail = QCoreApplication::translate("SetupState",
                "Paste a key (OpenAI, Anthropic, Gemini) or point at a local Ollama, test it, and "
                "choose who writes and who reviews.");
        }
        items.append(provider);

        Item brand{
            Step::Brand, false, QCoreApplication::translate("SetupState", "Describe your brand's voice"), {}, false};
        brand.done = count(db, u"SELECT COUNT(*) FROM settings WHERE key = 'brand.voice'"_s) > 0;
        brand.detail = brand.done
            ? QCoreApplication::translate("SetupState", "The writers follow it, with your banned and required words.")
            : QCoreApplication::translate(
                "SetupState", "How your shop sounds, words to avoid, the language you write in.");
        items.append(brand);

        Item store{Step::Store, false, QCoreApplication::translate("SetupState", "Connect a store"), {}, false};
        const qint64 stores = count(db, u"SELECT COUNT(*) FROM connections WHERE kind <> 'meta_ads'"_s);
        store.done = stores > 0;
        store.detail = store.done
            ? QCoreApplication::translate("SetupState", "%n store(s) or site(s) connected.", nullptr, int(stores))
            : QCoreApplication::translate("SetupState",
                "WooCommerce, Shopify or WordPress: where approved listings are published. Optional until you "
                "publish.");
        items.append(store);

        Item products{
            Step::Products, false, QCoreApplication::translate("SetupState", "Add your first products"), {}, false};
        const qint64 n = count(db, u"SELECT COUNT(*) FROM products"_s);
        products.done = n > 0;
        products.detail = products.done
            ? QCoreApplication::translate("SetupState", "%n product(s) in the workspace.", nullptr, int(n))
            : QCoreApplication::translate("SetupState", "Add one by hand or import a CSV export from your store.");
        items.append(products);

        Item run{Step::FirstRun, false, QCoreApplication::translate("SetupState", "Let the AI write the first listing"),
            {}, false};
        run.done = count(db, u"SELECT COUNT(*) FROM products WHERE stage <> 'draft'"_s) > 0;
        run.detail = run.done
            ? QCoreApplication::translate("SetupState", "Done: see the Pipeline and the Approvals.")
            : QCoreApplication::translate("SetupState",
                "Select a product in the Pipeline and press Run. What it costs shows in the AI cost column.");
        items.append(run);
    } catch (const SqlError& e) {
        qCWarning(lcPipeline) << "cannot read the setup state:" << e.message();
    }
    return items;
}

bool complete(const QList<Item>& items)
{
    for (const Item& i : items) {
        // A store is only needed to publish: the checklist can be done without one.
        if (!i.done && i.step != Step::Store)
            return false;
    }
    return !items.isEmpty();
}

} // namespace SetupState
