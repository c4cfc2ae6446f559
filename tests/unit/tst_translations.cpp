#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The Dutch translation is complete and keeps every %1 marker; the compiled catalogues are in the
// binary. (The first customers are Dutch-speaking: an untranslated string is a bug.)
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations;
        bool unfinished = false;
        bool numerus = false;
    };

    static QList<Message> read(const QString& file)
    {
        QList<Message> out;
        QFile f(QDir(qEnvironmentVariable("QUORUM_SOURCE_DIR")).filePath(u"translations/"_s + file));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&f);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message") {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            } else if (xml.name() == u"source")
                current.source = xml.readElementText();
            else if (xml.name() == u"translation") {
                current.unfinished = xml.attributes().value(u"type"_s) == u"unfinished";
                if (!current.numerus) {
                    current.translations.append(xml.readElementText());
                    out.append(current);
                }
            } else if (xml.name() == u"numerusform") {
                current.translations.append(xml.readElementText());
                if (current.translations.size() == 2)
                    out.append(current);
            }
        }
        return out;
    }

    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression re(u"%(\\d+|n)"_s);
        QStringList out;
        for (auto it = re.globalMatch(text); it.hasNext();)
            out.append(it.next().captured(0));
        out.sort();
        out.removeDuplicates();
        return out;
    }

private slots:
    void dutchIsComplete()
    {
        const QList<Message> messages = read(u"quorum_nl.ts"_s);
        QVERIFY(messages.size() > 200);
        QStringList problems;
        for (const Message& m : messages) {
            if (m.unfinished || m.translations.isEmpty() || m.translations.first().isEmpty())
                problems.append(u"untranslated [%1] %2"_s.arg(m.context, m.source));
            for (const QString& t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems.append(u"placeholders differ [%1] %2 -> %3"_s.arg(m.context, m.source, t));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishPluralsAreSpelledOut()
    {
        int numerus = 0;
        for (const Message& m : read(u"quorum_en.ts"_s)) {
            if (!m.numerus)
                continue;
            ++numerus;
            QCOMPARE(m.translations.size(), 2);
            QVERIFY2(!m.translations.first().contains(u"(s)"_s), qPrintable(m.source));
        }
        QVERIFY(numerus > 5);
    }

    void compiledCataloguesAreEmbedded()
    {
        QTranslator nl;
        QVERIFY(nl.load(u":/i18n/quorum_nl.qm"_s));
        QCOMPARE(nl.translate("ProductStage", "Needs review"), u"Beoordeling nodig"_s);
        QTranslator en;
        QVERIFY(en.load(u":/i18n/quorum_en.qm"_s));
        QCOMPARE(en.translate("PipelinePane", "%n product(s)", nullptr, 1), u"%n product"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
