#include "Markup.h"
#include "core/HtmlText.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

// The text helpers every outbound field and every rich-text view goes through: plain text keeps the
// words and loses every tag and comment; escaping never decodes and never escapes twice; the
// sanitiser keeps the allow-list and nothing else; a tooltip shows what was written.
class TestHtmlText : public QObject
{
    Q_OBJECT

private slots:
    void plain_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("text") << u"Merino Wrap"_s << u"Merino Wrap"_s;
        QTest::newRow("bold and a comment") << u"Merino <b>V</b><!-- the rest"_s << u"Merino V"_s;
        QTest::newRow("closed comment") << u"a<!-- x -->b"_s << u"ab"_s;
        QTest::newRow("inline tags join") << u"MK-<b>7</b>"_s << u"MK-7"_s;
        QTest::newRow("blocks part") << u"<p>One</p><p>Two</p>"_s << u"One Two"_s;
        QTest::newRow("script with content") << u"Knit<script>alert(1)</script>wear"_s << u"Knitwear"_s;
        QTest::newRow("unclosed script") << u"Knit<script>alert(1)"_s << u"Knit"_s;
        QTest::newRow("style") << u"a<style>b{}</style>c"_s << u"ac"_s;
        QTest::newRow("event handler") << u"Wrap <img src=x onerror=alert(1)>"_s << u"Wrap"_s;
        QTest::newRow("quoted >") << u"a<a title=\"x>y\">b</a>"_s << u"ab"_s;
        QTest::newRow("lone brackets") << u"5 < 6 > 3"_s << u"5 6 3"_s;
        QTest::newRow("half a tag") << u"a <b"_s << u"a b"_s;
        QTest::newRow("references stay") << u"Salt &amp; pepper &lt;b&gt;"_s << u"Salt &amp; pepper &lt;b&gt;"_s;
        QTest::newRow("controls and space") << QString(u"  a\tb\n"_s + QChar(7) + u"c  "_s) << u"a b c"_s;
        QTest::newRow("doctype") << u"<!DOCTYPE html>x"_s << u"x"_s;
    }
    void plain()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(HtmlText::plain(in), out);
    }

    void escape()
    {
        QCOMPARE(
            HtmlText::escape(u"<b>\"Tom's\" & Jerry</b>"_s), u"&lt;b&gt;&quot;Tom&#39;s&quot; &amp; Jerry&lt;/b&gt;"_s);
        // Not twice: a reference stays what it is.
        QCOMPARE(
            HtmlText::escape(u"Bags &amp; Shoes &#38; &#x26; &copy;"_s), u"Bags &amp; Shoes &#38; &#x26; &copy;"_s);
        QCOMPARE(HtmlText::escape(u"a && b &;"_s), u"a &amp;&amp; b &amp;;"_s);
        QCOMPARE(HtmlText::escapedPlain(u"Bags & <b>Shoes</b><!--"_s), u"Bags &amp; Shoes"_s);
    }

    void sanitise_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("text") << u"Soft & warm"_s << u"Soft &amp; warm"_s;
        QTest::newRow("allowed") << u"<p>A <strong>b</strong> <em>c</em><br/>d</p>"_s
                                 << u"<p>A <strong>b</strong> <em>c</em><br>d</p>"_s;
        QTest::newRow("attributes go") << u"<p class=\"x\" onclick=\"alert(1)\">a</p>"_s << u"<p>a</p>"_s;
        QTest::newRow("lists and headings") << u"<h2>T</h2><ul><li>a</li></ul><ol><li>b</li></ol><h3>U</h3>"_s
                                            << u"<h2>T</h2><ul><li>a</li></ul><ol><li>b</li></ol><h3>U</h3>"_s;
        QTest::newRow("script") << u"a<script>alert(1)</script>b"_s << u"ab"_s;
        QTest::newRow("iframe") << u"a<iframe src=\"https://evil.example\"></iframe>b"_s << u"ab"_s;
        QTest::newRow("img") << u"a<img src=x onerror=alert(1)>b"_s << u"ab"_s;
        QTest::newRow("comment hides nothing") << u"a<!-- b"_s << u"a"_s;
        QTest::newRow("unknown tags go, words stay") << u"<div><span>a</span></div>"_s << u"a"_s;
        QTest::newRow("https link") << u"<a href=\"https://shop.example/care?a=1&amp;b=2\" onclick=\"x\">care</a>"_s
                                    << u"<a href=\"https://shop.example/care?a=1&amp;b=2\" rel=\"nofollow "
                                       u"noopener\">care</a>"_s;
        QTest::newRow("javascript link") << u"<a href=\"javascript:alert(1)\">this</a>"_s << u"this"_s;
        QTest::newRow("encoded scheme") << u"<a href=\"&#106;avascript:alert(1)\">this</a>"_s << u"this"_s;
        QTest::newRow("data link") << u"<a href='data:text/html,x'>d</a>"_s << u"d"_s;
        QTest::newRow("unquoted http") << u"<a href=http://a.example>x</a>"_s
                                       << u"<a href=\"http://a.example\" rel=\"nofollow noopener\">x</a>"_s;
        QTest::newRow("quote in href") << u"<a href='https://a.example/\"onmouseover=x'>x</a>"_s << u"x"_s;
        QTest::newRow("left open") << u"<p><strong>a"_s << u"<p><strong>a</strong></p>"_s;
        QTest::newRow("stray close") << u"a</strong></p>b"_s << u"ab"_s;
        QTest::newRow("misnested") << u"<b><i>a</b>c</i>"_s << u"<b><i>a</i></b>c"_s;
        QTest::newRow("lone bracket") << u"1 < 2"_s << u"1 &lt; 2"_s;
        QTest::newRow("upper case") << u"<STRONG>a</STRONG><SCRIPT>x</SCRIPT>"_s << u"<strong>a</strong>"_s;
    }
    void sanitise()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(HtmlText::sanitise(in), out);
    }

    void toolTipShowsTheText()
    {
        for (const QString& text : {u"Plain tooltip"_s, u"<b>V</b><!-- hidden"_s, u"a & b <i>c</i>\nline two"_s}) {
            const QString tip = Markup::toolTip(text);
            QString seen = tip;
            if (Qt::mightBeRichText(tip)) {
                QTextDocument doc;
                doc.setHtml(tip);
                seen = doc.toPlainText();
            }
            QCOMPARE(seen, text);
        }
        QCOMPARE(Markup::toolTip(u"Plain tooltip"_s), u"Plain tooltip"_s);
        QCOMPARE(Markup::escaped(u"a <b>\nb"_s), u"a &lt;b&gt;<br>b"_s);
    }
};

QTEST_MAIN(TestHtmlText)
#include "tst_htmltext.moc"
