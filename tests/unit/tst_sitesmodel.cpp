#include "ModelChecks.h"
#include "SitesModel.h"
#include "TestWorkspace.h"

#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSitesModel : public QObject
{
    Q_OBJECT

private slots:
    void galleryOfGeneratedSites()
    {
        TestWorkspace tw(true);
        SitesModel model(tw.db(), tw.workspace().sitesDir());
        ModelChecks::attachTester(&model);
        QCOMPARE(model.rowCount(), 4);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex idx = model.index(r);
            QVERIFY(QFileInfo::exists(idx.data(SitesModel::HtmlPathRole).toString()));
            QCOMPARE(idx.data(SitesModel::PaletteRole).toStringList().size(), 3);
            QVERIFY(!idx.data(SitesModel::TitleRole).toString().isEmpty());
            QVERIFY(!idx.data(SitesModel::ProductRole).toString().isEmpty());
        }
    }

    void filtersByStatusAndText()
    {
        TestWorkspace tw(true);
        SitesModel model(tw.db(), tw.workspace().sitesDir());
        ModelChecks::attachTester(&model);
        model.setStatusFilter(u"published"_s);
        QCOMPARE(model.rowCount(), 2);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.siteAt(model.index(r)).url.isEmpty());
        model.setStatusFilter(QString());
        model.setTextFilter(u"kitchen"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.siteAt(model.index(0)).name, u"Kitchen collection"_s);
    }
};

QTEST_GUILESS_MAIN(TestSitesModel)
#include "tst_sitesmodel.moc"
