#include "GuiFixture.h"
#include "ModelRoles.h"
#include "SocialHeatmapModel.h"
#include "SocialPostsModel.h"
#include "approvals/ApprovalActions.h"
#include "panes/CampaignsPane.h"
#include "panes/SocialBestTimes.h"
#include "panes/SocialCalendar.h"
#include "panes/SocialTab.h"
#include "social/SocialActions.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

// The Campaigns pane's Social tab on the real main window with the demo's sandbox accounts: the demo's planned
// posts on the week and month calendars and in the list; a post dragged to another day is moved (validated
// again, audited), a drag into the past is refused in words and nothing moves; the keyboard moves a post 15
// minutes; planning a product's posts proposes them; a viewer moves nothing.
class TestSocialTab : public QObject
{
    Q_OBJECT

    GuiFixture m_gui;

    MainWindow* window() const { return m_gui.window(); }
    SocialTab* tab() const { return window()->campaignsPane()->socialTab(); }
    SocialCalendar* calendar() const { return tab()->calendar(); }
    QAbstractItemModel* model() const { return tab()->list()->model(); }
    void showTab() const
    {
        window()->showPane(PaneId::Campaigns);
        window()->campaignsPane()->tabs()->setCurrentWidget(tab());
        QTest::qWait(0);
    }
    // The demo's first post that may still move (waiting for approval or scheduled).
    qint64 movablePost() const
    {
        for (int r = 0; r < model()->rowCount(); ++r)
            if (model()->index(r, 0).data(SocialPostsModel::MovableRole).toBool())
                return model()->index(r, 0).data(ModelRoles::IdRole).toLongLong();
        return 0;
    }
    QString localOf(qint64 id) const
    {
        return m_gui.value(u"SELECT local_time FROM social_posts WHERE id = ?"_s, {id}).toString();
    }

private slots:
    void initTestCase() { GuiFixture::setUpProcess(); }
    void init()
    {
        QString error;
        QVERIFY2(m_gui.start(&error), qPrintable(error));
    }
    void cleanup() { m_gui.stop(); }

