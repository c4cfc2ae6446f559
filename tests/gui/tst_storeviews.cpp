#include "Application.h"
#include "GuiFixture.h"
#include "KpiModel.h"
#include "MainWindow.h"
#include "ProductsModel.h"
#include "StoreSeeds.h"
#include "VariantsModel.h"
#include "WorkspaceSession.h"
#include "catalog/CatalogImport.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "dialogs/OrdersImportDialog.h"
#include "panes/ApprovalsPane.h"
#include "panes/PipelinePane.h"
#include "panes/ProductDetailPanel.h"
#include "panes/ProposalDetailPanel.h"
#include "panes/StoreDiffHtml.h"
#include "pipeline/PipelineActions.h"
#include "publishing/Connections.h"
#include "publishing/Publications.h"
#include "publishing/PublishActions.h"
#include "publishing/PublishJobs.h"
#include "resilience/ApiRuntime.h"
#include "sandbox/SandboxServer.h"
#include "secrets/SecretCache.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

// What a product imported from a store looks like in the real main window, and what an approver
// sees before publishing it back: the Pipeline pane's detail lists the variants (options as columns,
// prices in the product's currency) with the listing's status and its store; a publish proposal in
// Approvals reads the store in the background and shows, field by field and variant by variant, what
// the store has now against what publishing would write, and what stays as the store has it.
class TestStoreViews : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    static void shot(QWidget* w, const QString& name) { GuiFixture::shot(w, name); }

    static QByteArray csv(const QStringList& header, const QList<QHash<QString, QString>>& rows)
    {
        QStringList lines{header.join(u',')};
        for (const auto& row : rows) {
            QStringList fields;
            for (const QString& h : header) {
                QString v = row.value(h);
                if (v.contains(u',') || v.contains(u'"'))
                    v = u'"' + v.replace(u"\""_s, u"\"\""_s) + u'"';
                fields.append(v);
            }
            lines.append(fields.join(u','));
        }
        return lines.join(u'\n').toUtf8() + '\n';
    }

    // A Shopify export of a sweater in three sizes and two colours: six variants, navy ones with a
    // compare-at price.
    static QByteArray shopifyExport(const QString& status)
    {
        const QStringList header{u"Handle"_s, u"Title"_s, u"Body (HTML)"_s, u"Vendor"_s, u"Type"_s, u"Tags"_s,
            u"Published"_s, u"Option1 Name"_s, u"Option1 Value"_s, u"Option2 Name"_s, u"Option2 Value"_s,
            u"Variant SKU"_s, u"Variant Inventory Qty"_s, u"Variant Price"_s, u"Variant Compare At Price"_s,
            u"Variant Requires Shipping"_s, u"Variant Taxable"_s, u"Image Src"_s, u"Image Position"_s, u"SEO Title"_s,
            u"SEO Description"_s, u"Cost per item"_s, u"Status"_s};
        QList<QHash<QString, QString>> rows;
        int stock = 3;
        for (const QString& size : {u"S"_s, u"M"_s, u"L"_s}) {
            for (const QString& colour : {u"Navy"_s, u"Grey"_s}) {
                QHash<QString, QString> r{{u"Handle"_s, u"merino-crew"_s}, {u"Option1 Value"_s, size},
                    {u"Option2 Value"_s, colour}, {u"Variant SKU"_s, u"MER-%1-%2"_s.arg(size, colour.toUpper())},
                    {u"Variant Inventory Qty"_s, QString::number(stock++)},
                    {u"Variant Price"_s, size == u"L" ? u"95.00"_s : u"89.00"_s},
                    {u"Variant Compare At Price"_s, colour == u"Navy" ? u"110.00"_s : QString()},
                    {u"Variant Requires Shipping"_s, u"TRUE"_s}, {u"Variant Taxable"_s, u"TRUE"_s},
                    {u"Cost per item"_s, u"31.50"_s}};
                if (rows.isEmpty())
                    r.insert({{u"Title"_s, u"Merino Crew"_s}, {u"Body (HTML)"_s, u"<p>100% merino wool.</p>"_s},
                        {u"Vendor"_s, u"Lindenhof"_s}, {u"Type"_s, u"Sweaters"_s}, {u"Tags"_s, u"wool, winter"_s},
                        {u"Published"_s, u"TRUE"_s}, {u"Option1 Name"_s, u"Size"_s}, {u"Option2 Name"_s, u"Colour"_s},
                        {u"Image Src"_s, u"https://cdn.example/merino-1.jpg"_s}, {u"Image Position"_s, u"1"_s},
                        {u"SEO Title"_s, u"Merino crew"_s}, {u"SEO Description"_s, u"Soft merino"_s},
                        {u"Status"_s, status}});
                rows.append(r);
            }
        }
        return csv(header, rows);
    }

    // The store's copy since the export: M / Navy is cheaper there, XL / Navy was added in the store,
    // and an image too.
    static QJsonObject storeCopy()
    {
        StoreSeeds::Merino m;
        m.title = u"Merino Crew – winter edition"_s;
        m.descriptionHtml = u"<p>100% merino wool &amp; <b>nothing</b> else.</p>"_s;
        m.mNavyPrice = u"85.00"_s;
        m.images = 2;
        m.stock = 5;
        m.metafield = false;
        return StoreSeeds::shopifyMerino(m);
    }

    qint64 import(const QString& status)
    {
        auto preview = CatalogImport::read(shopifyExport(status), {});
        if (!preview.issues.isEmpty())
            qWarning() << "import issue:" << preview.issues.first().reason;
        CatalogImport::match(m_gui.db(), &preview);
        const auto result = CatalogImport::apply(m_gui.db(), preview, u"test"_s, Clock::system()->nowMs());
        m_gui.context().bus->publishChanged(EventBus::Topic::Products, {}, true);
        return result.created.value(0);
    }

    qint64 connectShopify(const QString& name)
    {
        Connections::Connection c;
        c.kind = Connections::Kind::Shopify;
        c.name = name;
        c.url = m_gui.sandbox()->url().toString();
        const qint64 id = Connections::save(m_gui.db(), c, Clock::system()->nowMs());
        // Credentials for this session only, as the demo's connections have them.
        for (const QString& field : Connections::secretFields(c.kind))
            m_gui.app()->session()->runtime()->secrets()->put(
                Connections::secretKey(id, field), u"sandbox-"_s + field, SecretCache::originOf(QUrl(c.url)));
        return id;
    }

    void showProduct(qint64 product)
    {
        window()->showPane(PaneId::Pipeline);
        PipelinePane* pipeline = window()->pipelinePane();
        auto* model = qobject_cast<ProductsModel*>(pipeline->view()->model());
        QTRY_VERIFY(model->indexForId(product).isValid());
        pipeline->view()->setCurrentIndex(model->indexForId(product));
        QTRY_COMPARE(pipeline->detail()->productId(), product);
    }

    QString proposalText() const
    {
        return window()->approvalsPane()->detail()->findChild<QTextBrowser*>(u"proposalText"_s)->toPlainText();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init()
    {
        GuiFixture::Options options;
        options.demo = false;
        QString error;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        window()->resize(1366, 768); // a laptop's screen: the tables must fit it
    }
    void cleanup() { m_gui.stop(); }

    void showsAProductsVariantsAndListing()
    {
        const qint64 product = import(u"draft"_s);
        QVERIFY(product > 0);
        showProduct(product);
        ProductDetailPanel* detail = window()->pipelinePane()->detail();
        QTableView* variants = detail->variantsView();
        QTRY_VERIFY(variants->isVisible());
        QCOMPARE(variants->model()->rowCount(), 6);
        auto* model = qobject_cast<VariantsModel*>(variants->model());
        QVERIFY(model);
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), u"Size"_s);
        QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), u"Colour"_s);
        QCOMPARE(model->index(0, model->column(VariantsModel::Sku)).data().toString(), u"MER-S-NAVY"_s);
        QCOMPARE(model->index(4, model->column(VariantsModel::Price)).data().toString(), u"€95.00"_s);
        QCOMPARE(model->index(0, model->column(VariantsModel::CompareAt)).data().toString(), u"€110.00"_s);
        QCOMPARE(model->index(1, model->column(VariantsModel::Stock)).data().toString(), u"4"_s);
        QCOMPARE(model->index(1, model->column(VariantsModel::Cost)).data().toString(), u"€31.50"_s);
        // Four rows show whole (more scroll), and the table fits its column without scrolling sideways.
        QCOMPARE(variants->height(),
            variants->horizontalHeader()->sizeHint().height() + 4 * variants->verticalHeader()->defaultSectionSize()
                + 2 * variants->frameWidth());
        QVERIFY(variants->horizontalHeader()->length() <= variants->viewport()->width());
        // A draft in its store, and which store that is.
        QLabel* listing = detail->listingLabel();
        QVERIFY(listing->isVisible());
        QVERIFY2(
            listing->text().contains(u"Draft in the store"_s) && listing->text().contains(u"imported from Shopify"_s),
            qPrintable(listing->text()));
        shot(window(), u"pipeline-variants"_s);

        // A product typed in by hand has neither.
        ProductFacts manual;
        manual.name = u"Linen apron"_s;
        manual.description = u"A plain linen apron with two pockets."_s;
        manual.priceCents = 3900;
        manual.category = u"Kitchen"_s;
        QString error;
        const qint64 apron = m_gui.context().actions->addProduct(manual, {}, false, &error);
        QVERIFY2(apron > 0, qPrintable(error));
        showProduct(apron);
        QTRY_VERIFY(!variants->isVisible());
        QVERIFY(!listing->isVisible());
    }

    void aPublishProposalShowsWhatTheStoreWouldGet()
    {
        const qint64 connection = connectShopify(u"Lindenhof shop"_s);
        m_gui.sandbox()->server()->seedShopifyProduct(storeCopy());
        const qint64 product = import(u"active"_s);
        QVERIFY(product > 0);
        // The Publisher asks; nobody has read the store for it yet.
        bool ok = false;
        const QString said = m_gui.context().publish->publishProduct(product, &ok);
        QVERIFY2(ok, qPrintable(said));
        const qint64 proposal = m_gui.count(u"SELECT id FROM action_proposals WHERE product_id = ? AND action_type = "
                                            u"'publish_product' AND status = 'pending'"_s,
            {product});
        QVERIFY(proposal > 0);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM store_previews"_s), 0);

        // Shown to the approver: the store is read in the background, and its answer replaces "Reading".
        window()->openProposal(proposal);
        ApprovalsPane* approvals = window()->approvalsPane();
        QCOMPARE(approvals->detail()->proposalId(), proposal);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_gui.count(u"SELECT COUNT(*) FROM store_previews WHERE connection_id = ?"_s, {connection}) == 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            proposalText().contains(u"What Lindenhof shop has now → what publishing would write"_s), 10000);
        const QString text = proposalText();
        QVERIFY2(text.contains(u"What changes in the stores"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"Reading Lindenhof shop"_s), qPrintable(text));
        QVERIFY2(text.contains(u"read just now"_s) || text.contains(u"s ago"_s), qPrintable(text));
        // Variant by variant: M / Navy is €85.00 in the store and would be €89.00 again.
        QVERIFY2(text.contains(u"Price"_s) && text.contains(u"M / Navy"_s), qPrintable(text));
        QVERIFY2(text.contains(u"€85.00"_s) && text.contains(u"€89.00"_s), qPrintable(text));
        // The store's name for it, as text.
        QVERIFY2(text.contains(u"Merino Crew – winter edition"_s), qPrintable(text));
        // What the store added stays.
        QVERIFY2(text.contains(u"the store has that Quorum does not know stay as they are"_s), qPrintable(text));
        QVERIFY2(text.contains(u"added in the store stay"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"<b>"_s), qPrintable(text));
        // Nothing was written to the store by reading it.
        QCOMPARE(m_gui.sandbox()->server()->shopifyProducts().size(), 1);
        QCOMPARE(m_gui.sandbox()->server()->shopifyProducts().first().value(u"title"_s).toString(),
            u"Merino Crew – winter edition"_s);
        shot(window(), u"approvals-store-diff"_s);

        // Read again on request: the link queues a read, "Reading …" shows, then the new answer.
        const QString reads = u"SELECT COUNT(*) FROM jobs WHERE kind = 'publish.preview' AND state = 'done'"_s;
        QCOMPARE(m_gui.count(reads), 1);
        auto* browser = approvals->detail()->findChild<QTextBrowser*>(u"proposalText"_s);
        emit browser->anchorClicked(StoreDiffHtml::ReadAgainLink);
        QTRY_COMPARE_WITH_TIMEOUT(m_gui.count(reads), 2, 20000);
        QTRY_VERIFY(!proposalText().contains(u"Reading Lindenhof shop"_s));
        QVERIFY(proposalText().contains(u"Read the stores again"_s));
    }

    // Each state a store's read can be in, as the approver reads it; whatever the store wrote is text.
    void everyStateOfAStoreReadsAsASentence()
    {
        const qint64 now = Clock::system()->nowMs();
        Publications::StorePreview never{1, u"Shop <img src=x onerror=alert(1)>"_s, 0, false, {}, {}};
        Publications::StorePreview reading{2, u"Woo"_s, 0, true, {}, {}};
        Publications::StorePreview failed{3, u"Shop B"_s, now - 3 * 60'000, false, {}, u"HTTP 401: <b>denied</b>"_s};
        Publications::StorePreview same{
            4, u"Shop C"_s, now - 1000, false, QJsonObject{{u"exists"_s, true}, {u"changes"_s, QJsonArray{}}}, {}};
        Publications::StorePreview changed{5, u"Shop D"_s, now, false,
            QJsonObject{{u"exists"_s, true},
                {u"changes"_s,
                    QJsonArray{QJsonObject{{u"field"_s, u"description"_s},
                                   {u"before"_s, u"<script>alert(1)</script><p>Soft &amp; warm</p>"_s},
                                   {u"after"_s, QString(u"<p>"_s + QString(400, u'w') + u"</p>"_s)}},
                        QJsonObject{{u"field"_s, u"status"_s}, {u"before"_s, u"draft"_s}, {u"after"_s, u"active"_s}},
                        QJsonObject{{u"field"_s, u"sale_price"_s}, {u"variant"_s, u"L / Grey"_s},
                            {u"before"_s, QString()}, {u"after"_s, u"79.00"_s}}}},
                {u"kept"_s, QJsonObject{{u"store_only_variants"_s, 2}}}},
            {}};
        const QString html = StoreDiffHtml::stores({never, reading, failed, same, changed}, u"EUR"_s, now);
        QVERIFY2(!html.contains(u"<img"_s) && !html.contains(u"<script"_s) && !html.contains(u"<b>denied"_s),
            qPrintable(html));
        QTextBrowser view;
        view.setHtml(html);
        const QString text = view.toPlainText();
        QVERIFY2(text.contains(u"Shop <img src=x onerror=alert(1)> has not been read yet."_s), qPrintable(text));
        QVERIFY2(text.contains(u"Reading Woo…"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Shop B could not be read: HTTP 401: <b>denied</b>"_s), qPrintable(text));
        QVERIFY2(text.contains(u"read 3 min ago"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Nothing would change in Shop C."_s), qPrintable(text));
        // A description as its words: the script with its content gone, a character reference read.
        QVERIFY2(text.contains(u"Soft & warm"_s), qPrintable(text));
        QVERIFY2(!text.mid(text.indexOf(u"Shop D"_s)).contains(u"alert"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Draft"_s) && text.contains(u"Active"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Sale price"_s) && text.contains(u"L / Grey"_s) && text.contains(u"€79.00"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"…"_s) && !text.contains(QString(300, u'w')), qPrintable(text)); // shortened
        QVERIFY2(text.contains(u"the store has that Quorum does not know stay as they are"_s), qPrintable(text));
        // While a read runs, no second one is offered.
        QVERIFY2(!text.contains(u"Read the stores again"_s), qPrintable(text));
        QVERIFY(StoreDiffHtml::stores({same}, u"EUR"_s, now).contains(StoreDiffHtml::ReadAgainLink.toString()));
    }

    void aProductNotInTheStoreIsCreated()
    {
        connectShopify(u"Lindenhof shop"_s);
        const qint64 product = import(u"active"_s); // the store has nothing yet
        bool ok = false;
        QVERIFY(!m_gui.context().publish->publishProduct(product, &ok).isEmpty());
        QVERIFY(ok);
        const qint64 proposal = m_gui.count(
            u"SELECT id FROM action_proposals WHERE product_id = ? AND action_type = 'publish_product'"_s, {product});
        window()->openProposal(proposal);
        QTRY_VERIFY_WITH_TIMEOUT(
            proposalText().contains(u"The product is not in Lindenhof shop yet: publishing creates it."_s), 20000);
    }
    void importsAnOrdersExportFromTheFileMenu()
    {
        // A shop without a connected store: one order placed just now, in Shopify's export.
        const QString now = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" +0000"_s;
        const QString path = m_gui.workspacePath() + u"/orders_export_1.csv"_s;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(u"Name,Email,Financial Status,Currency,Subtotal,Shipping,Taxes,Total,Created at,Lineitem quantity,"
                u"Lineitem name,Lineitem price,Lineitem sku,Billing Country,Refunded Amount,Id\n"
                u"#1001,ada@example.com,paid,EUR,45.00,4.90,0,49.90,%1,1,Oak Serving Board,45.00,OAK-1,NL,,5001\n"
                u"#1002,bob@example.com,pending,EUR,20.00,0,0,20.00,%1,1,Mug,20.00,MUG,NL,,5002\n"_s.arg(now)
                    .toUtf8());
        f.close();
        window()->showPane(PaneId::Dashboard);
        auto* kpis = window()->findChild<QListView*>(u"kpiView"_s);
        QVERIFY(kpis);
        const QModelIndex revenue = kpis->model()->index(KpiModel::RevenueToday, 0);
        QCOMPARE(revenue.data(KpiModel::ValueRole).toLongLong(), 0);

        auto* action = window()->findChild<QAction*>(u"actionImportOrders"_s);
        QVERIFY(action);
        action->trigger();
        OrdersImportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = GuiFixture::dialog<OrdersImportDialog>()) != nullptr);
        auto* chooser = dialog->findChild<QFileDialog*>(u"ordersImportFileDialog"_s);
        QTRY_VERIFY(chooser && chooser->isVisible());
        QSignalSpy done(dialog, &OrdersImportDialog::importFinished);
        chooser->selectFile(path);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept checks the file, then selects it
        QVERIFY(done.wait(30'000));
        QCOMPARE(dialog->resultText(), u"Imported 2 orders."_s); // the English plural, from quorum_en.ts
        shot(dialog, u"orders-import"_s);
        // The dashboard counts the paid one, not the pending one.
        QTRY_COMPARE(revenue.data(KpiModel::ValueRole).toLongLong(), 4990);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM orders WHERE source = 'shopify-csv'"_s), 2);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'orders.imported'"_s), 1);
    }
};

QUORUM_GUI_TEST_MAIN(TestStoreViews)
#include "tst_storeviews.moc"
