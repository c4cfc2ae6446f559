#include "ContentModels.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "ModelRoles.h"
#include "SqlTableModel.h"
#include "approvals/ApprovalDesk.h"
#include "core/Clock.h"
#include "core/EventBus.h"
#include "dialogs/SettingsDialog.h"
#include "panes/ApprovalDecisions.h"
#include "panes/ApprovalsPane.h"
#include "panes/PipelinePane.h"
#include "panes/ProductDetailPanel.h"
#include "panes/ProposalDetailPanel.h"
#include "publishing/Connections.h"
#include "settings/ConnectionsPage.h"
#include "storage/Sql.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

using namespace Qt::StringLiterals;

// Plain text by default: markup planted in every field a person, a model, a file or a store fills
// in (a product and its content, a proposal, a connection) is shown as the characters it is made of,
// wherever Quorum shows it: labels, tooltips, table cells, the proposal and content views and the
// bulk-approve confirmation. Each value is "<b>TOKEN</b><!--": shown as rich text it turns bold and
// hides everything after it, so a place that renders it shows less than the whole value.
class TestMarkup : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;
    QStringList m_tokens;
    QHash<QString, int> m_seen; // token -> places that showed it

    MainWindow* window() const { return m_gui.window(); }
    QSqlDatabase db() const { return m_gui.db(); }
    QVariant value(const QString& sql, const QVariantList& binds = {}) const { return m_gui.value(sql, binds); }

    static QString hostile(const QString& token) { return u"<b>%1</b><!--"_s.arg(token); }
    // A value with markup in it, remembered so every sweep looks for it.
    QString plant(const QString& token)
    {
        m_tokens.append(token);
        return hostile(token);
    }

    // What a person sees of text Qt may take for rich text (a QLabel in AutoText, a tooltip).
    static QString shown(const QString& text, Qt::TextFormat format)
    {
        if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
            return text;
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }
    static QString where(const QObject* o)
    {
        QString path;
        for (const QObject* p = o; p; p = p->parent()) {
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"_s)) {
                path = p->objectName() + (path.isEmpty() ? QString() : u'/' + path);
                break;
            }
        }
        return u"%1 (%2)"_s.arg(path, QString::fromLatin1(o->metaObject()->className()));
    }

    // A place shows a planted value when its text holds the token, raw or as seen: then it must show
    // all of it, markup and all.
    void check(QStringList* problems, const QString& place, const QString& raw, const QString& seen)
    {
        for (const QString& token : std::as_const(m_tokens)) {
            if (!raw.contains(token) && !seen.contains(token))
                continue;
            ++m_seen[token];
            if (!seen.contains(hostile(token)))
                problems->append(u"%1 shows %2 as \"%3\""_s.arg(place, token, seen.simplified().left(200)));
        }
    }

    // Every label, tooltip, text view and item view cell (text and tooltip) under top.
    QStringList sweep(QWidget* top)
    {
        QStringList problems;
        QList<QWidget*> widgets = top->findChildren<QWidget*>();
        widgets.prepend(top);
        for (QWidget* w : std::as_const(widgets)) {
            if (!w->toolTip().isEmpty())
                check(&problems, where(w) + u" tooltip"_s, w->toolTip(), shown(w->toolTip(), Qt::AutoText));
            if (auto* label = qobject_cast<QLabel*>(w); label && label->isVisibleTo(top))
                check(&problems, where(label), label->text(), shown(label->text(), label->textFormat()));
            if (auto* text = qobject_cast<QTextEdit*>(w))
                check(&problems, where(text), text->toPlainText(), text->toPlainText());
            auto* view = qobject_cast<QAbstractItemView*>(w);
            if (!view || qobject_cast<QHeaderView*>(view) || !view->isVisibleTo(top) || !view->model())
                continue;
            const QAbstractItemModel* model = view->model();
            for (int r = 0; r < std::min(model->rowCount(), 500); ++r) {
                for (int c = 0; c < model->columnCount(); ++c) {
                    const QModelIndex i = model->index(r, c);
                    const QString cell = u"%1 row %2 column %3"_s.arg(where(view)).arg(r).arg(c);
                    const QString display = i.data(Qt::DisplayRole).toString();
                    check(&problems, cell, display, display); // item views draw their text as text
                    const QString tip = i.data(Qt::ToolTipRole).toString();
                    check(&problems, cell + u" tooltip"_s, tip, shown(tip, Qt::AutoText));
                }
            }
        }
        return problems;
    }

    void notify(EventBus::Topic topic) { m_gui.context().bus->publishChanged(topic, {}, true); }

    qint64 propose(ApprovalDesk::Proposal p)
    {
        const qint64 now = m_gui.context().clock->nowMs();
        const qint64 id = ApprovalDesk::propose(db(), p, u"test"_s, now);
        notify(EventBus::Topic::Proposals);
        return id;
    }

    // Selects the rows of the proposals once the queue shows them all.
    bool selectProposals(const QList<qint64>& ids)
    {
        QTableView* view = window()->approvalsPane()->view();
        QAbstractItemModel* model = view->model();
        QList<QModelIndex> rows;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (ids.contains(model->index(r, 0).data(ModelRoles::IdRole).toLongLong()))
                rows.append(model->index(r, 0));
        }
        if (rows.size() != ids.size())
            return false;
        view->selectionModel()->clearSelection();
        view->setCurrentIndex(rows.first());
        for (const QModelIndex& i : std::as_const(rows))
            view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        return true;
    }

