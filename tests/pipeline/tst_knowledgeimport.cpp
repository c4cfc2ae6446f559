#include "ApiFixture.h"
#include "TestWorkspace.h"
#include "core/EventBus.h"
#include "knowledge/KnowledgeActions.h"
#include "knowledge/KnowledgeImport.h"
#include "users/Users.h"

#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Reading documents for the knowledge base: Markdown and text files, a PDF's text by Qt's PDF module (and a PDF of
// scanned pages, which has none), and a page of the shop fetched from the sandbox's WordPress by its address, with
// the menu, header, footer and scripts left out; a page that is not there or fails says so.
class TestKnowledgeImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // A PDF with two pages of text, or (scanned) one page that is only an image.
    QString pdf(const QString& name, bool scanned)
    {
        const QString path = m_dir.filePath(name);
        QPdfWriter writer(path);
        writer.setTitle(scanned ? u"Scan"_s : u"Care guide"_s);
        QPainter p(&writer);
        if (scanned) {
            QImage image(400, 300, QImage::Format_RGB32);
            image.fill(Qt::white);
            QPainter ip(&image);
            ip.fillRect(40, 40, 320, 20, Qt::black); // a line of "text", as pixels
            ip.end();
            p.drawImage(QRect(0, 0, 4000, 3000), image);
        } else {
            p.setFont(QFont(u"DejaVu Sans"_s, 12));
            p.drawText(QPointF(200, 400), u"Wash organic cotton at 30 degrees."_s);
            writer.newPage();
            p.drawText(QPointF(200, 400), u"Never tumble dry wool."_s);
        }
        p.end();
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsMarkdownAndText()
    {
        const auto md = KnowledgeImport::readFile(
            write(u"returns.md"_s, "# Returns policy\n\nYou can return it within 30 days.\n"));
        QVERIFY2(md.ok(), qPrintable(md.error));
        QCOMPARE(md.document.title, u"Returns policy"_s);
        QCOMPARE(md.document.topic, u"returns"_s);
        QCOMPARE(md.document.source, u"markdown"_s);
        QCOMPARE(md.document.origin, u"returns.md"_s);
        // Not UTF-8 (an older editor's Latin-1): read, not garbled into replacement characters.
        const auto txt
            = KnowledgeImport::readFile(write(u"levering.txt"_s, "Levering binnen 2 dagen, ook in Belgi\xeb.\n"));
        QVERIFY2(txt.ok(), qPrintable(txt.error));
        QVERIFY(txt.document.body.contains(u"België"_s));
        QCOMPARE(txt.document.title, u"levering"_s);
        QCOMPARE(txt.document.topic, u"shipping"_s);
        // What it cannot read, it says.
        QVERIFY(KnowledgeImport::readFile(m_dir.filePath(u"missing.md"_s)).error.contains(u"does not exist"_s));
        QVERIFY(KnowledgeImport::readFile(write(u"sheet.xlsx"_s, "PK")).error.contains(u"Markdown, text or PDF"_s));
        QVERIFY(KnowledgeImport::readFile(write(u"empty.txt"_s, "  \n")).error.contains(u"no text"_s));
    }

    void readsAPdfsTextAndSaysWhenItIsScanned()
    {
        const auto text = KnowledgeImport::readFile(pdf(u"care.pdf"_s, false));
        QVERIFY2(text.ok(), qPrintable(text.error));
        QCOMPARE(text.document.title, u"Care guide"_s);
        QCOMPARE(text.document.source, u"pdf"_s);
        QVERIFY2(text.document.body.contains(u"Wash organic cotton at 30 degrees."_s), qPrintable(text.document.body));
        QVERIFY(text.document.body.contains(u"Never tumble dry wool."_s));
        QCOMPARE(text.document.topic, u"care"_s);

        const auto scanned = KnowledgeImport::readFile(pdf(u"scan.pdf"_s, true));
        QVERIFY(!scanned.ok());
        QVERIFY2(scanned.error.contains(u"scanned images"_s), qPrintable(scanned.error));
        QVERIFY(scanned.error.contains(u"1 page"_s));

        const auto broken = KnowledgeImport::readFile(write(u"broken.pdf"_s, "%PDF-1.4\nnot really"));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error.contains(u"not a PDF that can be read"_s), qPrintable(broken.error));
    }

    void aPageKeepsItsOwnWordsOnly()
    {
        const QByteArray html = "<html><head><title>Shipping – Shop</title><script>var tracking = 'no';</script>"
                                "</head><body><header><nav><a href='/'>Home</a> Cart</nav></header><main><h1>"
                                "Shipping</h1><h2>Costs</h2><p>Shipping is <b>free</b> over €50.</p><img src='x.png' "
                                "alt='truck'><p>See <a href='/faq'>our FAQ</a>.</p></main><footer>© Shop</footer>"
                                "</body></html>";
        const auto d = KnowledgeImport::fromHtml(html, u"https://shop.example/shipping/"_s);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.document.title, u"Shipping – Shop"_s);
        QVERIFY2(d.document.body.contains(u"## Costs"_s), qPrintable(d.document.body));
        QVERIFY(d.document.body.contains(u"free"_s));
        QVERIFY(d.document.body.contains(u"See our FAQ."_s));
        for (const QString& gone : {u"tracking"_s, u"Home"_s, u"Cart"_s, u"© Shop"_s, u"x.png"_s, u"/faq"_s})
            QVERIFY2(!d.document.body.contains(gone), qPrintable(gone + u" in " + d.document.body));
        QCOMPARE(d.document.topic, u"shipping"_s);
    }

    void fetchesAPageOfTheShop()
    {
        ApiFixture fx;
        // The shop's returns page, published on its WordPress.
        HttpRequest create;
        create.method = "POST";
        create.url = QUrl(fx.url().toString() + u"/wp-json/wp/v2/pages"_s);
        create.setHeader("Content-Type", "application/json");
        create.setHeader("Authorization", "Basic " + QByteArrayLiteral("editor:app password").toBase64());
        create.body = QJsonDocument(
            QJsonObject{{u"title"_s, u"Returns"_s}, {u"slug"_s, u"returns"_s}, {u"status"_s, u"publish"_s},
                {u"content"_s, u"You can return any product within 30 days."_s}})
                          .toJson();
        HttpResponse answer;
        bool answered = false;
        fx.http().send(create, fx.context(), [&](const HttpResponse& r) {
            answer = r;
            answered = true;
        });
        QVERIFY(fx.runUntil([&] { return answered; }));
        QVERIFY2(answer.ok(), qPrintable(QString::number(answer.status) + u' ' + QString::fromUtf8(answer.body)));

        TestWorkspace tw;
        EventBus bus;
        UserSession owner{Users::User{0, u"Olga"_s, Users::Role::Owner, true}, u"test"_s};
        KnowledgeActions actions(ChangeDoor(tw.db(), &tw.clock(), &bus, &owner));
        QSignalSpy fetched(&actions, &KnowledgeActions::fetched);
        const auto fetch = [&](const QString& address) {
            fetched.clear();
            actions.fetch(QUrl(address));
            [&] { QVERIFY(fx.runUntil([&] { return !fetched.isEmpty(); })); }();
            return fetched.isEmpty() ? KnowledgeImport::Draft{}
                                     : fetched.first().first().value<KnowledgeImport::Draft>();
        };
        KnowledgeImport::Draft d = fetch(fx.url().toString() + u"/returns/"_s);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QVERIFY(d.document.title.startsWith(u"Returns"_s));
        QVERIFY(d.document.body.contains(u"within 30 days"_s));
        QVERIFY(!d.document.body.contains(u"Privacy"_s)); // the footer
        QCOMPARE(d.document.source, u"url"_s);
        QCOMPARE(d.document.topic, u"returns"_s);
        QString error;
        QVERIFY2(actions.save(d.document, &error) > 0, qPrintable(error));
        QCOMPARE(actions.documents().first().origin, fx.url().toString() + u"/returns/"_s);

        d = fetch(fx.url().toString() + u"/no-such-page/"_s);
        QVERIFY(d.error.contains(u"HTTP 404"_s));
        fx.sandbox()->setRouteFaults(u"wp.front"_s, QJsonObject{{u"sequence"_s, QJsonArray{u"500"_s}}});
        d = fetch(fx.url().toString() + u"/returns/"_s);
        QVERIFY2(d.error.contains(u"HTTP 500"_s), qPrintable(d.error));
        d = fetch(u"ftp://shop.example/returns"_s);
        QVERIFY(d.error.contains(u"https://"_s));
    }
};

QTEST_MAIN(TestKnowledgeImport)
#include "tst_knowledgeimport.moc"
