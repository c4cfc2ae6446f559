#include "GuiFixture.h"
#include "MainWindow.h"
#include "approvals/ApprovalDesk.h"
#include "core/Json.h"
#include "panes/ApprovalsPane.h"
#include "panes/ProposalDetailPanel.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

// The Social agent in the real main window on the demo workspace: its posts about the demo's rising
// products wait in Approvals with the texts the pipeline wrote (each traced back to the product's accepted
// social piece), and approving one records it with what to post where and when.
class TestSocialViews : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    QVariant value(const QString& sql, const QVariantList& binds = {}) const { return m_gui.value(sql, binds); }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanup() { m_gui.stop(); }

    void theDemosPostsWaitAndAnApprovedOneIsRecorded()
    {
        QString error;
        QVERIFY2(m_gui.start(&error), qPrintable(error));
        // The demo store's orders make some products rise; Social proposes after the first sync.
        QTRY_VERIFY2_WITH_TIMEOUT(value(u"SELECT COUNT(*) FROM action_proposals WHERE agent = 'Social'"_s).toInt() > 0,
            qPrintable(
                value(u"SELECT last_outcome || ': ' || last_note FROM agents WHERE name = 'Social'"_s).toString()),
            120'000);
        QVERIFY(value(u"SELECT COUNT(*) FROM action_proposals WHERE agent = 'Social'"_s).toInt() <= 3);
        // Every text is the product's accepted social piece, and the product is in the store.
        QSqlQuery q(m_gui.db());
        QVERIFY(q.exec(u"SELECT id FROM action_proposals WHERE agent = 'Social' ORDER BY id"_s));
        qint64 first = 0;
        while (q.next()) {
            const ApprovalDesk::Proposal p = *ApprovalDesk::load(m_gui.db(), q.value(0).toLongLong());
            first = first ? first : p.id;
            QCOMPARE(p.actionType, ActionType::SocialPost);
            QCOMPARE(p.riskLevel, u"high"_s);
            QVERIFY(p.productId > 0);
            QVERIFY(QStringList({u"published"_s, u"promoting"_s, u"live"_s})
                        .contains(value(u"SELECT stage FROM products WHERE id = ?"_s, {p.productId}).toString()));
            const QJsonObject piece = Json::objectFromString(
                value(u"SELECT v.body FROM content_pieces c JOIN content_versions v ON v.id = c.accepted_version_id "
                      u"WHERE c.product_id = ? AND c.kind = 'social'"_s,
                    {p.productId})
                    .toString());
            QCOMPARE(p.parameters.value(u"instagram"_s).toString(),
                piece.value(u"instagram"_s).toObject().value(u"caption"_s).toString().trimmed());
            QCOMPARE(p.parameters.value(u"x"_s).toString(),
                piece.value(u"x"_s).toObject().value(u"post"_s).toString().trimmed());
            QVERIFY(p.parameters.value(u"units_now"_s).toInt() >= 5);
            QVERIFY(p.parameters.value(u"units_now"_s).toDouble()
                >= 1.5 * p.parameters.value(u"units_before"_s).toDouble());
        }

        window()->showPane(PaneId::Approvals);
        ApprovalsPane* pane = window()->approvalsPane();
        pane->openProposal(first);
        QTRY_COMPARE(pane->detail()->proposalId(), first);
        const ApprovalDesk::Proposal p = *ApprovalDesk::load(m_gui.db(), first);
        const QString text = pane->detail()->findChild<QTextBrowser*>(u"proposalText"_s)->toPlainText();
        QVERIFY2(text.contains(u"Instagram caption"_s) && text.contains(u"Post on X"_s)
                && text.contains(p.parameters.value(u"instagram"_s).toString().left(40))
                && text.contains(u"the most were placed in the hour from"_s),
            qPrintable(text));
        m_gui.shot(window(), u"approvals-social"_s);

        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_A);
        QTRY_COMPARE_WITH_TIMEOUT(
            value(u"SELECT execution_state FROM action_proposals WHERE id = ?"_s, {first}).toString(), u"done"_s,
            30'000);
        // The demo's Facebook and X accounts get the post at that hour; Instagram needs an image the demo's
        // products do not have, so that one is left to a person, and the note says which is which.
        const QJsonObject done = ApprovalDesk::load(m_gui.db(), first)->executedParameters;
        const QString note = done.value(u"note"_s).toString();
        QVERIFY2(note.contains(p.parameters.value(u"product"_s).toString()) && note.contains(u"Scheduled"_s)
                && note.contains(u"Facebook"_s) && note.contains(u"need an image"_s) && note.contains(u"Recorded"_s)
                && note.contains(u"Instagram"_s),
            qPrintable(note));
        QCOMPARE(done.value(u"planned_posts"_s).toArray().size(), 2);
        for (const QJsonValue& v : done.value(u"planned_posts"_s).toArray()) {
            QCOMPARE(
                value(u"SELECT status FROM social_posts WHERE id = ?"_s, {v.toInteger()}).toString(), u"scheduled"_s);
            QCOMPARE(
                value(u"SELECT substr(local_time, 12) FROM social_posts WHERE id = ?"_s, {v.toInteger()}).toString(),
                QTime(p.parameters.value(u"post_hour"_s).toInt(), 0).toString(u"HH:mm"_s));
        }
    }
};

QUORUM_GUI_TEST_MAIN(TestSocialViews)
#include "tst_socialviews.moc"