private slots:
    void init()
    {
        m_tokens.clear();
        m_seen.clear();
        QString error;
        QVERIFY2(m_gui.start(&error), qPrintable(error));
    }
    void cleanup() { m_gui.stop(); }

    void productAndContentShowAsText()
    {
        // A demo product with written content; an import or a person may set any of its facts, and a
        // model writes its pieces and its verdicts.
        const qint64 product = value(u"SELECT p.id FROM products p JOIN content_pieces c ON c.product_id = p.id "
                                     u"AND c.kind = 'description' AND c.current_version_id IS NOT NULL "
                                     u"JOIN validations v ON v.version_id = c.current_version_id AND v.stage = "
                                     u"'review' ORDER BY p.id LIMIT 1"_s)
                                   .toLongLong();
        QVERIFY(product > 0);
        Sql::exec(db(),
            u"UPDATE products SET name = ?, sku = ?, category = ?, description = ?, stage_reason = ?, "
            u"audience_hint = ?, brand_voice = ?, attributes = json_object('material', ?, 'sizes', json_array(?)) "
            u"WHERE id = ?"_s,
            {plant(u"MKNAME"_s), plant(u"MKSKU"_s), plant(u"MKCATEGORY"_s),
                QString(plant(u"MKDESCRIPTION"_s) + u" Warm and light. Made to last."_s), plant(u"MKREASON"_s),
                plant(u"MKAUDIENCE"_s), plant(u"MKVOICE"_s), plant(u"MKMATERIAL"_s), plant(u"MKSIZE"_s), product});
        const qint64 piece
            = value(u"SELECT id FROM content_pieces WHERE product_id = ? AND kind = 'description'"_s, {product})
                  .toLongLong();
        const qint64 version
            = value(u"SELECT current_version_id FROM content_pieces WHERE id = ?"_s, {piece}).toLongLong();
        Sql::exec(db(), u"UPDATE content_pieces SET last_error = ? WHERE id = ?"_s, {plant(u"MKPIECEERROR"_s), piece});
        Sql::exec(db(),
            u"UPDATE content_versions SET body = json_set(body, '$.headline', ?, '$.body', ?), model = ?, "
            u"provider = ?, instruction = ? WHERE id = ?"_s,
            {plant(u"MKHEADLINE"_s), QString(plant(u"MKBODY"_s) + u"\n\nA second paragraph."_s), plant(u"MKMODEL"_s),
                plant(u"MKPROVIDER"_s), plant(u"MKINSTRUCTION"_s), version});
        Sql::exec(db(),
            u"UPDATE validations SET model = ?, scores = json_set(scores, '$._summary', ?), problems = "
            u"json_array(json_object('severity', 'major', 'where', ?, 'issue', ?, 'fix', ?)) WHERE version_id = ? "
            u"AND stage = 'review'"_s,
            {plant(u"MKREVIEWER"_s), plant(u"MKSUMMARY"_s), plant(u"MKWHERE"_s), plant(u"MKISSUE"_s), plant(u"MKFIX"_s),
                version});
        notify(EventBus::Topic::Products);

        window()->showPane(PaneId::Pipeline);
        PipelinePane* pane = window()->pipelinePane();
        auto* products = qobject_cast<SqlTableModel*>(pane->view()->model());
        QVERIFY(products);
        QTRY_VERIFY(products->indexForId(product).isValid());
        pane->view()->setCurrentIndex(products->indexForId(product));
        QCOMPARE(pane->detail()->productId(), product);
        QTableView* pieces = pane->detail()->piecesView();
        auto* pieceModel = qobject_cast<PiecesModel*>(pieces->model());
        QVERIFY(pieceModel);
        for (int r = 0; r < pieceModel->rowCount(); ++r) {
            if (pieceModel->rowAt(pieceModel->index(r, 0)).piece.id == piece)
                pieces->setCurrentIndex(pieceModel->index(r, 0));
        }
        QCOMPARE(pieceModel->rowAt(pieces->currentIndex()).piece.id, piece);

        const QStringList problems = sweep(window());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The sweep found the values where they are shown: the table, the header, the facts and
        // their tooltip, the piece's error, the content and both verdicts.
        for (const QString& token : {u"MKNAME"_s, u"MKSKU"_s, u"MKCATEGORY"_s, u"MKDESCRIPTION"_s, u"MKMATERIAL"_s,
                 u"MKSIZE"_s, u"MKREASON"_s, u"MKPIECEERROR"_s, u"MKHEADLINE"_s, u"MKBODY"_s, u"MKMODEL"_s,
                 u"MKPROVIDER"_s, u"MKINSTRUCTION"_s, u"MKREVIEWER"_s, u"MKSUMMARY"_s, u"MKISSUE"_s, u"MKFIX"_s})
            QVERIFY2(m_seen.value(token) > 0, qPrintable(token + u" was not found anywhere"_s));
        QVERIFY(m_seen.value(u"MKNAME"_s) >= 2); // the table and the header
    }

    void proposalShowsAsText()
    {
        ApprovalDesk::Proposal p;
        p.agent = u"Content Writer"_s;
        p.actionType = ActionType::ContentReview;
        p.title = plant(u"MKTITLE"_s);
        p.description = plant(u"MKDESC"_s);
        p.reasoning = plant(u"MKREASONING"_s);
        p.dataSources = {plant(u"MKSOURCE"_s)};
        p.riskFactors = {plant(u"MKRISK"_s)};
        p.alternatives
            = QJsonArray{QJsonObject{{u"description"_s, plant(u"MKALT"_s)}, {u"pros"_s, QJsonArray{plant(u"MKPRO"_s)}},
                {u"cons"_s, QJsonArray{plant(u"MKCON"_s)}}, {u"impact"_s, plant(u"MKIMPACT"_s)}}};
        p.parameters = QJsonObject{
            {u"sku"_s, plant(u"MKPSKU"_s)}, {u"piece"_s, plant(u"MKPIECE"_s)}, {u"instruction"_s, plant(u"MKINSTR"_s)}};
        p.confidence = 0.2;
        p.priority = 3;
        const qint64 id = propose(p);
        QCOMPARE(value(u"SELECT status FROM action_proposals WHERE id = ?"_s, {id}).toString(), u"pending"_s);

        window()->openProposal(id);
        ApprovalsPane* pane = window()->approvalsPane();
        QCOMPARE(pane->detail()->proposalId(), id);
        QStringList problems = sweep(window());
        for (const QString& token : {u"MKTITLE"_s, u"MKDESC"_s, u"MKREASONING"_s, u"MKSOURCE"_s, u"MKRISK"_s,
                 u"MKALT"_s, u"MKPRO"_s, u"MKCON"_s, u"MKIMPACT"_s, u"MKPSKU"_s, u"MKPIECE"_s, u"MKINSTR"_s})
            QVERIFY2(m_seen.value(token) > 0, qPrintable(token + u" was not found in the desk"_s));
        QVERIFY(m_seen.value(u"MKTITLE"_s) >= 2); // the queue and the detail's title

        // The modify dialog shows the parameters it does not let one change as labels.
        m_seen.clear();
        pane->decisions()->modify(id, {});
        QWidget* modify = pane->decisions()->openDialog();
        QVERIFY(modify);
        QTRY_VERIFY(modify->isVisible());
        problems += sweep(modify);
        QVERIFY2(m_seen.value(u"MKPIECE"_s) > 0, "the read-only piece is shown in the modify dialog");
        modify->close();
        QTRY_VERIFY(!pane->decisions()->openDialog());

        // The reject dialog names the proposal.
        m_seen.clear();
        pane->decisions()->reject({id}, {});
        QWidget* reject = pane->decisions()->openDialog();
        QVERIFY(reject);
        QTRY_VERIFY(reject->isVisible());
        problems += sweep(reject);
        QVERIFY2(m_seen.value(u"MKTITLE"_s) > 0, "the reject dialog names the proposal");
        reject->close();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void bulkConfirmationShowsEveryLine()
    {
        // A SKU with markup on the first line must not hide the €900 refund on the next.
        ApprovalDesk::Proposal price;
        price.agent = u"Pricing Optimizer"_s;
        price.actionType = ActionType::PriceChange;
        price.title = u"Cut the price of the tray"_s;
        price.parameters = QJsonObject{{u"sku"_s, u"<b>V</b><!--"_s}, {u"new_price"_s, u"9.00"_s},
            {u"currency"_s, u"EUR"_s}, {u"old_price"_s, u"19.00"_s}};
        price.priority = 3;
        price.confidence = 0.2;
        ApprovalDesk::Proposal refund;
        refund.agent = u"CEO Orchestrator"_s;
        refund.actionType = ActionType::Refund;
        refund.title = u"Refund a damaged order"_s;
        refund.parameters = QJsonObject{{u"order"_s, u"LH-90001"_s}, {u"amount"_s, u"900.00"_s},
            {u"currency"_s, u"EUR"_s}, {u"reason"_s, u"damaged"_s}};
        refund.priority = 3;
        const qint64 first = propose(price);
        const qint64 second = propose(refund);
        for (qint64 id : {first, second})
            QCOMPARE(value(u"SELECT status FROM action_proposals WHERE id = ?"_s, {id}).toString(), u"pending"_s);

        window()->showPane(PaneId::Approvals);
        ApprovalsPane* pane = window()->approvalsPane();
        QTRY_VERIFY(selectProposals({first, second}));
        QApplication::setActiveWindow(window());
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_A);
        auto* box = qobject_cast<QMessageBox*>(pane->decisions()->openDialog());
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        auto* info = box->findChild<QLabel*>(u"qt_msgbox_informativelabel"_s);
        QVERIFY(info);
        const QString seen = shown(info->text(), info->textFormat());
        QVERIFY2(seen.count(u'•') == 2, qPrintable(seen));
        QVERIFY2(seen.contains(u"<b>V</b><!--"_s), qPrintable(seen));
        QVERIFY2(seen.contains(u"€900.00"_s), qPrintable(seen));
        box->reject();
        QTRY_VERIFY(!pane->decisions()->openDialog());
        // Cancelled: nothing was decided.
        QCOMPARE(
            value(u"SELECT COUNT(*) FROM action_proposals WHERE id IN (?, ?) AND status = 'pending'"_s, {first, second})
                .toInt(),
            2);
    }

    void connectionShowsAsText()
    {
        Connections::Connection c;
        c.kind = Connections::Kind::WordPress;
        c.name = plant(u"MKCONN"_s);
        c.url = u"https://blog.example/"_s + plant(u"MKURL"_s);
        c.account = plant(u"MKACCOUNT"_s);
        const qint64 id = Connections::save(db(), c, m_gui.context().clock->nowMs());
        QVERIFY(id > 0);
        notify(EventBus::Topic::Settings);

        window()->findChild<QAction*>(u"actionSettings"_s)->trigger();
        auto* settings = GuiFixture::dialog<SettingsDialog>();
        QVERIFY(settings);
        settings->showPage(SettingsDialog::Connections);
        ConnectionsPage* page = settings->connectionsPage();
        page->selectConnection(id);
        QCOMPARE(page->field(u"connName"_s)->text(), hostile(u"MKCONN"_s));
        const QStringList problems = sweep(settings);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY2(m_seen.value(u"MKURL"_s) > 0, "the connection list's tooltip names the address");
        settings->close();
    }
};

QUORUM_GUI_TEST_MAIN(TestMarkup)
#include "tst_markup.moc"
