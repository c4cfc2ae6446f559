#include "ModelChecks.h"
#include "SiteUnitsModel.h"
#include "SitesModel.h"
#include "TestWorkspace.h"
#include "sites/SiteStore.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
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

    void aGeneratedSiteShowsItsChainItsPartsAndItsPicture()
    {
        TestWorkspace tw(true);
        const QSqlDatabase db = tw.db();
        const qint64 product = Sql::scalar(db, u"SELECT MIN(id) FROM products"_s).toLongLong();
        const qint64 site = SiteStore::createForProduct(db, product, tw.clock().nowMs());
        SitesModel sites(db, tw.workspace().sitesDir());
        ModelChecks::attachTester(&sites);
        SitesModel::Site s = sites.siteById(site);
        QVERIFY(s.generated());
        QVERIFY(s.working());
        QCOMPARE(s.stage, u"queued"_s);
        QVERIFY(s.productId == product);
        QCOMPARE(
            sites.productChoices().size(), int(tw.count(u"SELECT COUNT(*) FROM products WHERE archived_at IS NULL"_s)));

        SiteUnitsModel parts(db);
        ModelChecks::attachTester(&parts);
        parts.setSite(site);
        QCOMPARE(ModelChecks::columnValues(&parts, SiteUnitsModel::Part),
            QStringList({u"Brief (analyst)"_s, u"Concept"_s, u"Design tokens (art director)"_s}));
        QCOMPARE(ModelChecks::columnValues(&parts, SiteUnitsModel::State).first(), u"Not written yet"_s);
        // The brief accepted and locked; the plan failed its checks with a problem a person reads.
        const qint64 brief = parts.unitAt(0).id;
        const qint64 plan = parts.unitAt(1).id;
        ContentStore::Version v;
        v.pieceId = brief;
        v.runNo = 0;
        v.attempt = 1;
        v.author = u"model"_s;
        v.body = u"{}"_s;
        v.createdAt = 1;
        const qint64 accepted = ContentStore::insertVersion(db, v, u"k1"_s, ContentStore::siteTables());
        Sql::exec(db, u"UPDATE site_units SET state = 'accepted', accepted_version_id = ?, locked = 1 WHERE id = ?"_s,
            {accepted, brief});
        v.pieceId = plan;
        const qint64 failed = ContentStore::insertVersion(db, v, u"k2"_s, ContentStore::siteTables());
        ContentStore::Validation checks;
        checks.versionId = failed;
        checks.stage = ContentStore::Stage::Checks;
        checks.problems = QJsonArray{QJsonObject{{u"issue"_s, u"The page must open with its hero section."_s}}};
        ContentStore::storeValidation(db, checks, ContentStore::siteTables());
        Sql::exec(
            db, u"UPDATE site_units SET state = 'rejected', current_version_id = ? WHERE id = ?"_s, {failed, plan});
        parts.reload();
        QCOMPARE(parts.index(0, SiteUnitsModel::Locked).data().toString(), u"Locked"_s);
        QCOMPARE(parts.index(0, SiteUnitsModel::Versions).data().toInt(), 1);
        QVERIFY(parts.index(0, 0).data(SiteUnitsModel::AcceptedRole).toBool());
        QCOMPARE(parts.index(1, SiteUnitsModel::State).data().toString(), u"Needs review"_s);
        QCOMPARE(
            parts.index(1, SiteUnitsModel::Problem).data().toString(), u"The page must open with its hero section."_s);

        // An assembled page with its screenshot: the card's picture is read off the GUI thread, then shown.
        QString error;
        QVERIFY(SiteStore::savePage(
                    db, site, u"<html/>"_s, QJsonObject{{u"brief"_s, accepted}}, tw.workspace().sitesDir(), 2, &error)
            == 1);
        QImage shot(1280, 800, QImage::Format_RGB32);
        shot.fill(Qt::white);
        const QString relative = QFileInfo(SiteStore::page(db, site, 1)->path).path() + u"/v1-1280.png"_s;
        QVERIFY(shot.save(QDir(tw.workspace().sitesDir()).filePath(relative)));
        SiteStore::saveShots(db, site, 1, QJsonObject{{u"1280"_s, relative}}, {});
        SiteStore::setStage(db, site, SiteStore::Stage::Ready, 3);
        sites.reload();
        s = sites.siteById(site);
        QCOMPARE(s.pageVersion, 1);
        QVERIFY(!s.working());
        const int row = [&] {
            for (int r = 0; r < sites.rowCount(); ++r) {
                if (sites.index(r).data(SitesModel::IdRole).toLongLong() == site)
                    return r;
            }
            return -1;
        }();
        QVERIFY(row >= 0);
        QCOMPARE(sites.index(row).data(SitesModel::StageTextRole).toString(), u"Ready for approval"_s);
        QTRY_VERIFY(!sites.index(row).data(SitesModel::ThumbnailRole).value<QImage>().isNull());
        QCOMPARE(
            sites.index(row).data(SitesModel::ThumbnailRole).value<QImage>().width(), SitesModel::ThumbnailBox.width());
        const auto versions = sites.pageVersions(site);
        QCOMPARE(versions.size(), 1);
        QVERIFY(QFileInfo::exists(versions.first().shots.value(u"1280"_s).toString()));
        QVERIFY(QFileInfo::exists(versions.first().file));
    }
};

QTEST_GUILESS_MAIN(TestSitesModel)
#include "tst_sitesmodel.moc"
