#include "GuiFixture.h"
#include "WorkspaceStatusBar.h"
#include "dialogs/SettingsDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

// Quorum on a laptop screen: at 1024×640, in English and in Dutch, the main window and the Settings
// dialog fit, and on every pane and settings page no label or button cuts its own text (a word-
// wrapped label may wrap; a one-line label or a button must show its text whole, or end in "…"
// with the whole text in its tooltip).
class TestLaptop : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    static QString plain(QString text)
    {
        text.remove(QLatin1Char('&')); // mnemonics
        return text;
    }

    // Widgets whose text does not fit the room they were given.
    static void clipped(QWidget* root, const QString& where, QStringList* found)
    {
        // A status message that arrived in the last processEvents() has its text but not yet its room (the
        // layout request is still queued): lay everything out now, so what is measured is what is painted.
        for (QLayout* layout : root->findChildren<QLayout*>())
            layout->activate();
        for (QLabel* label : root->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull()
                || label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
                continue;
            const int needed = label->fontMetrics().horizontalAdvance(label->text());
            const int room = label->contentsRect().width() - label->margin() * 2 - label->indent();
            if (needed > room + 1)
                found->append(u"%1: label %2 “%3” needs %4 px, has %5"_s.arg(
                    where, label->objectName(), label->text(), QString::number(needed), QString::number(room)));
        }
        for (QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
            if (!b->isVisible() || b->text().isEmpty()
                || (!qobject_cast<QPushButton*>(b) && !qobject_cast<QCheckBox*>(b)))
                continue;
            if (b->width() + 1 < b->minimumSizeHint().width() && b->width() + 1 < b->sizeHint().width())
                found->append(u"%1: button %2 “%3” is %4 px, needs %5"_s.arg(where, b->objectName(), plain(b->text()),
                    QString::number(b->width()), QString::number(b->sizeHint().width())));
        }
    }

private slots:
    void fitsAndCutsNothing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("nl") << u"nl"_s;
    }

    void fitsAndCutsNothing()
    {
        QFETCH(QString, language);
        GuiFixture::Options options;
        options.language = language;
        QString error;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        MainWindow* w = m_gui.window();
        const QSize laptop(1024, 640);
        QVERIFY2(w->minimumSizeHint().width() <= laptop.width() && w->minimumSizeHint().height() <= laptop.height(),
            qPrintable(
                u"the window needs %1×%2"_s.arg(w->minimumSizeHint().width()).arg(w->minimumSizeHint().height())));
        w->resize(laptop);
        QStringList found;
        for (PaneId pane : {PaneId::Dashboard, PaneId::Pipeline, PaneId::Approvals, PaneId::Agents, PaneId::Campaigns,
                 PaneId::Sites}) {
            w->showPane(pane);
            QCoreApplication::processEvents();
            QCOMPARE(w->size(), laptop);
            clipped(w, u"pane %1"_s.arg(static_cast<int>(pane)), &found);
        }
        // A long sync message (an ad account's name, a Dutch sentence) is cut short in the status bar, not
        // allowed to widen the window past the screen.
        w->workspaceStatusBar()->setSync(
            u"Demo-advertentieaccount (sandbox): de campagnes en 90 dagen cijfers worden ingelezen, 45 van 90"_s, {},
            false);
        QCoreApplication::processEvents();
        QCOMPARE(w->size(), laptop);
        w->findChild<QAction*>(u"actionSettings"_s)->trigger();
        auto* settings = GuiFixture::dialog<SettingsDialog>();
        QVERIFY(settings);
        QVERIFY2(settings->minimumSizeHint().width() <= laptop.width() - 40,
            qPrintable(u"Settings needs %1 px"_s.arg(settings->minimumSizeHint().width())));
        settings->resize(laptop.width() - 40, laptop.height() - 40);
        for (int page = 0; page < static_cast<int>(SettingsDialog::PageCount); ++page) {
            settings->showPage(static_cast<SettingsDialog::Page>(page));
            QCoreApplication::processEvents();
            clipped(settings, settings->pageTitle(static_cast<SettingsDialog::Page>(page)), &found);
        }
        settings->close();
        m_gui.stop();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QUORUM_GUI_TEST_MAIN(TestLaptop)
#include "tst_laptop.moc"