    void theDemosPostsAreOnTheCalendarAndInTheList()
    {
        showTab();
        QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Two products on Facebook and X (Instagram and Pinterest need an image the demo products do not have).
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM social_posts WHERE status <> 'published'"_s), 4);
        QCOMPARE(calendar()->zone().id(), QByteArray("Europe/Amsterdam"));
        // The posts of the week shown are the ones whose time falls in it, each with its chip.
        const qint64 inWeek = m_gui.count(u"SELECT COUNT(*) FROM social_posts WHERE scheduled_at >= ? AND "
                                          u"scheduled_at < ?"_s,
            {calendar()->rangeFrom(), calendar()->rangeTo()});
        QCOMPARE(model()->rowCount(), static_cast<int>(inWeek));
        for (int r = 0; r < model()->rowCount(); ++r) {
            const qint64 id = model()->index(r, 0).data(ModelRoles::IdRole).toLongLong();
            QVERIFY(!calendar()->chipRect(id).isEmpty());
        }
        // X posts without asking (scheduled); Facebook's wait for a person, in one proposal per product.
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM social_posts WHERE status = 'proposed'"_s), 2);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM social_posts WHERE status = 'scheduled'"_s), 2);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM action_proposals WHERE action_type = 'social_post' AND status = "
                             u"'pending' AND parameters LIKE '%\"posts\"%'"_s),
            2);
        // The month holds them too.
        tab()->findChild<QComboBox*>(u"socialMode"_s)->setCurrentIndex(1);
        QCOMPARE(calendar()->mode(), SocialCalendar::Mode::Month);
        QVERIFY(model()->rowCount() >= static_cast<int>(inWeek));
        GuiFixture::shot(window(), u"social-month"_s);
    }

    void aDraggedPostMovesAndAPastTimeIsRefused()
    {
        showTab();
        const qint64 id = movablePost();
        QVERIFY(id > 0);
        const QString before = localOf(id);
        const QRectF chip = calendar()->chipRect(id);
        QVERIFY(!chip.isEmpty());
        // An hour later (earlier when it is late in the day), snapped to the quarter: the new wall time in the
        // account's zone.
        const QDateTime wasWall = QDateTime::fromString(before, u"yyyy-MM-ddTHH:mm"_s);
        const int hours = wasWall.time().hour() >= 22 ? -1 : 1;
        const double hourHeight = (calendar()->height() - 31) / 24.0;
        const QPoint from = chip.center().toPoint();
        const QPoint to = from + QPoint(0, static_cast<int>(std::lround(hours * hourHeight)));
        QTest::mousePress(calendar(), Qt::LeftButton, {}, from);
        QTest::mouseMove(calendar(), to);
        QTest::mouseRelease(calendar(), Qt::LeftButton, {}, to);
        QTRY_COMPARE(QDateTime::fromString(localOf(id), u"yyyy-MM-ddTHH:mm"_s), wasWall.addSecs(hours * 3600));
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'social.moved'"_s), 1);
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'social.move' AND actor = 'Ann'"_s), 1);
        // Into the past (the week before): refused, and nothing moves.
        const QString now = localOf(id);
        QStringList messages;
        connect(tab(), &SocialTab::message, this, [&messages](const QString& m) { messages.append(m); });
        QVERIFY(!tab()->movePost(id, QDateTime::currentMSecsSinceEpoch() - 3'600'000));
        QCOMPARE(localOf(id), now);
        QVERIFY2(!messages.isEmpty() && messages.last().contains(u"passed"_s), qPrintable(messages.join(u'|')));
    }

    void theKeyboardMovesAPostAQuarterOfAnHour()
    {
        showTab();
        const qint64 id = movablePost();
        calendar()->setFocus();
        calendar()->select(id);
        const QDateTime was = QDateTime::fromString(localOf(id), u"yyyy-MM-ddTHH:mm"_s);
        QTest::keyClick(calendar(), Qt::Key_Down, Qt::ControlModifier);
        QTRY_COMPARE(QDateTime::fromString(localOf(id), u"yyyy-MM-ddTHH:mm"_s), was.addSecs(15 * 60));
        QTest::keyClick(calendar(), Qt::Key_Up, Qt::ControlModifier);
        QTRY_COMPARE(QDateTime::fromString(localOf(id), u"yyyy-MM-ddTHH:mm"_s), was);
        // Arrows choose posts in time order.
        QTest::keyClick(calendar(), Qt::Key_Right);
        QVERIFY(calendar()->selected() != 0);
    }

    void planningAProductProposesItsPosts()
    {
        showTab();
        const qint64 product
            = m_gui
                  .value(u"SELECT p.id FROM products p JOIN content_pieces c ON c.product_id = p.id "
                         u"AND c.kind = 'social' WHERE c.accepted_version_id IS NOT NULL AND p.id "
                         u"NOT IN (SELECT product_id FROM social_posts WHERE product_id IS NOT NULL) ORDER BY p.id "
                         u"LIMIT 1"_s)
                  .toLongLong();
        QVERIFY(product > 0);
        QList<qint64> accounts;
        for (const SocialAccounts::Account& a : m_gui.context().social->accounts())
            accounts.append(a.id);
        const auto planned = tab()->plan(product, accounts);
        QCOMPARE(planned.posts.size(), 2);
        QVERIFY(planned.proposal > 0);
        // Instagram and Pinterest say why not.
        QCOMPARE(planned.problems.size(), 2);
        QVERIFY(planned.problems.join(u' ').contains(u"need an image"_s));
        // At the next free slots: none at the same time as another post of the account.
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM (SELECT account_id, scheduled_at FROM social_posts GROUP BY "
                             u"account_id, scheduled_at HAVING COUNT(*) > 1) AS d"_s),
            0);
    }

    void bestTimesComeFromTheDemosOwnFigures()
    {
        showTab();
        // Four weeks of the demo's posts at its posting times, their figures read back from the sandbox's
        // platforms by the real sync.
        const qint64 history = m_gui.count(u"SELECT COUNT(*) FROM social_posts WHERE status = 'published'"_s);
        QCOMPARE(history, 4 * 4 * 11);
        QTRY_COMPARE_WITH_TIMEOUT(m_gui.count(u"SELECT COUNT(*) FROM social_post_metrics"_s), history, 60'000);
        tab()->showView(SocialTab::View::BestTimes);
        SocialBestTimes* best = tab()->bestTimes();
        QVERIFY(best->isVisible());
        QVERIFY(!calendar()->isVisible());
        QAbstractItemModelTester tester(best->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* account = best->findChild<QComboBox*>(u"socialBestAccount"_s);
        QCOMPARE(account->count(), 4);
        QTRY_VERIFY(best->model()->engagement().heatmap.posts == 44);
        // Every posting time holds four posts (Monday to Friday at 09:00 and 19:30, Saturday at 10:30); the
        // evenings did best on the sandbox's platforms.
        const QModelIndex mondayEvening = best->model()->index(0, 19);
        QCOMPARE(mondayEvening.data(SocialHeatmapModel::PostsRole).toInt(), 4);
        QCOMPARE(mondayEvening.data().toInt(), 4);
        QVERIFY(!best->model()->index(6, 3).data(SocialHeatmapModel::RateRole).isValid());
        const auto& times = best->model()->engagement().best;
        QCOMPARE(times.size(), 3);
        QCOMPARE(times.first().hour, 19);
        QVERIFY(best->model()->index(times.first().weekday - 1, 19).data(SocialHeatmapModel::BestRole).toBool());
        QVERIFY2(best->summary()->text().contains(u"Best times"_s), qPrintable(best->summary()->text()));
        // Last week's list shows each published post's figures.
        tab()->showView(SocialTab::View::Week);
        QVERIFY(calendar()->isVisible());
        tab()->showPeriod(-1);
        QCOMPARE(model()->rowCount(), 4 * 11);
        for (int r = 0; r < model()->rowCount(); ++r)
            QVERIFY2(model()->index(r, SocialPostsModel::Engagement).data().toString().contains(u"seen"_s),
                qPrintable(model()->index(r, SocialPostsModel::Engagement).data().toString()));
        GuiFixture::shot(window(), u"social-best-times"_s);
    }

    void aViewerMovesNothing()
    {
        QString error;
        QVERIFY2(m_gui.context().approvalActions->switchUser(u"Joris"_s, &error), qPrintable(error));
        showTab();
        const qint64 id = movablePost();
        const QString before = localOf(id);
        const QStringList problems = m_gui.context().social->move(id, u"2030-01-07T09:00"_s);
        QVERIFY(!problems.isEmpty());
        QVERIFY2(problems.join(u' ').contains(u"Only an owner"_s), qPrintable(problems.join(u' ')));
        QCOMPARE(localOf(id), before);
    }
};

QUORUM_GUI_TEST_MAIN(TestSocialTab)
#include "tst_socialtab.moc"
