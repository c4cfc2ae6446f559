#include "AgentsModel.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "dialogs/ExternalAgentDialog.h"
#include "dialogs/SettingsDialog.h"
#include "settings/GatewayPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;

// Settings → Gateway in the real main window: the owner registers an external agent and sees its key
// once, a name in use is refused in the dialog, the gateway is switched on and says where it listens and
// how many agents are connected, the agent connects with its key, and revoking the key closes its
// connection at once. In English and in Dutch.
class TestGatewayViews : public QObject
{
    Q_OBJECT

    GuiFixture m_gui;

    GatewayPage* openGateway() const
    {
        m_gui.window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        SettingsDialog* settings = GuiFixture::dialog<SettingsDialog>();
        settings->showPage(SettingsDialog::Gateway);
        return settings->gatewayPage();
    }

    static QModelIndex agentRow(const AgentsModel* model, const QString& name)
    {
        for (int c = 0; c < model->rowCount(); ++c) {
            const QModelIndex cluster = model->index(c, 0);
            for (int r = 0; r < model->rowCount(cluster); ++r) {
                const QModelIndex i = model->index(r, 0, cluster);
                if (model->agentAt(i).name == name)
                    return i;
            }
        }
        return {};
    }

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void cleanup() { m_gui.stop(); }

    void theOwnerRegistersAnAgentSwitchesTheGatewayOnAndRevokesItsKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("off");
        QTest::addColumn<QString>("listening");
        QTest::addColumn<QString>("exists");
        QTest::addColumn<QString>("connected");
        QTest::newRow("en") << u"en"_s << u"Off"_s << u"1 agent connected"_s << u"exists already"_s << u"Connected"_s;
        QTest::newRow("nl") << u"nl"_s << u"Uit"_s << u"1 agent verbonden"_s << u"bestaat al"_s << u"Verbonden"_s;
    }
    void theOwnerRegistersAnAgentSwitchesTheGatewayOnAndRevokesItsKey()
    {
        QFETCH(QString, language);
        QFETCH(QString, off);
        QFETCH(QString, listening);
        QFETCH(QString, exists);
        QFETCH(QString, connected);
        GuiFixture::Options options;
        options.language = language;
        QString error;
        QVERIFY2(m_gui.start(options, &error), qPrintable(error));
        GatewayPage* page = openGateway();
        QVERIFY(page);
        QVERIFY2(page->status()->text().startsWith(off), qPrintable(page->status()->text()));
        QCOMPARE(page->agents()->rowCount(), 0);

        // Register: the key is shown once, in its own dialog.
        page->findChild<QPushButton*>(u"registerAgent"_s)->click();
        ExternalAgentDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = GuiFixture::dialog<ExternalAgentDialog>()));
        dialog->nameEdit()->setText(u"Price Scout"_s);
        for (int i = 0; i < dialog->actionList()->count(); ++i) {
            QListWidgetItem* item = dialog->actionList()->item(i);
            if (item->data(Qt::UserRole).toString() == u"price_change")
                item->setCheckState(Qt::Checked);
        }
        GuiFixture::shot(dialog, u"gateway-register-"_s + language);
        QTest::keyClick(dialog, Qt::Key_Return);
        KeyDialog* shown = nullptr;
        QTRY_VERIFY((shown = GuiFixture::dialog<KeyDialog>()));
        const QString key = shown->keyEdit()->text();
        QVERIFY(key.startsWith(u"qk_"_s));
        QVERIFY(shown->keyEdit()->isReadOnly());
        GuiFixture::shot(shown, u"gateway-key-"_s + language);
        shown->accept();
        QCOMPARE(page->agents()->rowCount(), 1);
        QCOMPARE(page->agents()->item(0, 0)->text(), u"Price Scout"_s);
        page->agents()->selectRow(0);
        QCOMPARE(page->keys()->rowCount(), 1);
        QVERIFY(key.startsWith(page->keys()->item(0, 0)->text().chopped(1)));
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'gateway.agent_registered'"_s), 1);

        // The same name again: refused in the dialog, which stays open with what was entered.
        page->findChild<QPushButton*>(u"registerAgent"_s)->click();
        QTRY_VERIFY((dialog = GuiFixture::dialog<ExternalAgentDialog>()));
        dialog->nameEdit()->setText(u"price scout"_s);
        dialog->actionList()->item(0)->setCheckState(Qt::Checked);
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        const QLabel* refused = nullptr;
        for (QLabel* l : dialog->findChildren<QLabel*>())
            if (l->property("role").toString() == u"error" && l->isVisible())
                refused = l;
        QVERIFY(refused);
        QVERIFY2(refused->text().contains(exists), qPrintable(refused->text()));
        dialog->reject();

        // On: it says where it listens, and counts the agent that connects.
        const quint16 port = freePort();
        page->enabled()->setChecked(true);
        page->findChild<QSpinBox*>()->setValue(port);
        QVERIFY(page->save());
        QTRY_VERIFY2(page->status()->text().contains(u"ws://127.0.0.1:%1/v1/ws"_s.arg(port)),
            qPrintable(page->status()->text()));
        QWebSocket agent;
        QList<QJsonObject> received;
        connect(&agent, &QWebSocket::textMessageReceived, this,
            [&received](const QString& t) { received.append(QJsonDocument::fromJson(t.toUtf8()).object()); });
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/v1/ws"_s.arg(port)));
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        agent.open(request);
        QTRY_VERIFY(!received.isEmpty());
        QCOMPARE(received.first().value(u"type"_s).toString(), u"welcome"_s);
        QTRY_VERIFY2(page->status()->text().contains(listening), qPrintable(page->status()->text()));
        // On the Agents pane, in its cluster, connected with a heartbeat.
        AgentsModel* agents = m_gui.context().agents;
        QModelIndex row;
        QTRY_VERIFY((row = agentRow(agents, u"Price Scout"_s)).isValid() && agents->agentAt(row).status == u"online"
            && agents->agentAt(row).heartbeatAt > 0);
        QCOMPARE(agents->agentAt(row).kind, u"external"_s);
        QCOMPARE(agents->clusterKeyAt(row.parent()), u"finance"_s);
        QCOMPARE(agents->index(row.row(), AgentsModel::Status, row.parent()).data().toString(), connected);

        // Revoke: confirmed, then its connection closes at once.
        page->keys()->selectRow(0);
        QPushButton* revoke = page->findChild<QPushButton*>(u"revokeAgentKey"_s);
        QVERIFY(revoke->isEnabled());
        revoke->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = page->findChild<QMessageBox*>(u"revokeKeyBox"_s)));
        QAbstractButton* confirm = nullptr;
        for (QAbstractButton* b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                confirm = b;
        QVERIFY(confirm);
        confirm->click();
        QTRY_COMPARE(agent.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(!page->keys()->item(0, 4)->text().isEmpty());
        QCOMPARE(m_gui.count(u"SELECT COUNT(*) FROM gateway_keys WHERE revoked_at IS NOT NULL"_s), 1);
        GuiFixture::shot(page->window(), u"gateway-"_s + language);
    }
};

QTEST_MAIN(TestGatewayViews)
#include "tst_gatewayviews.moc"
