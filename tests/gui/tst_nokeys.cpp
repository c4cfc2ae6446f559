#include "GuiFixture.h"
#include "approvals/ApprovalDesk.h"
#include "core/Clock.h"
#include "panes/ApprovalsPane.h"
#include "panes/ProposalDetailPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QJsonObject>
#include <QLabel>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;

// The screen never shows a raw key: no "needs_review", "content_review", "settings.provider_saved",
// "Piece: care" or "Execution: none". Every pane of the Dutch demo, with the first row of each view
// selected so the detail panels fill, is read as a person would read it: labels, buttons, and what
// every view's model displays (text and tooltips).
class TestNoKeys : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    static QStringList rawKeys(const QString& text)
    {
        // snake_case and dotted identifiers, outside addresses, e-mail and file names.
        static const QRegularExpression key(u"(?<![\\w/.@-])[a-z]+(?:[_.][a-z]+)+(?![\\w/@-])"_s);
        static const QRegularExpression allowed(u"^(?:(?:[a-z0-9-]+\\.)+(?:example|com|nl|org|io|net|dev|ai|html|png|"
                                                u"jpg|csv|db|json|txt)|e\\.g|i\\.e|o\\.a|d\\.w\\.z|"
                                                u"b\\.v|t\\.m|z\\.s\\.m)$"_s);
        // A label that names a piece, role or state by its key: "Stuk: care", "Uitvoering: none".
        static const QRegularExpression labelled(
            u":\\s*(care|seo|faq|owner|approver|viewer|none|size_guide|description|social|email|blog)\\b"_s);
        QStringList out;
        auto it = key.globalMatch(text);
        while (it.hasNext()) {
            const QString match = it.next().captured(0);
            if (!allowed.match(match).hasMatch())
                out.append(match);
        }
        auto l = labelled.globalMatch(text);
        while (l.hasNext())
            out.append(l.next().captured(0));
        return out;
    }

    void check(QWidget* root, const QString& where, QStringList* found)
    {
        for (QLabel* label : root->findChildren<QLabel*>()) {
            if (!label->isVisibleTo(root))
                continue;
            for (const QString& k : rawKeys(label->text()))
                found->append(u"%1 label %2: %3"_s.arg(where, label->objectName(), k));
        }
        for (QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
            if (b->isVisibleTo(root))
                for (const QString& k : rawKeys(b->text()))
                    found->append(u"%1 button: %2"_s.arg(where, k));
        }
        for (QTextEdit* text : root->findChildren<QTextEdit*>()) {
            if (text->isVisibleTo(root) && text->isReadOnly())
                for (const QString& k : rawKeys(text->toPlainText()))
                    found->append(u"%1 text %2: %3"_s.arg(where, text->objectName(), k));
        }
        for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
            QAbstractItemModel* model = view->model();
            if (!model || !view->isVisibleTo(root))
                continue;
            const std::function<void(const QModelIndex&, int)> walk = [&](const QModelIndex& parent, int depth) {
                for (int r = 0; r < std::min(model->rowCount(parent), 60); ++r) {
                    for (int c = 0; c < model->columnCount(parent); ++c) {
                        const QModelIndex i = model->index(r, c, parent);
                        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                            for (const QString& k : rawKeys(i.data(role).toString()))
                                found->append(
                                    u"%1 view %2 (%3,%4): %5"_s.arg(where, view->objectName()).arg(r).arg(c).arg(k));
                    }
                    if (depth < 2)
                        walk(model->index(r, 0, parent), depth + 1);
                }
            };
            walk({}, 0);
            for (int c = 0; c < model->columnCount(); ++c)
                for (const QString& k : rawKeys(model->headerData(c, Qt::Horizontal).toString()))
                    found->append(u"%1 header: %2"_s.arg(where, k));
        }
    }

private slots:
    void init()
    {
        QString error;
        GuiFixture::Options options;
        options.language = u"nl"_s;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
    }
    void cleanup() { m_gui.stop(); }

    void noRawKeyReachesTheScreen()
    {
        MainWindow* w = m_gui.window();
        w->resize(1366, 768);
        w->show();
        QStringList found;
        for (int p = 0; p < static_cast<int>(PaneId::Count); ++p) {
            w->showPane(static_cast<PaneId>(p));
            QWidget* pane = w->findChild<QStackedWidget*>()->currentWidget();
            // Select the first row of each view so its detail panel shows.
            for (QAbstractItemView* view : pane->findChildren<QAbstractItemView*>()) {
                if (view->model() && view->model()->rowCount() > 0 && view->selectionModel())
                    view->setCurrentIndex(view->model()->index(0, 0));
            }
            QCoreApplication::processEvents();
            check(pane, u"pane %1"_s.arg(p), &found);
        }
        check(w, u"window"_s, &found);
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // "What runs" says the change in words: "€ 600,00 → € 1.250,00 per dag (+108 %)".
    void aBudgetChangeReadsAsAChange()
    {
        // A budget change for the demo's Google Ads campaign, as an agent would propose it.
        ApprovalDesk::Proposal budget;
        budget.agent = u"Test"_s;
        budget.actionType = ActionType::BudgetChange;
        budget.title = u"Verhoog het Shopping-budget"_s;
        budget.parameters = QJsonObject{{u"campaign"_s, u"Pour-over set – Shopping"_s}, {u"amount"_s, u"1250.00"_s},
            {u"currency"_s, u"EUR"_s}, {u"previous"_s, u"600.00"_s}};
        const qint64 id = ApprovalDesk::propose(m_gui.db(), budget, u"test"_s, m_gui.context().clock->nowMs());
        QVERIFY(id > 0);
        MainWindow* w = m_gui.window();
        w->showPane(PaneId::Approvals);
        w->approvalsPane()->openProposal(id);
        QTRY_COMPARE(w->approvalsPane()->detail()->proposalId(), id);
        const QString text = w->findChild<QTextEdit*>(u"proposalText"_s)->toPlainText();
        static const QRegularExpression change(
            u"€[ \\x{00A0}]?[\\d.,]+ → €[ \\x{00A0}]?[\\d.,]+ per dag \\([+-]\\d+ %\\)"_s);
        QVERIFY2(change.match(text).hasMatch(), qPrintable(text.left(400)));
    }

    void theDetectorFindsKeys()
    {
        // The check itself must be able to fail.
        QCOMPARE(rawKeys(u"Wacht op needs_review"_s), QStringList{u"needs_review"_s});
        QCOMPARE(rawKeys(u"Stuk: care"_s).size(), 1);
        QVERIFY(rawKeys(u"settings.provider_saved"_s).size() == 1);
        QVERIFY(rawKeys(u"https://shop.lindenhof.example/merino"_s).isEmpty());
        QVERIFY(rawKeys(u"Merino trui, € 89,00"_s).isEmpty());
    }
};

QUORUM_GUI_TEST_MAIN(TestNoKeys)
#include "tst_nokeys.moc"
